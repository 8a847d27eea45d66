"""Demo content for Sjöviks kommun, read from the data files in `demo/data/`: the site, the
audiences with their pages, the guides and the Contact e-services with their demo cases.

`AUDIENCES` holds one {"audience": ..., "pages": [...]} per audience page, in menu order.
`ESERVICE_MODULES` hold pages built around one e-service type each: like an audience's `pages`,
but every page names its `parent` (a demo page slug), and the module may have a
`prepare(departments)` function that creates the rows the e-service needs, and a
`populate(pages_by_slug)` function that adds history once the pages exist (both idempotent).
"""

from demo.data import load

from . import application, booking, problem_report

_site = load("site")
DEPARTMENTS = _site["departments"]
HOME = _site["home"]

AUDIENCES = [
    load(f"audiences/{name}")
    for name in ("smabarnsforaldrar", "husagare", "foretagare", "ny_i_kommunen", "aldre_och_anhoriga")
]

ESERVICE_MODULES = [application, booking, problem_report]

_contact = load("eservices/contact")
#: Contact e-services appended to the bodies of demo pages, by page slug.
CONTACT_ON_PAGES = _contact["contact_on_pages"]
#: Demo cases: (page slug, status, days ago, subject, message, messages from the handler)
DEMO_CASES = [
    tuple(case[field] for field in ("page", "status", "days_ago", "subject", "message", "replies"))
    for case in _contact["cases"]
]


def _answer(label, leads_to, minimum=None, maximum=None) -> dict:
    return {"label": label, "leads_to": leads_to, "minimum": minimum, "maximum": maximum}


def _guide(data: dict) -> dict:
    """A guide of guides.yaml, its outcomes' `eservice` (a page slug) made that page's Contact e-service."""
    for question in data["questions"]:
        question["answers"] = [_answer(**answer) for answer in question["answers"]]
    for outcome in data["outcomes"]:
        if "eservice" in outcome:
            outcome["eservice"] = CONTACT_ON_PAGES[outcome["eservice"]]
    return data


GUIDES = [_guide(data) for data in load("guides")["guides"]]

__all__ = ["AUDIENCES", "CONTACT_ON_PAGES", "DEMO_CASES", "DEPARTMENTS", "ESERVICE_MODULES", "GUIDES", "HOME"]
