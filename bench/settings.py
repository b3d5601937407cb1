"""Production-like settings for the load benchmark: the real middleware stack on PostgreSQL.

training.settings.production cannot be imported without its required environment
variables, so this builds on the shared base settings and sets what production sets that
matters for speed: DEBUG off, a persistent database connection, quiet logging. It differs
from production only where loopback HTTP needs it (no HTTPS redirect, no __Host- or Secure
cookies), in serving static files straight from static_build/ through WhiteNoise's finders
(no collectstatic), and in MD5 password hashing (sessions are made directly, nobody signs in).
"""

import os

import environ

from training.settings.base import *  # noqa: F403

DEBUG = False
# Fixed and public on purpose: this database holds only benchmark data.
SECRET_KEY = "cotrain-bench-not-secret-0123456789-abcdefghijklmnopqrstuvwxyz"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

DATABASES = {
    "default": environ.Env.db_url_config(
        os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/cotrain_bench")
    )
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = 60
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# Production uses Redis (CACHE_URL); without it each gunicorn worker has its own
# in-memory cache, which is what the benchmark measures unless BENCH_CACHE_URL is set.
CACHES = {
    "default": environ.Env.cache_url_config(os.environ.get("BENCH_CACHE_URL", "locmemcache://"))
}

ROOT_URLCONF = "bench.urls"
WSGI_APPLICATION = "bench.wsgi.application"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# No collectstatic: WhiteNoise serves static_build/ through the finders.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = False

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Plain HTTP on loopback: no redirect to HTTPS, no Secure cookies.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

# Background tasks run inline (no broker), as in a single-process deployment.
CELERY_BROKER_URL = None
CELERY_TASK_ALWAYS_EAGER = True

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        # 404s and 403s are logged at WARNING; only real errors matter here.
        "django.request": {"level": "ERROR"},
        "django.security": {"level": "ERROR"},
        "axes": {"level": "ERROR"},
        "django_tasks": {"level": "ERROR"},
    },
}
