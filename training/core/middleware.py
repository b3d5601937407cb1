"""Response headers that depend on where a request goes or who makes it."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_vary_headers

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
