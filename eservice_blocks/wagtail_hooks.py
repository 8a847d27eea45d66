"""Wagtail integration: e-service submissions on any page, and the case inbox in the admin."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from departments.models import Department
from foundations.responses import RETRY_AFTER_SECONDS, private

from .cases import admin_views
from .views import SentTooOften, handle_page_submission


@hooks.register("before_serve_page")
def submit_eservice(page, request, serve_args, serve_kwargs):
    """A POST of an e-service form on any page: a redirect (the receipt, a flow's next step),
    or the page shown again with the bound forms (`request.eservice_forms`), answering 400
    when they hold errors and 429 over the rate limit."""
    if request.method != "POST" or "eservice_block_id" not in request.POST:
        return None
    outcome = handle_page_submission(request, page)
    if isinstance(outcome, SentTooOften):
        return sent_too_often(page, request, outcome.outcome, serve_args, serve_kwargs)
    if isinstance(outcome, dict):
        # The page again with the citizen's input and the errors: 400, as every other form
        # with errors answers, so that clients, tests and monitoring see nothing was stored.
        request.eservice_forms = outcome
        response = page.serve(request, *serve_args, **serve_kwargs)
        if any(form.errors for form in outcome.values()) and response.status_code == 200:
            response.status_code = 400
        return response
    return outcome


def sent_too_often(page, request, outcome, serve_args, serve_kwargs):
    """The page again with the citizen's input kept (or a flow's own page), as 429 with
    Retry-After: the browser and the citizen know to wait, and nothing written is lost."""
    if isinstance(outcome, dict):
        request.eservice_forms = outcome
        outcome = page.serve(request, *serve_args, **serve_kwargs)
    outcome.status_code = 429
    outcome["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return private(outcome)


class CasesMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return user.is_superuser or Department.objects.for_user(user).exists()


@hooks.register("register_admin_urls")
def register_case_urls():
    return [
        path("cases/", admin_views.inbox, name="eservice_blocks_inbox"),
        path("cases/<int:case_id>/", admin_views.case_detail, name="eservice_blocks_case"),
        path(
            "cases/<int:case_id>/<str:kind>/<int:file_id>/",
            admin_views.case_file,
            name="eservice_blocks_case_file",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_cases_menu_item():
    return CasesMenuItem(_("Cases"), reverse("eservice_blocks_inbox"), name="cases", icon_name="tasks", order=150)
