"""A training lead's council: its people, and inviting staff by CSV.

Every lookup goes through ``managed_by(request.user)``, so another council's URLs are 404s.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from training.core.exports import csv_response
from training.core.forms import submitted

from .. import invitations, staff_upload
from ..forms import StaffUploadForm
from ..models import Council, JobRole, Membership


def councils_prefix() -> str:
    """The start of every council's address, /councils/ in English."""
    return reverse("people:council", args=["X"]).rsplit("X", 1)[0]


def _council_for(request, gss_code):
    return get_object_or_404(Council.objects.managed_by(request.user), gss_code=gss_code)


def my_council(request):
    councils = Council.objects.managed_by(request.user)
    count = councils.count()
    if count == 0:
        raise PermissionDenied
    if count == 1:
        return redirect(councils.get())
    page = Paginator(councils.order_by("name"), 50).get_page(request.GET.get("page"))
    return render(request, "people/council_list.html", {"page": page})


def council_detail(request, gss_code):
    council = _council_for(request, gss_code)
    memberships = Membership.objects.managed_by(request.user).filter(council=council)
    counts = memberships.aggregate(
        total=Count("pk", filter=Q(is_active=True)),
        joined=Count("pk", filter=Q(is_active=True, user__is_active=True)),
        leads=Count("pk", filter=Q(is_active=True, is_training_lead=True)),
    )
    return render(
        request,
        "people/council_detail.html",
        {
            "council": council,
            "counts": counts,
            "teams": council.teams.annotate(size=Count("memberships")),
        },
    )


def people_list(request, gss_code):
    council = _council_for(request, gss_code)
    memberships = (
        Membership.objects.managed_by(request.user)
        .filter(council=council)
        .select_related("user", "team")
        .order_by("user__full_name")
    )
    page = Paginator(memberships, 50).get_page(request.GET.get("page"))
    return render(request, "people/people_list.html", {"council": council, "page": page})


def person_detail(request, gss_code, membership_id):
    council = _council_for(request, gss_code)
    membership = get_object_or_404(
        Membership.objects.managed_by(request.user)
        .filter(council=council)
        .select_related("user", "team"),
        pk=membership_id,
    )
    return render(
        request,
        "people/person_detail.html",
        {
            "council": council,
            "membership": membership,
            "invitation": membership.user.invitations.filter(council=council).first(),
            "history": membership.history.select_related("history_user")[:20],
        },
    )


@require_POST
def resend_invitation(request, gss_code, membership_id):
    council = _council_for(request, gss_code)
    membership = get_object_or_404(
        Membership.objects.managed_by(request.user).filter(council=council), pk=membership_id
    )
    invitation = membership.user.invitations.filter(council=council).first()
    if invitation and invitations.resend_invitation(invitation):
        messages.success(
            request,
            _("A new invitation is on its way to %(email)s.") % {"email": membership.user.email},
        )
    else:
        messages.info(request, _("%(name)s has already joined.") % {"name": membership.user})
    return redirect("people:person", gss_code=council.gss_code, membership_id=membership.pk)


def invite_staff(request, gss_code):
    council = _council_for(request, gss_code)
    form = StaffUploadForm(**submitted(request, files=True))
    check = None
    if request.method == "POST" and form.is_valid():
        check = staff_upload.read_staff_csv(form.cleaned_data["file"])
        if check.is_valid:
            result = staff_upload.save_staff_upload(check, council, request.user)
            return render(
                request, "people/invite_staff_done.html", {"council": council, "result": result}
            )
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "people/invite_staff.html",
        {"council": council, "form": form, "check": check},
        status=status,
    )


def staff_csv_template(request, gss_code):
    council = _council_for(request, gss_code)
    domain = council.email_domains.values_list("domain", flat=True).first() or "example.gov.uk"
    return csv_response(
        "cotrain-staff-template.csv",
        [
            ["name", "email", "team", "job role"],
            [
                "Sam Example",
                f"sam.example@{domain}",
                "Disabled children's team",
                JobRole.SOCIAL_WORKER.label,
            ],
        ],
    )
