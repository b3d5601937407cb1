"""Nothing publishes empty or half-translated, whatever the route (courses/publishing.py).

Each route that can publish a page is tried: code (Revision.publish), the admin's Publish,
bulk publishing, the workflow's final approval (directly, from the dashboard and from the
edit screen), wagtail-localize's translation editor and its "Update translations".
"""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Locale, TaskState
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import TranslationSource

from courses.models import CourseCoTrainer, CoursePage, ModulePage
from courses.setup import ensure_course_workflow
from tests import factories
from training.core import page_builder
from training.core.publishing import PublishRefused

pytestmark = pytest.mark.django_db

NO_MODULES = "it has no live modules in English"


def _messages(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def _half_translated_module():
    """An English course and module; the module's Welsh draft has only its title in Welsh."""
    course = factories.course(modules=0, title="Plain words")
    module = factories.module(
        course, title="Letters", summary="Write letters families can read.", body=None
    )
    factories.translate_to_welsh(course, title="Geiriau plaen")
    welsh = factories.translate_to_welsh(
        module, publish=False, only_fields={"title", "slug"}, title="Llythyrau"
    )
    return module, welsh


def test_a_course_with_no_live_modules_is_not_published_and_says_why():
    course = factories.course(modules=0, title="Empty so far")
    with pytest.raises(PublishRefused) as refused:
        course.save_revision().publish()
    assert refused.value.reasons == [
        "“Empty so far” cannot be published yet: it has no live modules in English. "
        "Publish at least one of its modules first."
    ]
    course.refresh_from_db()
    assert not course.live

    factories.module(course)  # the first module goes live, and the course can follow
    course.refresh_from_db()
    assert course.live


def test_a_half_translated_page_is_not_published_and_says_which_fields_are_in_english():
    _module, welsh = _half_translated_module()
    with pytest.raises(PublishRefused) as refused:
        welsh.get_latest_revision().publish()
    assert refused.value.reasons == [
        "“Llythyrau” cannot be published yet: 2 strings are still in English, in Summary, "
        "Body. Translate them first."
    ]
    welsh.refresh_from_db()
    assert not welsh.live


def test_a_welsh_course_needs_a_live_welsh_module():
    course = factories.course(modules=1, title="Plain words")
    welsh_course = factories.translate_to_welsh(course, title="Geiriau plaen")
    assert not welsh_course.live, "a Welsh course waits for its modules"
    with pytest.raises(PublishRefused) as refused:
        welsh_course.get_latest_revision().publish()
    assert refused.value.reasons == [
        "“Geiriau plaen” cannot be published yet: it has no live modules in Welsh. "
        "Publish at least one of its modules first."
    ]


def test_the_admins_publish_button_is_refused_with_the_reason(client, signed_in):
    admin = factories.platform_admin()
    course = factories.course(modules=0, title="Empty so far", slug="empty-so-far")
    signed_in(admin)
    form = nested_form_data(
        {
            "title": "Empty so far",
            "slug": "empty-so-far",
            "summary": "Nothing yet.",
            "learning_outcomes": streamfield([("outcome", "Explain something")]),
            "estimated_minutes": "60",
            "cpd_hours": "1",
            "co_trainers-TOTAL_FORMS": "0",
            "co_trainers-INITIAL_FORMS": "0",
            "co_trainers-MIN_NUM_FORMS": "0",
            "co_trainers-MAX_NUM_FORMS": "1000",
            "action-publish": "publish",
        }
    )
    edit_url = reverse("wagtailadmin_pages:edit", args=[course.pk])
    response = client.post(edit_url, form)
    assert response.status_code == 302 and response["Location"] == edit_url
    assert any(NO_MODULES in message for message in _messages(response))
    course.refresh_from_db()
    assert not course.live


def _waiting_for_the_last_approval(page, editor):
    """The page through the parents' step, waiting for the editors' approval."""
    co_trainer = factories.co_trainer()
    CourseCoTrainer.objects.create(page=page.course, person=co_trainer)
    ensure_course_workflow()
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    state = page.current_workflow_task_state
    state.task.specific.on_action(state, co_trainer, "approve")
    page.refresh_from_db()
    return page.current_workflow_task_state


def test_the_final_approval_is_refused_and_undone_when_the_page_cannot_go_live():
    editor = factories.editor()
    course = factories.course(modules=0, title="Empty so far")
    editors_step = _waiting_for_the_last_approval(course, editor)
    with pytest.raises(PublishRefused):
        editors_step.task.specific.on_action(editors_step, editor, "approve")
    editors_step.refresh_from_db()
    assert editors_step.status == TaskState.STATUS_IN_PROGRESS, "the approval is rolled back"
    course.refresh_from_db()
    assert not course.live and course.current_workflow_state.status == "in_progress"


def test_approving_from_the_dashboard_shows_the_reason_and_leaves_it_waiting(client, signed_in):
    editor = factories.editor()
    course = factories.course(modules=0, title="Empty so far")
    editors_step = _waiting_for_the_last_approval(course, editor)
    signed_in(editor)
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[course.pk, "approve", editors_step.pk]
    )
    response = client.post(url, {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"})
    edit_url = reverse("wagtailadmin_pages:edit", args=[course.pk])
    assert response.json() == {"step": "success", "redirect": edit_url}
    assert any(NO_MODULES in message for message in _messages(response))
    editors_step.refresh_from_db()
    assert editors_step.status == TaskState.STATUS_IN_PROGRESS


def test_approving_without_a_comment_shows_the_reason(client, signed_in):
    editor = factories.editor()
    module, welsh = _half_translated_module()
    editors_step = _waiting_for_the_last_approval(welsh, editor)
    signed_in(editor)
    url = reverse("wagtailadmin_pages:workflow_action", args=[welsh.pk, "approve", editors_step.pk])
    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[welsh.pk])
    assert any("2 strings are still in English" in m for m in _messages(response))
    welsh.refresh_from_db()
    assert not welsh.live and module.live


def test_the_translation_editors_publish_is_refused_for_a_half_translated_page(client, signed_in):
    _module, welsh = _half_translated_module()
    signed_in(factories.platform_admin())
    edit_url = reverse("wagtailadmin_pages:edit", args=[welsh.pk])
    response = client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302 and response["Location"] == edit_url
    assert any("2 strings are still in English, in Summary, Body" in m for m in _messages(response))
    welsh.refresh_from_db()
    assert not welsh.live


# wagtail-localize publishes once its transaction commits: these two need real commits.
@pytest.mark.django_db(transaction=True)
def test_update_translations_and_publish_is_refused_for_a_half_translated_page(client, signed_in):
    module, welsh = _half_translated_module()
    signed_in(factories.platform_admin())
    source = TranslationSource.objects.get(object_id=module.translation_key)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[welsh.pk])
    assert any("2 strings are still in English" in m for m in _messages(response))
    welsh.refresh_from_db()
    assert not welsh.live


@pytest.mark.django_db(transaction=True)
def test_an_editor_cannot_publish_a_translation_through_update_translations(client, signed_in):
    course = factories.course(modules=1, title="Plain words")
    module = ModulePage.objects.child_of(course).get()
    factories.translate_to_welsh(course, title="Geiriau plaen")
    welsh = factories.translate_to_welsh(module, publish=False, title="Llythyrau")
    signed_in(factories.editor())
    source = TranslationSource.objects.get(object_id=module.translation_key)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 302
    assert any("submit it for review" in m for m in _messages(response)), _messages(response)
    welsh.refresh_from_db()
    assert not welsh.live


def test_bulk_publishing_refuses_every_page_if_one_cannot_go_live(client, signed_in):
    ready = factories.course(modules=1, title="Ready")
    ready.title = "Ready, changed"
    ready.save_revision()
    empty = factories.course(modules=0, title="Empty so far")
    signed_in(factories.platform_admin())
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    response = client.post(f"{url}?id={ready.pk}&id={empty.pk}", {"include_descendants": ""})
    assert response.status_code == 302
    assert any(NO_MODULES in m for m in _messages(response))
    ready.refresh_from_db()
    empty.refresh_from_db()
    assert ready.title == "Ready" and not empty.live, "all or nothing"


@pytest.mark.django_db(transaction=True)  # wagtail-localize would publish on commit
def test_translating_a_live_course_and_its_modules_makes_drafts(client, signed_in):
    course = factories.course(modules=2, title="Plain words")
    signed_in(factories.editor())
    welsh = Locale.objects.get(language_code="cy")
    factories.translate_to_welsh(course.get_parent().specific)
    url = reverse("wagtail_localize:submit_page_translation", args=[course.pk])
    response = client.post(url, {"locales": [welsh.pk], "include_subtree": "on"})
    assert response.status_code == 302
    translated = CoursePage.objects.get(translation_key=course.translation_key, locale=welsh)
    modules = ModulePage.objects.child_of(translated)
    assert modules.count() == 2
    assert not translated.live and not modules.filter(live=True).exists(), (
        "nothing goes live in English text"
    )


def test_page_builder_cannot_publish_a_course_before_its_modules():
    course = page_builder.add_page(
        factories.catalogue(),
        CoursePage(
            title="Built in code",
            slug="built",
            summary="S",
            learning_outcomes=[("outcome", "O")],
        ),
        publish_it=False,
    )
    with pytest.raises(PublishRefused):
        page_builder.publish(course)
