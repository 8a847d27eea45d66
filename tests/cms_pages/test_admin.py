import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission, User
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission

from tests.factories import AudiencePageFactory, DepartmentFactory, InformationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_of(home_page):
    """An editor who works for the given department and may edit the whole site."""

    def make(department):
        group = department.staff_groups.first()
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        for codename in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.get_or_create(
                group=group, page=home_page, permission=Permission.objects.get(codename=codename)
            )
        user = User.objects.create_user(f"editor-{department.pk}", password="pw-not-used-123")
        user.groups.add(group)
        return user

    return make


def test_the_add_page_form_prefills_the_parents_department(client, home_page, editor_of):
    client.force_login(editor_of(home_page.owning_department))
    audience = AudiencePageFactory(parent=home_page)

    response = client.get(reverse("wagtailadmin_pages:add", args=["cms_pages", "informationpage", audience.pk]))

    assert response.status_code == 200
    field = response.context["form"]["owning_department"]
    assert field.value() == home_page.owning_department_id


def test_the_audience_choices_in_the_page_form_are_in_the_pages_own_language(client, home_page, editor_of):
    from wagtail.models import Locale

    client.force_login(editor_of(home_page.owning_department))
    swedish_audience = AudiencePageFactory(parent=home_page, title="Husägare")
    english = Locale.objects.get(language_code="en")
    home_page.copy_for_translation(english)
    english_audience = swedish_audience.copy_for_translation(english)

    response = client.get(reverse("wagtailadmin_pages:add", args=["cms_pages", "informationpage", swedish_audience.pk]))

    choices = list(response.context["form"].fields["audiences"].queryset)
    assert swedish_audience.page_ptr in [choice.page_ptr for choice in choices]
    assert english_audience.pk not in [choice.pk for choice in choices]


def test_my_department_report_lists_only_my_departments_pages(client, home_page, editor_of):
    mine = DepartmentFactory(name="Testförvaltningen för bygg")
    theirs = DepartmentFactory(name="Testförvaltningen för omsorg")
    InformationPageFactory(parent=home_page, title="Bygglov", owning_department=mine)
    InformationPageFactory(parent=home_page, title="Hemtjänst", owning_department=theirs)
    client.force_login(editor_of(mine))

    response = client.get(reverse("cms_pages_my_department_pages"))

    assert response.status_code == 200
    titles = [page.title for page in response.context["pages"]]
    assert titles == ["Bygglov"]
    assert "Testförvaltningen för bygg" in response.content.decode()


def test_past_review_report_lists_pages_whose_review_date_has_passed(client, home_page, editor_of):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    InformationPageFactory(parent=home_page, title="Gammal sida", review_date=yesterday)
    InformationPageFactory(parent=home_page, title="Färsk sida")
    client.force_login(editor_of(home_page.owning_department))

    response = client.get(reverse("cms_pages_pages_past_review"))

    assert [page.title for page in response.context["pages"]] == ["Gammal sida"]


def test_reports_are_in_the_reports_menu(client, home_page, editor_of):
    client.force_login(editor_of(home_page.owning_department))

    response = client.get(reverse("wagtailadmin_home"))

    content = response.content.decode()
    assert reverse("cms_pages_my_department_pages") in content
    assert reverse("cms_pages_pages_past_review") in content


def test_an_editor_outside_every_department_sees_no_pages_in_my_department_report(client, home_page, editor_of):
    outsider_department = DepartmentFactory(name="Utan sidor")
    InformationPageFactory(parent=home_page, title="Bygglov")
    client.force_login(editor_of(outsider_department))

    response = client.get(reverse("cms_pages_my_department_pages"))

    assert response.status_code == 200
    assert list(response.context["pages"]) == []


def test_a_user_without_page_permissions_cannot_open_the_reports(client, home_page):
    user = User.objects.create_user("no-pages", password="pw-not-used-123")
    group = Group.objects.create(name="Admin access only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)

    response = client.get(reverse("cms_pages_pages_past_review"))

    assert response.status_code == 302


def test_an_editor_translates_a_page_in_the_admin(admin_client, home_page):
    from wagtail.models import Locale

    english = Locale.objects.get(language_code="en")
    audience = AudiencePageFactory(parent=home_page, title="Husägare")

    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[audience.pk]),
        {"locales": [english.pk], "include_subtree": "on"},
    )

    assert response.status_code == 302
    translated = audience.get_translation(english)
    assert translated.get_parent().locale == english  # the home page was translated along with it
    assert translated.title == "Husägare"  # waits for the translator, in the editor beside the source


def test_a_new_pages_default_address_is_ascii(home_page):
    from cms_pages.models import InformationPage

    page = home_page.add_child(
        instance=InformationPage(title="Förskola och skola", slug="", intro="Om förskola och skola.")
    )

    assert page.slug == "forskola-och-skola"


def test_the_admins_address_field_makes_ascii_addresses_as_the_title_is_typed(client, home_page, editor_of):
    client.force_login(editor_of(home_page.owning_department))
    audience = AudiencePageFactory(parent=home_page)

    response = client.get(reverse("wagtailadmin_pages:add", args=["cms_pages", "informationpage", audience.pk]))

    assert response.status_code == 200
    slug = BeautifulSoup(response.content, "html.parser").select_one("input[name=slug]")
    assert slug["data-controller"] == "w-slug"
    # A false value leaves the attribute out; the slug controller then makes ASCII.
    assert not slug.has_attr("data-w-slug-allow-unicode-value")
