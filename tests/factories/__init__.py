"""Factories for the page tree and departments."""

from .departments import DepartmentFactory
from .pages import AudiencePageFactory, HomePageFactory, InformationPageFactory

__all__ = ["AudiencePageFactory", "DepartmentFactory", "HomePageFactory", "InformationPageFactory"]
