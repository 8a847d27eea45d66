"""axe-core finds no violations on any page type in any language, at a phone viewport."""

import pytest

from tests.browser.axe import axe_results

pytestmark = pytest.mark.browser

PAGES = {
    "sv": {
        "home": "/",
        "audience": "/husagare/",
        "information": "/husagare/bygglov/",
        "search": "/sok/?q=bygglov",
        "not found": "/finns-inte/",
        "sign-in": "/logga-in/",
        "e-service behind sign-in": "/smabarnsforaldrar/ansok-om-forskoleplats/",
        "accessibility statement": "/tillganglighetsredogorelse/",
        "personal data": "/personuppgifter/",
        "cookies": "/kakor/",
        "guide": "/smabarnsforaldrar/forskoleplats/",
        "news list": "/nyheter/",
        "news": "/nyheter/forskolan-solrosen-oppnar/",
        "events list": "/evenemang/",
        "event": "/evenemang/sagostund/",
        "places list": "/hitta-verksamheter/",
        "place": "/hitta-verksamheter/stadsbiblioteket/",
        "booking": "/husagare/boka-bygglovsradgivning/",
        "problem report": "/husagare/felanmalan/",
        "application": "/husagare/ansok-om-bygglov/",
    },
    "en": {
        "home": "/en/",
        "audience": "/en/homeowners/",
        "information": "/en/homeowners/building-permit/",
        "search": "/en/search/?q=permit",
        "not found": "/en/missing/",
        "sign-in": "/en/sign-in/",
        "e-service behind sign-in": "/en/parents-of-young-children/apply-for-a-preschool-place/",
        "accessibility statement": "/en/accessibility-statement/",
        "personal data": "/en/personal-data/",
        "cookies": "/en/cookies/",
        "guide": "/en/parents-of-young-children/preschool-place/",
        "news list": "/en/news/",
        "news": "/en/news/solrosen-preschool-opens/",
        "events list": "/en/events/",
        "event": "/en/events/story-time/",
        "places list": "/en/find-places/",
        "place": "/en/find-places/city-library/",
        "booking": "/en/homeowners/book-building-permit-advice/",
        "problem report": "/en/homeowners/report-a-problem/",
        "application": "/en/homeowners/apply-for-building-permit/",
    },
    "ar": {
        "home": "/ar/",
        "audience": "/ar/homeowners/",
        "information": "/ar/homeowners/building-permit/",
        "search": "/ar/search/?q=x",
        "not found": "/ar/missing/",
        "sign-in": "/ar/sign-in/",
        "e-service behind sign-in": "/ar/parents-of-young-children/apply-for-a-preschool-place/",
        "accessibility statement": "/ar/accessibility-statement/",
        "personal data": "/ar/personal-data/",
        "cookies": "/ar/cookies/",
        "guide": "/ar/parents-of-young-children/preschool-place/",
        "news list": "/ar/news/",
        "news": "/ar/news/solrosen-preschool-opens/",
        "events list": "/ar/events/",
        "event": "/ar/events/story-time/",
        "places list": "/ar/find-places/",
        "place": "/ar/find-places/city-library/",
        "booking": "/ar/homeowners/book-building-permit-advice/",
        "problem report": "/ar/homeowners/report-a-problem/",
        "application": "/ar/homeowners/apply-for-building-permit/",
    },
}
CASES = [(language, kind, path) for language, kinds in PAGES.items() for kind, path in kinds.items()]


@pytest.mark.parametrize(("language", "kind", "path"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_no_axe_violations(phone, site_url, language, kind, path):
    response = phone.goto(site_url + path)
    assert response.status == (404 if kind == "not found" else 200)
    assert phone.locator("html").get_attribute("lang") == language

    results = axe_results(phone)

    assert results.violations_count == 0, results.generate_report()
