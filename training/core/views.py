"""Pages that belong to the site as a whole: health, statements, errors, the dev outbox."""

import logging

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.db import connection
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from training.celery import app as celery_app

from . import outbox

logger = logging.getLogger(__name__)


def _check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return "ok"


def _check_cache():
    cache.set("health-check", "ok", 10)
    if cache.get("health-check") != "ok":
        raise RuntimeError("cache did not return what was stored")
    return "ok"


def _check_broker():
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return "inline"  # no broker: tasks run in the web process
    with celery_app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
    return "ok"


@login_not_required
@never_cache
def health(request):
    """Reports the database, cache and broker as JSON; 503 if any is down."""
    checks = {}
    healthy = True
    for name, check in (
        ("database", _check_database),
        ("cache", _check_cache),
        ("broker", _check_broker),
    ):
        try:
            checks[name] = check()
        except Exception:  # a health check must report, never raise
            logger.exception("health check %s failed", name)
            checks[name] = "error"
            healthy = False
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": checks}, status=200 if healthy else 503
    )


@login_not_required
def accessibility_statement(request):
    return render(request, "core/accessibility_statement.html")


@login_not_required
def privacy_notice(request):
    return render(request, "core/privacy_notice.html")


@login_not_required
def signed_out(request):
    return render(request, "core/signed_out.html")


@login_not_required
def csrf_failure(request, reason=""):
    return render(request, "core/csrf_failure.html", status=403)


def _outbox_allowed():
    if not (settings.DEBUG and getattr(settings, "DEV_OUTBOX_ENABLED", False)):
        raise Http404


@login_not_required
def outbox_list(request):
    _outbox_allowed()
    return render(request, "core/outbox_list.html", {"messages_sent": outbox.list_messages()})


@login_not_required
def outbox_detail(request, message_id):
    _outbox_allowed()
    message = outbox.read_message(message_id)
    if message is None:
        raise Http404
    return render(
        request,
        "core/outbox_detail.html",
        {"email": message, "body": outbox.plain_text_body(message)},
    )


@login_not_required
def refused_by_page_privacy(request):
    """Where Wagtail's own privacy check sends someone it turns away from a private page.
    Signed out: sign in, then back. Signed in: the page is not for them, so "Page not
    found", as the before_serve_page hook answers them (and never a sign-in loop)."""
    if request.user.is_authenticated:
        raise Http404
    return redirect_to_login(request.GET.get("next", "/"))  # to settings.LOGIN_URL
