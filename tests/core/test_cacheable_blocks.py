"""A block's HTML is cached only when it, and everything that can be nested in it, says
it may be (training/core/blocks/cacheability.py); the system check refuses a promise
that cannot be kept."""

from django.core import checks
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from courses.blocks import CaseStudyTeaserBlock, KeyPointsBlock, ModuleBodyBlock, ReflectionBlock
from training.core.blocks import HeadingBlock, ImageBlock, RichTextBlock, VideoBlock, is_cacheable
from training.core.checks import (
    cacheability_errors,
    cacheable_blocks_contain_only_cacheable_blocks,
)


class ViewerBlock(blocks.StructBlock):
    """Stands for a testimony or a quiz: shows something that depends on the viewer."""

    text = blocks.CharBlock()

    class Meta:
        cacheable = False


class Holder(blocks.StructBlock):
    inner = ViewerBlock()

    class Meta:
        cacheable = True


class PromisingBlock(blocks.StructBlock):
    """Says it may be cached, but holds a block that may not, two levels down."""

    title = blocks.CharBlock()
    items = blocks.ListBlock(Holder())

    class Meta:
        cacheable = True


def test_text_blocks_are_cacheable_and_blocks_with_files_or_viewers_are_not():
    for block in (HeadingBlock(), RichTextBlock(), KeyPointsBlock(), CaseStudyTeaserBlock()):
        assert is_cacheable(block), type(block).__name__
    for block in (ReflectionBlock(), ImageBlock(), VideoBlock(), ViewerBlock()):
        assert not is_cacheable(block), type(block).__name__


def test_a_block_class_must_say_for_itself():
    class Greeting(blocks.CharBlock):  # might show the viewer's name: not cacheable unless said
        pass

    class DatedHeading(HeadingBlock):  # might show today's date: a parent's word is not enough
        class Meta:
            icon = "date"

    class SaidAgain(HeadingBlock):
        class Meta:
            cacheable = True

    assert is_cacheable(blocks.CharBlock())
    assert not is_cacheable(Greeting())
    assert not is_cacheable(DatedHeading()) and not is_cacheable(
        type("Bare", (HeadingBlock,), {})()
    )
    assert is_cacheable(SaidAgain())
    assert not is_cacheable(blocks.RichTextBlock()), "its default features embed images"
    assert not is_cacheable(ImageChooserBlock())
    assert not is_cacheable(blocks.StructBlock([("title", blocks.CharBlock())]))


def test_nested_blocks_are_checked_through_lists_structs_and_streams():
    assert not is_cacheable(PromisingBlock())
    stream = blocks.StreamBlock([("promise", PromisingBlock())])
    assert not is_cacheable(stream)
    assert not is_cacheable(blocks.ListBlock(ViewerBlock()))


def test_the_system_check_refuses_a_cacheable_block_that_holds_one_that_is_not():
    errors = cacheability_errors(blocks.StreamBlock([("promise", PromisingBlock())]), "body")
    assert {error.id for error in errors} == {"cotrain.E001"}
    assert {error.level for error in errors} == {checks.ERROR}
    # Both blocks that promised: the outer one, and the one that holds the viewer's block.
    assert [error.msg for error in errors] == [
        "body.promise is marked cacheable, but can contain body.promise.items.item.inner "
        "(ViewerBlock), which is not.",
        "body.promise.items.item is marked cacheable, but can contain "
        "body.promise.items.item.inner (ViewerBlock), which is not.",
    ]


def test_the_system_check_passes_for_every_model_of_the_project():
    assert cacheable_blocks_contain_only_cacheable_blocks() == []
    assert "cotrain.E001" not in {message.id for message in checks.run_checks()}


def test_the_module_body_caches_exactly_its_text_blocks():
    body = ModuleBodyBlock()
    cacheable = {name for name, block in body.child_blocks.items() if is_cacheable(block)}
    assert cacheable == {"heading", "rich_text", "key_points", "case_study"}
