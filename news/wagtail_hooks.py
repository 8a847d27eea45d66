"""News topics in the admin, as snippets editors translate like pages."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("News topics")
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(TopicViewSet)
