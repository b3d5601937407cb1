"""The rules for taking a course (courses/progress.py), tested directly."""

import pytest
from django.contrib.auth.models import Group
from django.db import IntegrityError, connection, transaction
from wagtail.models import PageViewRestriction

from courses import outline, progress, reflections
from courses.models import (
    CourseCompletion,
    Enrolment,
    LearningEvent,
    ModulePage,
    ModuleProgress,
    Reflection,
    Verb,
)
from tests import factories
from training.core.requirements import requirements_in
from training.people.roles import CO_TRAINERS_GROUP

pytestmark = pytest.mark.django_db


def _modules(course):
    return list(ModulePage.objects.child_of(course).order_by("path"))


def _events(user, verb=None):
    events = LearningEvent.objects.filter(actor=user)
    return events.filter(verb=verb) if verb else events


def _reflection_id(module):
    return requirements_in(module.body)[0].block_id


def test_starting_a_course_twice_enrols_once_and_records_once():
    course, learner = factories.course(modules=1), factories.learner()
    first, created = progress.enrol(learner, course)
    again, created_again = progress.enrol(learner, course)
    assert created and not created_again and first.pk == again.pk
    assert _events(learner, Verb.REGISTERED).count() == 1


def test_a_private_course_cannot_be_started_by_someone_outside_its_group():
    course = factories.course(modules=1)
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get_or_create(name=CO_TRAINERS_GROUP)[0]])
    with pytest.raises(progress.NotAvailable):
        progress.enrol(factories.learner(), course)
    assert progress.enrol(factories.co_trainer(), course)[1]


def test_opening_a_module_puts_it_in_progress_once():
    course, learner = factories.course(modules=2), factories.learner()
    enrolment, _ = progress.enrol(learner, course)
    first = _modules(course)[0]
    for _ in range(3):
        progress.open_module(learner, first, course, enrolment)
    assert ModuleProgress.objects.get(user=learner).completed_at is None
    assert _events(learner, Verb.EXPERIENCED).count() == 1
    assert outline.course_progress(learner, course).modules[0].state == outline.IN_PROGRESS
    assert outline.course_progress(learner, course).resume == first


def test_a_module_cannot_be_completed_without_starting_the_course():
    course, learner = factories.course(modules=1), factories.learner()
    with pytest.raises(progress.NotEnrolled):
        progress.complete_module(learner, _modules(course)[0])
    assert not ModuleProgress.objects.exists() and not _events(learner).exists()


def test_an_unpublished_module_cannot_be_completed():
    course, learner = factories.course(modules=1), factories.learner()
    progress.enrol(learner, course)
    module = _modules(course)[0]
    module.unpublish()
    with pytest.raises(progress.NotAvailable):
        progress.complete_module(learner, module)


def test_a_reflection_must_be_answered_before_the_module_completes():
    course = factories.course(modules=1, body=[factories.reflection("What will you change?")])
    learner, module = factories.learner(), _modules(course)[0]
    progress.enrol(learner, course)
    with pytest.raises(progress.RequirementsNotMet) as unmet:
        progress.complete_module(learner, module)
    assert [r.label for r in unmet.value.requirements] == ["What will you change?"]
    reflections.save_reflections(learner, module, course, {_reflection_id(module): "  Listen.  "})
    assert Reflection.objects.get(user=learner).text == "Listen."
    assert progress.complete_module(learner, module).module_completed_now


def test_saving_the_same_reflection_again_records_nothing_new():
    course = factories.course(modules=1, body=[factories.reflection()])
    learner, module = factories.learner(), _modules(course)[0]
    progress.enrol(learner, course)
    answer = {_reflection_id(module): "I will ask first."}
    assert reflections.save_reflections(learner, module, course, answer) == 1
    assert reflections.save_reflections(learner, module, course, answer) == 0
    assert reflections.save_reflections(learner, module, course, {_reflection_id(module): ""}) == 0
    assert Reflection.objects.get(user=learner).text == "I will ask first."
    event = _events(learner, Verb.ANSWERED).get()
    assert "I will ask first" not in str(event.result), "events never hold the reflection"


def test_a_reflection_that_is_too_long_is_refused_and_nothing_is_saved():
    course = factories.course(modules=1, body=[factories.reflection()])
    learner, module = factories.learner(), _modules(course)[0]
    progress.enrol(learner, course)
    with pytest.raises(ValueError):
        reflections.save_reflections(learner, module, course, {_reflection_id(module): "x" * 5001})
    assert not Reflection.objects.exists()


def test_completing_every_required_module_completes_the_course_exactly_once():
    course, learner = factories.course(modules=2), factories.learner()
    optional = factories.module(course, is_required=False)
    progress.enrol(learner, course)
    first, second = _modules(course)[:2]
    assert progress.complete_module(learner, first).completion is None
    outcome = progress.complete_module(learner, second)
    assert (
        outcome.course_completed_now and outcome.completion.course_revision == course.live_revision
    )
    again = progress.complete_module(learner, second)
    assert not again.module_completed_now and not again.course_completed_now
    assert progress.complete_module(learner, optional).completion == outcome.completion
    assert CourseCompletion.objects.count() == 1
    completions = _events(learner, Verb.COMPLETED)
    assert completions.filter(object_type="module").count() == 3
    assert completions.filter(object_type="course").count() == 1


def test_the_database_allows_one_completion_per_learner_and_course():
    course, learner = factories.course(modules=1), factories.learner()
    progress.enrol(learner, course)
    completion = progress.complete_module(learner, _modules(course)[0]).completion
    with pytest.raises(IntegrityError), transaction.atomic():
        CourseCompletion.objects.create(
            user=learner,
            course_key=course.translation_key,
            course_title="Again",
            language="en",
            cpd_hours=1,
        )
    assert CourseCompletion.objects.get() == completion


def test_editing_a_published_course_never_changes_a_completion():
    course, learner = factories.course(modules=1, cpd_hours=2), factories.learner()
    progress.enrol(learner, course)
    completion = progress.complete_module(learner, _modules(course)[0]).completion
    revision = course.live_revision
    course.title, course.cpd_hours = "A new title", 5
    factories.publish(course)
    factories.module(course)  # a new required module
    completion.refresh_from_db()
    assert (completion.course_title, completion.cpd_hours) == ("Course 1", 2)
    assert completion.course_revision == revision
    assert outline.course_progress(learner, course).completion == completion


def test_progress_belongs_to_the_course_not_the_language():
    course = factories.course(modules=2, body=[factories.reflection("Why?")])
    learner = factories.learner()
    welsh_course = factories.translate_to_welsh(course, title="Cwrs")
    welsh_modules = [
        factories.translate_to_welsh(
            m, title=f"Modiwl {n}", body=[("reflection", {"prompt": "Pam?"})]
        )
        for n, m in enumerate(_modules(course), start=1)
    ]
    welsh_course.refresh_from_db()  # published with its first Welsh module
    progress.enrol(learner, welsh_course)
    assert progress.enrolment_for(learner, course) is not None
    english_first = _modules(course)[0]
    # The reflection block keeps its id in the translation: an English answer counts in Welsh.
    reflections.save_reflections(
        learner, english_first, course, {_reflection_id(english_first): "Yes"}
    )
    progress.complete_module(learner, welsh_modules[0])
    reflections.save_reflections(
        learner, welsh_modules[1], welsh_course, {_reflection_id(welsh_modules[1]): "Ie"}
    )
    outcome = progress.complete_module(learner, welsh_modules[1])
    assert outcome.course_completed_now and outcome.completion.language == "cy"
    assert outline.course_progress(learner, course).completion == outcome.completion
    assert outline.course_progress(learner, course).completed_count == 2


def test_resume_goes_to_the_last_opened_module_unless_it_is_done():
    course, learner = factories.course(modules=3), factories.learner()
    enrolment, _ = progress.enrol(learner, course)
    first, second, third = _modules(course)
    progress.open_module(learner, second, course, enrolment)
    assert outline.course_progress(learner, course).resume == second
    progress.complete_module(learner, second)
    assert outline.course_progress(learner, course).resume == first
    assert outline.course_progress(learner, course).percent == 33


def test_learning_events_are_append_only():
    course, learner = factories.course(modules=1), factories.learner()
    progress.enrol(learner, course)
    event = LearningEvent.objects.get()
    event.object_title = "Changed"
    with pytest.raises(TypeError):
        event.save()
    with pytest.raises(TypeError):
        LearningEvent.objects.update(object_title="Changed")
    with pytest.raises(TypeError):
        LearningEvent.objects.all().delete()
    with (
        pytest.raises(Exception, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("UPDATE courses_learningevent SET object_title = 'Changed'")
    assert LearningEvent.objects.get().object_title == course.title


def test_a_learning_event_is_an_xapi_statement():
    course, learner = factories.course(modules=1), factories.learner()
    progress.enrol(learner, course)
    statement = LearningEvent.objects.get().as_xapi()
    assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/registered"
    assert statement["actor"]["account"]["name"] == str(learner.pk)
    assert statement["object"]["id"].endswith(f"/xapi/course/{course.translation_key}")
    assert learner.email not in str(statement), "statements identify people by account id only"


def test_a_person_with_learning_records_can_still_be_erased():
    course, learner = factories.course(modules=1), factories.learner()
    progress.enrol(learner, course)
    progress.complete_module(learner, _modules(course)[0])
    learner.delete()
    assert not LearningEvent.objects.exists() and not Enrolment.objects.exists()
