"""Realistic citizen queries and the page each should find first, for the demo municipality:
colloquial words, misspellings, inflected forms and compounds, in Swedish, English and Arabic.
Each expected answer is a page path under the language's home page (an e-service counts as
its page)."""

QUERIES = [
    # Swedish: the site's own words, inflected and compounded
    ("sv", "bygglov", "/husagare/bygglov/"),
    ("sv", "bygglovet", "/husagare/bygglov/"),
    ("sv", "bygglovsansökan", "/husagare/ansok-om-bygglov/"),
    ("sv", "ansöka om bygglov", "/husagare/ansok-om-bygglov/"),
    ("sv", "förskolan", "/smabarnsforaldrar/forskola/"),
    ("sv", "förskoleplats", "/smabarnsforaldrar/forskoleplats/"),
    ("sv", "sophämtningen", "/husagare/sophamtning/"),
    ("sv", "fritidshemmet", "/smabarnsforaldrar/skolval/fritidshem/"),
    ("sv", "hemtjänst", "/aldre-och-anhoriga/hemtjanst/"),
    ("sv", "färdtjänsten", "/aldre-och-anhoriga/fardtjanst/"),
    ("sv", "trygghetslarm", "/aldre-och-anhoriga/trygghetslarm/"),
    ("sv", "serveringstillstånd", "/foretagare/serveringstillstand/"),
    ("sv", "återvinningscentralen", "/husagare/atervinningscentral/"),
    ("sv", "enskilt avlopp", "/husagare/enskilt-avlopp/"),
    ("sv", "folkbokföring", "/ny-i-kommunen/folkbokforing/"),
    ("sv", "biblioteket", "/ny-i-kommunen/bibliotek/"),
    ("sv", "starta företag", "/foretagare/starta-foretag/"),
    ("sv", "upphandling", "/foretagare/upphandling/"),
    # Swedish: citizens' own words (synonyms) and tasks
    ("sv", "dagis", "/smabarnsforaldrar/forskola/"),
    ("sv", "sopor", "/husagare/sophamtning/"),
    ("sv", "trasig gatlampa", "/husagare/felanmalan/"),
    ("sv", "hål i vägen", "/husagare/felanmalan/"),
    ("sv", "felanmälan", "/husagare/felanmalan/"),
    ("sv", "bygga altan", "/husagare/behover-jag-bygglov/"),
    ("sv", "friggebod", "/husagare/bygglov/attefallshus-och-friggebod/"),
    ("sv", "attefallshus", "/husagare/bygglov/attefallshus-och-friggebod/"),
    ("sv", "äldreboende", "/aldre-och-anhoriga/sarskilt-boende/"),
    ("sv", "sfi", "/ny-i-kommunen/sfi/"),
    ("sv", "busskort", "/ny-i-kommunen/kollektivtrafik/"),
    ("sv", "sotare", "/husagare/sotning/"),
    ("sv", "maxtaxa förskola", "/smabarnsforaldrar/maxtaxa/"),
    ("sv", "boka tid medborgarkontoret", "/ny-i-kommunen/boka-tid-medborgarkontoret/"),
    # Swedish: misspellings
    ("sv", "byglov", "/husagare/bygglov/"),
    ("sv", "hemtjänts", "/aldre-och-anhoriga/hemtjanst/"),
    ("sv", "förskolla", "/smabarnsforaldrar/forskola/"),
    # English
    ("en", "building permit", "/homeowners/building-permit/"),
    ("en", "apply for building permit", "/homeowners/apply-for-building-permit/"),
    ("en", "garbage", "/homeowners/waste-collection/"),
    ("en", "daycare", "/parents-of-young-children/preschool/"),
    ("en", "pothole", "/homeowners/report-a-problem/"),
    ("en", "preschool place", "/parents-of-young-children/preschool-place/"),
    # Arabic
    ("ar", "ترخيص بناء", "/homeowners/building-permit/"),
    ("ar", "الروضة", "/parents-of-young-children/preschool/"),
    ("ar", "جمع النفايات", "/homeowners/waste-collection/"),
    ("ar", "الإبلاغ عن مشكلة", "/homeowners/report-a-problem/"),
]
