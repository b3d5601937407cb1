"""Registering with a work email, and following an emailed link to join."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from training.core.forms import submitted
from training.core.ratelimit import limit_posts

from .. import invitations
from ..forms import AcceptInvitationForm, RegistrationForm
from ..models import Invitation, InvitationKind

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
@limit_posts("invitation", per_hour=60)
def accept_invitation(request, token):
    """Opening the link changes nothing (email scanners open links); only the form does."""
    invitation = Invitation.objects.find_pending(token)
    if invitation is None:
        return render(request, "people/link_expired.html", status=404)
    if invitations.never_joined(invitation.user):
        return _set_up_account(request, invitation)
    return _join_council(request, invitation)


def _set_up_account(request, invitation):
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
    template = (
        "people/confirm_registration.html"
        if invitation.kind == InvitationKind.REGISTRATION
        else "people/accept_invitation.html"
    )
    return render(request, template, {"form": form, "invitation": invitation})


def _join_council(request, invitation):
    """An existing account joins another council, but only its owner, signed in, can say yes."""
    if not request.user.is_authenticated:
        return redirect(f"{reverse('people:sign_in')}?{urlencode({'next': request.path})}")
    if request.user != invitation.user or not invitation.council:
        return render(request, "people/invitation_for_someone_else.html", status=403)
    if request.method == "POST":
        invitations.join_council(invitation)
        messages.success(
            request, _("You have joined %(council)s.") % {"council": invitation.council.name}
        )
        return redirect("people:home")
    return render(request, "people/join_council.html", {"invitation": invitation})
