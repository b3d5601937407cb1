"""WSGI entry point for gunicorn in the benchmark: `gunicorn bench.wsgi`.

/bench/bare/ goes to plain Django with only sessions and authentication (bench/bare.py);
everything else to the app, with every middleware."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

app = get_wsgi_application()

from bench.bare import BareDjango  # noqa: E402 (needs the settings above)

bare = BareDjango()


def application(environ, start_response):
    handler = bare if environ.get("PATH_INFO") == "/bench/bare/" else app
    return handler(environ, start_response)
