"""Office screens' kiosk links: /skarm/<token>/ in Swedish."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import screens

app_name = "kpis"

urlpatterns = [path(_("screen/<str:token>/"), screens.screen, name="screen")]
