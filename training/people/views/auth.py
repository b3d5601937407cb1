"""Signing in and out, and password reset. The second step of signing in is in two_factor.py."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator

from training.core import menus
from training.core.ratelimit import limit_posts

from ..forms import PasswordResetForm, SetPasswordForm, SignInForm


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
