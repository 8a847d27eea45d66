"""The guide's own admin tab: the whole flow at a glance, and its figures."""

from django.utils import timezone
from wagtail.admin.panels import Panel

from .figures import figures_for


def flow_tree(graph) -> dict | None:
    """The guide as a nested tree from its first question; a question reached again is shown once."""

    def node(key: str, path: frozenset) -> dict:
        if key in graph.outcomes:
            outcome = graph.outcomes[key]
            return {
                "kind": "outcome",
                "key": key,
                "title": outcome.get("title", ""),
                "resolves": outcome.get("resolves", True),
            }
        question = graph.questions.get(key)
        if question is None:
            return {"kind": "missing", "key": key}
        if key in path:
            return {"kind": "loop", "key": key, "text": question.text}
        return {
            "kind": "question",
            "key": key,
            "text": question.text,
            "answers": [
                {"label": answer.label, "child": node(answer.leads_to, path | {key})} for answer in question.answers
            ],
        }

    return node(graph.start, frozenset()) if graph.start else None


class GuideOverviewPanel(Panel):
    """Read-only: the flow as a tree and the last 90 days' figures."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "cms_pages/admin/guide_overview.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            guide = self.instance
            context["tree"] = flow_tree(guide.graph()) if guide.pk or guide.questions else None
            context["figures"] = (
                figures_for(guide, since=timezone.localdate() - timezone.timedelta(days=90)) if guide.pk else None
            )
            return context
