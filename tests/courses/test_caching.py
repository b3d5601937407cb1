"""What module pages cache (the module list, text blocks) never shows anything out of date."""

import pytest
from django.contrib.auth.models import Group
from django.test import RequestFactory
from wagtail.models import PageViewRestriction

from courses import progress
from courses.models import ModulePage
from tests import factories

pytestmark = pytest.mark.django_db


def _modules(course):
    return list(ModulePage.objects.child_of(course).order_by("path"))


def _enrolled(signed_in, course):
    learner = factories.MembershipFactory().user
    signed_in(learner)
    progress.enrol(learner, course)
    return learner


def test_a_module_published_since_the_last_visit_is_counted_and_linked(client, signed_in):
    course = factories.course(modules=2)
    _enrolled(signed_in, course)
    first = _modules(course)[0]
    assert "Module 1 of 2" in client.get(first.url).content.decode()
    added = factories.module(course, title="Working with interpreters")
    page = client.get(first.url).content.decode()
    assert "Module 1 of 3" in page
    assert "Working with interpreters" in client.get(course.url).content.decode()
    assert client.get(added.url).status_code == 200


def test_a_module_made_private_leaves_other_learners_lists(client, signed_in):
    course = factories.course(modules=3)
    _enrolled(signed_in, course)
    first, second, _third = _modules(course)
    assert second.title in client.get(first.url).content.decode()  # "Next module"
    restriction = PageViewRestriction.objects.create(
        page=second, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Pilot councils")])
    page = client.get(first.url).content.decode()
    assert "Module 1 of 2" in page
    assert second.title not in page


def test_text_edited_and_published_again_is_shown_at_once(client, signed_in):
    course = factories.course(modules=1, body=factories.every_block_body())
    _enrolled(signed_in, course)
    module = _modules(course)[0]
    assert "First point" in client.get(module.url).content.decode()
    module.body = [
        ("heading", "A new section"),
        ("key_points", {"heading": "Key points", "points": ["A changed point"]}),
        ("rich_text", "<p>Rewritten with the parent co-trainer.</p>"),
    ]
    factories.publish(module)
    page = client.get(module.url).content.decode()
    assert "A new section" in page and "A changed point" in page
    assert "Rewritten with the parent co-trainer." in page
    assert "First point" not in page


def test_cached_text_follows_the_language(client, signed_in):
    # The Welsh module is another page, with its own cache entry; the next test reads one
    # page in both languages, which is what needs the language in the cache key.
    course = factories.course(modules=1, body=[("key_points", {"heading": "", "points": ["X"]})])
    _enrolled(signed_in, course)
    module = _modules(course)[0]
    assert "Key points" in client.get(module.url).content.decode()
    factories.translate_to_welsh(course)
    welsh = factories.translate_to_welsh(module)
    assert "Pwyntiau allweddol" in client.get(welsh.url).content.decode()


def test_a_preview_shows_the_draft_not_the_cached_text(client, signed_in):
    course = factories.course(modules=1)
    _enrolled(signed_in, course)
    module = _modules(course)[0]
    assert "Some learning." in client.get(module.url).content.decode()
    module.body = [("rich_text", "<p>A draft, not yet published.</p>")]
    module.save_revision()
    request = RequestFactory().get("/")
    request.user = factories.editor()
    draft = module.get_latest_revision_as_object()
    preview = draft.make_preview_request(original_request=request).rendered_content
    assert "A draft, not yet published." in preview
    assert "Some learning." not in preview
    assert "Some learning." in client.get(module.url).content.decode()


def test_one_cached_list_of_modules_shows_each_learner_only_what_they_may_see(client, signed_in):
    course = factories.course(modules=3)
    first, second, _third = _modules(course)
    pilots = Group.objects.create(name="Pilot councils")
    restriction = PageViewRestriction.objects.create(
        page=second, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([pilots])
    insider = _enrolled(signed_in, course)
    insider.groups.add(pilots)
    assert "Module 1 of 3" in client.get(first.url).content.decode()  # lists all three
    _enrolled(signed_in, course)  # someone outside the group, reading the same cached list
    page = client.get(first.url).content.decode()
    assert "Module 1 of 2" in page and second.title not in page


def test_one_modules_cached_text_is_kept_apart_per_language(client, signed_in):
    """The same module page (same id, same revision) read in English, then in Welsh.

    With no Welsh home page yet, Wagtail serves the English pages under /cy/ with the Welsh
    interface, so only the language tells the two renderings of the cached text apart.
    """
    course = factories.course(modules=1, body=[("key_points", {"heading": "", "points": ["X"]})])
    _enrolled(signed_in, course)
    module = _modules(course)[0]
    assert not module.get_translations().exists()
    english = client.get(module.url).content.decode()
    assert "Key points" in english and "Pwyntiau allweddol" not in english
    response = client.get("/cy" + module.url)
    assert response.status_code == 200
    welsh = response.content.decode()
    assert '<html lang="cy"' in welsh
    assert "Pwyntiau allweddol" in welsh and "Key points" not in welsh
