"""Mina sidor under the language prefix (/mina-sidor/ in Swedish, /en/my-pages/ in English)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "mina_sidor"

urlpatterns = [
    path(_("my-pages/"), views.overview, name="overview"),
    path(_("my-pages/cases/<str:reference>/"), views.case, name="case"),
]
