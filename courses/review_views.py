"""Cotrain's own screens where parent co-trainers review course pages before editors do."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import TaskState

from training.core.forms import GovukFormMixin, submitted
from training.people.roles import Role, has_role

from . import review_changes
from .models import CoTrainerReviewTask
from .models.review import page_of

PAST_REVIEWS_SHOWN = 20


class ReviewForm(GovukFormMixin, forms.Form):
    decision = forms.ChoiceField(
        label=gettext_lazy("What do you think?"),
        choices=[
            ("approve", gettext_lazy("Approve it: it is ready for an editor to publish")),
            ("reject", gettext_lazy("Ask for changes")),
        ],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=gettext_lazy("Comments for the editor"),
        help_text=gettext_lazy("Say what should change, and why. Required if you ask for changes."),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=2000,
        required=False,
    )
    error_names = {
        "decision": gettext_lazy("whether to approve it or ask for changes"),
        "comment": gettext_lazy("your comments"),
    }

    def clean(self):
        data = super().clean()
        if data.get("decision") == "reject" and not data.get("comment", "").strip():
            self.add_error("comment", _("Enter your comments: say what should change"))
        return data


def _require_co_trainer(request):
    if not has_role(request.user, Role.CO_TRAINER):
        raise PermissionDenied


def review_list(request):
    _require_co_trainer(request)
    reviews = []
    for state in CoTrainerReviewTask.open_states_for(request.user).order_by("started_at"):
        page = page_of(state)
        if page is not None:
            reviews.append({"state": state, "page": page, "course": page.course})
    return render(
        request,
        "courses/review_list.html",
        {"reviews": reviews, "past_reviews": _past_reviews(request.user)},
    )


def _past_reviews(person):
    """The reviews this person decided, latest first: what they reviewed, and how."""
    past = []
    for state in CoTrainerReviewTask.decided_by(person)[:PAST_REVIEWS_SHOWN]:
        page = page_of(state)
        if page is not None:
            title = state.revision.object_str if state.revision else page.title
            past.append({"state": state, "page": page, "course": page.course, "title": title})
    return past


def review_detail(request, task_state_id):
    _require_co_trainer(request)
    state = CoTrainerReviewTask.open_states_for(request.user).filter(pk=task_state_id).first()
    if state is None:
        decided = TaskState.objects.filter(pk=task_state_id).exclude(status="in_progress")
        if decided.exists() and request.method == "POST":
            messages.info(request, _("This review has already been sent."))
            return redirect("courses:review_list")
        raise Http404
    page = page_of(state)
    draft = state.revision.as_object() if state.revision else page.get_latest_revision_as_object()
    earlier = list(CoTrainerReviewTask.earlier_reviews(state, request.user))
    changes = None  # None: nothing to compare with; []: nothing has changed
    if earlier and earlier[0].revision is not None:
        changes = review_changes.changes_between(earlier[0].revision.as_object(), draft)
    form = ReviewForm(**submitted(request))
    if form.is_valid():
        decision, comment = form.cleaned_data["decision"], form.cleaned_data["comment"].strip()
        with transaction.atomic():
            # Two reviewers deciding at once: the second finds the step already decided.
            locked = TaskState.objects.select_for_update().filter(pk=state.pk).first()
            if locked is None or locked.status != TaskState.STATUS_IN_PROGRESS:
                messages.info(request, _("This review has already been sent."))
                return redirect("courses:review_list")
            state.task.specific.on_action(state, request.user, decision, comment=comment)
        if decision == "approve":
            messages.success(
                request,
                _("You approved “%(title)s”. An editor will check it and publish it.")
                % {"title": draft.title},
            )
        else:
            messages.success(
                request,
                _("You asked for changes to “%(title)s”. The editor will see your comments.")
                % {"title": draft.title},
            )
        return redirect("courses:review_list")
    return render(
        request,
        "courses/review_detail.html",
        {
            "state": state,
            "page": page,
            "draft": draft,
            "course": page.course,
            "form": form,
            "is_review": True,
            "earlier_reviews": earlier,
            "changes": changes,
        },
    )
