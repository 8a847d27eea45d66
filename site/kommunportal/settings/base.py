"""Settings shared by every environment. Environment-specific modules import from here."""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from kommunportal.env import env_bool, env_int, env_list, env_str

from .plugins import OUTSIDE_PLUGIN_APPS, OUTSIDE_PLUGINS, PLUGIN_REGISTRIES  # noqa: F401 - settings/plugins.py

PROJECT_DIR = Path(__file__).resolve().parent.parent  # site/kommunportal
BASE_DIR = PROJECT_DIR.parent.parent  # repository root

SECRET_KEY = env_str("DJANGO_SECRET_KEY", "insecure-local-development-key-change-me")
DEBUG = env_bool("DJANGO_DEBUG", False)
DEVELOPMENT_SETTINGS = False  # True only in settings/dev.py (the development sign-in needs it)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "foundations",
    "departments",
    "notifications",
    "handover",
    "handover.contrib.webhook",
    "handover.contrib.registrar_mailbox",
    "handover.contrib.earchive",
    "cms_pages",
    "alerts",
    "news",
    "events",
    "places",
    "eservice_blocks",
    "eservice_types.contact",
    "eservice_types.booking",
    "eservice_types.problem_report",
    "eservice_types.application",
    "search",
    "citizens",
    "mina_sidor",
    "feedback",
    "kpis",
    "municipality",
    "demo",
    "frontend",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "django_tasks",
    "django_tasks_db",
    "oauth2_provider",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]
INSTALLED_APPS += [app for app in OUTSIDE_PLUGIN_APPS if app not in INSTALLED_APPS]  # once: one label, one app

MIDDLEWARE = [
    "kommunportal.health.HealthCheckMiddleware",
    "foundations.client.ClientAddressMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "foundations.cache_control.FrontendCacheMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "cms_pages.middleware.CachedSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Before anything reads the query string or the form: only UTF-8 is read (no lone surrogates).
    "foundations.request_charset.Utf8RequestMiddleware",
    "django.middleware.common.CommonMiddleware",
    "foundations.csrf.OriginCsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "citizens.session.CitizenMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "frontend.middleware.SecurityHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out staff sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kommunportal.urls"
WSGI_APPLICATION = "kommunportal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "frontend" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# No DATABASE_URL means the embedded default: SQLite next to the code.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite under concurrent writers: wait for the lock instead of failing at once.
    DATABASES["default"].setdefault("OPTIONS", {}).update({"timeout": 20, "transaction_mode": "IMMEDIATE"})
    DATABASES["default"]["CONN_MAX_AGE"] = 0
else:
    INSTALLED_APPS.append("django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Staff sign-in: locked after repeated failures (settings/staff_sign_in.py) ---------------
from .staff_sign_in import *  # noqa: E402, F403

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages --------------------------------------------------------------------------------
LANGUAGE_CODE = "sv"
LANGUAGES = [
    ("sv", _("Swedish")),
    ("en", _("English")),
    ("ar", _("Arabic")),
]
LANGUAGES_BIDI = ["ar"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False  # addresses in plain ASCII ("forskola-och-skola"): easy to type
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("DJANGO_TIME_ZONE", "Europe/Stockholm")
USE_I18N = True
USE_TZ = True

# --- Static and media -------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT", str(BASE_DIR / "static_collected")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT", str(BASE_DIR / "media")))
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", False)
# Citizens' files (case attachments, photos, drafts) live outside MEDIA_ROOT: no web server serves
# them; handlers download them through a view that checks their department.
PRIVATE_MEDIA_ROOT = Path(env_str("DJANGO_PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private_media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT), "base_url": None},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Background tasks (e-mails, search index updates) -----------------------------------------
# The database backend needs a worker: `manage.py db_worker` (started by `make run`).
TASKS = {"default": {"BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

# --- E-services -------------------------------------------------------------------------------
CASE_ATTACHMENT_MAX_BYTES = env_int("CASE_ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024)
# Each file a citizen uploads to an e-service, and the pixels of an image (a decompression bomb
# claims a huge size in a tiny file: it is refused before decoding).
ESERVICE_UPLOAD_MAX_BYTES = env_int("ESERVICE_UPLOAD_MAX_BYTES", 10 * 1024 * 1024)
ESERVICE_IMAGE_MAX_PIXELS = env_int("ESERVICE_IMAGE_MAX_PIXELS", 40_000_000)
# All images of one request together (five 12-megapixel phone photos fit), and how many images
# one app server process re-encodes at once (eservice_blocks/uploads.py).
ESERVICE_REQUEST_MAX_PIXELS = env_int("ESERVICE_REQUEST_MAX_PIXELS", 64_000_000)
ESERVICE_IMAGE_ENCODERS = env_int("ESERVICE_IMAGE_ENCODERS", 2)
# Per client address and minute: e-service submissions, and case page or receipt views.
ESERVICE_SUBMISSIONS_PER_MINUTE = env_int("ESERVICE_SUBMISSIONS_PER_MINUTE", 10)
# Answers sent to a guide through the API (they count in the guide's figures).
API_GUIDE_ANSWERS_PER_MINUTE = env_int("API_GUIDE_ANSWERS_PER_MINUTE", 60)
CASE_VIEWS_PER_MINUTE = env_int("CASE_VIEWS_PER_MINUTE", 30)
# Bookings by unconfirmed e-mail addresses hold the seat this many minutes (docs/eservices.md);
# such holds per address at a time, and per client and hour. Then following a reported problem.
BOOKING_HOLD_MINUTES = env_int("BOOKING_HOLD_MINUTES", 30)
BOOKING_UNCONFIRMED_PER_ADDRESS = env_int("BOOKING_UNCONFIRMED_PER_ADDRESS", 2)
BOOKING_HOLDS_PER_CLIENT_PER_HOUR = env_int("BOOKING_HOLDS_PER_CLIENT_PER_HOUR", 20)
PROBLEM_REPORT_FOLLOW_CONFIRM_HOURS = env_int("PROBLEM_REPORT_FOLLOW_CONFIRM_HOURS", 24)
PROBLEM_REPORT_UNCONFIRMED_FOLLOWS_PER_ADDRESS = env_int("PROBLEM_REPORT_UNCONFIRMED_FOLLOWS_PER_ADDRESS", 3)
PROBLEM_REPORT_FOLLOWS_PER_CLIENT_PER_HOUR = env_int("PROBLEM_REPORT_FOLLOWS_PER_CLIENT_PER_HOUR", 20)
# Feedback: answers per client address and minute, and days before e-mails and comments are deleted.
FEEDBACK_PER_MINUTE = env_int("FEEDBACK_PER_MINUTE", 10)
FEEDBACK_RETENTION_DAYS = env_int("FEEDBACK_RETENTION_DAYS", 365)
# Contacts in other channels (docs/feedback-and-kpis.md): per registration, department+channel+day, days back.
KPI_CONTACTS_PER_REGISTRATION = env_int("KPI_CONTACTS_PER_REGISTRATION", 200)
KPI_CONTACTS_PER_DAY = env_int("KPI_CONTACTS_PER_DAY", 1000)
KPI_CONTACTS_DAYS_BACK = env_int("KPI_CONTACTS_DAYS_BACK", 31)
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "noreply@kommun.example")
# An SMTP server that accepts the connection but never answers must not hang the worker: the
# e-mail is retried later (the outbox), so give up on a silent server quickly.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 15)

# --- Citizen sign-in and Mina sidor (docs/sign-in.md): settings/citizens.py ------------------
from .citizens import *  # noqa: E402, F403
from .citizens import CITIZEN_OIDC_ISSUER  # noqa: E402 - the broker is allowed in the CSP below

# --- Hand-over to case systems and the e-archive: settings/handover.py -----------------------
from .handover import *  # noqa: E402, F403

# /health/worker/ fails when tasks or due e-mails have waited longer than this.
HEALTH_MAX_BACKLOG_SECONDS = env_int("HEALTH_MAX_BACKLOG_SECONDS", 600)

# --- Frontend cache (Varnish, docs/deploy.md) ------------------------------------------------
# How long the frontend cache may keep an anonymous page; publishing purges it at once.
FRONTEND_CACHE_SECONDS = env_int("FRONTEND_CACHE_SECONDS", 600)
# The Varnish instances to purge on publish (comma-separated), e.g. http://10.0.0.10:6081.
FRONTEND_CACHE_URLS = env_list("FRONTEND_CACHE_URLS")
WAGTAILFRONTENDCACHE = {
    f"varnish{number}": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": url}
    for number, url in enumerate(FRONTEND_CACHE_URLS, start=1)
}

# --- Cache ------------------------------------------------------------------------------------
# One process: memory. Several app servers: Redis (REDIS_URL), shared by all of them, so that
# rate limits count across processes and a publish is seen by every process at once.
REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "kommunportal.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "kommunportal"),
            # Answer quickly when Redis is away: the site goes on without it (kommunportal/cache.py).
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "kommunportal",
            "OPTIONS": {"MAX_ENTRIES": 10_000},  # Django's 300 evicts the pages' warm fragments
        }
    }
# Navigation (menus, translations, sites) is cached for this long at most; publishing clears it
# at once in this process, and other processes pick the change up within this many seconds.
NAVIGATION_CACHE_SECONDS = env_int("NAVIGATION_CACHE_SECONDS", 10)

# --- Wagtail ----------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = env_str("KOMMUNPORTAL_SITE_NAME", "Kommunportal")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The public site's address, for links in e-mails to citizens.
SITE_BASE_URL = env_str("SITE_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# The citizens' site search and its backends (docs/search.md): settings/search.py
from .search import *  # noqa: E402, F403

WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No gravatar.com avatars: they send a hash of each staff member's e-mail address to another company.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_PERMITTED_LANGUAGES = [("sv", "Svenska"), ("en", "English"), ("ar", "العربية")]
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

# --- Security (tightened further in production.py) --------------------------------------------
# The proxies in front of the app servers (nginx, Varnish, a load balancer): addresses or CIDR
# blocks. The client's address is the last X-Forwarded-For hop that is not one of them, and rate
# limits count per client address (docs/deploy.md). Loopback covers the one-machine set-up.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", ["127.0.0.1/32", "::1/128"])
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
# The public site runs no script of its own and loads nothing from other hosts. The admin is
# Wagtail's own UI, which needs inline styles and scripts, so it gets its own relaxed policy.
# The map of "report a problem": a tile URL template (empty: no map tiles, the map still works)
# and the attribution its licence requires. Its origin is allowed for images below.
MAP_TILE_URL = env_str("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_ATTRIBUTION = env_str("MAP_ATTRIBUTION", "© OpenStreetMap contributors")
_MAP_TILE_ORIGIN = "/".join(MAP_TILE_URL.split("/")[:3]) if MAP_TILE_URL.startswith("https://") else ""

_OIDC_ORIGIN = "/".join(CITIZEN_OIDC_ISSUER.split("/")[:3]) if "://" in CITIZEN_OIDC_ISSUER else ""

CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *([_MAP_TILE_ORIGIN] if _MAP_TILE_ORIGIN else [])],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        # Signing out is a form whose answer leads to the broker's sign-out when there is one.
        "form-action": ["'self'", *([_OIDC_ORIGIN] if _OIDC_ORIGIN else [])],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}
# --- JSON API (/api/v1/, see docs/api.md) ---------------------------------------------------------
REST_FRAMEWORK = {
    # The API is public or token-based (a case's access token): no sessions, so no CSRF to check.
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # JSON nested too deeply or holding lone surrogates is refused with a translated 400, and
    # the text that passes is cleaned of invisible control characters (foundations/api/parsers.py).
    "DEFAULT_PARSER_CLASSES": [
        "foundations.api.parsers.JSONParser",
        "rest_framework.parsers.MultiPartParser",
        "rest_framework.parsers.FormParser",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "foundations.api.errors.exception_handler",
    "DEFAULT_PAGINATION_CLASS": "foundations.api.conventions.Pagination",
    "PAGE_SIZE": 20,
    "DEFAULT_THROTTLE_CLASSES": ["foundations.api.conventions.ClientRateThrottle"],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Kommunportal API",
    "DESCRIPTION": (
        "Every page, guide and e-service of the site as JSON. Labels, help texts and error messages "
        "come in the language asked for with `?locale=`. See docs/api.md for a client's whole journey."
    ),
    "VERSION": "1",
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "PREPROCESSING_HOOKS": ["foundations.api.schema.only_public_api"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "foundations.api.schema.add_components",
        "foundations.api.schema.add_common_errors",
    ],
}
# Other channels' web apps that may call the API from a browser (an app's or a kiosk's origin).
CORS_ALLOWED_ORIGINS = env_list("API_CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_HEADERS = ["accept", "authorization", "content-type", "idempotency-key", "if-none-match"]
CORS_EXPOSE_HEADERS = ["etag", "retry-after"]
# Cache lifetime of content responses (pages, navigation, guides) for browsers and proxies.
API_CONTENT_MAX_AGE = env_int("API_CONTENT_MAX_AGE", 60)

PERMISSIONS_POLICY = "geolocation=(self), camera=(), microphone=(), payment=(), usb=()"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"no_personal_data": {"()": "kommunportal.logging.PersonalDataFilter"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["no_personal_data"],
        }
    },
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.server": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "django_tasks": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # WeasyPrint and fontTools report every step of every PDF at INFO.
        "weasyprint": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "fontTools": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "axes": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}
