"""Demo appointment booking: building-permit advice for homeowners and businesses, and the
citizen service desk for new residents."""

from datetime import time, timedelta

from django.utils import timezone

RESOURCES = {
    "bygglovsradgivning": {
        "name": "Bygglovsrådgivning",
        "location": "Stadshuset, Storgatan 1, Sjövik",
        "department": "sbf",
        "slot_minutes": 30,
        "capacity": 1,
        "horizon_days": 42,
        "notice_hours": 24,
        "hours": [(1, time(9), time(12)), (3, time(9), time(12)), (3, time(13), time(15))],
    },
    "medborgarkontoret": {
        "name": "Medborgarkontoret",
        "location": "Medborgarkontoret, Torget 3, Sjövik",
        "department": "klf",
        "slot_minutes": 15,
        "capacity": 2,
        "horizon_days": 21,
        "notice_hours": 2,
        "hours": [(weekday, time(8), time(16)) for weekday in range(5)],
    },
}


def prepare(departments):
    from eservice_types.booking.models import BookableResource, ClosedDay, OpeningHours

    for data in RESOURCES.values():
        resource, created = BookableResource.objects.get_or_create(
            name=data["name"],
            defaults={
                "location": data["location"],
                "department": departments[data["department"]],
                "slot_minutes": data["slot_minutes"],
                "capacity": data["capacity"],
                "horizon_days": data["horizon_days"],
                "notice_hours": data["notice_hours"],
            },
        )
        if created:
            for weekday, opens, closes in data["hours"]:
                OpeningHours.objects.create(resource=resource, weekday=weekday, opens=opens, closes=closes)
            # A staff training day a fortnight from now: closed, shown as such in the calendar.
            ClosedDay.objects.create(
                resource=resource, date=timezone.localdate() + timedelta(days=14), reason="Personalutbildning"
            )


def resource_id(key: str):
    def look_up():
        from eservice_types.booking.models import BookableResource

        return BookableResource.objects.get(name=RESOURCES[key]["name"]).pk

    return look_up


PAGES = [
    {
        "parent": "husagare",
        "slug": "boka-bygglovsradgivning",
        "en_slug": "book-building-permit-advice",
        "department": "sbf",
        "also_for": ["foretagare"],
        "title": {
            "sv": "Boka bygglovsrådgivning",
            "en": "Book building permit advice",
            "ar": "احجز استشارة ترخيص البناء",
        },
        "intro": {
            "sv": "Boka 30 minuter med en bygglovshandläggare innan du söker. Ta gärna med skisser och din fastighetsbeteckning.",
            "en": "Book 30 minutes with a building permit officer before you apply. Bring sketches and your property designation if you can.",
            "ar": "احجز 30 دقيقة مع موظف تراخيص البناء قبل تقديم طلبك. أحضر معك الرسومات ورقم تسجيل عقارك إن أمكن.",
        },
        "body": [
            {
                "type": "eservice_booking",
                "value": {
                    "title": {"sv": "Boka en tid", "en": "Book a time", "ar": "احجز موعدًا"},
                    "intro": {
                        "sv": "Rådgivningen är gratis. Du kan ändra eller avboka tiden via länken i bekräftelsen.",
                        "en": "The advice is free. You can change or cancel the time through the link in the confirmation.",
                        "ar": "الاستشارة مجانية. يمكنك تغيير الموعد أو إلغاؤه عبر الرابط في رسالة التأكيد.",
                    },
                    "confirmation_text": {
                        "sv": "Välkommen till Stadshuset. Anmäl dig i receptionen.",
                        "en": "Welcome to the City Hall. Please report to the reception.",
                        "ar": "مرحبًا بك في مبنى البلدية. يُرجى التوجه إلى الاستقبال عند وصولك.",
                    },
                    "expected_lead_time_days": 1,
                    "retention_days": 90,
                    "resource": resource_id("bygglovsradgivning"),
                },
            }
        ],
    },
    {
        "parent": "ny-i-kommunen",
        "slug": "boka-tid-medborgarkontoret",
        "en_slug": "book-citizen-service-desk",
        "department": "klf",
        "also_for": ["aldre-och-anhoriga"],
        "title": {
            "sv": "Boka tid på Medborgarkontoret",
            "en": "Book a time at the Citizen Service Desk",
            "ar": "احجز موعدًا في مكتب خدمة المواطنين",
        },
        "intro": {
            "sv": "Få hjälp med e-tjänster, blanketter och frågor om kommunen. Vi kan boka tolk om du behöver.",
            "en": "Get help with e-services, forms and questions about the municipality. We can book an interpreter if you need one.",
            "ar": "احصل على مساعدة في الخدمات الإلكترونية والنماذج والأسئلة المتعلقة بالبلدية. يمكننا حجز مترجم إن احتجت إلى ذلك.",
        },
        "body": [
            {
                "type": "eservice_booking",
                "value": {
                    "title": {"sv": "Boka en tid", "en": "Book a time", "ar": "احجز موعدًا"},
                    "intro": {
                        "sv": "Skriv gärna om du behöver tolk och på vilket språk.",
                        "en": "Tell us if you need an interpreter, and in which language.",
                        "ar": "أخبرنا إن كنت تحتاج إلى مترجم وبأي لغة.",
                    },
                    "confirmation_text": {
                        "sv": "Välkommen till Medborgarkontoret vid Torget.",
                        "en": "Welcome to the Citizen Service Desk on the square.",
                        "ar": "مرحبًا بك في مكتب خدمة المواطنين في الساحة.",
                    },
                    "expected_lead_time_days": 1,
                    "retention_days": 90,
                    "resource": resource_id("medborgarkontoret"),
                },
            }
        ],
    },
]
