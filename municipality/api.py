"""The legal pages in the JSON API, with what the site fills in (the retention table, the
cookies), registered with the API's page types when the app is ready."""

from cms_pages.api.blocks import sanitised_html
from cms_pages.api.pages import PAGE_LINK, PageType, register
from foundations.api import links
from foundations.api.schema import nullable

from .models import AccessibilityStatementPage, Compliance, CookiesPage, PersonalDataPage
from .models.accessibility import DIGG_URL
from .models.personal_data import IMY_URL
from .retention import retention_rows
from .site_cookies import site_cookies

STRING = {"type": "string"}
HTML = {"type": "string", "description": "Sanitised HTML."}


def _strings(*names: str) -> dict:
    return {"type": "object", "properties": dict.fromkeys(names, STRING), "required": list(names)}


def _accessibility(page, context) -> dict:
    return {
        "intro": page.intro,
        "compliance": {"key": page.compliance, "label": str(page.get_compliance_display())},
        "alternatives": sanitised_html(page.alternatives),
        "shortcomings": [
            {key: str(item.value.get(key) or "") for key in ("title", "description", "fix")}
            for item in page.shortcomings
        ],
        "report_page": links.page_link(page.report_page, context),
        "supervisory_authority_url": DIGG_URL,
        "testing": page.testing,
        "statement_date": page.statement_date.isoformat(),
    }


def _personal_data(page, context) -> dict:
    return {
        "intro": page.intro,
        "controller": page.controller,
        "purposes": sanitised_html(page.purposes),
        "rights": sanitised_html(page.rights),
        "complaints_url": IMY_URL,
        "dpo_email": page.dpo_email,
        "dpo_phone": page.dpo_phone,
        "retention": [
            {
                "title": row["title"],
                "type": row["kind"],
                "url": links.absolute(context, row["url"]),
                "days": row["days"],
            }
            for row in retention_rows(page.path[: -page.steplen])
        ],
    }


def _cookies(page, context) -> dict:
    return {"intro": page.intro, "text": sanitised_html(page.body), "cookies": site_cookies()}


ACCESSIBILITY = PageType(
    AccessibilityStatementPage,
    _accessibility,
    {
        "intro": STRING,
        "compliance": {
            "type": "object",
            "properties": {"key": {"type": "string", "enum": list(Compliance.values)}, "label": STRING},
            "required": ["key", "label"],
        },
        "alternatives": HTML,
        "shortcomings": {"type": "array", "items": _strings("title", "description", "fix")},
        "report_page": nullable(PAGE_LINK),
        "supervisory_authority_url": {"type": "string", "format": "uri"},
        "testing": STRING,
        "statement_date": {"type": "string", "format": "date"},
    },
    "The accessibility statement, in the order of DIGG's template.",
)
PERSONAL_DATA = PageType(
    PersonalDataPage,
    _personal_data,
    {
        "intro": STRING,
        "controller": STRING,
        "purposes": HTML,
        "rights": HTML,
        "complaints_url": {"type": "string", "format": "uri"},
        "dpo_email": STRING,
        "dpo_phone": STRING,
        "retention": {
            "type": "array",
            "description": "Each e-service and how many days its personal data is kept after the case is closed.",
            "items": {
                "type": "object",
                "properties": {"title": STRING, "type": STRING, "url": STRING, "days": {"type": "integer"}},
                "required": ["title", "type", "url", "days"],
            },
        },
    },
    "How the municipality handles personal data, with the e-services' retention.",
)
COOKIES = PageType(
    CookiesPage,
    _cookies,
    {
        "intro": STRING,
        "text": HTML,
        "cookies": {"type": "array", "items": _strings("name", "purpose", "lifetime")},
    },
    "The cookies the site sets and why.",
)

for _page_type in (ACCESSIBILITY, PERSONAL_DATA, COOKIES):
    register(_page_type)
