"""A second ceiling: a signed-in view in plain Django, outside Cotrain's middleware.

`/bench/ceiling/` runs every middleware of Cotrain's (security headers, locale, CSRF,
two-factor, CSP, history, lockouts...), so it is the ceiling for any Cotrain page. This one
runs only Django's sessions and authentication, so it shows what Cotrain's middleware itself
costs. bench/wsgi.py sends /bench/bare/ here and everything else to the app.
"""

from django.core.handlers.wsgi import WSGIHandler
from django.http import HttpResponse, HttpResponseRedirect
from django.test.utils import override_settings
from django.urls import path

MIDDLEWARE = [
    "bench.bare.BareURLs",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]


def bare(request):
    if not request.user.is_authenticated:
        return HttpResponseRedirect("/sign-in/")
    return HttpResponse(b"ok\n", content_type="text/plain; charset=utf-8")


urlpatterns = [path("bench/bare/", bare)]


class BareURLs:
    """Route this handler's requests by this module's URLs, not the app's."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.urlconf = "bench.bare"
        return self.get_response(request)


class BareDjango(WSGIHandler):
    def load_middleware(self, is_async=False):
        with override_settings(MIDDLEWARE=MIDDLEWARE):
            super().load_middleware(is_async)
