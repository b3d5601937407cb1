"""Serving pages with cached routes (training/core/routing.py): never a wrong or stale page."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from courses import progress
from courses.models import ModulePage
from tests import factories
from training.core import page_cache, routing
from training.core.visibility import view_restrictions_over

pytestmark = pytest.mark.django_db


def _module_and_learner(signed_in):
    course = factories.course(modules=2)
    learner = factories.MembershipFactory().user
    signed_in(learner)
    progress.enrol(learner, course)
    return ModulePage.objects.child_of(course).order_by("path").first(), learner


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


@pytest.fixture
def versions_ignored(monkeypatch):
    """As in a second web process with no shared cache: the page cache never hears of a
    change, so every namespace (routes, visibility, outlines, text) goes stale at once."""
    monkeypatch.setattr(page_cache, "pages_version", lambda: 1)


def test_a_page_seen_before_is_found_from_the_cache_in_fewer_queries(client, signed_in):
    module, _learner = _module_and_learner(signed_in)
    client.get(module.url)  # the first visit also records that the module was opened
    cache.clear()
    first, first_count = _queries(client, module.url)  # walks the tree, remembers the route
    again, again_count = _queries(client, module.url)
    assert first.status_code == again.status_code == 200
    assert again.content.decode().count(module.title) == first.content.decode().count(module.title)
    assert again_count < first_count


def test_a_stale_route_to_a_page_since_unpublished_is_not_used(client, signed_in, versions_ignored):
    module, _learner = _module_and_learner(signed_in)
    assert client.get(module.url).status_code == 200
    # Unpublished without any signal, as another process's change would look here.
    Page.objects.filter(pk=module.pk).update(live=False)
    assert client.get(module.url).status_code == 404


def test_a_stale_route_never_shows_old_content(client, signed_in, versions_ignored):
    module, _learner = _module_and_learner(signed_in)
    assert "Some learning." in client.get(module.url).content.decode()
    module.title = "Listening to parents, revised"
    module.body = [("rich_text", "<p>New words from the parent co-trainer.</p>")]
    factories.publish(module)
    page = client.get(module.url).content.decode()
    assert "Listening to parents, revised" in page
    assert "New words from the parent co-trainer." in page
    assert "Some learning." not in page


def test_a_moved_page_is_found_at_its_new_address_only(client, signed_in, versions_ignored):
    module, _learner = _module_and_learner(signed_in)
    old_url = module.url
    assert client.get(old_url).status_code == 200
    other_course = factories.course(modules=0)
    module.move(other_course, pos="last-child")
    module.refresh_from_db()
    # Not the cached page: Wagtail's automatic redirect to where it is now.
    moved = client.get(old_url)
    assert moved.status_code == 301 and moved.url == module.url
    assert client.get(module.url).status_code == 200


def test_cached_routes_are_kept_apart_by_language(client, signed_in):
    module, _learner = _module_and_learner(signed_in)
    course = module.get_parent().specific
    factories.translate_to_welsh(course)
    welsh = factories.translate_to_welsh(module, title="Gwrando ar rieni")
    assert client.get(module.url).status_code == 200
    assert client.get(module.url).status_code == 200
    page = client.get(welsh.url).content.decode()
    assert "Gwrando ar rieni" in page
    assert 'lang="cy"' in page


def test_a_page_made_private_is_refused_even_when_its_route_is_cached(client, signed_in):
    module, _learner = _module_and_learner(signed_in)
    assert client.get(module.url).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=module, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Only these people")])
    assert client.get(module.url).status_code == 404


def test_view_restrictions_over_a_page_match_wagtails_own(client):
    course = factories.course(modules=1)
    module = ModulePage.objects.child_of(course).get()
    on_course = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.LOGIN
    )
    on_module = PageViewRestriction.objects.create(
        page=module, restriction_type=PageViewRestriction.LOGIN
    )
    expected = set(Page.get_view_restrictions(module))
    assert set(view_restrictions_over(module)) == expected == {on_course, on_module}
    assert set(view_restrictions_over(course)) == {on_course}
    assert list(view_restrictions_over(factories.catalogue())) == []
    # An alias has the restrictions of the page it is an alias of, as in Wagtail.
    alias = course.create_alias(update_slug="course-alias")
    assert set(view_restrictions_over(alias)) == set(Page.get_view_restrictions(alias))
    assert set(view_restrictions_over(alias)) == {on_course}


def test_a_cached_route_reads_the_restrictions_above_the_page_fresh(rf, versions_ignored):
    course = factories.course(modules=1)
    module = ModulePage.objects.child_of(course).get()
    learner = factories.MembershipFactory().user

    def routed():
        request = rf.get(module.url, HTTP_HOST="localhost")
        request.user = learner
        routing.prime_route(request, module.url.strip("/"))
        return request._wagtail_route_for_request[0]

    routed()  # remembers the route
    assert list(routed().get_view_restrictions()) == []
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.LOGIN
    )
    page = routed()
    assert page.view_restriction_ids == {restriction.pk}, "read with the cached route"
    assert list(page.get_view_restrictions()) == [restriction]


def test_wagtail_still_refuses_a_page_made_private_when_every_cache_is_stale(
    client, signed_in, versions_ignored
):
    module, _learner = _module_and_learner(signed_in)
    assert client.get(module.url).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=module.get_parent(), restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Only these people")])
    refused = client.get(module.url)  # the restriction is read fresh with the cached route
    assert refused.status_code == 302 and module.title not in refused.content.decode()
    assert client.get(refused.url).status_code == 404, "not found, and no sign-in loop"
    client.logout()
    assert client.get(refused.url).url.startswith(reverse("people:sign_in"))


def test_a_cache_entry_that_cannot_be_read_counts_as_missing(client, signed_in, monkeypatch):
    module, _learner = _module_and_learner(signed_in)
    assert client.get(module.url).status_code == 200
    real_get = page_cache.cache.get

    def unreadable(key, *args, **kwargs):
        if key.startswith(("cotrain:route", "cotrain:outline", "cotrain:stream-html")):
            raise AttributeError("Can't get attribute 'OldPage' on <module 'courses.models'>")
        return real_get(key, *args, **kwargs)

    monkeypatch.setattr(page_cache.cache, "get", unreadable)
    assert module.title in client.get(module.url).content.decode()
