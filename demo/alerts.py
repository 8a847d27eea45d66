"""The demo's important message: a storm warning that looks live, switched off by default (an
editor switches it on in *Important messages* to see the banner on every page)."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale

from alerts.models import ImportantMessage, Severity

STORM = {
    "sv": {
        "headline": "Stormvarning: håll dig inomhus i kväll",
        "text": "SMHI varnar för mycket hårt väder från kl. 18. Skolor och förskolor stänger kl. 15. "
        "Undvik onödiga resor och ladda mobilen.",
        "link_text": "Så förbereder du dig",
    },
    "en": {
        "headline": "Storm warning: stay indoors tonight",
        "text": "The weather service warns of very severe weather from 6 pm. Schools and preschools close "
        "at 3 pm. Avoid unnecessary travel and charge your phone.",
        "link_text": "How to prepare",
    },
    "ar": {
        "headline": "تحذير من عاصفة: ابقَ في الداخل هذا المساء",
        "text": "تحذّر هيئة الأرصاد من طقس شديد جدًا ابتداءً من الساعة 18. تُغلق المدارس ورياض الأطفال "
        "الساعة 15. تجنّب السفر غير الضروري واشحن هاتفك.",
        "link_text": "كيف تستعد",
    },
}


def load_demo(pages_by_slug, departments, stdout) -> None:
    swedish = Locale.objects.get(language_code="sv")
    message = ImportantMessage.objects.filter(locale=swedish, headline=STORM["sv"]["headline"]).first()
    if message is not None:
        return
    now = timezone.now()
    message = ImportantMessage.objects.create(
        locale=swedish,
        severity=Severity.CRITICAL,
        active=False,
        valid_from=now,
        valid_until=now + timedelta(days=2),
        link_url="https://www.krisinformation.se/",
        **STORM["sv"],
    )
    for language in ("en", "ar"):
        translated = message.copy_for_translation(Locale.objects.get(language_code=language))
        for field, value in STORM[language].items():
            setattr(translated, field, value)
        translated.save()
    stdout.write("Important message: a storm warning (switched off; switch it on to see the banner).")
