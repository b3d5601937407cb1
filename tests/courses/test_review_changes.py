"""After a resubmission the reviewer sees what changed and their earlier comments; past
reviews stay listed (item 11)."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from courses.models import CourseCoTrainer, ModulePage
from courses.setup import ensure_course_workflow
from tests import factories

pytestmark = pytest.mark.django_db


def _soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def _text(element):
    return " ".join(element.get_text().split())


def _module_in_review(co_trainer, editor):
    course = factories.course(modules=0, title="Plain words")
    course.co_trainers.add(CourseCoTrainer(person=co_trainer))
    course.save_revision()
    module = factories.module(
        course,
        title="Letters",
        body=[
            ("heading", "Before you write"),
            ("rich_text", "<p>Use old words.</p>"),
            factories.reflection("What will you change?"),
        ],
    )
    ensure_course_workflow()
    module.title = "Letters to families"
    module.save_revision(user=editor)
    module.get_workflow().start(module, editor)
    return ModulePage.objects.get(pk=module.pk)


def test_after_changes_are_asked_for_the_reviewer_sees_what_changed_and_what_they_said(
    client, signed_in
):
    co_trainer, editor = factories.co_trainer(), factories.editor()
    module = _module_in_review(co_trainer, editor)
    first = module.current_workflow_task_state
    signed_in(co_trainer)
    first_page = _soup(client.get(reverse("courses:review_detail", args=[first.pk])))
    assert not first_page.select(".cotrain-changes"), "nothing to compare on a first review"
    client.post(
        reverse("courses:review_detail", args=[first.pk]),
        {"decision": "reject", "comment": "Say it in plain words."},
    )

    # The editor changes the text, removes the heading, adds key points, and resubmits.
    draft = ModulePage.objects.get(pk=module.pk).get_latest_revision_as_object()
    heading, text, reflection = list(draft.body)
    draft.title = "Writing to families"
    draft.body = [
        ("rich_text", "<p>Use plain words.</p>"),
        ("key_points", {"heading": "Remember", "points": ["Short sentences"]}),
        (reflection.block_type, reflection.value),
    ]
    draft.body[0].id, draft.body[2].id = text.id, reflection.id
    draft.save_revision(user=editor)
    ModulePage.objects.get(pk=module.pk).current_workflow_state.resume(editor)
    second = ModulePage.objects.get(pk=module.pk).current_workflow_task_state
    assert second.pk != first.pk

    soup = _soup(client.get(reverse("courses:review_detail", args=[second.pk])))
    changes = soup.select_one(".cotrain-changes")
    assert changes.select_one("h2").get_text(strip=True) == "What changed since your last review"
    fields = {
        change.select_one("h3").get_text(strip=True): change
        for change in changes.select(".cotrain-change")
    }
    assert set(fields) == {"Title", "Body"}
    title = fields["Title"]
    assert _text(title.select_one("p")) == "Removed: Letters Added: Writing to families"
    assert [_text(d) for d in title.select("del")] == ["Removed: Letters"]
    assert [_text(i) for i in title.select("ins")] == ["Added: Writing"]
    blocks = [_text(block) for block in fields["Body"].select(".cotrain-change__block")]
    assert blocks == [
        "Heading (removed) Removed: Before you write",
        "Text (changed) Use Removed: old Added: plain words.",
        "Key points (added) Added: Remember Short sentences",
    ]
    earlier = soup.select_one(".cotrain-earlier-reviews")
    assert "You asked for changes on" in _text(earlier)
    assert "Say it in plain words." in _text(earlier)


def test_past_reviews_stay_listed_with_decision_date_and_comment(client, signed_in):
    co_trainer, other, editor = factories.co_trainer(), factories.co_trainer(), factories.editor()
    approved = _module_in_review(co_trainer, editor)
    state = approved.current_workflow_task_state
    state.task.specific.on_action(state, co_trainer, "approve", comment="Reads well.")
    rejected = _module_in_review(co_trainer, editor)
    state = rejected.current_workflow_task_state
    state.task.specific.on_action(state, co_trainer, "reject", comment="Too long.")
    someone_elses = _module_in_review(other, editor)
    state = someone_elses.current_workflow_task_state
    state.task.specific.on_action(state, other, "approve", comment="Not yours.")

    signed_in(co_trainer)
    soup = _soup(client.get(reverse("courses:review_list")))
    assert "Nothing is waiting for your review." in soup.get_text()
    past = soup.select(".cotrain-past-reviews li")
    today = timezone.localdate().strftime("%-d %B %Y")
    assert [_text(item) for item in past] == [
        f"Letters to families A module in Plain words. You asked for changes on {today}. "
        "Your comment: “Too long.”",
        f"Letters to families A module in Plain words. You approved it on {today}. "
        "Your comment: “Reads well.”",
    ]
