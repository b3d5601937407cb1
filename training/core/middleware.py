"""Middleware: response headers that depend on where a request goes or who makes it, and
ids in addresses that name nothing."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.db import DataError
from django.http import Http404
from django.utils.cache import add_never_cache_headers, patch_vary_headers

from .converters import MAX_ID, is_id_name

ADMIN_PREFIX = "/admin/"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict policy everywhere, and a looser one only under the Wagtail admin."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            # A nonce would make browsers ignore 'unsafe-inline', which the admin needs.
            return PolicyParts(settings.ADMIN_CONTENT_SECURITY_POLICY, None, None, None)
        return parts


class NoStoreForSignedInMiddleware:
    """Pages shown to a signed-in person hold personal data: never keep them in a cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and "Cache-Control" not in response:
            add_never_cache_headers(response)
            patch_vary_headers(response, ["Cookie"])
        return response


# PostgreSQL's "numeric value out of range" (psycopg raises it as a DataError).
_OUT_OF_RANGE = "22003"


class ImpossibleIdsAreNotFoundMiddleware:
    """An id in an address that no table can hold, or text where a table's key is a number,
    names nothing: "Page not found", never a server error. Cotrain's own patterns refuse
    such ids before any view runs (``<id:...>``, converters.py); this covers every other
    pattern, Wagtail's admin among them, whatever the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Django's <int:...> takes 0 and any length of digits; no row has such an id.
        for name, value in view_kwargs.items():
            if is_id_name(name) and isinstance(value, int) and not 0 < value <= MAX_ID:
                raise Http404
        return None

    def process_exception(self, request, exception):
        if _names_nothing(request, exception):
            raise Http404 from exception
        return None


def _names_nothing(request, exception) -> bool:
    if isinstance(exception, OverflowError):  # SQLite: a number beyond its integers
        return True
    if isinstance(exception, DataError):
        return getattr(exception.__cause__, "sqlstate", None) == _OUT_OF_RANGE
    if isinstance(exception, ValueError | TypeError | ValidationError):
        refused = _refused_by_a_field(exception)
        return refused is not None and str(refused) in _captured_values(request)
    return False


def _refused_by_a_field(exception):
    """The value a model field could not convert for a query ("Field 'id' expected a
    number but got 'abc'"), if that is where the exception was raised; else None."""
    traceback = exception.__traceback__
    while traceback is not None and traceback.tb_next is not None:
        traceback = traceback.tb_next
    if traceback is None:
        return None
    frame = traceback.tb_frame
    in_a_field = frame.f_globals.get("__name__", "").startswith("django.db.models.fields")
    converting = frame.f_code.co_name in {"get_prep_value", "to_python"}
    return frame.f_locals.get("value") if in_a_field and converting else None


def _captured_values(request) -> set[str]:
    """What the address gave the view, as typed and as Wagtail's admin unquotes it."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        return set()
    values = {str(value) for value in (*match.args, *match.kwargs.values())}
    return values | {unquote(value) for value in values}
