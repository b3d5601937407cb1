"""What the apps register in core: menu entries and home pages, completion requirements and
protected-media owners. Core names no app; each app says what it provides."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests import factories
from training.core import menus, protected_media, requirements
from training.core.requirements import Requirement

pytestmark = pytest.mark.django_db


def _menu(person):
    with translation.override("en"):
        return [str(entry.label) for entry in menus.menu_for(person)]


def test_each_role_gets_the_menu_its_apps_registered(council):
    learner = ["My learning", "Find a course"]
    assert _menu(factories.learner(council)) == learner
    assert _menu(factories.co_trainer()) == [*learner, "My stories", "Courses to review"]
    assert _menu(factories.training_lead(council)) == [*learner, "My council"]
    assert _menu(factories.editor()) == [*learner, "Content admin"]
    assert _menu(factories.platform_admin()) == [*learner, "My council", "Content admin"]


def test_nobody_signed_out_has_a_menu():
    from django.contrib.auth.models import AnonymousUser

    assert menus.menu_for(AnonymousUser()) == []


def test_my_council_is_current_on_every_councils_pages(council):
    entry = next(
        e
        for e in menus.menu_for(factories.training_lead(council))
        if e.url_name == "people:my_council"
    )
    assert entry.is_current(reverse("people:people", args=[council.gss_code]))
    assert not entry.is_current(reverse("courses:my_learning"))


def test_the_most_responsible_roles_home_wins(council):
    person = factories.training_lead(council)
    person.groups.add(factories.editor().groups.get())
    assert menus.home_url_name(person) == "wagtailadmin_home"


def test_a_requirement_nobody_registered_is_never_met(monkeypatch):
    unknown = Requirement(kind="a-kind-no-app-registered", block_id="b1", label="?")
    assert requirements.unmet(factories.learner(), "module-key", [unknown]) == [unknown]


def test_a_kind_can_have_only_one_checker():
    requirements.register("reflection", requirements._checkers["reflection"])  # the same: fine
    with pytest.raises(ValueError):
        requirements.register("reflection", lambda *args: set())


def test_the_reflection_requirement_is_registered_by_courses():
    from courses.blocks import REFLECTION_ANSWERED

    assert REFLECTION_ANSWERED in requirements.registered_kinds()


def test_only_registered_owners_serve_files(client, signed_in):
    signed_in(factories.learner())
    assert "module" in protected_media._owners
    block = "5a1cbbc2-6d4e-4a4c-8c55-0d6d2f0b8d5e"
    for kind, owner_id in [("nothing", 1), ("module", 2**63), ("module", 10**30), ("module", 0)]:
        url = reverse("core:protected_media", args=[kind, owner_id, block, "file"])
        assert client.get(url).status_code == 404, url


def test_an_owner_must_say_what_it_is():
    class Nameless(protected_media.ProtectedMediaOwner):
        pass

    with pytest.raises(TypeError):
        protected_media.register_owner(Nameless)


def test_no_owner_may_take_the_kind_that_names_every_uploaded_file():
    class Shadowing(protected_media.ProtectedMediaOwner):
        media_kind = "media"  # /files/media/ is uploaded_files.serve

    with pytest.raises(TypeError):
        protected_media.register_owner(Shadowing)
    assert "media" not in protected_media._owners
