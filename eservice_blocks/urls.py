"""Citizen URLs of cases: /arende/<token>/ in Swedish, /en/case/<token>/ in English."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "eservice_blocks"

urlpatterns = [
    path(_("case/<str:token>/"), views.case_page, name="case"),
    path(_("case/<str:token>/receipt/"), views.receipt, name="receipt"),
]
