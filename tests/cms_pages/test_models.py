import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale

from cms_pages.models import AudiencePage, InformationPage
from tests.factories import AudiencePageFactory, DepartmentFactory, InformationPageFactory

pytestmark = pytest.mark.django_db


def test_a_new_page_takes_its_owning_department_from_its_parent(home_page):
    audience = AudiencePageFactory(parent=home_page)
    page = InformationPageFactory(parent=audience)

    assert audience.owning_department == home_page.owning_department
    assert page.owning_department == home_page.owning_department


def test_an_explicit_owning_department_is_kept(home_page):
    other = DepartmentFactory(name="Socialförvaltningen")
    page = InformationPageFactory(parent=home_page, owning_department=other)

    assert page.owning_department == other


def test_a_new_page_gets_a_review_date_a_year_ahead(home_page):
    page = InformationPageFactory(parent=home_page)

    assert page.review_date == timezone.localdate() + datetime.timedelta(days=365)
    assert not page.is_past_review


def test_a_page_whose_review_date_has_passed_is_past_review(home_page):
    page = InformationPageFactory(parent=home_page, review_date=timezone.localdate() - datetime.timedelta(days=1))

    assert page.is_past_review


def test_an_audience_lists_pages_under_it_and_pages_tagged_for_it(home_page):
    owners = AudiencePageFactory(parent=home_page, title="Husägare")
    business = AudiencePageFactory(parent=home_page, title="Företagare")
    permit = InformationPageFactory(parent=owners, title="Bygglov")
    permit.audiences.set([business])
    permit.save_revision().publish()
    licence = InformationPageFactory(parent=business, title="Serveringstillstånd")
    InformationPageFactory(parent=owners, title="Sophämtning")

    assert [page.title for page in business.tagged_pages()] == ["Bygglov", "Serveringstillstånd"]
    assert [page.title for page in owners.tagged_pages()] == ["Bygglov", "Sophämtning"]
    assert licence not in owners.tagged_pages()


def test_unpublished_pages_are_not_listed_on_an_audience(home_page):
    audience = AudiencePageFactory(parent=home_page)
    draft = InformationPageFactory(parent=audience, live=False)

    assert draft not in audience.tagged_pages()


def test_audience_lists_sort_swedish_letters_after_z(home_page):
    audience = AudiencePageFactory(parent=home_page)
    for title in ["Översiktsplan", "Avfall", "Äldreboende", "Återvinning", "Zoner"]:
        InformationPageFactory(parent=audience, title=title)

    titles = [page.title for page in audience.tagged_pages()]

    assert titles == ["Avfall", "Zoner", "Återvinning", "Äldreboende", "Översiktsplan"]


def test_a_tag_on_the_swedish_audience_lists_the_page_on_that_audience_in_every_language(home_page):
    owners = AudiencePageFactory(parent=home_page, title="Husägare")
    business = AudiencePageFactory(parent=home_page, title="Företagare")
    english = Locale.objects.get(language_code="en")
    english_home = home_page.copy_for_translation(english)
    english_business = business.copy_for_translation(english)
    english_owners = owners.copy_for_translation(english)
    permit = InformationPageFactory(parent=english_owners, title="Building permit", locale=english)
    permit.audiences.set([business])  # a translation copies the Swedish tag as it is
    permit.save()

    assert english_home.locale == english
    assert [page.title for page in AudiencePage.objects.get(pk=english_business.pk).tagged_pages()] == [
        "Building permit"
    ]


def test_an_information_page_names_the_audiences_that_list_it(home_page):
    owners = AudiencePageFactory(parent=home_page, title="Husägare")
    business = AudiencePageFactory(parent=home_page, title="Företagare")
    AudiencePageFactory(parent=home_page, title="Äldre")
    permit = InformationPageFactory(parent=owners)
    permit.audiences.set([business])
    permit.save()

    assert [page.title for page in InformationPage.objects.get(pk=permit.pk).audience_pages()] == [
        "Husägare",
        "Företagare",
    ]


def test_new_page_types_that_can_be_tagged_are_discovered_without_registration():
    from cms_pages.models import AudienceTaggedPage

    assert InformationPage in AudienceTaggedPage.tagged_models()
    assert AudiencePage not in AudienceTaggedPage.tagged_models()
