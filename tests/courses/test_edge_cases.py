"""Edge cases: unpublished parents, copies, bulk actions, odd input and the full review route."""

import pytest
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page

from courses import outline, progress, reflections
from courses.models import CoTrainerReviewTask, CourseCoTrainer, CoursePage, ModulePage, Reflection
from courses.setup import ensure_course_workflow
from tests import factories
from training.core.protected_media import media_url
from training.core.requirements import requirements_in
from training.core.wagtail_hooks import documents_follow_their_owners

pytestmark = pytest.mark.django_db


def _modules(course):
    return list(ModulePage.objects.child_of(course).order_by("path"))


def test_an_editors_approval_publishes_the_page_the_parent_approved(client, signed_in):
    co_trainer, editor = factories.co_trainer(), factories.editor()
    course = factories.course(modules=0)
    CourseCoTrainer.objects.create(page=course, person=co_trainer)
    module = factories.module(course, title="First draft")
    module.unpublish()
    module.title = "Reviewed draft"
    module.save_revision(user=editor)
    ensure_course_workflow()
    module.get_workflow().start(module, editor)
    state = module.current_workflow_task_state
    state.task.specific.on_action(state, co_trainer, "approve")
    module.refresh_from_db()
    editor_state = module.current_workflow_task_state
    editor_state.task.specific.on_action(editor_state, editor, "approve")
    module.refresh_from_db()
    assert module.live and module.title == "Reviewed draft"


def test_reviewers_are_the_co_trainers_credited_in_the_courses_draft():
    credited, other = factories.co_trainer(), factories.co_trainer()
    course = factories.course(modules=0)
    course.co_trainers.add(CourseCoTrainer(person=credited))
    course.save_revision()  # credited in the draft only
    assert list(CoTrainerReviewTask().reviewers_of(course)) == [credited]
    assert other not in CoTrainerReviewTask().reviewers_of(course)


def test_editors_still_make_courses_private_and_cannot_move_live_modules_unreviewed():
    editor = factories.editor()
    first, second = factories.course(modules=1), factories.course(modules=0)
    module = _modules(first)[0]
    assert first.permissions_for_user(editor).can_set_view_restrictions()
    assert not module.permissions_for_user(editor).can_move_to(second)


def test_a_copied_module_does_not_share_its_reflections():
    course = factories.course(modules=1, body=[factories.reflection()])
    original = _modules(course)[0]
    copy = original.copy(update_attrs={"slug": "copy", "title": "Copy"}).specific
    factories.publish(copy)
    learner = factories.learner()
    progress.enrol(learner, course)
    block_id = requirements_in(original.body)[0].block_id
    reflections.save_reflections(learner, original, course, {block_id: "About the original"})
    assert progress.unmet_requirements(learner, copy), "the copy's question is not answered"
    reflections.save_reflections(learner, copy, course, {block_id: "About the copy"})
    assert Reflection.objects.filter(user=learner).count() == 2
    assert reflections.reflections_for(learner, original)[block_id].text == "About the original"


def test_the_live_modules_of_an_unpublished_course_are_hidden(client, signed_in):
    course = factories.course(
        modules=1, title="Withdrawn course", body=factories.every_block_body()
    )
    module = _modules(course)[0]
    video = next(child for child in module.body if child.block_type == "video")
    module_url, catalogue_url = module.url, course.get_parent().url
    course.unpublish()  # Wagtail leaves the modules live
    signed_in(factories.learner())
    assert client.get(module_url).status_code == 404
    body = client.get(catalogue_url, {"q": "module", "filtered": "1"}).content.decode()
    assert "Withdrawn course" not in body
    assert client.get(media_url(module, video.id, "file")).status_code == 404


def test_a_course_completes_once_its_last_unfinished_module_is_unpublished(client, signed_in):
    course = factories.course(modules=2)
    learner = factories.learner()
    progress.enrol(learner, course)
    first, second = _modules(course)
    progress.complete_module(learner, first)
    second.unpublish()
    signed_in(learner)
    assert "Course completed" in client.get(course.url).content.decode()
    assert outline.course_progress(learner, course).completion is not None


def test_a_course_of_optional_modules_completes_when_they_are_all_done():
    course = factories.course(modules=0)
    first, second = (factories.module(course, is_required=False) for _ in range(2))
    learner = factories.learner()
    progress.enrol(learner, course)
    assert not progress.complete_module(learner, first).course_completed_now
    assert progress.complete_module(learner, second).course_completed_now


def test_bulk_deleting_a_course_that_learners_started_is_refused(client, signed_in):
    course = factories.course(modules=1)
    progress.enrol(factories.learner(), course)
    signed_in(factories.platform_admin())
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    response = client.post(f"{url}?id={course.pk}&next=/admin/", follow=True)
    assert "cannot be deleted because learners have started it" in response.content.decode()
    assert Page.objects.filter(pk=course.pk).exists()


def test_a_modules_handout_follows_the_modules_privacy():
    course = factories.course(modules=1, body=factories.every_block_body())
    module = _modules(course)[0]
    handout = next(c for c in module.body if c.block_type == "resource").value["document"]
    request = RequestFactory().get("/")
    request.user = factories.learner()
    assert documents_follow_their_owners(handout, request) is None
    module.unpublish()
    request.user = factories.learner()  # a fresh person: nothing cached
    with pytest.raises(Http404):
        documents_follow_their_owners(handout, request)
    request.user = factories.editor()
    assert documents_follow_their_owners(handout, request) is None, "editors may preview it"
    unused = factories.document("Not in any module")
    assert documents_follow_their_owners(unused, request) is None


def test_odd_input_never_gives_a_server_error(client, signed_in):
    course = factories.course(modules=1, body=[factories.reflection()])
    module = _modules(course)[0]
    signed_in(factories.learner())
    catalogue = course.get_parent().url
    for query in ['"', "'", "AND OR NOT", "*", "(", "\\"]:
        assert client.get(catalogue, {"q": query, "filtered": "1"}).status_code == 200
    client.post(course.url)
    block_id = requirements_in(module.body)[0].block_id
    response = client.post(
        module.url, {"action": f"save-{block_id}", f"reflection-{block_id}": "A\x00B\r\nC"}
    )
    assert response.status_code == 302
    assert Reflection.objects.get().text == "AB\nC"
    assert (
        client.post(module.url, {"action": "complete", "reflection-nonsense": "x"}).status_code
        == 302
    )


def test_a_recording_whose_file_has_gone_is_not_found(client, signed_in):
    course = factories.course(modules=1, body=factories.every_block_body())
    module = _modules(course)[0]
    audio = next(child for child in module.body if child.block_type == "audio")
    audio.value["audio"].file.delete(save=False)
    signed_in(factories.learner())
    assert client.get(media_url(module, audio.id, "file")).status_code == 404


def test_my_learning_runs_the_same_queries_for_one_course_or_five(
    client, signed_in, django_assert_max_num_queries
):
    learner = factories.learner()
    courses = [factories.course(modules=2) for _ in range(5)]
    progress.enrol(learner, courses[0])
    signed_in(learner)
    client.get(reverse("courses:my_learning"))
    with CaptureQueriesContext(connection) as one:
        client.get(reverse("courses:my_learning"))
    for course in courses[1:]:
        progress.enrol(learner, course)
    with django_assert_max_num_queries(len(one.captured_queries)):
        body = client.get(reverse("courses:my_learning")).content.decode()
    assert all(course.title in body for course in courses)
    assert CoursePage.objects.count() == 5
