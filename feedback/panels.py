"""The page editor's Feedback tab: how helpful citizens found the page, and what they wrote."""

from datetime import timedelta

from django.db.models import Count, Q
from django.utils import timezone
from wagtail.admin.panels import Panel

from .models import Feedback

RECENT_DAYS = 90


def page_summary(page, since) -> dict:
    """Yes/no counts and the share of yes since `since`, in one aggregate query."""
    figures = Feedback.objects.filter(page=page, created_at__gte=since).aggregate(
        total=Count("pk"), helpful=Count("pk", filter=Q(helpful=True))
    )
    total = figures["total"]
    return {
        "total": total,
        "helpful": figures["helpful"],
        "not_helpful": total - figures["helpful"],
        "score": round(100 * figures["helpful"] / total) if total else None,
    }


class PageFeedbackPanel(Panel):
    """Read-only: the last 90 days' helpfulness score and the latest comments on this page."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "feedback/admin/page_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            if page.pk:
                since = timezone.now() - timedelta(days=RECENT_DAYS)
                context["summary"] = page_summary(page, since)
                context["comments"] = (
                    Feedback.objects.filter(page=page).exclude(comment="").order_by("-created_at")[:10]
                )
            context["days"] = RECENT_DAYS
            return context
