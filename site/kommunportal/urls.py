"""URL configuration: admin without a language prefix, the citizen site under /, /en/ and /ar/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from citizens import views as citizen_views
from cms_pages import site_files
from kommunportal import health
from search import views as search_views

handler400 = "foundations.api.errors.bad_request"
handler404 = "foundations.api.errors.page_not_found"
handler500 = "foundations.api.errors.server_error"

urlpatterns = [
    # Answered by kommunportal.health.HealthCheckMiddleware before the rest; named here for reverse().
    path("health/", health.live, name="health"),
    path("health/ready/", health.ready, name="health_ready"),
    path("health/worker/", health.worker, name="health_worker"),
    path("robots.txt", site_files.robots_txt, name="robots_txt"),
    path("sitemap.xml", site_files.sitemap_index, name="sitemap_index"),
    path("sitemap-<str:language>.xml", site_files.sitemap_language, name="sitemap_language"),
    path("", include("municipality.urls")),
    path("api/", include("kommunportal.api.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The identification's way back: one address per provider to register with the broker.
    path("auth/<str:provider_id>/callback/", citizen_views.callback, name="citizen_sign_in_callback"),
    path("auth/signed-out/", citizen_views.signed_out_return, name="citizen_signed_out_return"),
]

if settings.SERVE_MEDIA:
    # Local runs only; in production the web server serves MEDIA_ROOT (see docs/deploy.md).
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

urlpatterns += i18n_patterns(
    path(_("search/"), search_views.search, name="search"),
    path(_("search/open/<int:document_id>/"), search_views.open_result, name="search_open"),
    path(_("search/suggestions/"), search_views.suggestions, name="search_suggestions"),
    path("", include("citizens.urls")),
    path("", include("mina_sidor.urls")),
    path("", include("eservice_blocks.urls")),
    path("", include("feedback.urls")),
    path("", include("kpis.urls")),
    path("", include("cms_pages.urls")),
    prefix_default_language=False,
)
