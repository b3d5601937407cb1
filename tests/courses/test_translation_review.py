"""Welsh pages go through the same "Course review" as English ones (issue 9, item 9).

wagtail-localize's translation editor publishes directly; for course pages Cotrain gives
it a "Submit for review" instead (courses/wagtail_hooks.py, courses/translations.py).
"""

import json
import re

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from courses.models import CoTrainerReviewTask, CourseCoTrainer, ModulePage
from courses.setup import ensure_course_workflow
from courses.wagtail_hooks import SUBMIT_TRANSLATION
from tests import factories

pytestmark = pytest.mark.django_db


def _messages(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def _welsh_drafts(*, only_fields=None):
    """A live English course and module, credited to a co-trainer; their Welsh drafts."""
    credited = factories.co_trainer()
    course = factories.course(modules=0, title="Plain words")
    course.co_trainers.add(CourseCoTrainer(person=credited))
    course.save_revision()  # published with its first module, below
    module = factories.module(course, title="Letters", summary="Write letters families read.")
    welsh_course = factories.translate_to_welsh(course, title="Geiriau plaen")
    welsh_module = factories.translate_to_welsh(
        module, publish=False, only_fields=only_fields, title="Llythyrau", summary="Ysgrifennu."
    )
    ensure_course_workflow()  # (the Welsh catalogue's, once its transaction commits)
    return credited, welsh_course, welsh_module


def _props(response):
    found = re.search(r'data-props="([^"]*)"', response.content.decode())
    return json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))


def test_the_translation_editor_offers_an_editor_submit_for_review_not_publish(client, signed_in):
    _credited, _course, welsh_module = _welsh_drafts()
    signed_in(factories.editor())
    response = client.get(reverse("wagtailadmin_pages:edit", args=[welsh_module.pk]))
    assert response.status_code == 200
    assert _props(response)["perms"]["canPublish"] is False
    body = response.content.decode()
    assert f'name="{SUBMIT_TRANSLATION}"' in body and "Submit for review" in body


def test_an_editor_submits_a_welsh_page_and_the_courses_credited_co_trainer_reviews_it(
    client, signed_in
):
    credited, welsh_course, welsh_module = _welsh_drafts()
    other, editor = factories.co_trainer(), factories.editor()
    signed_in(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[welsh_module.pk])
    response = client.post(edit_url, {SUBMIT_TRANSLATION: "1"})
    assert response.status_code == 302 and response["Location"] == edit_url
    assert _messages(response) == [
        "“Llythyrau” has been submitted for review. A parent co-trainer credited on the course "
        "reviews it first, then an editor."
    ]
    welsh_module = ModulePage.objects.get(pk=welsh_module.pk)
    state = welsh_module.current_workflow_task_state
    assert state.task.name == "Parent co-trainer review"
    assert state.workflow_state.requested_by == editor
    assert state.revision.as_object().summary == "Ysgrifennu.", "the translated strings"
    task = state.task.specific
    assert list(task.reviewers_of(welsh_module)) == [credited]
    assert list(CoTrainerReviewTask.open_states_for(credited)) == [state]
    assert not CoTrainerReviewTask.open_states_for(other).exists()
    assert not welsh_module.live


def test_a_half_translated_page_cannot_be_submitted_and_says_what_is_in_english(client, signed_in):
    _credited, _course, welsh_module = _welsh_drafts(only_fields={"title", "slug"})
    signed_in(factories.editor())
    edit_url = reverse("wagtailadmin_pages:edit", args=[welsh_module.pk])
    page = client.get(edit_url).content.decode()
    assert "2 strings are still in English, in Summary, Body" in page
    response = client.post(edit_url, {SUBMIT_TRANSLATION: "1"})
    assert _messages(response) == [
        "“Llythyrau” cannot be submitted for review yet: 2 strings are still in English, in "
        "Summary, Body. Translate them first."
    ]
    assert ModulePage.objects.get(pk=welsh_module.pk).current_workflow_state is None


def test_an_editor_cannot_publish_from_the_translation_editor(client, signed_in):
    _credited, _course, welsh_module = _welsh_drafts()
    signed_in(factories.editor())
    edit_url = reverse("wagtailadmin_pages:edit", args=[welsh_module.pk])
    response = client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302
    assert _messages(response) == [
        "“Llythyrau” cannot be published directly: submit it for review."
    ]
    assert not ModulePage.objects.get(pk=welsh_module.pk).live


def test_a_translation_sent_back_for_changes_goes_back_to_the_parents_when_resubmitted(
    client, signed_in
):
    credited, _course, welsh_module = _welsh_drafts()
    signed_in(factories.editor())
    edit_url = reverse("wagtailadmin_pages:edit", args=[welsh_module.pk])
    client.post(edit_url, {SUBMIT_TRANSLATION: "1"})
    state = ModulePage.objects.get(pk=welsh_module.pk).current_workflow_task_state
    state.task.specific.on_action(state, credited, "reject", comment="Use plainer Welsh.")
    client.post(edit_url, {SUBMIT_TRANSLATION: "1"})
    again = ModulePage.objects.get(pk=welsh_module.pk).current_workflow_task_state
    assert again.pk != state.pk and again.workflow_state_id == state.workflow_state_id
    assert again.task.name == "Parent co-trainer review" and again.status == "in_progress"


def test_approved_by_the_co_trainer_and_an_editor_the_welsh_page_goes_live(client, signed_in):
    credited, welsh_course, welsh_module = _welsh_drafts()
    editor = factories.editor()
    signed_in(editor)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[welsh_module.pk]), {SUBMIT_TRANSLATION: "1"}
    )
    state = ModulePage.objects.get(pk=welsh_module.pk).current_workflow_task_state
    signed_in(credited)
    response = client.post(
        reverse("courses:review_detail", args=[state.pk]), {"decision": "approve", "comment": ""}
    )
    assert response.status_code == 302
    editors_step = ModulePage.objects.get(pk=welsh_module.pk).current_workflow_task_state
    editors_step.task.specific.on_action(editors_step, editor, "approve")
    welsh_module = ModulePage.objects.get(pk=welsh_module.pk)
    assert welsh_module.live and welsh_module.title == "Llythyrau"
    welsh_course.refresh_from_db()
    assert welsh_course.has_live_modules()


def test_translating_a_course_offers_its_modules_ticked(client, signed_in):
    course = factories.course(modules=2, title="Plain words")
    signed_in(factories.editor())
    response = client.get(reverse("wagtail_localize:submit_page_translation", args=[course.pk]))
    body = response.content.decode()
    checkbox = re.search(r'<input[^>]*name="include_subtree"[^>]*>', body).group(0)
    assert "checked" in checkbox
    assert "Include its modules (2 pages)" in body
    module = ModulePage.objects.child_of(course).first()
    response = client.get(reverse("wagtail_localize:submit_page_translation", args=[module.pk]))
    assert re.search(r'<input type="hidden" name="include_subtree"', response.content.decode())


def test_submitting_again_while_in_review_starts_the_review_again(client, signed_in):
    _credited, _course, welsh_module = _welsh_drafts()
    signed_in(factories.editor())
    edit_url = reverse("wagtailadmin_pages:edit", args=[welsh_module.pk])
    client.post(edit_url, {SUBMIT_TRANSLATION: "1"})
    first = ModulePage.objects.get(pk=welsh_module.pk).current_workflow_state
    assert "Submit for review again" in client.get(edit_url).content.decode()
    response = client.post(edit_url, {SUBMIT_TRANSLATION: "1"})
    assert "has been submitted for review" in _messages(response)[0]
    first.refresh_from_db()
    again = ModulePage.objects.get(pk=welsh_module.pk).current_workflow_state
    assert first.status == "cancelled" and again.pk != first.pk
    assert again.current_task_state.task.name == "Parent co-trainer review"
