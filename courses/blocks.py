"""The blocks a module is made of: core's primitives, with key points, case studies and
reflections.

A block that a learner must do something with before the module counts as complete says
so through ``completion_requirement`` (training/core/requirements.py). Whether a block's
HTML may be cached is its own declaration (training/core/blocks/cacheability.py).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from training.core.blocks import (
    TEMPLATES,
    AudioBlock,
    DocumentBlock,
    HeadingBlock,
    ImageBlock,
    RichTextBlock,
    VideoBlock,
)
from training.core.requirements import Requirement

# The kind of requirement a reflection sets: answering it (its checker: reflections.py).
REFLECTION_ANSWERED = "reflection"


class KeyPointsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), default=_("Key points"), max_length=80, required=False
    )
    points = blocks.ListBlock(
        blocks.CharBlock(max_length=300), label=_("Points"), min_num=1, max_num=8
    )

    class Meta:
        template = TEMPLATES + "key_points.html"
        icon = "list-ul"
        label = _("Key points")
        help_text = _("A short list of the points to remember, shown in a box.")
        cacheable = True


class ReflectionBlock(blocks.StructBlock):
    prompt = blocks.CharBlock(
        label=_("Question"),
        max_length=300,
        help_text=_(
            "A question the learner answers in their own words. Only they can see their answer."
        ),
    )

    class Meta:
        template = TEMPLATES + "reflection.html"
        icon = "edit"
        label = _("Reflection")
        help_text = _("Learners must answer it before they can complete the module.")
        cacheable = False  # shows the learner's own answer

    def completion_requirement(self, value, block_id) -> Requirement:
        return Requirement(kind=REFLECTION_ANSWERED, block_id=block_id, label=value["prompt"])


class CaseStudyTeaserBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    summary = blocks.TextBlock(
        label=_("Summary"), max_length=400, help_text=_("One or two sentences, shown first.")
    )
    body = RichTextBlock(
        label=_("Full case study"),
        required=False,
        help_text=_("Shown when the learner opens the case study."),
    )
    source = blocks.CharBlock(
        label=_("Where it comes from"),
        max_length=200,
        required=False,
        help_text=_("For example: “A composite of several families' experiences.”"),
    )

    class Meta:
        template = TEMPLATES + "case_study_teaser.html"
        icon = "openquote"
        label = _("Case study")
        cacheable = True


class ModuleBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    rich_text = RichTextBlock()
    key_points = KeyPointsBlock()
    image = ImageBlock()
    video = VideoBlock()
    audio = AudioBlock()
    resource = DocumentBlock()
    reflection = ReflectionBlock()
    case_study = CaseStudyTeaserBlock()
    # Testimonies (consent checked as they render) and quizzes arrive in their own apps.
