"""A small cache-based limit on how often one address may POST to a form.

Sign-in has django-axes; this covers the other doors (password reset, registration,
invitation links) where a flood would send email or guess tokens.
"""

from functools import wraps

from axes.helpers import get_client_ip_address
from django.core.cache import cache
from django.shortcuts import render
from django.utils.translation import gettext as _


def client_address(request) -> str:
    """The client's address, read behind proxies the same way django-axes reads it."""
    return get_client_ip_address(request) or "unknown"


def limit_posts(scope: str, *, per_hour: int):
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method == "POST":
                key = f"ratelimit:{scope}:{client_address(request)}"
                cache.add(key, 0, 60 * 60)
                try:
                    count = cache.incr(key)
                except ValueError:  # expired between add and incr
                    cache.set(key, 1, 60 * 60)
                    count = 1
                if count > per_hour:
                    return render(
                        request,
                        "core/too_many_requests.html",
                        {
                            "message": _(
                                "You have tried this too many times. Wait an hour, then try again."
                            )
                        },
                        status=429,
                    )
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
