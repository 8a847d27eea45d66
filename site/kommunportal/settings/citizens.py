"""Settings of citizen sign-in and Mina sidor (docs/sign-in.md), read by base.py."""

from kommunportal.env import env_bool, env_int, env_str

# The e-identification broker (OpenID Connect). No issuer: no real sign-in offered.
CITIZEN_OIDC_ISSUER = env_str("CITIZEN_OIDC_ISSUER", "")
CITIZEN_OIDC_CLIENT_ID = env_str("CITIZEN_OIDC_CLIENT_ID", "")
CITIZEN_OIDC_CLIENT_SECRET = env_str("CITIZEN_OIDC_CLIENT_SECRET", "")
CITIZEN_OIDC_TOKEN_AUTH_METHOD = env_str("CITIZEN_OIDC_TOKEN_AUTH_METHOD", "client_secret_basic")
# Scopes and claim names of the Swedish OIDC profile (oidc.se) unless the broker uses others.
CITIZEN_OIDC_SCOPES = env_str("CITIZEN_OIDC_SCOPES", "openid profile https://id.oidc.se/scope/naturalPersonNumber")
CITIZEN_OIDC_IDENTITY_NUMBER_CLAIM = env_str(
    "CITIZEN_OIDC_IDENTITY_NUMBER_CLAIM", "https://id.oidc.se/claim/personalIdentityNumber"
)
CITIZEN_OIDC_ACR_VALUES = env_str("CITIZEN_OIDC_ACR_VALUES", "http://id.elegnamnden.se/loa/1.0/loa3")
# The lowest assurance level accepted: low, substantial or high.
CITIZEN_OIDC_MIN_ASSURANCE = env_str("CITIZEN_OIDC_MIN_ASSURANCE", "substantial")
# The button's text, such as "BankID or Freja eID+" (empty: "E-identification", translated).
CITIZEN_OIDC_LABEL = env_str("CITIZEN_OIDC_LABEL", "")
# Signing out also ends the session at the broker (RP-initiated logout), when it offers that.
CITIZEN_OIDC_SIGN_OUT_AT_PROVIDER = env_bool("CITIZEN_OIDC_SIGN_OUT_AT_PROVIDER", True)
# Test persons without identification: development machines only (needs DEBUG as well).
CITIZEN_DEVELOPMENT_SIGN_IN = env_bool("CITIZEN_DEVELOPMENT_SIGN_IN", False)
CITIZEN_IDLE_MINUTES = env_int("CITIZEN_IDLE_MINUTES", 15)
CITIZEN_SESSION_MAX_HOURS = env_int("CITIZEN_SESSION_MAX_HOURS", 8)
CITIZEN_SIGN_INS_PER_MINUTE = env_int("CITIZEN_SIGN_INS_PER_MINUTE", 20)
# Days without a sign-in after which the citizen's record (a keyed hash) is deleted.
CITIZEN_RETENTION_DAYS = env_int("CITIZEN_RETENTION_DAYS", 365)
# The key of the hash that ties cases to a person (SECRET_KEY if empty). Changing it detaches
# every case from Mina sidor: set it once, keep it when rotating SECRET_KEY.
CITIZEN_IDENTITY_KEY = env_str("CITIZEN_IDENTITY_KEY", "")
# Session cookies end with the browser; the citizen's sign-in ends sooner (above).
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
