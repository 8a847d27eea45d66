"""Factories for the page tree and departments."""

from .pages import AudiencePageFactory, DepartmentFactory, HomePageFactory, InformationPageFactory

__all__ = ["AudiencePageFactory", "DepartmentFactory", "HomePageFactory", "InformationPageFactory"]
