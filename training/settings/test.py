"""Test settings: fast hashing, inline tasks, plain static storage, quiet logs."""

from .base import *  # noqa: F403
from .base import DATABASES, VAR_DIR, env

# On SQLite (no DATABASE_URL), the test database is a file, not memory, so `--reuse-db`
# keeps it between runs and no run migrates again. pytest-django gives each xdist worker its
# own copy (var/test.sqlite3_gw0, ...). The WAL journal and busy timeout from base.py apply
# too: the live server's thread (browser tests) has its own connection to the same file.
# PostgreSQL (DATABASE_URL, as in CI) keeps Django's default test database name.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}

SECRET_KEY = "test-only-not-secret-" + "x" * 40
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
OUTBOX_DIR = VAR_DIR / "test-outbox"
DEV_OUTBOX_ENABLED = True
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Tests run tasks inline; the worker tests switch this off around a real worker.
CELERY_TASK_ALWAYS_EAGER = True
CELERY_BROKER_URL = env("CELERY_BROKER_URL") or "memory://"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "CRITICAL"}}
AXES_ENABLED = True

ALLOW_DEMO_DATA = True

# Serve static files straight from the build folder, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
