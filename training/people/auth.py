"""Hooks for django-axes."""

from .models import normalise_email


def axes_username(request, credentials):
    """Count failures per email however it is typed, so case changes cannot dodge a lockout."""
    raw = (credentials or {}).get("username") or request.POST.get("username", "")
    return normalise_email(raw)
