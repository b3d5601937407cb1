"""Registering with a work email, confirming it, and accepting an invitation."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import redirect, render
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode
from django.utils.translation import gettext as _

from training.core.forms import submitted
from training.core.ratelimit import limit_posts

from .. import invitations
from ..forms import AcceptInvitationForm, RegistrationForm
from ..models import Invitation, User

_BACKEND = "django.contrib.auth.backends.ModelBackend"


@login_not_required
@limit_posts("register", per_hour=20)
def register(request):
    if request.user.is_authenticated:
        return redirect("people:home")
    form = RegistrationForm(**submitted(request))
    if form.is_valid():
        data = form.cleaned_data
        invitations.register(
            full_name=data["full_name"],
            email=data["email"],
            job_role=data["job_role"],
            password=data["password"],
            council=form.council,
        )
        request.session["registered_email"] = data["email"]
        return redirect("people:registration_sent")
    return render(request, "people/register.html", {"form": form})


@login_not_required
def registration_sent(request):
    return render(
        request, "people/registration_sent.html", {"email": request.session.get("registered_email")}
    )


@login_not_required
def confirm_registration(request, uidb64, token):
    try:
        user = User.objects.get(pk=force_str(urlsafe_base64_decode(uidb64)))
    except (ValueError, TypeError, OverflowError, User.DoesNotExist):
        user = None
    if user is None or not invitations.registration_tokens.check_token(user, token):
        return render(request, "people/link_expired.html", {"kind": "registration"}, status=404)
    invitations.confirm_registration(user)
    login(request, user, backend=_BACKEND)
    messages.success(request, _("Your email address is confirmed. Welcome to Cotrain."))
    return redirect("people:home")


@login_not_required
@limit_posts("invitation", per_hour=60)
def accept_invitation(request, token):
    invitation = Invitation.objects.find_pending(token)
    if invitation is None:
        return render(request, "people/link_expired.html", {"kind": "invitation"}, status=404)
    form = AcceptInvitationForm(
        **submitted(request), user=invitation.user, initial={"full_name": invitation.user.full_name}
    )
    if form.is_valid():
        user = invitations.accept_invitation(
            invitation,
            full_name=form.cleaned_data["full_name"],
            password=form.cleaned_data["password"],
        )
        login(request, user, backend=_BACKEND)
        messages.success(request, _("Your account is ready. Welcome to Cotrain."))
        return redirect("people:home")
    return render(
        request, "people/accept_invitation.html", {"form": form, "invitation": invitation}
    )
