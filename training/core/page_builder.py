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


def add_page(parent, page, user=None):
    """Add ``page`` below ``parent`` and publish it."""
    return publish(parent.add_child(instance=page), user)


def child(parent, model, slug, **fields):
    """The parent's child page of this type and slug, added and published if missing, so a
    builder can run again and change nothing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    return existing or add_page(parent, model(slug=slug, **fields))


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


def translate(page, translated_instance, locale):
    """Publish the translation of ``page`` into ``locale``, its text taken from
    ``translated_instance``: an unsaved page of the same shape (the same blocks, in the
    same order), so their strings pair up in order. Made through wagtail-localize, as an
    editor would, so editors can keep it up to date in the translation editor."""
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
        entry.msgstr = translation_of.get((entry.msgctxt, entry.msgid), "")
    translation.import_po(po)
    # wagtail-localize publishes only once the transaction commits; publish now instead.
    translation.save_target(publish=False)
    translated = page.get_translation(locale)
    translated.get_latest_revision().publish()
    translated.refresh_from_db()
    return translated
