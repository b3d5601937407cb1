from django.conf import settings
from django.contrib.auth import get_user_model
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from .roles import needs_two_factor

# Paths a person may reach before their second factor: the 2FA pages themselves,
# signing out, and what those pages load. No uploaded file: those are served only after.
_OPEN_URL_NAMES = (
    "people:two_factor_setup",
    "people:two_factor_verify",
    "people:two_factor_recovery",
    "people:sign_out",
)
_OPEN_PREFIXES = ("/static/", "/health/", "/i18n/")


class TwoFactorRequiredMiddleware:
    """Training leads, editors and platform admins must pass a second factor before anything."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and not user.is_verified()
            and needs_two_factor(user)
            and not self._is_open(request.path_info)
        ):
            has_device = user.totpdevice_set.filter(confirmed=True).exists()
            target = "people:two_factor_verify" if has_device else "people:two_factor_setup"
            return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def _is_open(path):
        if path.startswith(_OPEN_PREFIXES):
            return True
        return any(path == reverse(name) for name in _OPEN_URL_NAMES)


class RememberLanguageMiddleware:
    """A signed-in person's last language is their preferred one: emails follow it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        language = getattr(request, "LANGUAGE_CODE", None)
        if (
            user is not None
            and user.is_authenticated
            and language in dict(settings.LANGUAGES)
            and not request.path_info.startswith(("/admin/", "/static/", "/health/"))
            and user.preferred_language != language
        ):
            # update(), not save(): a language switch is not worth an audit-history row.
            get_user_model().objects.filter(pk=user.pk).update(preferred_language=language)
            user.preferred_language = language
        return response
