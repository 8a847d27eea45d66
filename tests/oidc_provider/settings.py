"""Settings of the stand-alone test OpenID provider; nothing here comes from the site's settings.

serve.py sets the environment this reads: OIDC_OP_DATA_DIR (SQLite database and signing key)
and OIDC_OP_ISSUER (``http://127.0.0.1:<port>/o``).
"""

import os
from pathlib import Path

from tests.oidc_provider.persons import NATURAL_PERSON_NUMBER_SCOPE

DATA_DIR = Path(os.environ.get("OIDC_OP_DATA_DIR", "/tmp/kommunportal-test-op"))
ISSUER = os.environ.get("OIDC_OP_ISSUER", "http://127.0.0.1:8765/o")
# Empty, or one of misbehaviour.CHOICES: the rule this provider breaks on purpose.
MISBEHAVIOUR = os.environ.get("OIDC_OP_MISBEHAVE", "")
_KEY_FILE = DATA_DIR / "oidc-rsa-key.pem"

SECRET_KEY = "test-op-not-secret"  # a throwaway provider for tests only
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
USE_TZ = True
TIME_ZONE = "Europe/Stockholm"
LANGUAGE_CODE = "en"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "oauth2_provider",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "tests.oidc_provider.misbehaviour.NoIdTokenMiddleware",
]

ROOT_URLCONF = "tests.oidc_provider.urls"
WSGI_APPLICATION = None

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [Path(__file__).resolve().parent / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
            ]
        },
    }
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": DATA_DIR / "op.sqlite3",
        "OPTIONS": {
            "timeout": 30,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        },
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

# Fast hashing: only test passwords live here.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
AUTH_PASSWORD_VALIDATORS = []

LOGIN_URL = "/login/"
LOGIN_REDIRECT_URL = "/"
# The site under test also runs on 127.0.0.1, and cookies do not tell ports apart: keep the
# provider's session and CSRF cookies from overwriting the site's (and the other way round).
SESSION_COOKIE_NAME = "test_op_sessionid"
CSRF_COOKIE_NAME = "test_op_csrftoken"

STATIC_URL = "/static/"


def _private_key_pem() -> str:
    """The provider's RSA signing key: made on first start, kept in DATA_DIR after that."""
    if _KEY_FILE.exists():
        return _KEY_FILE.read_text()
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    _KEY_FILE.write_text(pem)
    _KEY_FILE.chmod(0o600)
    return pem


OAUTH2_PROVIDER = {
    "OIDC_ENABLED": True,
    "OIDC_ISS_ENDPOINT": ISSUER,
    "OIDC_RSA_PRIVATE_KEY": _private_key_pem(),
    "OAUTH2_VALIDATOR_CLASS": "tests.oidc_provider.validator.SwedishEidValidator",
    "PKCE_REQUIRED": True,
    # RFC 9700 behaviour: S256 only (no "plain"), no implicit or password grant, access
    # tokens only in the Authorization header.
    "COMPLIANT_BCP_RFC9700_PKCE_METHOD": True,
    "COMPLIANT_BCP_RFC9700_IMPLICIT_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PASSWORD_GRANT": True,
    "COMPLIANT_BCP_RFC9700_ACCESS_TOKEN_TRANSPORT": True,
    "SCOPES": {
        "openid": "OpenID Connect",
        "profile": "Name",
        NATURAL_PERSON_NUMBER_SCOPE: "Personal identity number",
    },
    "DEFAULT_SCOPES": ["openid"],
    "OIDC_RESPONSE_TYPES_SUPPORTED": ["code"],
    "OIDC_TOKEN_ENDPOINT_AUTH_METHODS_SUPPORTED": ["client_secret_basic", "client_secret_post"],
    "OIDC_RP_INITIATED_LOGOUT_ENABLED": True,
    # With an id_token_hint of the signed-in person, sign out without a confirmation page.
    "OIDC_RP_INITIATED_LOGOUT_ALWAYS_PROMPT": False,
    "ACCESS_TOKEN_EXPIRE_SECONDS": 600,
    "ID_TOKEN_EXPIRE_SECONDS": 600,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr"}},
    "loggers": {
        # Server errors with their tracebacks, and why the provider refused a request: DOT
        # says at DEBUG which redirect URI or client credentials did not match.
        "django.request": {"handlers": ["stderr"], "level": "ERROR", "propagate": False},
        "oauth2_provider": {"handlers": ["stderr"], "level": "DEBUG", "propagate": False},
    },
}
