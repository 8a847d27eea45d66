"""Page types of the citizen site, one module per type."""

from cms_pages.guides.figures import GuideCount

from .audience import AudiencePage
from .content_index import ContentIndexPage
from .guide import GuidePage
from .home import HomePage
from .information import InformationPage
from .mixins import AudienceTaggedPage, OwnedPage

__all__ = [
    "AudiencePage",
    "AudienceTaggedPage",
    "ContentIndexPage",
    "GuideCount",
    "GuidePage",
    "HomePage",
    "InformationPage",
    "OwnedPage",
]
