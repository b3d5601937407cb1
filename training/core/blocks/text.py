"""Text blocks: hold everything they show, so their HTML may be cached."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

TEMPLATES = "components/streamfield/"
# Body text has no headings of its own: the Heading block gives the h2s, in the outline.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        template = TEMPLATES + "heading.html"
        icon = "title"
        label = _("Heading")
        form_classname = "title"
        help_text = _("A section heading. Keep it short: it appears in the page's outline.")
        cacheable = True


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, features=None, **kwargs):
        kwargs.setdefault("label", _("Text"))
        super().__init__(features=features or RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        template = TEMPLATES + "rich_text.html"
        icon = "pilcrow"
        cacheable = True
