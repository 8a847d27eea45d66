"""The citizen's sign-in and sign-out, under the language prefix."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "citizens"

urlpatterns = [
    path(_("sign-in/"), views.sign_in, name="sign_in"),
    path(_("sign-in/development/"), views.development_sign_in, name="development_sign_in"),
    path(_("sign-in/<str:provider_id>/"), views.begin, name="begin"),
    path(_("sign-out/"), views.sign_out, name="sign_out"),
    path(_("sign-out/everywhere/"), views.sign_out_everywhere, name="sign_out_everywhere"),
    path(_("signed-out/"), views.signed_out, name="signed_out"),
]
