import json

from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from oauth2_provider import urls as dot_urls
from oauth2_provider.views import ConnectDiscoveryInfoView

from tests.oidc_provider.persons import PERSONS


class DiscoveryView(ConnectDiscoveryInfoView):
    """DOT's discovery document, plus the assurance levels the test persons sign in at.

    The client signs with RS256 only, so HS256 (which DOT lists too) is left out.
    """

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        data = json.loads(response.content)
        data["id_token_signing_alg_values_supported"] = ["RS256"]
        data["claims_supported"] = sorted({*data["claims_supported"], "auth_time"})
        data["acr_values_supported"] = sorted({person["acr"] for person in PERSONS})
        data["claims_parameter_supported"] = False
        response.content = json.dumps(data)
        return response


oauth2_patterns = (
    [
        re_path(r"^\.well-known/openid-configuration/?$", DiscoveryView.as_view(), name="oidc-connect-discovery-info"),
        *dot_urls.base_urlpatterns,
        *(pattern for pattern in dot_urls.oidc_urlpatterns if pattern.name != "oidc-connect-discovery-info"),
    ],
    "oauth2_provider",
)

urlpatterns = [
    path("o/", include(oauth2_patterns)),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(next_page="/"), name="logout"),
    path("", TemplateView.as_view(template_name="home.html"), name="home"),
]
