"""A news page: date, topics, audiences, image with alternative text, Open Graph and JSON-LD."""

import json
import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.images import get_image_model

from tests.factories.files import image_bytes

from .conftest import add_news

pytestmark = pytest.mark.django_db


@pytest.fixture
def image():
    import io

    from django.core.files.images import ImageFile

    Image = get_image_model()
    picture = Image(title="Grävmaskin", description="")
    picture.file = ImageFile(io.BytesIO(image_bytes(size=(1200, 800))), name="gravmaskin.jpg")
    picture.save()
    return picture


def meta(html: str) -> dict[str, str]:
    return dict(re.findall(r'<meta property="([^"]+)" content="([^"]*)">', html))


def json_ld(html: str) -> dict:
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    return json.loads(block)


def test_a_news_page_shows_its_date_topics_and_audiences(client, news_site):
    html = client.get("/nyheter/vagarbete/").content.decode()

    assert '<time datetime="2025-05-20">' in html
    assert 'href="/nyheter/?topic=test-trafik">Trafik</a>' in html
    assert 'href="/husagare/">Husägare</a>' in html
    assert 'href="/foretagare/">Företagare</a>' in html


def test_open_graph_describes_the_news_article(client, news_site):
    html = client.get("/nyheter/vagarbete/").content.decode()

    tags = meta(html)
    assert tags["og:type"] == "article"
    assert tags["og:title"] == "Vägarbete"
    assert tags["og:description"] == "Kort om nyheten."
    assert tags["og:url"] == "http://testserver/nyheter/vagarbete/"
    assert tags["og:locale"] == "sv_SE"
    assert "og:image" not in tags


def test_json_ld_is_a_parseable_news_article(client, news_site):
    data = json_ld(client.get("/nyheter/vagarbete/").content.decode())

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Vägarbete"
    assert data["datePublished"] == "2025-05-20"
    assert data["dateModified"]
    assert data["inLanguage"] == "sv"
    assert data["publisher"]["name"] == "Sjöviks kommun"
    assert "image" not in data


def test_an_image_appears_with_its_alternative_text_and_in_the_metadata(client, news_site, image):
    add_news(news_site["index"], "Med bild", image=image, image_alt="En grävmaskin på Storgatan")

    html = client.get("/nyheter/med-bild/").content.decode()

    assert 'alt="En grävmaskin på Storgatan"' in html
    tags = meta(html)
    assert tags["og:image"].startswith("http://testserver/")
    assert tags["og:image:alt"] == "En grävmaskin på Storgatan"
    assert json_ld(html)["image"] == [tags["og:image"]]


def test_an_image_needs_an_alternative_text(news_site, image):
    page = news_site["news"]["otaggad"]
    page.image = image
    page.image_alt = ""

    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "image_alt" in error.value.message_dict


def test_text_cannot_break_out_of_the_json_ld_block(client, news_site):
    add_news(news_site["index"], "Farlig", intro="</script><script>alert(1)</script> & mer")

    html = client.get("/nyheter/farlig/").content.decode()

    assert "<script>alert(1)" not in html
    assert json_ld(html)["description"] == "</script><script>alert(1)</script> & mer"


def test_news_pages_are_found_by_the_site_search(news_site):
    from search.indexing import documents_for

    document = documents_for(news_site["news"]["vagarbete"])[0]

    assert document.title == "Vägarbete"
    assert "Husägare" in document.audiences
