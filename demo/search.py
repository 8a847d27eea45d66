"""The demo municipality's search set-up: the synonyms and promoted results an editor would
start with, so the demo finds pages in citizens' words."""

from wagtail.models import Page

from search.models import Synonym

#: (language, citizens' words, what the site calls it)
SYNONYMS = [
    ("sv", "dagis, dagiset, dagisplats", "förskola"),
    ("sv", "sopor, soptunna, soporna, sopkärl", "sophämtning"),
    ("sv", "gatlampa, gatlykta, lyktstolpe", "gatubelysning felanmälan"),
    ("sv", "potthål, hål i vägen", "felanmälan"),
    ("sv", "sfi, svenskundervisning", "svenska för invandrare"),
    ("sv", "flytta, flyttat, flyttning", "folkbokföring flyttanmälan"),
    ("sv", "altan, uterum, carport, staket", "bygglov attefallshus friggebod"),
    ("sv", "avgift, taxa, kostar", "avgifter"),
    ("sv", "äldreboende, ålderdomshem", "särskilt boende"),
    ("sv", "krog, bar, alkohol", "serveringstillstånd"),
    ("sv", "buss, tåg, busskort", "kollektivtrafik"),
    ("sv", "sotare", "sotning"),
    ("en", "daycare, nursery, kindergarten", "preschool"),
    ("en", "garbage, trash, rubbish, bins", "waste collection"),
    ("en", "pothole, streetlight, broken", "report a problem"),
    ("ar", "حضانة", "الروضة"),
]

#: (query, page slug path under the language's home): what editors promote.
PROMOTIONS = [
    ("felanmälan", "/husagare/felanmalan/"),
    ("bygglov", "/husagare/bygglov/"),
]


def set_up() -> None:
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    for language, words, means in SYNONYMS:
        Synonym.objects.get_or_create(language=language, words=words, defaults={"means": means})
    for query_string, path in PROMOTIONS:
        page = Page.objects.filter(url_path__endswith=path, locale__language_code="sv").first()
        if page is None:
            continue
        query = Query.get(query_string)
        SearchPromotion.objects.get_or_create(query=query, page=page, defaults={"sort_order": 0})
