"""Important messages in the admin: a snippet, first in the menu when the site needs it."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ImportantMessage


class ImportantMessageViewSet(SnippetViewSet):
    model = ImportantMessage
    icon = "warning"
    menu_label = _("Important messages")
    menu_order = 50
    add_to_admin_menu = True
    list_display = ["headline", "severity", "active", "valid_from", "valid_until", "locale"]
    list_filter = ["severity", "active", "locale"]


register_snippet(ImportantMessageViewSet)
