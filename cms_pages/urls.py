"""Wagtail's front-end URLs, with the page view from `cms_pages.views`."""

from django.contrib.auth import views as auth_views
from django.urls import path, re_path
from wagtail import views as wagtail_views
from wagtail.urls import WAGTAIL_FRONTEND_LOGIN_TEMPLATE, serve_pattern

from cms_pages import views

urlpatterns = [
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        wagtail_views.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path(
        "_util/login/",
        auth_views.LoginView.as_view(template_name=WAGTAIL_FRONTEND_LOGIN_TEMPLATE),
        name="wagtailcore_login",
    ),
    re_path(serve_pattern, views.serve, name="wagtail_serve"),
]
