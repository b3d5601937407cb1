"""The app's own URLs, plus one minimal signed-in view: the ceiling for part (b)."""

from django.http import HttpResponse
from django.urls import path

from training.urls import urlpatterns as app_urlpatterns


def ceiling(request):
    """The least a signed-in page can do: every middleware runs, then a tiny response.

    LoginRequiredMiddleware already refuses anyone not signed in, as for every app view.
    """
    return HttpResponse(b"ok\n", content_type="text/plain; charset=utf-8")


# First, so it is matched before Wagtail's catch-all page route.
urlpatterns = [path("bench/ceiling/", ceiling, name="bench_ceiling"), *app_urlpatterns]
