"""Whether a block's HTML may be cached and shown to everyone: the block says so.

A block is cacheable only when its own class says it may be (``cacheable = True`` in the
Meta of that very class: a subclass does not inherit it, since it may render differently)
and every block that can be nested inside it is cacheable too. Blocks that depend on who
is looking or on the time (a reflection, a testimony whose consent is checked as it is
shown, a quiz) never say so, and neither does a block that points at content with a life
of its own (an image, a document, a recording): their HTML is rendered on every request.
A system check (training/core/checks.py) refuses a block marked cacheable that can
contain one that is not. See docs/page-cache.md.
"""

from collections.abc import Iterator

from wagtail import blocks

# Wagtail's own blocks that hold everything they show. Exact classes only: a subclass
# says for itself, in its Meta, whether it may be cached. Not RichTextBlock: with its
# default features it can embed images, whose files have lives of their own (core's
# RichTextBlock, whose features cannot, says it may).
_PLAIN_VALUE_BLOCKS = frozenset(
    {
        blocks.CharBlock,
        blocks.TextBlock,
        blocks.EmailBlock,
        blocks.URLBlock,
        blocks.IntegerBlock,
        blocks.FloatBlock,
        blocks.DecimalBlock,
        blocks.BooleanBlock,
        blocks.DateBlock,
        blocks.TimeBlock,
        blocks.DateTimeBlock,
        blocks.ChoiceBlock,
        blocks.MultipleChoiceBlock,
        blocks.RegexBlock,
        blocks.BlockQuoteBlock,
        blocks.StaticBlock,
        blocks.ListBlock,  # a list of its child, which is checked in turn
    }
)


def declared(block_class):
    """``cacheable`` as the Meta of this very class declares it (None if it says nothing).
    Wagtail merges a block's Meta with its parents'; the class's own comes first."""
    merged = block_class._meta_class.__bases__
    parents = {getattr(base, "_meta_class", None) for base in block_class.__bases__}
    if not merged or merged[0] in parents:  # the class has no Meta of its own
        return None
    return vars(merged[0]).get("cacheable")


def says_cacheable(block) -> bool:
    """What the block's own class says, before looking inside it."""
    said = declared(type(block))
    if said is not None:
        return bool(said)
    return type(block) in _PLAIN_VALUE_BLOCKS


def children(block) -> list:
    """The blocks directly inside a struct, list or stream block."""
    if isinstance(block, blocks.ListBlock):
        return [block.child_block]
    return list(getattr(block, "child_blocks", {}).values())


def is_cacheable(block) -> bool:
    """Whether this block's HTML may be cached and shared: it says so, and so does every
    block that can be nested in it, however deep."""
    return says_cacheable(block) and all(is_cacheable(child) for child in children(block))


def broken_promises(block, path: str = "") -> Iterator[tuple[str, str]]:
    """(path of a block whose Meta marks it cacheable, path of the first block inside it
    that is not), for every such block under this one: what the system check reports."""
    path = path or block.name or type(block).__name__
    inside = [(f"{path}.{child.name or 'item'}", child) for child in children(block)]
    if declared(type(block)) is True:
        for child_path, child in inside:
            if not is_cacheable(child):
                yield path, _first_uncacheable(child, child_path)
    for child_path, child in inside:
        yield from broken_promises(child, child_path)


def _first_uncacheable(block, path):
    if not says_cacheable(block):
        return f"{path} ({type(block).__name__})"
    for child in children(block):
        if not is_cacheable(child):
            return _first_uncacheable(child, f"{path}.{child.name or 'item'}")
    return path
