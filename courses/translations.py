"""Welsh (and any other) versions of course pages, made with wagtail-localize.

wagtail-localize keeps each translated page's strings in its translation memory and writes
them into the page when asked. These functions answer what Cotrain needs to know about
that (whether a translation still has strings in the source language, and where), and send
a translation through the same review as the English page.
"""

from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from django.utils.text import capfirst
from wagtail_localize.models import StringSegment, Translation


@dataclass(frozen=True)
class Untranslated:
    """Strings of a translation still in the source language, and the fields they are in."""

    count: int
    fields: list[str]  # the fields' labels, in page order
    source_language: str  # the language they are still in, named for the reader


def synced_translation(page) -> Translation | None:
    """The wagtail-localize translation this page is kept in step with, if any.

    None for a page in the source language, and for a translation an editor has stopped
    syncing to edit it by hand (wagtail-localize's "Stop synced translation").
    """
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source__locale")
        .first()
    )


def _field_label(page, field_name) -> str:
    try:
        return str(capfirst(page._meta.get_field(field_name).verbose_name))
    except FieldDoesNotExist:  # a field wagtail-localize knows that the page type has lost
        return field_name


def untranslated(page) -> Untranslated | None:
    """The strings of this page's synced translation that have no translation yet, if any."""
    translation = synced_translation(page)
    if translation is None:
        return None
    missing = list(
        StringSegment.objects.filter(source_id=translation.source_id)
        .annotate_translation(translation.target_locale_id)
        .filter(translation__isnull=True)
        .select_related("context")
        .order_by("order")
    )
    if not missing:
        return None
    fields = list(dict.fromkeys(segment.context.path.split(".")[0] for segment in missing))
    return Untranslated(
        count=len(missing),
        fields=[_field_label(page, name) for name in fields],
        source_language=str(translation.source.locale.get_display_name()),
    )


@transaction.atomic
def submit_for_review(page, translation, user):
    """Write the translated strings into a new draft of the page and send it through the
    "Course review" workflow, as Wagtail's own "Submit for review" does for an English page.

    A review already under way starts again on the new draft; one sent back for changes
    resumes. Returns the page as submitted.
    """
    translation.save_target(user=user, publish=False)
    page = page.specific_class.objects.get(pk=page.pk)
    state = page.current_workflow_state
    if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        if state is not None:
            state.cancel(user=user)
        page.get_workflow().start(page, user)
    return page
