"""Editing courses in the Wagtail admin: page types, block rules, workflow, deleting."""

import pytest
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.urls import reverse
from wagtail.blocks import StreamValue
from wagtail.models import Workflow

from courses import progress
from courses.blocks import AudioBlock, ModuleBodyBlock, VideoBlock
from courses.models import CourseCoTrainer, CourseIndexPage, CoursePage, ModulePage
from courses.setup import WORKFLOW_NAME, ensure_course_workflow
from tests import factories
from training.core.models import HomePage

pytestmark = pytest.mark.django_db


def test_modules_go_only_in_courses_and_courses_only_in_a_catalogue():
    course = factories.course(modules=0)
    catalogue, home = course.get_parent().specific, HomePage.objects.get(depth=2)
    assert ModulePage.can_create_at(course)
    assert not ModulePage.can_create_at(catalogue) and not ModulePage.can_create_at(home)
    assert CoursePage.can_create_at(catalogue) and not CoursePage.can_create_at(home)
    assert not CourseIndexPage.can_create_at(home), "one catalogue per home page"


def _video(**value):
    return VideoBlock().to_python(
        {"video": factories.recording("video").pk, "title": "A film", **value}
    )


def test_a_video_needs_captions_even_in_a_draft():
    # A workflow approval publishes the latest draft, so no draft may lack them.
    block = VideoBlock()
    with pytest.raises(ValidationError):
        block.clean(_video())
    block.defer_required_validation()
    with pytest.raises(ValidationError):
        block.clean(_video())


def test_captions_must_be_a_webvtt_file():
    not_captions = factories.document("Notes", "notes.pdf")
    with pytest.raises(ValidationError):
        VideoBlock().clean(_video(captions=not_captions.pk))
    captions = factories.document("Captions", "film.vtt", factories.CAPTIONS)
    assert VideoBlock().clean(_video(captions=captions.pk))["captions"] == captions


def test_an_audio_recording_needs_a_transcript_to_publish():
    value = AudioBlock().to_python({"audio": factories.recording().pk, "title": "A story"})
    with pytest.raises(ValidationError):
        AudioBlock().clean(value)
    value = AudioBlock().to_python(
        {"audio": factories.recording().pk, "title": "A story", "transcript": "<p>Words</p>"}
    )
    assert AudioBlock().clean(value)


def test_an_image_needs_alternative_text():
    body = ModuleBodyBlock()
    value = StreamValue(
        body, [("image", {"image": factories.image(), "alt_text": "", "caption": ""})]
    )
    with pytest.raises(ValidationError):
        body.clean(value)


def test_editors_can_add_a_module_in_the_admin(client, signed_in):
    course = factories.course(modules=0)
    signed_in(factories.editor())
    url = reverse("wagtailadmin_pages:add", args=["courses", "modulepage", course.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert b"Reflection" in response.content and b"Case study" in response.content


def test_the_course_review_workflow_asks_a_parent_co_trainer_before_an_editor():
    course = factories.course(modules=1)
    workflow = ensure_course_workflow()
    assert ensure_course_workflow() == workflow, "running it again changes nothing"
    steps = [task.specific for task in workflow.tasks.order_by("workflow_tasks__sort_order")]
    assert [type(step).__name__ for step in steps] == ["CoTrainerReviewTask", "GroupApprovalTask"]
    module = ModulePage.objects.child_of(course).get()
    assert module.get_workflow() == Workflow.objects.get(name=WORKFLOW_NAME)


def _submit(page, by):
    ensure_course_workflow()
    page.save_revision(user=by)
    page.get_workflow().start(page, by)
    return page.current_workflow_task_state


def test_the_credited_co_trainer_reviews_the_course_and_others_cannot():
    credited, other, editor = factories.co_trainer(), factories.co_trainer(), factories.editor()
    course = factories.course(modules=1)
    CourseCoTrainer.objects.create(page=course, person=credited)
    module = ModulePage.objects.child_of(course).get()
    state = _submit(module, editor)
    task = state.task.specific
    assert [name for name, _label, _modal in task.get_actions(module, credited)] == [
        "reject",
        "approve",
        "approve",
    ]
    assert task.get_actions(module, other) == []
    assert task.get_actions(module, editor) == [], "editors cannot pass the parents' step"
    assert list(task.get_task_states_user_can_moderate(credited)) == [state]
    assert not task.get_task_states_user_can_moderate(other).exists()


def test_a_course_with_no_credited_co_trainer_can_be_reviewed_by_any(client, signed_in):
    co_trainer, editor = factories.co_trainer(), factories.editor()
    course = factories.course(modules=0)
    state = _submit(course, editor)
    signed_in(co_trainer)
    body = client.get(reverse("courses:review_list")).content.decode()
    assert course.title in body
    response = client.get(reverse("courses:review_detail", args=[state.pk]))
    assert response.status_code == 200


def test_a_co_trainer_approves_on_cotrains_own_screen_and_it_goes_to_the_editors(client, signed_in):
    co_trainer, editor = factories.co_trainer(), factories.editor()
    course = factories.course(modules=1)
    CourseCoTrainer.objects.create(page=course, person=co_trainer)
    module = ModulePage.objects.child_of(course).get()
    state = _submit(module, editor)
    signed_in(co_trainer)
    url = reverse("courses:review_detail", args=[state.pk])
    response = client.post(url, {"decision": "reject", "comment": ""})
    assert "Enter your comments: say what should change" in response.content.decode()
    response = client.post(url, {"decision": "approve", "comment": "Reads well."})
    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == "approved" and state.comment == "Reads well."
    module.refresh_from_db()
    assert module.current_workflow_task.name == "Editor approval"
    assert client.get(url).status_code == 404, "a decided review is closed"


def test_asking_for_changes_needs_a_comment_and_sends_the_page_back(client, signed_in):
    co_trainer, editor = factories.co_trainer(), factories.editor()
    course = factories.course(modules=0)
    state = _submit(course, editor)
    signed_in(co_trainer)
    client.post(
        reverse("courses:review_detail", args=[state.pk]),
        {"decision": "reject", "comment": "Please use the parent's own words."},
    )
    state.refresh_from_db()
    course.refresh_from_db()
    assert state.status == "rejected"
    assert course.current_workflow_state.status == "needs_changes"


def test_learners_and_editors_cannot_open_the_review_screens(client, signed_in):
    state = _submit(factories.course(modules=0), factories.editor())
    for person in (factories.learner(), factories.editor()):
        signed_in(person)
        assert client.get(reverse("courses:review_list")).status_code == 403
        assert client.get(reverse("courses:review_detail", args=[state.pk])).status_code == 403


def test_a_course_that_learners_started_cannot_be_deleted(client, signed_in):
    course = factories.course(modules=1)
    progress.enrol(factories.learner(), course)
    admin = factories.platform_admin()
    signed_in(admin)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[course.pk]), follow=True)
    assert "cannot be deleted because learners have started it" in response.content.decode()
    assert CoursePage.objects.filter(pk=course.pk).exists()
    unstarted = factories.course(modules=1)
    client.post(reverse("wagtailadmin_pages:delete", args=[unstarted.pk]))
    assert not CoursePage.objects.filter(pk=unstarted.pk).exists()


def test_co_trainers_are_credited_as_they_chose(client, signed_in):
    parent = factories.co_trainer(full_name="Rhian Pritchard")
    course = factories.course(modules=1)
    CourseCoTrainer.objects.create(page=course, person=parent)
    learner = factories.learner()
    signed_in(learner)
    assert "A parent carer" in client.get(course.url).content.decode(), "anonymous by default"
    signed_in(parent)
    response = client.post(reverse("people:credit"), {"credit_as": "other", "credit_name": ""})
    assert "Enter the name to use" in response.content.decode()
    client.post(reverse("people:credit"), {"credit_as": "first_name", "credit_name": ""})
    signed_in(learner)
    body = client.get(course.url).content.decode()
    assert "Rhian" in body and "Pritchard" not in body and parent.email not in body
    assert client.get(reverse("people:credit")).status_code == 403


def test_editors_publish_course_pages_only_through_the_review_workflow(client, signed_in):
    editor, admin = factories.editor(), factories.platform_admin()
    course = factories.course(modules=1)
    catalogue, module = course.get_parent().specific, ModulePage.objects.child_of(course).get()
    for page in (course, module):
        assert page.permissions_for_user(editor).can_edit()
        assert not page.permissions_for_user(editor).can_publish()
        assert page.permissions_for_user(editor).can_unpublish()
        assert page.permissions_for_user(admin).can_publish()
    assert catalogue.permissions_for_user(editor).can_publish()
    assert not catalogue.permissions_for_user(editor).can_publish_subpage()
    welsh_module = factories.translate_to_welsh(module)
    welsh_course = welsh_module.course
    for page in (welsh_course, welsh_module):
        assert not page.permissions_for_user(editor).can_publish(), "Welsh pages are reviewed"
        assert page.permissions_for_user(editor).can_submit_for_moderation()
        assert page.permissions_for_user(admin).can_publish()

    ensure_course_workflow()
    signed_in(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[module.pk])
    body = client.get(edit_url).content.decode()
    assert "action-publish" not in body and "action-submit" in body
    form = {"title": "Changed", "slug": module.slug, "summary": "", "body-count": "0"}
    client.post(edit_url, {**form, "action-publish": "publish"})
    module.refresh_from_db()
    assert module.title != "Changed", "an editor's publish is refused"


def test_editors_preview_modules_and_courses_without_a_learner_record():
    course = factories.course(modules=1, body=factories.every_block_body())
    module = ModulePage.objects.child_of(course).get()
    request = RequestFactory().get("/")
    request.user = factories.editor()
    for page in (module, course):
        response = page.make_preview_request(original_request=request)
        response.render()
        assert response.status_code == 200 and page.title in response.content.decode()
    assert (
        "Learners write their reflection here."
        in module.make_preview_request(original_request=request).rendered_content
    )
    assert not progress.enrolment_for(request.user, course), "previews record nothing"
