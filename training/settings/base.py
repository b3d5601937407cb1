"""Settings shared by every environment. Safe for production; dev and test relax them.

Every value that differs between deployments is read from the environment through one
typed schema, so a missing or mistyped variable fails at start-up, not at first use.
"""

from pathlib import Path

import environ
from csp.constants import NONCE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env(
    DEBUG=(bool, False),
    ALLOWED_HOSTS=(list, ["localhost", "127.0.0.1"]),
    CSRF_TRUSTED_ORIGINS=(list, []),
    DATABASE_URL=(str, f"sqlite:///{VAR_DIR / 'cotrain.sqlite3'}"),
    CACHE_URL=(str, "locmemcache://"),
    CELERY_BROKER_URL=(str, ""),
    EMAIL_URL=(str, "consolemail://"),
    DEFAULT_FROM_EMAIL=(str, "Cotrain <no-reply@cotrain.localhost>"),
    SITE_URL=(str, "http://127.0.0.1:8000"),
    MEDIA_ROOT=(str, str(VAR_DIR / "media")),
    INVITATION_DAYS=(int, 14),
    LOG_LEVEL=(str, "INFO"),
)
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env("DEBUG")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")
SITE_URL = env("SITE_URL").rstrip("/")

INSTALLED_APPS = [
    # Project apps first so their templates and static files win.
    "training.core",
    "training.people",
    "courses",
    "case_studies",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "training.people.apps.CotrainUsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtailmedia",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Django and third parties
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",  # recovery codes (training/people/recovery_codes.py)
    "axes",
    "csp",
    "simple_history",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "training.people.middleware.TwoFactorRequiredMiddleware",
    "training.core.middleware.ImpossibleIdsAreNotFoundMiddleware",
    "training.people.middleware.RememberLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "training.core.middleware.ContentSecurityPolicyMiddleware",
    "training.core.middleware.NoStoreForSignedInMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "training.core.publishing.PublishRefusedMiddleware",
    # Last, so lockouts see every failed sign-in.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "training.urls"
WSGI_APPLICATION = "training.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "training.core.context_processors.navigation",
            ],
        },
    },
]

# Forms render through TEMPLATES, so templates/forms/ can give them GOV.UK markup.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    VAR_DIR.mkdir(exist_ok=True)
    # SQLite runs one writer at a time. WAL lets readers carry on while one writes; the busy
    # timeout makes a writer wait its turn; and IMMEDIATE transactions take the write lock
    # when they begin, so a transaction that read first never fails with "database is
    # locked" when it tries to write after another writer committed (SQLite cannot wait
    # then: its snapshot is stale). `make run` serves concurrent requests on threads.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL;",
        }
    )
else:
    DATABASES["default"]["CONN_MAX_AGE"] = 60
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL")}
if CACHES["default"]["BACKEND"].endswith("LocMemCache"):
    # Pages cache a few entries each (ADR 0010); the default 300 would soon cull the
    # rate-limit counters that share this cache.
    CACHES["default"].setdefault("OPTIONS", {}).setdefault("MAX_ENTRIES", 20000)

# People -----------------------------------------------------------------------
AUTH_USER_MODEL = "people.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Django's rules, with messages in GOV.UK style (training/people/passwords.py).
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "training.people.passwords.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ["email", "full_name"]},
    },
    {
        "NAME": "training.people.passwords.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "training.people.passwords.CommonPasswordValidator"},
    {"NAME": "training.people.passwords.NumericPasswordValidator"},
]
LOGIN_URL = "people:sign_in"
LOGIN_REDIRECT_URL = "people:home"
LOGOUT_REDIRECT_URL = "core:signed_out"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 2  # two hours, as GOV.UK One Login does
INVITATION_DAYS = env("INVITATION_DAYS")
# Messages live in the session: no extra cookie (see the privacy notice).
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
SESSION_COOKIE_AGE = 60 * 60 * 8  # a working day
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# Sign-in lockout: five failures for one email from one address locks that pair for
# 30 minutes, so nobody can lock another person out by knowing their email. Twenty failures
# from one address, whatever the emails, pause sign-in from that address for 30 minutes
# (password spraying). A council office behind one address shares that limit: raise it
# there with SIGN_IN_FAILURES_PER_ADDRESS. See training/people/auth.py.
SIGN_IN_FAILURES_PER_ACCOUNT = 5
SIGN_IN_FAILURES_PER_ADDRESS = env.int("SIGN_IN_FAILURES_PER_ADDRESS", default=20)
AXES_FAILURE_LIMIT = "training.people.auth.sign_in_failure_limit"
AXES_COOLOFF_TIME = 0.5  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "training.people.auth.lockout_response"
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "training.people.auth.axes_username"
# Behind proxies, read the client from X-Forwarded-For (ipware): set AXES_IPWARE_PROXY_COUNT
# to how many proxy addresses follow the client's in that header.
# With none, only REMOTE_ADDR counts: a client could write any X-Forwarded-For it liked.
AXES_IPWARE_PROXY_COUNT = env.int("AXES_IPWARE_PROXY_COUNT", default=0) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if AXES_IPWARE_PROXY_COUNT else ["REMOTE_ADDR"]
)

OTP_TOTP_ISSUER = "Cotrain"

# Demo accounts and content (seed_demo) are refused unless a settings file allows them.
ALLOW_DEMO_DATA = False

# Wagtail ----------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Cotrain"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILADMIN_LOGIN_URL = LOGIN_URL
WAGTAIL_PASSWORD_RESET_ENABLED = False  # one reset journey, ours, which keeps 2FA
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES = [("en", _("English")), ("cy", _("Welsh"))]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# The admin loads nothing from other sites: no Gravatar (it would send a hash of each
# editor's email to a third party) and no update check; the admin CSP allows only 'self'.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "vtt", "csv"]
# Shared page passwords are stored in plain text: pages are private to groups or sign-in only.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
# Documents link straight to their file's address, which Cotrain's file view answers after
# the same before_serve_document hooks as Wagtail's document view (collection privacy, and
# Cotrain's rule): one place sends every uploaded file (training/core/uploaded_files.py).
WAGTAILDOCS_SERVE_METHOD = "direct"
# Audio and video that browsers play without plug-ins. Like every uploaded file, they are
# served only to people who may see a page that uses them (training/core/protected_media.py).
WAGTAILMEDIA = {
    "AUDIO_EXTENSIONS": ["mp3", "m4a", "ogg", "wav"],
    "VIDEO_EXTENSIONS": ["mp4", "webm"],
}
# Course pages are published by the last approval of their review workflow, and editing a
# page under review starts the review again (docs/adr/0009-parent-co-trainer-review.md).
WAGTAIL_FINISH_WORKFLOW_ACTION = "courses.workflow_actions.publish_reviewed_revision"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# Translating a live page makes a draft, which goes through the same review, instead of
# publishing it at once with every string still in English.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Wagtail's own django-tasks run in-process: see
# docs/adr/0003-background-work-celery-and-django-tasks.md. Our domain work goes through Celery.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Languages --------------------------------------------------------------------
LANGUAGE_CODE = "en"
LOCALE_PATHS = [BASE_DIR / "training" / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/London"

# Static and media -------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static_build"]
# Every uploaded file's address leads to Cotrain's own view (training/core/uploaded_files.py),
# which asks whether the person may open it: never to a folder served by Django or by the
# web server. Each storage below takes its base_url from MEDIA_URL; a system check
# (cotrain.E002) refuses one whose addresses lead anywhere else.
MEDIA_URL = "/files/media/"
MEDIA_ROOT = env("MEDIA_ROOT")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# Email ------------------------------------------------------------------------
vars().update(env.email_url("EMAIL_URL"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work --------------------------------------------------------------
CELERY_BROKER_URL = env("CELERY_BROKER_URL") or None
# With no broker, tasks run inline in the web process: one command serves everything.
CELERY_TASK_ALWAYS_EAGER = CELERY_BROKER_URL is None
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 5 * 60
CELERY_TASK_SOFT_TIME_LIMIT = 4 * 60
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 60 * 60}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = TIME_ZONE
# The one beat schedule. Run exactly one beat process (README, "Deploying").
CELERY_BEAT_SCHEDULE = {
    "delete-unconfirmed-registrations": {
        "task": "training.people.tasks.delete_unconfirmed_registrations",
        "schedule": 60 * 60 * 6,
    },
    "prune-sign-in-logs": {
        "task": "training.people.tasks.prune_sign_in_logs",
        "schedule": 60 * 60 * 24,
    },
    "clear-expired-sessions": {
        "task": "training.people.tasks.clear_expired_sessions",
        "schedule": 60 * 60 * 24,
    },
}

# Security ---------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "training.core.views.csrf_failure"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Strict on every page people use; the Wagtail admin gets its own, looser policy
# (training.core.middleware) because it still needs inline scripts and styles.
_SELF = "'self'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        # The nonce covers one inline line in base.html that marks JavaScript as enabled.
        "script-src": [_SELF, NONCE],
        "style-src": [_SELF],
        "img-src": [_SELF, "data:"],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "form-action": [_SELF],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": [_SELF],
    "script-src": [_SELF, "'unsafe-inline'"],
    "style-src": [_SELF, "'unsafe-inline'"],
    "img-src": [_SELF, "data:", "blob:"],
    "font-src": [_SELF, "data:"],
    "connect-src": [_SELF],
    "media-src": [_SELF, "blob:"],
    "frame-src": [_SELF],
    "form-action": [_SELF],
    "frame-ancestors": [_SELF],
    "base-uri": [_SELF],
    "object-src": ["'none'"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL")},
    # axes logs every sign-in with the email and address at INFO: keep that out of logs.
    "loggers": {"axes": {"level": "WARNING"}, "django_tasks": {"level": "WARNING"}},
}
