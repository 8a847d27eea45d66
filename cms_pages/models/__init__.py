"""Page types of the citizen site, one module per type, plus the internal department snippet."""

from .audience import AudiencePage
from .department import Department
from .guide import GuidePage
from .home import HomePage
from .information import InformationPage
from .mixins import AudienceTaggedPage, OwnedPage

__all__ = [
    "AudiencePage",
    "AudienceTaggedPage",
    "Department",
    "GuidePage",
    "HomePage",
    "InformationPage",
    "OwnedPage",
]
