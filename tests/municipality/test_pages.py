"""The legal pages and the footer on the demo site, as a citizen gets them over HTTP."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from wagtail.models import Site

from cms_pages.models import HomePage, InformationPage
from municipality.models import (
    AccessibilityStatementPage,
    CookiesPage,
    MunicipalitySettings,
    PersonalDataPage,
    SocialLink,
)
from places.models import PlacePage
from tests.factories import InformationPageFactory
from tests.factories.municipality import PersonalDataPageFactory

pytestmark = pytest.mark.django_db


def soup_of(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def url_of(page_type, language: str) -> str:
    return page_type.objects.live().get(locale__language_code=language).url


@pytest.mark.parametrize(
    ("path", "phone_label", "legal_titles"),
    [
        (
            "/husagare/",
            "Telefon",
            ["Tillgänglighetsredogörelse", "Så behandlar vi dina personuppgifter", "Kakor (cookies)"],
        ),
        ("/en/homeowners/", "Phone", ["Accessibility statement", "How we handle your personal data", "Cookies"]),
        ("/ar/homeowners/", "الهاتف", ["بيان إمكانية الوصول", "كيف نعالج بياناتك الشخصية", "ملفات تعريف الارتباط"]),
    ],
)
def test_the_footer_shows_the_contact_centre_and_links_to_the_legal_pages_in_each_language(
    client, demo, path, phone_label, legal_titles
):
    footer = soup_of(client.get(path)).select_one("footer")

    contact = footer.select_one(".site-footer__contact")
    assert phone_label in contact.get_text()
    assert contact.select_one('a[href="tel:+46123456100"]').get_text() == "0123-456 100"
    assert contact.select_one('a[href="mailto:kontaktcenter@sjovik.example"]')
    assert "212000-9999" in footer.get_text()
    assert [link.get_text() for link in footer.select(".site-footer__social a")] == [
        "Facebook",
        "Instagram",
        "LinkedIn",
    ]
    legal = footer.select_one("nav.site-footer__legal")
    assert [link.get_text() for link in legal.select("a")] == legal_titles


def test_the_footer_links_go_to_the_legal_pages_of_the_readers_language(client, demo):
    footer = soup_of(client.get("/en/")).select_one("footer")

    hrefs = {link["href"] for link in footer.select("a")}

    assert {url_of(model, "en") for model in (AccessibilityStatementPage, PersonalDataPage, CookiesPage)} <= hrefs


def test_the_footer_shows_the_citizen_offices_week_and_links_to_its_exceptions(client, demo):
    footer = soup_of(client.get("/husagare/")).select_one("footer")

    hours = footer.select_one("#footer-hours-heading").parent
    assert "Måndag" in hours.get_text()
    assert hours.select_one("a").get_text().endswith("Medborgarkontoret")


def test_the_header_shows_the_logo_and_the_municipalitys_name(client, demo):
    header = soup_of(client.get("/en/")).select_one("header .site-header__name")

    assert header.get_text(strip=True) == "Sjövik Municipality"
    assert header.select_one("img")["src"].endswith(".svg")
    assert header.select_one("img")["alt"] == ""


def test_the_head_links_the_site_icon(client, demo):
    head = soup_of(client.get("/")).head

    assert head.select_one('link[rel="icon"][type="image/png"]')["href"]
    assert head.select_one('link[rel="apple-touch-icon"]')["href"]


def test_own_brand_colours_come_as_a_stylesheet_of_the_site_not_an_inline_style(client, demo):
    setting = MunicipalitySettings.for_site(Site.objects.get(is_default_site=True))
    setting.primary_colour, setting.on_primary_colour = "#6a1b4d", "#ffffff"
    setting.save()

    response = client.get("/")
    page = soup_of(response)
    link = page.head.select_one('link[rel="stylesheet"][href^="/brand.css"]')
    css = client.get(link["href"])

    assert not page.select("style") and not page.select("[style]")
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert css["Content-Type"].startswith("text/css")
    assert "--brand:#6a1b4d" in css.content.decode() and "--on-brand:#ffffff" in css.content.decode()


def test_a_change_to_the_settings_shows_at_once(client, demo, django_capture_on_commit_callbacks):
    client.get("/husagare/")
    link = SocialLink.objects.first()
    link.name = "Mastodon"
    with django_capture_on_commit_callbacks(execute=True):
        link.save()

    footer = soup_of(client.get("/husagare/")).select_one("footer")

    assert "Mastodon" in footer.get_text()


@pytest.mark.parametrize("language", ["sv", "en", "ar"])
def test_the_accessibility_statement_follows_diggs_template(client, demo, language):
    page = soup_of(client.get(url_of(AccessibilityStatementPage, language)))

    assert len(page.select("article h2")) == 6
    assert page.select_one('a[href="https://www.digg.se/tdosanmalan"]')
    assert len(page.select(".legal-page__shortcomings > li")) == 2
    assert page.select_one(".legal-page__status--partially")


def test_the_accessibility_statement_links_the_report_page_in_the_readers_language(client, demo):
    bygglov = InformationPage.objects.get(slug="bygglov", locale__language_code="sv")
    statement = AccessibilityStatementPage.objects.get(locale__language_code="en")
    statement.report_page = bygglov
    statement.save()

    page = soup_of(client.get(statement.url))

    english_bygglov = InformationPage.objects.get(translation_key=bygglov.translation_key, locale__language_code="en")
    assert page.select_one(f'a[href="{english_bygglov.url}"]').get_text().startswith("Report a shortcoming")


@pytest.mark.parametrize("language", ["sv", "en", "ar"])
def test_the_personal_data_page_lists_every_eservice_with_its_retention(client, demo, language):
    page = soup_of(client.get(url_of(PersonalDataPage, language)))

    rows = page.select(".legal-page table tbody tr")
    assert len(rows) >= 5
    texts = [row.get_text(" ", strip=True) for row in rows]
    days = {"sv": "3650 dagar", "en": "3650 days", "ar": "3650 يوم"}[language]
    assert any(days in text for text in texts)


def test_the_retention_table_follows_an_eservices_own_setting(client, home_page):
    InformationPageFactory(
        parent=home_page,
        title="Kontakta oss",
        body=[{"type": "eservice_contact", "value": {"title": "Skriv till oss", "retention_days": 123}}],
    )
    personal_data = PersonalDataPageFactory(parent=home_page)

    page = soup_of(client.get(personal_data.url))

    row = page.select_one(".legal-page table tbody tr")
    assert row.select_one("th").get_text(strip=True) == "Skriv till oss"
    assert "123 dagar" in row.get_text()


def test_the_cookies_page_lists_the_cookies_the_settings_name(client, demo):
    page = soup_of(client.get(url_of(CookiesPage, "sv")))

    names = [code.get_text() for code in page.select(".legal-page table tbody th code")]

    assert settings.SESSION_COOKIE_NAME in names
    assert settings.CSRF_COOKIE_NAME in names


def test_the_cookies_page_follows_a_renamed_session_cookie(client, demo, settings):
    settings.SESSION_COOKIE_NAME = "sjovik_session"

    page = soup_of(client.get(url_of(CookiesPage, "en")))

    assert "sjovik_session" in page.select_one(".legal-page table").get_text()
    assert "Until you close the browser" in page.select_one(".legal-page table").get_text()


def test_only_one_page_of_each_legal_type_may_sit_under_a_home_page():
    for page_type in (AccessibilityStatementPage, PersonalDataPage, CookiesPage):
        assert page_type.max_count_per_parent == 1
        assert f"municipality.{page_type.__name__}" in HomePage.subpage_types


def test_the_footer_hours_follow_the_place_when_it_is_published(client, demo, django_capture_on_commit_callbacks):
    client.get("/husagare/")
    office = PlacePage.objects.get(slug="medborgarkontoret", locale__language_code="sv")
    other_days = [row for row in office.opening_hours.all() if row.weekday != 5]
    office.opening_hours = other_days
    office.opening_hours.add(office.opening_hours.model(weekday=5, opens=datetime.time(10), closes=datetime.time(13)))
    with django_capture_on_commit_callbacks(execute=True):
        office.save_revision().publish()

    hours = soup_of(client.get("/husagare/")).select_one("#footer-hours-heading").parent

    assert "Lördag" in hours.get_text() and "10:00\u201313:00" in hours.get_text()
