"""Parents are told a review is waiting, and workflow emails are in plain words (item 11)."""

import pytest
from django.core import mail
from django.urls import reverse

from courses.models import CourseCoTrainer, ModulePage
from courses.setup import ensure_course_workflow
from courses.tasks import send_review_requests
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = settings.WAGTAILADMIN_BASE_URL = "http://testserver"


def _course_crediting(*people):
    course = factories.course(modules=0, title="Plain words")
    for person in people:
        course.co_trainers.add(CourseCoTrainer(person=person))
    course.save_revision()
    factories.module(course, title="Letters")
    ensure_course_workflow()
    return course


def _submit(page, editor, capture):
    page.save_revision(user=editor)
    with capture(execute=True):
        page.get_workflow().start(page, editor)
    return ModulePage.objects.get(pk=page.pk).current_workflow_task_state


def test_the_credited_co_trainers_are_emailed_each_in_their_language(
    django_capture_on_commit_callbacks,
):
    english = factories.co_trainer(full_name="Sam Jones", preferred_language="en")
    welsh = factories.co_trainer(full_name="Rhian Pritchard", preferred_language="cy")
    uncredited = factories.co_trainer()
    course = _course_crediting(english, welsh)
    module = ModulePage.objects.child_of(course).get()
    mail.outbox.clear()
    state = _submit(module, factories.editor(), django_capture_on_commit_callbacks)

    to_reviewers = [m for m in mail.outbox if set(m.to) & {english.email, welsh.email}]
    assert sorted(m.to[0] for m in to_reviewers) == sorted([english.email, welsh.email])
    assert not [m for m in mail.outbox if uncredited.email in m.to]
    by_person = {m.to[0]: m for m in to_reviewers}
    english_email, welsh_email = by_person[english.email], by_person[welsh.email]
    assert english_email.subject == "“Letters” is waiting for your review"
    assert f"http://testserver/review/{state.pk}/" in english_email.body
    assert "Dear Sam Jones," in english_email.body
    assert "Approve it, or ask for changes" in english_email.body
    assert welsh_email.subject == "Mae “Letters” yn aros i chi ei adolygu"
    assert f"http://testserver/cy/review/{state.pk}/" in welsh_email.body


def test_with_no_co_trainer_credited_every_co_trainer_is_emailed(
    django_capture_on_commit_callbacks,
):
    first, second = factories.co_trainer(), factories.co_trainer()
    inactive = factories.co_trainer(is_active=False)
    course = _course_crediting()
    mail.outbox.clear()
    _submit(
        ModulePage.objects.child_of(course).get(),
        factories.editor(),
        django_capture_on_commit_callbacks,
    )
    reviewers = {m.to[0] for m in mail.outbox if "waiting for your review" in m.subject}
    assert reviewers == {first.email, second.email}
    assert inactive.email not in reviewers


def test_the_task_run_twice_sends_once(django_capture_on_commit_callbacks):
    co_trainer = factories.co_trainer()
    course = _course_crediting(co_trainer)
    state = _submit(
        ModulePage.objects.child_of(course).get(),
        factories.editor(),
        django_capture_on_commit_callbacks,
    )
    mail.outbox.clear()
    assert send_review_requests(state.pk) == 0, "already sent when the page was submitted"
    assert send_review_requests(state.pk) == 0
    assert mail.outbox == []


def test_a_review_decided_before_the_task_runs_sends_nothing():
    co_trainer, editor = factories.co_trainer(), factories.editor()
    course = _course_crediting(co_trainer)
    module = ModulePage.objects.child_of(course).get()
    module.save_revision(user=editor)
    module.get_workflow().start(module, editor)  # (the queued task has not run)
    state = ModulePage.objects.get(pk=module.pk).current_workflow_task_state
    state.task.specific.on_action(state, co_trainer, "approve")
    mail.outbox.clear()
    assert send_review_requests(state.pk) == 0
    assert mail.outbox == []


def test_asking_for_changes_emails_the_editor_in_plain_words(client, signed_in):
    co_trainer = factories.co_trainer(full_name="Nadia Khan")
    editor = factories.editor(full_name="Ed Itor")
    course = _course_crediting(co_trainer)
    module = ModulePage.objects.child_of(course).get()
    module.save_revision(user=editor)
    module.get_workflow().start(module, editor)
    state = ModulePage.objects.get(pk=module.pk).current_workflow_task_state
    mail.outbox.clear()
    signed_in(co_trainer)
    client.post(
        reverse("courses:review_detail", args=[state.pk]),
        {"decision": "reject", "comment": "Please use the parent's own words."},
    )
    [email] = [m for m in mail.outbox if editor.email in m.to]
    assert email.subject == "Changes asked for: “Letters”"
    assert email.body == (
        "Hello Ed,\n\n"
        "Nadia Khan asked for changes to “Letters” at the step “Parent co-trainer review”.\n\n"
        "They said:\n"
        "“Please use the parent's own words.”\n\n"
        "What to do next: make the changes in the page editor, then submit the page for "
        "review again. It goes back to the parent co-trainers with your changes.\n\n"
        f"Open the page editor: http://testserver/admin/pages/{module.pk}/edit/\n\n"
        "You get this email because you sent “Letters” for review.\n\n"
        "Choose which emails you get in your account: http://testserver/admin/account/"
    )
    assert "rejected" not in email.body and "moderation" not in email.body


def test_the_editors_are_told_in_plain_words_when_a_page_waits_for_them():
    co_trainer = factories.co_trainer()
    submitter, other_editor = factories.editor(), factories.editor(full_name="Erin Jones")
    course = _course_crediting(co_trainer)
    module = ModulePage.objects.child_of(course).get()
    module.save_revision(user=submitter)
    module.get_workflow().start(module, submitter)
    state = ModulePage.objects.get(pk=module.pk).current_workflow_task_state
    mail.outbox.clear()
    state.task.specific.on_action(state, co_trainer, "approve")
    [email] = [m for m in mail.outbox if other_editor.email in m.to]
    assert email.subject == "Ready for an editor to approve: “Letters”"
    assert "Hello Erin," in email.body
    assert "“Letters” is ready for the step “Editor approval”." in email.body
    assert "What to do next: check the page, then approve it or ask for changes." in email.body
    assert "Approving it publishes it." in email.body
    assert f"http://testserver/admin/pages/{module.pk}/edit/" in email.body
    assert "moderation" not in email.body.lower()


def test_the_submitter_is_told_in_plain_words_when_the_page_is_published():
    co_trainer, submitter, approver = (
        factories.co_trainer(),
        factories.editor(full_name="Sally Sender"),
        factories.editor(),
    )
    course = _course_crediting(co_trainer)
    module = ModulePage.objects.child_of(course).get()
    module.title = "Letters, reviewed"
    module.save_revision(user=submitter)
    module.get_workflow().start(module, submitter)
    state = ModulePage.objects.get(pk=module.pk).current_workflow_task_state
    state.task.specific.on_action(state, co_trainer, "approve")
    editors_step = ModulePage.objects.get(pk=module.pk).current_workflow_task_state
    mail.outbox.clear()
    editors_step.task.specific.on_action(editors_step, approver, "approve")
    [email] = [m for m in mail.outbox if submitter.email in m.to]
    assert email.subject == "Published: “Letters, reviewed”"
    assert "Hello Sally," in email.body
    assert (
        "“Letters, reviewed” was approved at every step of “Course review”, and is now published."
        in email.body
    )
    assert f"http://testserver{module.url}" in email.body
