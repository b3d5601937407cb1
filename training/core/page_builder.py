"""Adding and translating pages in code, as an editor would in the admin.

The one way the tests, the demo and the benchmark build pages, so all three get pages
with revisions, published the same way, and translations made through wagtail-localize.
"""

from django.contrib.auth.models import Group
from wagtail.fields import StreamField
from wagtail.models import PageViewRestriction
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def publish(page, user=None):
    """Publish the page as it is now, through a new revision."""
    page.save_revision(user=user).publish()
    page.refresh_from_db()
    return page


def add_page(parent, page, user=None, *, publish_it=True):
    """Add ``page`` below ``parent`` and publish it, or keep it as a draft (a course is
    published once it has modules)."""
    if publish_it:
        return publish(parent.add_child(instance=page), user)
    page.live = False
    parent.add_child(instance=page)
    page.save_revision(user=user)
    page.refresh_from_db()
    return page


def child(parent, model, slug, *, publish_it=True, **fields):
    """The parent's child page of this type and slug, added (and published, unless
    ``publish_it`` is False) if missing, so a builder can run again and change nothing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    return existing or add_page(parent, model(slug=slug, **fields), publish_it=publish_it)


def publish_draft(page, user=None):
    """Publish the page's latest draft as it was saved, if it has never been published."""
    if page.first_published_at is None and not page.live:
        page.get_latest_revision().publish(user=user)
    page.refresh_from_db()
    return page


def make_private(page, *group_names):
    """Only members of these groups may see the page (Wagtail's "Privacy" setting)."""
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get_or_create(name=name)[0] for name in group_names])
    return restriction


def _strings(instance):
    # An unsaved instance's blocks have no ids yet: preparing the value gives them some.
    for field in instance._meta.get_fields():
        if isinstance(field, StreamField):
            getattr(instance, field.name).get_prep_value()
    return [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]


def translate(page, translated_instance, locale, *, publish_it=True, only_fields=None):
    """Publish the translation of ``page`` into ``locale``, its text taken from
    ``translated_instance``: an unsaved page of the same shape (the same blocks, in the
    same order), so their strings pair up in order. Made through wagtail-localize, as an
    editor would, so editors can keep it up to date in the translation editor.

    With ``publish_it`` False it stays a draft. With ``only_fields``, only the strings of
    those fields are translated: the others are left in the source language, as in a
    translation an editor has not finished."""
    source_strings, translated_strings = _strings(page), _strings(translated_instance)
    if len(source_strings) != len(translated_strings):
        raise ValueError(
            f"The translation of “{page.title}” does not match it in shape: "
            f"{[s.path for s in source_strings]} against {[s.path for s in translated_strings]}"
        )
    translation_of = {
        (source.path, source.string.data): target.string.data
        for source, target in zip(source_strings, translated_strings, strict=True)
    }
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    for entry in po:
        field = entry.msgctxt.split(".")[0]
        if only_fields is None or field in only_fields:
            entry.msgstr = translation_of.get((entry.msgctxt, entry.msgid), "")
        else:
            entry.msgstr = ""
    translation.import_po(po)
    # wagtail-localize publishes only once the transaction commits; publish now instead.
    translation.save_target(publish=False)
    translated = page.get_translation(locale)
    if publish_it:
        translated.get_latest_revision().publish()
    translated.refresh_from_db()
    return translated
