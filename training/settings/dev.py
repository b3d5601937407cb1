"""Local development: DEBUG on, email kept in a browsable outbox, tasks inline unless a broker is set."""

from .base import *  # noqa: F403
from .base import VAR_DIR, env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="dev-only-not-secret-" + "x" * 40)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])

# Every email lands in var/outbox as an .eml file and is readable at /dev/outbox/.
EMAIL_BACKEND = "training.core.outbox.OutboxEmailBackend"
OUTBOX_DIR = VAR_DIR / "outbox"
DEV_OUTBOX_ENABLED = True

# Plain static storage so a missing build never breaks a page while developing.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

ALLOW_DEMO_DATA = True

# Serve static files straight from the build folder, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
