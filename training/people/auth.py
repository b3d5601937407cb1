"""Hooks for django-axes: who a failure counts against, the two limits, and the refusal.

django-axes counts failures per email-and-address pair (AXES_LOCKOUT_PARAMETERS), so nobody
can lock a colleague out by knowing their email. One limit per pair cannot stop someone
trying a few passwords on many accounts (password spraying), so the failure limit is a
callable: while an address has too many recent failures across all accounts, its limit is
zero and every sign-in from it is refused, whatever the email. Both counts are axes' own
records, kept for AXES_COOLOFF_TIME after each pair's last failure.
"""

from axes.helpers import get_client_ip_address, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render
from django.utils import timezone

from .models import normalise_email


def axes_username(request, credentials):
    """Count failures per email however it is typed, so case changes cannot dodge a lockout."""
    raw = (credentials or {}).get("username") or request.POST.get("username", "")
    return normalise_email(raw)


def failed_sign_ins_from(address, request=None) -> int:
    """Recent failed sign-ins from one address, for every email tried from it."""
    # Rows at or before this time are ones django-axes itself treats as expired.
    since = timezone.now() - get_cool_off(request)
    attempts = AccessAttempt.objects.filter(ip_address=address, attempt_time__gt=since)
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


def address_is_paused(request) -> bool:
    """Too many failures from this address, across accounts: its sign-in is paused."""
    address = get_client_ip_address(request)
    return failed_sign_ins_from(address, request) >= settings.SIGN_IN_FAILURES_PER_ADDRESS


def sign_in_failure_limit(request, credentials) -> int:
    """The failures an email may have from this address before it is paused (AXES_FAILURE_LIMIT)."""
    if address_is_paused(request):
        return 0  # every email from this address is over its limit
    return settings.SIGN_IN_FAILURES_PER_ACCOUNT


def lockout_response(request, original_response=None, credentials=None):
    """The page django-axes shows while sign-in is paused: which pause, and for how long."""
    minutes = round(get_cool_off(request).total_seconds() / 60)
    return render(
        request,
        "people/locked_out.html",
        {"minutes": minutes, "whole_address": address_is_paused(request)},
        status=429,
    )
