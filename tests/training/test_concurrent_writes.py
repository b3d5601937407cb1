"""Ten people (or ten tabs) sending the same form at the same moment to the running app:
no server error and no duplicate rows, on SQLite (what `make run` uses) and on PostgreSQL
(when DATABASE_URL points at it). Each request has its own signed-in session and arrives
through the live server's threads, each with its own database connection, as in
`runserver` or gunicorn's threads."""

import threading
from collections import Counter

import pytest
import requests
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils.crypto import get_random_string
from wagtail.models import TaskState

from courses import progress
from courses.models import LearningEvent, ModulePage, ModuleProgress, Reflection
from tests import factories
from tests.conftest import sign_in_verified
from training.core.requirements import requirements_in
from training.people.invitations import invite_staff_member
from training.people.models import Invitation, Membership, User

TIMES = 10
pytestmark = pytest.mark.django_db(transaction=True)


def _sessions(person, count=TIMES) -> list[dict]:
    """Cookies for `count` separate signed-in sessions of one person (second factor passed),
    each with its own CSRF secret."""
    cookies = []
    for _ in range(count):
        client = sign_in_verified(Client(), person)
        csrf = get_random_string(32)
        cookies.append(
            {
                settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value,
                settings.CSRF_COOKIE_NAME: csrf,
            }
        )
    return cookies


def _all_at_once(url, sessions, data, files=None) -> list[int]:
    """POST the same form from every session at the same moment; the status codes."""
    start, statuses = threading.Barrier(len(sessions)), []

    def send(cookies):
        form = {**data, "csrfmiddlewaretoken": cookies[settings.CSRF_COOKIE_NAME]}
        start.wait(timeout=30)
        response = requests.post(
            url, data=form, files=files, cookies=cookies, allow_redirects=False, timeout=60
        )
        statuses.append(response.status_code)

    threads = [threading.Thread(target=send, args=(cookies,)) for cookies in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    return sorted(statuses)


def test_saving_a_reflection_ten_times_at_once(live_server):
    course = factories.course(modules=1, body=[factories.reflection()])
    module = ModulePage.objects.child_of(course).get()
    learner = factories.learner()
    progress.enrol(learner, course)
    block_id = requirements_in(module.body)[0].block_id
    statuses = _all_at_once(
        live_server.url + module.url,
        _sessions(learner),
        {"action": f"save-{block_id}", f"reflection-{block_id}": "I will ask first."},
    )
    assert statuses == [302] * TIMES
    assert list(Reflection.objects.of(learner).values_list("text", flat=True)) == [
        "I will ask first."
    ]


def test_completing_a_module_ten_times_at_once(live_server):
    course = factories.course(modules=1)
    module = ModulePage.objects.child_of(course).get()
    learner = factories.learner()
    progress.enrol(learner, course)
    statuses = _all_at_once(
        live_server.url + module.url, _sessions(learner), {"action": "complete"}
    )
    assert statuses == [302] * TIMES
    assert ModuleProgress.objects.of(learner).filter(completed_at__isnull=False).count() == 1
    verbs = Counter(LearningEvent.objects.filter(actor=learner).values_list("verb", flat=True))
    assert verbs["completed"] == 2, "the module once and the course once"


def test_resending_an_invitation_ten_times_at_once(live_server, council):
    lead = factories.training_lead(council)
    invite_staff_member(
        council=council,
        email="new.starter@council.example",
        full_name="New Starter",
        team=None,
        job_role="senco",
        invited_by=lead,
    )
    membership = Membership.objects.get(user__email="new.starter@council.example")
    url = reverse("people:resend_invitation", args=[council.gss_code, membership.pk])
    statuses = _all_at_once(live_server.url + url, _sessions(lead), {})
    assert statuses == [302] * TIMES
    assert Invitation.objects.filter(user=membership.user).count() == 1


def test_approving_a_review_ten_times_at_once(live_server):
    from courses.setup import ensure_course_workflow

    co_trainer, editor = factories.co_trainer(), factories.editor()
    course = factories.course(modules=1)
    module = ModulePage.objects.child_of(course).get()
    ensure_course_workflow()
    module.save_revision(user=editor)
    module.get_workflow().start(module, editor)
    state = module.current_workflow_task_state
    url = reverse("courses:review_detail", args=[state.pk])
    statuses = _all_at_once(
        live_server.url + url, _sessions(co_trainer), {"decision": "approve", "comment": ""}
    )
    assert statuses == [302] * TIMES
    decided = TaskState.objects.filter(workflow_state=state.workflow_state)
    assert list(decided.values_list("status", flat=True).order_by("pk")) == [
        TaskState.STATUS_APPROVED,
        TaskState.STATUS_IN_PROGRESS,  # the editors' step, now waiting for them
    ]


def test_uploading_the_same_staff_file_ten_times_at_once(live_server, council):
    """The upload as it is today (one plain POST of the form)."""
    lead = factories.training_lead(council)
    factories.EmailDomainFactory(council=council, domain="council.example")
    rows = "name,email,team,job role\n" + "".join(
        f"Person {n},person{n}@council.example,Team A,Social worker\n" for n in range(5)
    )
    url = reverse("people:invite_staff", args=[council.gss_code])
    statuses = _all_at_once(
        live_server.url + url,
        _sessions(lead),
        {},
        files={"file": ("staff.csv", rows.encode(), "text/csv")},
    )
    assert statuses == [200] * TIMES
    emails = [f"person{n}@council.example" for n in range(5)]
    for table, field in (
        (User.objects, "email"),
        (Membership.objects, "user__email"),
        (Invitation.objects, "user__email"),
    ):
        counts = Counter(table.filter(**{f"{field}__in": emails}).values_list(field, flat=True))
        assert [email for email, count in counts.items() if count > 1] == [], table.model
