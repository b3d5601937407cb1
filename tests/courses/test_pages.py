"""The learner's screens: catalogue, course, module and My learning, with bad input."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from courses import progress, reflections
from courses.models import LearningEvent, ModulePage, ModuleProgress
from tests import factories
from training.core.protected_media import media_url
from training.core.requirements import requirements_in
from training.people.models import JobRole
from training.people.roles import CO_TRAINERS_GROUP

pytestmark = pytest.mark.django_db


def _modules(course):
    return list(ModulePage.objects.child_of(course).order_by("path"))


def _private(page):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get_or_create(name=CO_TRAINERS_GROUP)[0]])
    return page


def _learner(job_role=JobRole.SOCIAL_WORKER):
    return factories.MembershipFactory(job_role=job_role).user


# Catalogue ------------------------------------------------------------------------------


def test_the_catalogue_starts_with_the_courses_for_the_learners_job(client, signed_in):
    for_social_workers = factories.course(
        modules=1, title="Social work course", audiences=["social_worker"]
    )
    for_sencos = factories.course(modules=1, title="SENCO course", audiences=["senco"])
    for_everyone = factories.course(modules=1, title="Everyone course", audiences=[])
    signed_in(_learner())
    catalogue = for_social_workers.get_parent()
    body = client.get(catalogue.url).content.decode()
    assert for_social_workers.title in body and for_everyone.title in body
    assert for_sencos.title not in body
    body = client.get(catalogue.url + "?filtered=1").content.decode()
    assert for_sencos.title in body, "clearing the filter shows every course"
    body = client.get(catalogue.url + "?filtered=1&role=senco").content.decode()
    assert for_sencos.title in body and for_social_workers.title not in body


def test_search_finds_live_courses_and_modules_but_never_private_or_draft_titles(client, signed_in):
    public = factories.course(modules=0, title="Listening to families")
    factories.module(
        public, title="Plain words", body=[("rich_text", "<p>About jargon-free letters.</p>")]
    )
    private = _private(factories.course(modules=0, title="Listening in private"))
    draft = factories.course(modules=0, title="Listening draft")
    draft.unpublish()
    signed_in(_learner())
    catalogue = public.get_parent()
    body = client.get(catalogue.url, {"q": "listening", "filtered": "1"}).content.decode()
    assert public.title in body
    assert private.title not in body and draft.title not in body
    body = client.get(catalogue.url, {"q": "jargon", "filtered": "1"}).content.decode()
    assert "Plain words" in body
    assert f'A module in <span lang="en">{public.title}</span>' in body
    assert client.get(catalogue.url, {"q": "x" * 500, "role": "nonsense"}).status_code == 200


def test_a_private_course_is_not_found_for_people_outside_its_group(client, signed_in):
    private = _private(factories.course(modules=1, title="Only for co-trainers"))
    signed_in(_learner())
    assert client.get(private.url).status_code == 404
    assert client.get(_modules(private)[0].url).status_code == 404
    assert (
        private.title not in client.get(private.get_parent().url + "?filtered=1").content.decode()
    )
    signed_in(factories.co_trainer())
    assert client.get(private.url).status_code == 200


# Course and module pages --------------------------------------------------------------------


def test_a_learner_starts_a_course_and_lands_on_its_first_module(client, signed_in):
    course = factories.course(modules=2)
    learner = _learner()
    signed_in(learner)
    response = client.post(course.url)
    assert response.status_code == 302 and response["Location"] == _modules(course)[0].url
    assert progress.enrolment_for(learner, course) is not None
    body = client.get(course.url).content.decode()
    assert "0 of 2 modules completed" in body and "Continue the course" in body


def test_the_module_page_shows_position_progress_and_neighbours(client, signed_in):
    course = factories.course(modules=3)
    learner = _learner()
    signed_in(learner)
    progress.enrol(learner, course)
    first, second, third = _modules(course)
    body = client.get(second.url).content.decode()
    assert "Module 2 of 3" in body
    assert f'href="{first.url}" rel="prev"' in body and f'href="{third.url}" rel="next"' in body
    assert ModuleProgress.objects.filter(user=learner, completed_at__isnull=True).count() == 1


def test_completing_a_module_goes_on_to_the_next_and_the_last_completes_the_course(
    client, signed_in
):
    course = factories.course(modules=2)
    learner = _learner()
    signed_in(learner)
    client.post(course.url)
    first, second = _modules(course)
    response = client.post(first.url, {"action": "complete"})
    assert response["Location"] == second.url
    response = client.post(second.url, {"action": "complete"})
    assert response["Location"] == course.url
    body = client.get(course.url).content.decode()
    assert "Course completed" in body and "You completed this course on" in body
    body = client.get(reverse("courses:my_learning")).content.decode()
    assert course.title in body and "Completed on" in body


def test_completing_without_starting_the_course_explains_and_records_nothing(client, signed_in):
    course = factories.course(modules=1)
    learner = _learner()
    signed_in(learner)
    response = client.post(_modules(course)[0].url, {"action": "complete"}, follow=True)
    assert response.status_code == 200
    assert "Start the course before you complete its modules." in response.content.decode()
    assert not LearningEvent.objects.filter(actor=learner).exists()


def test_completing_an_unpublished_module_is_not_found(client, signed_in):
    course = factories.course(modules=1)
    signed_in(_learner())
    client.post(course.url)
    module = _modules(course)[0]
    url = module.url
    module.unpublish()
    assert client.post(url, {"action": "complete"}).status_code == 404


def test_completing_twice_records_one_event(client, signed_in):
    course = factories.course(modules=2)
    learner = _learner()
    signed_in(learner)
    client.post(course.url)
    module = _modules(course)[0]
    for _ in range(2):
        assert client.post(module.url, {"action": "complete"}).status_code == 302
    assert LearningEvent.objects.filter(actor=learner, verb="completed").count() == 1


def test_an_unanswered_reflection_is_an_error_that_keeps_what_was_typed(client, signed_in):
    course = factories.course(
        modules=1, body=[factories.reflection("First?"), factories.reflection("Second?")]
    )
    signed_in(_learner())
    client.post(course.url)
    module = _modules(course)[0]
    first, second = (r.block_id for r in requirements_in(module.body))
    response = client.post(
        module.url, {"action": "complete", f"reflection-{first}": "My first thought"}
    )
    body = response.content.decode()
    assert response.status_code == 200 and "<title>Error:" in body
    assert f'href="#reflection-{second}"' in body
    assert "Answer the reflection question “Second?” before you complete this module." in body
    assert "My first thought</textarea>" in body, "nothing the learner typed is lost"


def test_a_reflection_that_is_too_long_is_shown_again_with_a_message(client, signed_in):
    course = factories.course(modules=1, body=[factories.reflection()])
    signed_in(_learner())
    client.post(course.url)
    module = _modules(course)[0]
    block_id = requirements_in(module.body)[0].block_id
    response = client.post(
        module.url, {"action": f"save-{block_id}", f"reflection-{block_id}": "y" * 6000}
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Your reflection must be 5,000 characters or fewer." in body
    assert "y" * 6000 in body


def test_saving_a_reflection_returns_to_it(client, signed_in):
    course = factories.course(modules=1, body=[factories.reflection()])
    signed_in(_learner())
    client.post(course.url)
    module = _modules(course)[0]
    block_id = requirements_in(module.body)[0].block_id
    response = client.post(
        module.url, {"action": f"save-{block_id}", f"reflection-{block_id}": "Ask, then listen."}
    )
    assert response["Location"] == f"{module.url}#reflection-{block_id}"
    assert "Ask, then listen.</textarea>" in client.get(module.url).content.decode()


def test_a_learners_reflections_are_never_shown_to_anyone_else(client, signed_in):
    course = factories.course(modules=1, body=[factories.reflection()])
    writer = _learner()
    progress.enrol(writer, course)
    module = _modules(course)[0]
    reflections.save_reflections(
        writer, module, course, {requirements_in(module.body)[0].block_id: "Private words"}
    )
    other = _learner()
    signed_in(other)
    progress.enrol(other, course)
    assert "Private words" not in client.get(module.url).content.decode()


@pytest.mark.parametrize("size", [3, 25])
def test_a_module_page_runs_a_fixed_number_of_queries_whatever_the_course_size(
    client, signed_in, django_assert_max_num_queries, size
):
    course = factories.course(modules=size, body=factories.every_block_body())
    learner = _learner()
    signed_in(learner)
    progress.enrol(learner, course)
    module = _modules(course)[1]
    client.get(module.url)  # the first visit also records that the module was opened
    with django_assert_max_num_queries(15):
        assert client.get(module.url).status_code == 200


# Media ------------------------------------------------------------------------------------


def test_recordings_are_served_only_to_people_who_may_see_the_module(client, signed_in):
    course = factories.course(modules=1, body=factories.every_block_body())
    module = _modules(course)[0]
    video = next(child for child in module.body if child.block_type == "video")
    signed_in(_learner())
    body = client.get(module.url).content.decode()
    urls = re.findall(r'src="(/files/module/[^"]+)"', body)
    assert media_url(module, video.id, "file") in urls and len(urls) == 3
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200
        assert response["X-Content-Type-Options"] == "nosniff"
    assert client.get(media_url(module, video.id, "captions"))["Content-Type"] == "text/vtt"
    assert client.get(media_url(module, video.id, "nonsense")).status_code == 404
    heading = next(child for child in module.body if child.block_type == "heading")
    assert client.get(media_url(module, heading.id, "file")).status_code == 404
    _private(course)
    assert client.get(media_url(module, video.id, "file")).status_code == 404
    client.logout()
    assert client.get(media_url(module, video.id, "file")).status_code == 302


def test_editors_can_play_recordings_in_a_draft(client, signed_in):
    course = factories.course(modules=1)
    module = _modules(course)[0]
    module.body = factories.every_block_body()
    module.save_revision()  # a draft: the live page has no recording
    video = next(c for c in module.get_latest_revision_as_object().body if c.block_type == "video")
    signed_in(_learner())
    assert client.get(media_url(module, video.id, "file")).status_code == 404
    signed_in(factories.editor())
    assert client.get(media_url(module, video.id, "file")).status_code == 200


def test_a_video_never_plays_by_itself_and_has_captions(client, signed_in):
    course = factories.course(modules=1, body=factories.every_block_body())
    signed_in(_learner())
    body = client.get(_modules(course)[0].url).content.decode()
    assert "autoplay" not in body
    assert '<track kind="captions"' in body
    assert "Transcript: A story" in body


# My learning ------------------------------------------------------------------------------


def test_my_learning_lists_courses_in_progress_with_where_to_continue(client, signed_in):
    course = factories.course(modules=2, title="Working together")
    learner = _learner()
    signed_in(learner)
    enrolment, _ = progress.enrol(learner, course)
    second = _modules(course)[1]
    progress.open_module(learner, second, course, enrolment)
    body = client.get(reverse("courses:my_learning")).content.decode()
    assert "Working together" in body and "0 of 2 modules completed" in body
    assert f'href="{second.url}"' in body


def test_find_a_course_goes_to_the_catalogue(client, signed_in):
    course = factories.course(modules=0)
    signed_in(_learner())
    response = client.get(reverse("courses:catalogue"))
    assert response.status_code == 302 and response["Location"] == course.get_parent().url


def test_building_a_page_context_never_writes_and_only_a_get_opens_a_module(client, signed_in):
    from django.db import connection
    from django.test import RequestFactory
    from django.test.utils import CaptureQueriesContext

    course = factories.course(modules=2)
    module = _modules(course)[0]
    learner = _learner()
    progress.enrol(learner, course)
    request = RequestFactory().get(module.url)
    request.user = learner
    for page in (course, module, course.get_parent().specific):
        with CaptureQueriesContext(connection) as queries:
            page.get_context(request)
        writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
        assert writes == [], (page, writes)
    signed_in(learner)
    assert client.head(module.url).status_code == 200
    assert not ModuleProgress.objects.filter(user=learner).exists(), "a HEAD opens nothing"
    client.get(module.url)
    assert ModuleProgress.objects.filter(user=learner, module_key=module.translation_key).exists()
