"""A parent co-trainer chooses how the courses they co-delivered name them."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from training.core.forms import submitted

from ..forms import CreditForm
from ..roles import Role, has_role


def credit(request):
    if not has_role(request.user, Role.CO_TRAINER):
        raise PermissionDenied
    form = CreditForm(**submitted(request), instance=request.user)
    if form.is_valid():
        form.save()
        messages.success(
            request,
            _("Courses will now name you as: %(credit)s") % {"credit": request.user.credit_line()},
        )
        return redirect("case_studies:my_stories")
    return render(request, "people/credit.html", {"form": form})
