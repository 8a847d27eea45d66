"""Factories for the legal pages of the municipality app."""

import factory
import wagtail_factories

from municipality.models import AccessibilityStatementPage, CookiesPage, PersonalDataPage


class PersonalDataPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PersonalDataPage

    title = "Personuppgifter"
    slug = factory.Sequence(lambda n: f"personuppgifter-{n}")
    controller = "Kommunstyrelsen"
    purposes = "<p>Handläggning.</p>"
    rights = "<p>Du får veta vad vi har.</p>"
    dpo_email = "dataskydd@kommun.example"


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AccessibilityStatementPage

    title = "Tillgänglighetsredogörelse"
    slug = factory.Sequence(lambda n: f"tillganglighet-{n}")
    testing = "Automatiska kontroller och manuell granskning."


class CookiesPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CookiesPage

    title = "Kakor"
    slug = factory.Sequence(lambda n: f"kakor-{n}")
