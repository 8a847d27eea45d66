"""Citizen URLs of feedback: /synpunkt/ in Swedish, /en/feedback/ in English."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "feedback"

urlpatterns = [
    path(_("feedback/"), views.submit, name="submit"),
    path(_("feedback/<str:token>/"), views.follow_up, name="follow_up"),
]
