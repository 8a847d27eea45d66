"""Settings of the hand-over to case systems and the e-archive (docs/handover.md), read by base.py."""

from kommunportal.env import env_int, env_str

# Retries after the first failed attempt, the wait before the first retry (doubling after each,
# up to the longest wait), and how long a receiver may take to answer.
HANDOVER_MAX_RETRIES = env_int("HANDOVER_MAX_RETRIES", 8)
HANDOVER_FIRST_RETRY_SECONDS = env_int("HANDOVER_FIRST_RETRY_SECONDS", 60)
HANDOVER_MAX_RETRY_SECONDS = env_int("HANDOVER_MAX_RETRY_SECONDS", 6 * 3600)
HANDOVER_CONNECT_TIMEOUT_SECONDS = env_int("HANDOVER_CONNECT_TIMEOUT_SECONDS", 5)
HANDOVER_TIMEOUT_SECONDS = env_int("HANDOVER_TIMEOUT_SECONDS", 20)
# How long a receiver's link to a case's file works.
HANDOVER_LINK_SECONDS = env_int("HANDOVER_LINK_SECONDS", 900)
# /health/worker/ fails while a hand-over has been failed (parked) for longer than this.
HANDOVER_FAILED_ALERT_SECONDS = env_int("HANDOVER_FAILED_ALERT_SECONDS", 3600)
# The folder E-ARK packages are written under (one sub-folder per archive setting); empty: none.
HANDOVER_ARCHIVE_ROOT = env_str("HANDOVER_ARCHIVE_ROOT", "")
# Case systems' access tokens for the way-back API (OAuth2 client credentials).
OAUTH2_PROVIDER_APPLICATION_MODEL = "oauth2_provider.Application"
OAUTH2_PROVIDER = {
    "ACCESS_TOKEN_EXPIRE_SECONDS": env_int("HANDOVER_API_TOKEN_SECONDS", 3600),
    "SCOPES": {"cases": "Update the cases handed over to this case system"},
    "DEFAULT_SCOPES": ["cases"],
    # Only client credentials are used; the rest follows the OAuth 2.0 Security BCP (RFC 9700):
    # no implicit or password grant, no plain PKCE, no tokens in URLs, tokens stored hashed.
    "COMPLIANT_BCP_RFC9700_IMPLICIT_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PASSWORD_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PKCE_METHOD": True,
    "COMPLIANT_BCP_RFC9700_ACCESS_TOKEN_TRANSPORT": True,
    "COMPLIANT_BCP_RFC9700_AUTHZ_RESPONSE_ISS": True,
    "COMPLIANT_BCP_RFC9700_TOKEN_STORAGE": True,
    "COMPLIANT_BCP_RFC9700_REFRESH_TOKEN": True,
    "REFRESH_TOKEN_REUSE_PROTECTION": True,
    "ALLOWED_REDIRECT_URI_SCHEMES": ["https"],
}
