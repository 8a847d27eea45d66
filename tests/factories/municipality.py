import factory
import wagtail_factories

from municipality.models import PersonalDataPage


class PersonalDataPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PersonalDataPage

    title = "Personuppgifter"
    slug = factory.Sequence(lambda n: f"personuppgifter-{n}")
    controller = "Kommunstyrelsen"
    purposes = "<p>Handläggning.</p>"
    rights = "<p>Du får veta vad vi har.</p>"
    dpo_email = "dataskydd@kommun.example"
