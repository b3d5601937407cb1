import pytest
from django.contrib.auth.models import Group

from tests import factories
from training.core.menus import home_url_name
from training.people.roles import CO_TRAINERS_GROUP, Role, needs_two_factor, roles_of

pytestmark = pytest.mark.django_db


def test_a_person_with_no_membership_or_group_has_no_roles():
    assert roles_of(factories.UserFactory()) == frozenset()


def test_membership_makes_a_learner_and_the_lead_flag_a_training_lead(council):
    assert roles_of(factories.learner(council)) == {Role.LEARNER}
    assert roles_of(factories.training_lead(council)) == {Role.LEARNER, Role.TRAINING_LEAD}


def test_a_keyworker_can_be_a_learner_and_a_co_trainer_at_once(council):
    person = factories.learner(council)
    person.groups.add(Group.objects.get(name=CO_TRAINERS_GROUP))
    person = type(person).objects.get(pk=person.pk)
    assert roles_of(person) == {Role.LEARNER, Role.CO_TRAINER}


def test_a_membership_that_has_ended_gives_no_role(council):
    person = factories.training_lead(council)
    person.memberships.update(is_active=False)
    person = type(person).objects.get(pk=person.pk)
    assert roles_of(person) == frozenset()


def test_an_inactive_account_has_no_roles(council):
    person = factories.training_lead(council, is_active=False)
    assert roles_of(person) == frozenset()


@pytest.mark.parametrize(
    ("make", "needs_2fa", "home"),
    [
        (lambda c: factories.learner(c), False, "courses:my_learning"),
        (lambda c: factories.co_trainer(), False, "case_studies:my_stories"),
        (lambda c: factories.training_lead(c), True, "people:my_council"),
        (lambda c: factories.editor(), True, "wagtailadmin_home"),
        (lambda c: factories.platform_admin(), True, "wagtailadmin_home"),
    ],
)
def test_each_role_has_its_home_and_two_factor_rule(council, make, needs_2fa, home):
    person = make(council)
    assert needs_two_factor(person) is needs_2fa
    assert home_url_name(person) == home


def test_admin_access_given_directly_or_through_a_group_needs_a_second_factor(db):
    from django.contrib.auth.models import Group, Permission

    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    direct, grouped, plain = (factories.UserFactory() for _ in range(3))
    direct.user_permissions.add(access_admin)
    group = Group.objects.create(name="Admin readers")
    group.permissions.add(access_admin)
    grouped.groups.add(group)
    assert needs_two_factor(direct) and needs_two_factor(grouped)
    assert not needs_two_factor(plain)
