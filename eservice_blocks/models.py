"""Models of the e-service app live in the `cases` package."""

from .cases.models import Case, CaseEvent, CaseMessage

__all__ = ["Case", "CaseEvent", "CaseMessage"]
