"""The Wagtail admin's side of people: user forms for our model, and inviting co-trainers."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet

from training.core.forms import submitted

from .forms import CoTrainerInvitationForm
from .invitations import invite_co_trainer

_FIELDS = ("email", "full_name", "preferred_language", "is_superuser", "groups")


class CotrainUserCreationForm(UserCreationForm):
    first_name = None
    last_name = None

    class Meta(UserCreationForm.Meta):
        fields = _FIELDS


class CotrainUserEditForm(UserEditForm):
    first_name = None
    last_name = None

    class Meta(UserEditForm.Meta):
        fields = (*_FIELDS, "is_active")


class CotrainUserViewSet(UserViewSet):
    def get_form_class(self, for_update=False):
        return CotrainUserEditForm if for_update else CotrainUserCreationForm


INVITE_CO_TRAINER_PERMISSION = "people.invite_co_trainer"


def invite_co_trainer_view(request):
    """Editors invite parent co-trainers. Councils cannot: co-trainers stay independent."""
    if not request.user.has_perm(INVITE_CO_TRAINER_PERMISSION):
        raise PermissionDenied
    form = CoTrainerInvitationForm(**submitted(request))
    if form.is_valid():
        sent = invite_co_trainer(
            email=form.cleaned_data["email"],
            full_name=form.cleaned_data["full_name"],
            invited_by=request.user,
        )
        if sent:
            messages.success(request, _("Invitation sent to %(email)s.") % form.cleaned_data)
        else:
            messages.info(
                request,
                _(
                    "%(email)s is now a parent co-trainer. They already had an account or a live invitation."
                )
                % form.cleaned_data,
            )
        return redirect("invite_co_trainer")
    return TemplateResponse(
        request,
        "people/admin/invite_co_trainer.html",
        {"form": form, "page_title": _("Invite a parent co-trainer")},
    )
