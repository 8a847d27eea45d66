"""The municipality's settings and its legally required pages, one module per concern."""

from .accessibility import AccessibilityStatementPage, Compliance
from .cookies import CookiesPage
from .legal import LegalPage
from .personal_data import PersonalDataPage
from .settings import MunicipalitySettings, MunicipalityText, SocialLink

__all__ = [
    "AccessibilityStatementPage",
    "Compliance",
    "CookiesPage",
    "LegalPage",
    "MunicipalitySettings",
    "MunicipalityText",
    "PersonalDataPage",
    "SocialLink",
]
