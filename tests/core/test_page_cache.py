"""The one page cache (training/core/page_cache.py): every namespace goes stale at once
when pages change, nothing is shown out of date afterwards, and nobody else caches pages."""

import ast
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction

from courses import progress
from courses.models import ModulePage
from tests import factories
from training.core import page_cache

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def writes(monkeypatch):
    """Every (namespace, parts) the page cache is asked to store, in order."""
    seen = []
    real_write = page_cache.write

    def recording_write(namespace, value, *parts):
        seen.append((namespace, parts))
        return real_write(namespace, value, *parts)

    monkeypatch.setattr(page_cache, "write", recording_write)
    return seen


def _site(signed_in):
    course = factories.course(modules=2, title="Listening to families")
    first, second = ModulePage.objects.child_of(course).order_by("path")
    factories.translate_to_welsh(course, title="Gwrando ar deuluoedd")
    welsh_first = factories.translate_to_welsh(first, title="Modiwl cyntaf")
    hidden = factories.course(modules=0, title="A pilot course")
    learner = factories.learner()
    signed_in(learner)
    progress.enrol(learner, course)
    return course, first, second, welsh_first, hidden


def _visit_every_page_type(client, course, first, welsh_first):
    pages = {
        "home": client.get("/"),
        "catalogue": client.get(course.get_parent().url),
        "course": client.get(course.url),
        "module": client.get(first.url),
        "welsh module": client.get(welsh_first.url),
    }
    for name, response in pages.items():
        assert response.status_code == 200, name
    return {name: response.content.decode() for name, response in pages.items()}


def test_one_bump_makes_every_namespace_stale_and_every_page_type_shows_the_change(
    client, signed_in, writes
):
    course, first, second, welsh_first, hidden = _site(signed_in)
    _visit_every_page_type(client, course, first, welsh_first)
    _visit_every_page_type(client, course, first, welsh_first)  # now served from the cache
    written = {namespace.name for namespace, _parts in writes}
    assert written == {namespace.name for namespace in page_cache.namespaces()}, (
        "every registered namespace is used by some page type, and so covered here"
    )

    # Changes that reach the database without a signal, as another process's would if the
    # cache were not shared: the caches now hold stale answers.
    Page.objects.filter(pk=first.pk).update(title="Listening first")
    Page.objects.filter(pk=second.pk).update(title="Listening second")
    Page.objects.filter(pk=welsh_first.pk).update(url_path=welsh_first.url_path + "x/")
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=hidden, restriction_type=PageViewRestriction.GROUPS)]
    )
    stale = _visit_every_page_type(client, course, first, welsh_first)
    assert "Listening second" not in stale["course"], "the outline came from the cache"
    assert hidden.title in stale["catalogue"], "which pages are private came from the cache"

    page_cache.pages_changed()
    writes.clear()
    fresh = {
        "catalogue": client.get(course.get_parent().url).content.decode(),
        "course": client.get(course.url).content.decode(),
        "module": client.get(first.url).content.decode(),
    }
    assert "Listening first" in fresh["module"] and "Listening second" in fresh["module"]
    assert "Listening second" in fresh["course"]
    assert hidden.title not in fresh["catalogue"]
    assert {namespace.name for namespace, _parts in writes} >= {"outline", "visibility"}


def test_the_version_is_bumped_again_when_the_change_commits(django_capture_on_commit_callbacks):
    """A request between a change and its commit reads the old rows under the new version;
    what it caches then must not outlive the commit."""
    outlines = page_cache.register_namespace("outline", "each course's live modules, in order")
    with django_capture_on_commit_callbacks(execute=True):
        page_cache.pages_changed()  # a page is published, in a transaction not yet committed
        # Meanwhile another request caches what it read: the rows before the change.
        page_cache.remembered(outlines, ("course",), lambda: ["old"])
    assert page_cache.remembered(outlines, ("course",), lambda: ["new"]) == ["new"]


def test_namespaces_are_unique_by_name():
    page_cache.register_namespace(
        "outline", "each course's live modules, in order"
    )  # the same again
    with pytest.raises(ValueError):
        page_cache.register_namespace("outline", "something else")


def test_keys_follow_the_language_only_where_the_namespace_says(settings):
    from django.utils import translation

    by_language = page_cache.Namespace("test-by-language", "test", by_language=True)
    shared = page_cache.Namespace("test-shared", "test")
    with translation.override("cy"):
        welsh = by_language.key(("x",)), shared.key(("x",))
    with translation.override("en"):
        english = by_language.key(("x",)), shared.key(("x",))
    assert welsh[0] != english[0] and welsh[1] == english[1]


def test_an_unreadable_entry_counts_as_missing(monkeypatch):
    namespace = page_cache.register_namespace("outline", "each course's live modules, in order")

    page_cache.write(namespace, ["a module"], "course")
    real_get = page_cache.cache.get

    def unpickling_error(key, *args, **kwargs):
        if key.startswith("cotrain:outline:"):
            raise AttributeError("Can't get attribute 'OldPage'")
        return real_get(key, *args, **kwargs)

    monkeypatch.setattr(page_cache.cache, "get", unpickling_error)
    assert page_cache.read(namespace, "course") is None


def test_a_private_page_is_refused_even_with_every_namespace_stale(client, signed_in, monkeypatch):
    course, first, _second, _welsh_first, _hidden = _site(signed_in)
    assert client.get(first.url).status_code == 200
    monkeypatch.setattr(page_cache, "pages_version", lambda: 1)  # nothing heard from now on
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Pilot")])
    assert client.get(first.url).status_code in {302, 404}
    assert first.title not in client.get(first.url).content.decode()


def test_nothing_but_the_page_cache_and_the_counters_uses_djangos_cache():
    """A cache built elsewhere would miss the version and the namespace registry."""
    allowed = {
        "training/core/page_cache.py",  # the page cache
        "training/core/ratelimit.py",  # counters per address, not about pages
        "training/core/views.py",  # the health check writes and reads one key
    }
    users = set()
    for path in [*ROOT.glob("training/**/*.py"), *ROOT.glob("courses/**/*.py")] + list(
        ROOT.glob("case_studies/**/*.py")
    ):
        if "settings" in path.parts or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "django.core.cache"
            ):
                users.add(str(path.relative_to(ROOT)))
    assert users <= allowed, users - allowed
