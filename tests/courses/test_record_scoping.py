"""Learning records are reached only through visible_to(person): a learner sees their own,
a training lead their council's people's (never a reflection's text), and nobody else
anyone's (ADR 0012)."""

import pytest

from courses import progress, reflections
from courses.models import (
    CourseCompletion,
    CourseCoTrainer,
    Enrolment,
    LearningEvent,
    ModuleProgress,
    Reflection,
    ReviewRequestEmail,
    Verb,
)
from tests import factories
from training.core.requirements import requirements_in

pytestmark = pytest.mark.django_db

RECORDS = [Enrolment, ModuleProgress, CourseCompletion, LearningEvent]


def _owner(record):
    return record.actor_id if isinstance(record, LearningEvent) else record.user_id


def _learn(learner, course):
    module = course.get_children().specific().get()
    progress.enrol(learner, course)
    block_id = requirements_in(module.body)[0].block_id
    reflections.save_reflections(learner, module, course, {block_id: f"{learner.email} thinks"})
    progress.complete_module(learner, module)


@pytest.fixture
def two_councils(council, other_council):
    course = factories.course(modules=1, body=[factories.reflection()])
    ours, theirs = factories.learner(council), factories.learner(other_council)
    for learner in (ours, theirs):
        _learn(learner, course)
    return ours, theirs


@pytest.mark.parametrize("model", RECORDS)
def test_a_learner_sees_only_their_own_records(two_councils, model):
    ours, theirs = two_councils
    assert {_owner(r) for r in model.objects.visible_to(ours)} == {ours.pk}
    assert {_owner(r) for r in model.objects.visible_to(theirs)} == {theirs.pk}


@pytest.mark.parametrize("model", RECORDS)
def test_a_training_lead_sees_their_councils_records_and_no_others(two_councils, council, model):
    ours, theirs = two_councils
    lead = factories.training_lead(council)
    owners = {_owner(r) for r in model.objects.visible_to(lead)}
    assert owners == {ours.pk}


@pytest.mark.parametrize("model", RECORDS)
def test_people_who_lead_no_council_see_only_their_own(two_councils, model):
    for person in (factories.editor(), factories.co_trainer()):
        assert not model.objects.visible_to(person).exists()
    left = factories.training_lead()
    left.memberships.update(is_active=False)
    assert not model.objects.visible_to(left).exists()


@pytest.mark.parametrize("model", RECORDS)
def test_a_platform_admin_sees_everyones_records(two_councils, model):
    assert model.objects.visible_to(factories.platform_admin()).count() == model.objects.count()


def test_a_reflections_text_is_for_its_writer_alone(two_councils, council):
    ours, _theirs = two_councils
    assert [r.text for r in Reflection.objects.visible_to(ours)] == [f"{ours.email} thinks"]
    for person in (
        factories.training_lead(council),
        factories.editor(),
        factories.platform_admin(),
    ):
        assert not Reflection.objects.visible_to(person).exists()


def test_a_lead_learns_that_their_people_reflected_but_never_what(two_councils, council):
    ours, _theirs = two_councils
    answered = LearningEvent.objects.visible_to(factories.training_lead(council)).filter(
        verb=Verb.ANSWERED
    )
    assert [event.actor_id for event in answered] == [ours.pk]
    assert f"{ours.email} thinks" not in str(answered.get().as_xapi())


def test_a_person_in_two_of_a_leads_councils_is_listed_once(two_councils, council, other_council):
    ours, _theirs = two_councils
    factories.MembershipFactory(user=ours, council=other_council)
    lead = factories.training_lead(council)
    factories.MembershipFactory(user=lead, council=other_council, is_training_lead=True)
    enrolments = list(Enrolment.objects.visible_to(lead))
    assert len(enrolments) == len({e.pk for e in enrolments}) == 2


def test_nobody_signed_out_sees_any_record(two_councils):
    from django.contrib.auth.models import AnonymousUser

    for model in [*RECORDS, Reflection]:
        assert not model.objects.visible_to(AnonymousUser()).exists()


def test_every_record_about_a_learner_is_scoped_and_in_this_file():
    """A new model about a learner must be reached through visible_to, and tested here."""
    from django.apps import apps
    from django.conf import settings

    from training.people.models import PersonScopedQuerySet

    about_a_person = {
        model
        for model in apps.get_app_config("courses").get_models()
        if any(
            field.many_to_one and field.related_model._meta.label == settings.AUTH_USER_MODEL
            for field in model._meta.fields
        )
        and not hasattr(model, "get_url")  # pages name their owner, not a learner
        # who a course credits, and which reviewers were emailed: not anyone's learning
        and model not in (CourseCoTrainer, ReviewRequestEmail)
    }
    assert about_a_person == {*RECORDS, Reflection}
    for model in about_a_person:
        assert isinstance(model._default_manager.all(), PersonScopedQuerySet), model
