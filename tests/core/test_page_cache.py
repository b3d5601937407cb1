"""The one page cache (training/core/page_cache.py): every namespace goes stale at once
when pages change, nothing is shown out of date afterwards, and nobody else caches pages."""

import ast
from pathlib import Path

import pytest
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from courses import progress
from courses.models import ModulePage
from tests import factories
from training.core import page_cache

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def writes(monkeypatch):
    """The name of the namespace of every entry the page cache stores, in order."""
    seen = []
    real_set = page_cache.Entry.set

    def recording_set(self, value):
        seen.append(self.key.split(":")[1])  # cotrain:<namespace>:<version>:...
        return real_set(self, value)

    monkeypatch.setattr(page_cache.Entry, "set", recording_set)
    return seen


def _site(signed_in):
    course = factories.course(modules=2, title="Listening to families")
    first, second = ModulePage.objects.child_of(course).order_by("path")
    factories.translate_to_welsh(course, title="Gwrando ar deuluoedd")
    welsh_first = factories.translate_to_welsh(first, title="Modiwl cyntaf")
    hidden = factories.course(modules=1, title="A pilot course")
    learner = factories.learner()
    signed_in(learner)
    progress.enrol(learner, course)
    return course, first, second, welsh_first, hidden


def _visit_every_page_type(client, course, first, welsh_first=None):
    pages = {
        "home": client.get("/"),
        "catalogue": client.get(course.get_parent().url),
        "course": client.get(course.url),
        "module": client.get(first.url),
    }
    if welsh_first is not None:
        pages["welsh module"] = client.get(welsh_first.url)
    for name, response in pages.items():
        assert response.status_code == 200, name
    return {name: response.content.decode() for name, response in pages.items()}


def test_one_bump_makes_every_namespace_stale_and_every_page_type_shows_the_change(
    client, signed_in, writes
):
    course, first, second, welsh_first, hidden = _site(signed_in)
    _visit_every_page_type(client, course, first, welsh_first)
    _visit_every_page_type(client, course, first, welsh_first)  # now served from the cache
    written = set(writes)
    assert written == {namespace.name for namespace in page_cache.namespaces()}, (
        "every registered namespace is used by some page type, and so covered here"
    )

    # Changes that reach the database without a signal, as another process's would if the
    # cache were not shared: the caches now hold stale answers.
    Page.objects.filter(pk=first.pk).update(title="Listening first")
    Page.objects.filter(pk=second.pk).update(title="Listening second")
    moved_url_path = welsh_first.url_path.rstrip("/").rsplit("/", 1)[0] + "/modiwl-newydd/"
    Page.objects.filter(pk=welsh_first.pk).update(slug="modiwl-newydd", url_path=moved_url_path)
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=hidden, restriction_type=PageViewRestriction.GROUPS)]
    )
    stale = _visit_every_page_type(client, course, first)
    assert client.get(welsh_first.url).status_code == 404, "a cached route is always checked"
    assert "Listening second" not in stale["course"], "the outline came from the cache"
    assert hidden.title in stale["catalogue"], "which pages are private came from the cache"

    welsh_address = Page.objects.get(pk=welsh_first.pk).get_url()
    assert welsh_address not in stale["module"], "the language switcher came from the cache"

    page_cache.pages_changed()
    writes.clear()
    fresh = _visit_every_page_type(client, course, first, Page.objects.get(pk=welsh_first.pk))
    assert "Listening first" in fresh["module"] and "Listening second" in fresh["module"]
    assert "Listening second" in fresh["course"]
    assert hidden.title not in fresh["catalogue"]
    assert welsh_address in fresh["module"]
    assert set(writes) == {namespace.name for namespace in page_cache.namespaces()}, (
        "every namespace was computed again"
    )


OUTLINES = page_cache.register_namespace("outline", "each course's live modules, in order")


def test_the_version_is_bumped_again_when_the_change_commits(django_capture_on_commit_callbacks):
    """A request between a change and its commit reads the old rows under the new version;
    what it caches then must not outlive the commit."""
    with django_capture_on_commit_callbacks(execute=True):
        page_cache.pages_changed()  # a page is published, in a transaction not yet committed
        # Meanwhile another request caches what it read: the rows before the change.
        page_cache.remembered(OUTLINES, ("course",), lambda: ["old"])
    assert page_cache.remembered(OUTLINES, ("course",), lambda: ["new"]) == ["new"]


def test_what_was_read_before_a_change_is_stored_under_the_version_before_it():
    """A request reads the rows, then a change commits (the version moves on), then the
    request stores what it read: under the old version, where nobody will read it."""

    def read_the_rows_then_a_change_commits():
        rows = ["old"]
        page_cache.pages_changed()
        return rows

    page_cache.remembered(OUTLINES, ("course",), read_the_rows_then_a_change_commits)
    assert page_cache.remembered(OUTLINES, ("course",), lambda: ["new"]) == ["new"]


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
    page_cache.entry(OUTLINES, "course").set(["a module"])
    real_get = page_cache.cache.get

    def unpickling_error(key, *args, **kwargs):
        if key.startswith("cotrain:outline:"):
            raise AttributeError("Can't get attribute 'OldPage'")
        return real_get(key, *args, **kwargs)

    monkeypatch.setattr(page_cache.cache, "get", unpickling_error)
    assert page_cache.entry(OUTLINES, "course").get() is None


def test_a_private_page_is_refused_even_when_every_namespace_is_stale(client, signed_in):
    course, first, _second, _welsh_first, _hidden = _site(signed_in)
    assert client.get(first.url).status_code == 200  # every namespace now holds this page
    # Made private without a signal (as another process's change looks): nothing is bumped,
    # so the cached visibility still says the course is public.
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=course, restriction_type=PageViewRestriction.GROUPS)]
    )
    refused = client.get(first.url)
    # Wagtail's own check, on the restrictions the cached route read fresh, turns them away.
    assert refused.status_code == 302
    assert refused.url.startswith(reverse("wagtailcore_login"))
    assert first.title not in refused.content.decode()
    assert client.get(refused.url).status_code == 404, "not found, and no sign-in loop"


def _cache_users(path: Path) -> bool:
    """Whether a module reaches Django's cache: its cache object, its caches, or the view and
    template-fragment caches built on them."""
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            module, names = node.module or "", {alias.name for alias in node.names}
            if module.startswith("django.core.cache") or (
                module == "django.core" and "cache" in names
            ):
                return True
            if module == "django.views.decorators.cache" and names - {"never_cache"}:
                return True
        if isinstance(node, ast.Import) and any(
            alias.name.startswith("django.core.cache") for alias in node.names
        ):
            return True
    return False


def test_nothing_but_the_page_cache_and_the_counters_uses_djangos_cache():
    """A cache built elsewhere would miss the version and the namespace registry."""
    allowed = {
        "training/core/page_cache.py",  # the page cache
        "training/core/ratelimit.py",  # counters per address, not about pages
        "training/core/views.py",  # the health check writes and reads one key
    }
    code = [
        path
        for package in ("training", "courses", "case_studies")
        for path in (ROOT / package).rglob("*.py")
        if "settings" not in path.parts and "migrations" not in path.parts
    ]
    users = {str(path.relative_to(ROOT)) for path in code if _cache_users(path)}
    assert users == allowed, users ^ allowed
    templates = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "templates").rglob("*.html")
        if "{% load cache" in path.read_text() or "cache %}" in path.read_text()
    ]
    assert templates == [], "a template fragment cache would miss the pages version"


def test_a_block_changed_in_memory_is_shown_as_it_is_now():
    """A translation preview or a review screen changes blocks after loading them: the
    cached HTML of what was loaded must never stand in for them."""
    from training.core.blocks.rendering import render_stream

    course = factories.course(modules=1, body=[("heading", "First"), ("heading", "Second")])
    module = ModulePage.objects.child_of(course).get()
    assert "First" in render_stream(module.body, {})
    module.body[1].value = "Edited"  # the same block, its id kept, its words changed
    html = render_stream(module.body, {})
    assert "First" in html and "Edited" in html and "Second" not in html
