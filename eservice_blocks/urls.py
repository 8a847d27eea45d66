"""Citizen URLs of cases (/arende/<token>/ in Swedish, /en/case/<token>/ in English), and each
e-service plugin's own pages under its id."""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from . import form_keys
from .cases import citizen_files, views
from .registry import registry

app_name = "eservice_blocks"

urlpatterns = [
    path(_("case/<str:token>/"), views.case_page, name="case"),
    path(_("case/<str:token>/receipt/"), views.receipt, name="receipt"),
    path(_("case/<str:token>/file/<int:message_id>/"), citizen_files.message_file, name="message_file"),
    path(_("case/<str:token>/withdraw/"), citizen_files.withdraw, name="withdraw"),
    path("e/key/", form_keys.key_field, name="key_field"),
]

for _plugin in registry:
    if _plugin_urls := _plugin.get_urls():
        urlpatterns.append(path(f"e/{_plugin.id}/", include((_plugin_urls, _plugin.id))))
