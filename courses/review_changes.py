"""What changed in a course page between the version a reviewer last saw and the one now
waiting for them: field by field, and block by block in its StreamFields.

Built on Wagtail's own comparison helpers (wagtail.admin.compare, as the admin's "Compare"
uses them): blocks are matched by their ids, and text is compared word by word. The result
is plain data, so the review screen draws it in GOV.UK style, with words removed and added
marked for screen readers as well as by colour.
"""

from dataclasses import dataclass, field

from django.utils.encoding import force_str
from django.utils.text import capfirst
from django.utils.translation import pgettext
from wagtail import blocks
from wagtail.admin.compare import StreamBlockComparison, diff_text
from wagtail.fields import StreamField
from wagtail.rich_text import RichText, get_text_for_indexing


@dataclass
class BlockChange:
    label: str
    status: str  # "added", "removed" or "changed"
    parts: list[tuple[str, str]]  # ("equal" | "addition" | "deletion", text)


@dataclass
class FieldChange:
    label: str
    parts: list[tuple[str, str]] = field(default_factory=list)  # for a field of text
    blocks: list[BlockChange] = field(default_factory=list)  # for a StreamField


def reviewed_fields(page) -> list:
    """The fields a reviewer reads: the title, then the page type's own fields, in order."""
    own = [
        model_field
        for model_field in type(page)._meta.get_fields(include_parents=False)
        if model_field.concrete and not model_field.is_relation and not model_field.primary_key
    ]
    return [page._meta.get_field("title"), *own]


def changes_between(before, after) -> list[FieldChange]:
    """Each reviewed field that differs between two versions of a page."""
    changes = []
    for model_field in reviewed_fields(after):
        old, new = model_field.value_from_object(before), model_field.value_from_object(after)
        label = str(capfirst(model_field.verbose_name))
        if isinstance(model_field, StreamField):
            block_changes = _block_changes(model_field.stream_block, old, new)
            if block_changes:
                changes.append(FieldChange(label, blocks=block_changes))
        elif _display(model_field, old) != _display(model_field, new):
            parts = diff_text(_display(model_field, old), _display(model_field, new)).changes
            changes.append(FieldChange(label, parts=parts))
    return changes


def _block_changes(stream_block, old, new) -> list[BlockChange]:
    comparison = StreamBlockComparison(stream_block, True, True, old, new)
    changes = []
    for block in comparison.get_block_comparisons():
        label = str(capfirst(block.block.label))
        if block.is_new():
            changes.append(
                BlockChange(label, "added", [("addition", plain_text(block.block, block.val_b))])
            )
        elif block.is_deleted():
            changes.append(
                BlockChange(label, "removed", [("deletion", plain_text(block.block, block.val_a))])
            )
        elif block.has_changed():
            before, after = (
                plain_text(block.block, block.val_a),
                plain_text(block.block, block.val_b),
            )
            changes.append(BlockChange(label, "changed", diff_text(before, after).changes))
    return changes


def plain_text(block, value) -> str:
    """The words a block shows, without its markup or field names."""
    if value is None:
        return ""
    if isinstance(block, blocks.StructBlock):
        return " ".join(
            filter(
                None,
                (plain_text(child, value.get(name)) for name, child in block.child_blocks.items()),
            )
        )
    if isinstance(block, blocks.ListBlock):
        return " ".join(filter(None, (plain_text(block.child_block, item) for item in value)))
    if isinstance(block, blocks.StreamBlock):
        return " ".join(filter(None, (plain_text(child.block, child.value) for child in value)))
    if isinstance(value, RichText):
        return get_text_for_indexing(value.source)
    return force_str(value)


def _display(model_field, value) -> str:
    """A field's value as the reviewer would read it."""
    if isinstance(value, bool):
        return (
            pgettext("a yes or no field", "Yes") if value else pgettext("a yes or no field", "No")
        )
    if isinstance(value, list | tuple):
        labels = dict(getattr(model_field.formfield(), "choices", []))
        return ", ".join(force_str(labels.get(item, item)) for item in value)
    return "" if value is None else force_str(value)
