"""Signing in and out, password reset, and the second factor."""

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from training.core import menus
from training.core.forms import submitted
from training.core.ratelimit import limit_posts

from .. import two_factor
from ..forms import PasswordResetForm, SetPasswordForm, SignInForm, TwoFactorCodeForm


class SignInView(auth_views.LoginView):
    form_class = SignInForm
    template_name = "people/sign_in.html"
    redirect_authenticated_user = True

    @method_decorator(login_not_required)
    def dispatch(self, request, *args, **kwargs):
        # Wagtail sends a signed-in person without admin access back here with next=/admin/;
        # sending them on again would loop, so say plainly that the page is not for them.
        if (
            request.user.is_authenticated
            and self.get_redirect_url().startswith("/admin/")
            and not request.user.has_perm("wagtailadmin.access_admin")
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class SignOutView(auth_views.LogoutView):
    pass


@method_decorator(limit_posts("password-reset", per_hour=10), name="dispatch")
class PasswordResetView(auth_views.PasswordResetView):
    form_class = PasswordResetForm
    template_name = "people/password_reset.html"
    email_template_name = "people/email/password_reset_body.txt"
    subject_template_name = "people/email/password_reset_subject.txt"
    success_url = reverse_lazy("people:password_reset_sent")


class PasswordResetSentView(auth_views.PasswordResetDoneView):
    template_name = "people/password_reset_sent.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    form_class = SetPasswordForm
    template_name = "people/password_reset_confirm.html"
    success_url = reverse_lazy("people:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "people/password_reset_complete.html"


def home(request):
    """Send each person to the home of their role."""
    return redirect(menus.home_url_name(request.user))


def _safe_next(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse_lazy("people:home")


def _may_try(form, device) -> bool:
    """Refuse, with the wait in plain words, while django-otp is throttling this device."""
    wait = two_factor.seconds_to_wait(device)
    if wait:
        form.add_error(
            "code",
            ngettext(
                "Too many wrong security codes. Wait %(count)d second, then enter a new code.",
                "Too many wrong security codes. Wait %(count)d seconds, then enter a new code.",
                wait,
            )
            % {"count": wait},
        )
    return not wait


def two_factor_setup(request):
    if two_factor.confirmed_device(request.user) is not None:
        return redirect("people:two_factor_verify")
    device = two_factor.pending_device(request.user)
    form = TwoFactorCodeForm(**submitted(request))
    if form.is_valid() and _may_try(form, device):
        if two_factor.confirm_setup(request, device, form.cleaned_data["code"]):
            messages.success(request, _("Two-factor authentication is set up."))
            return redirect(_safe_next(request))
        form.add_error(
            "code",
            _(
                "The security code is not right. Check the time on your phone, then enter a new code."
            ),
        )
    return render(
        request,
        "people/two_factor_setup.html",
        {
            "form": form,
            "qr_code": two_factor.qr_code_data_uri(device),
            "secret": two_factor.secret_for_people(device),
            "next": _safe_next(request),
        },
    )


def two_factor_verify(request):
    device = two_factor.confirmed_device(request.user)
    if device is None:
        return redirect("people:two_factor_setup")
    form = TwoFactorCodeForm(**submitted(request))
    if form.is_valid() and _may_try(form, device):
        if two_factor.check_code(request, device, form.cleaned_data["code"]):
            return redirect(_safe_next(request))
        form.add_error(
            "code",
            _(
                "The security code is not right, or was used already. Enter the next code your app shows."
            ),
        )
    return render(
        request, "people/two_factor_verify.html", {"form": form, "next": _safe_next(request)}
    )
