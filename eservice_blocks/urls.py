"""Citizen URLs of cases (/arende/<token>/ in Swedish, /en/case/<token>/ in English), and each
e-service plugin's own pages under its id."""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from .cases import views
from .registry import registry

app_name = "eservice_blocks"

urlpatterns = [
    path(_("case/<str:token>/"), views.case_page, name="case"),
    path(_("case/<str:token>/receipt/"), views.receipt, name="receipt"),
]

for _plugin in registry:
    if _plugin_urls := _plugin.get_urls():
        urlpatterns.append(path(f"e/{_plugin.id}/", include((_plugin_urls, _plugin.id))))
