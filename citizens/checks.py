"""System checks for sign-in: a development sign-in or an unencrypted broker must never reach
production (`manage.py check --deploy`)."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

from .identity import LEVELS


@register(Tags.security, deploy=True)
def sign_in_deploy_checks(app_configs, **kwargs):
    problems = []
    if settings.CITIZEN_DEVELOPMENT_SIGN_IN:
        problems.append(
            Error(
                "CITIZEN_DEVELOPMENT_SIGN_IN is on: anyone could sign in as a test person.",
                hint="Unset it in production; it only works with the development settings anyway.",
                id="citizens.E001",
            )
        )
    issuer = settings.CITIZEN_OIDC_ISSUER
    if issuer and not issuer.startswith("https://"):
        problems.append(Warning("CITIZEN_OIDC_ISSUER is not an https:// address.", id="citizens.W001"))
    if issuer and not settings.CITIZEN_OIDC_CLIENT_SECRET:
        problems.append(Error("CITIZEN_OIDC_CLIENT_SECRET is empty.", id="citizens.E002"))
    return problems


@register()
def sign_in_settings_checks(app_configs, **kwargs):
    if settings.CITIZEN_OIDC_MIN_ASSURANCE not in LEVELS:
        return [
            Error(
                f"CITIZEN_OIDC_MIN_ASSURANCE must be one of {', '.join(LEVELS)}.",
                id="citizens.E003",
            )
        ]
    return []
