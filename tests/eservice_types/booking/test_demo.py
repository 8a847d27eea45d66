"""The demo offers booking where citizens look for it, in every language."""

import pytest
from bs4 import BeautifulSoup


@pytest.mark.parametrize(
    "path",
    [
        "/husagare/boka-bygglovsradgivning/",
        "/en/homeowners/book-building-permit-advice/",
        "/ar/homeowners/book-building-permit-advice/",
        "/ny-i-kommunen/boka-tid-medborgarkontoret/",
    ],
)
def test_the_demo_booking_pages_show_a_calendar_with_free_times(client, demo, path):
    response = client.get(path)

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert len(soup.select(".booking-days li")) == 7
    assert soup.select(".booking-days a"), "some day in the first week has free times"


def test_the_homeowners_page_lists_booking_of_building_permit_advice(client, demo):
    soup = BeautifulSoup(client.get("/husagare/").content, "html.parser")

    assert "/husagare/boka-bygglovsradgivning/" in {a["href"] for a in soup.select("main a")}
