"""The blocks a module is made of.

Each block renders with a template in templates/components/streamfield/. A block that a
learner must do something with before the module counts as complete says so through
``completion_requirement`` (see courses/progress.py): reflections now, quizzes later.
"""

from dataclasses import dataclass
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtailmedia.blocks import AudioChooserBlock, VideoChooserBlock

TEMPLATES = "components/streamfield/"
# Module text has no headings of its own: the Heading block gives the h2s, in the outline.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]

# Blocks that read the same for every learner and hold all they show, so their HTML can be
# cached with the module's revision (cotrain_course_tags.module_body). Not media (their
# own permission checks) or reflections (the learner's text). A block that points at other
# content with a life of its own (a testimony, whose consent is checked as it renders) must
# never be in this set.
SAME_FOR_EVERY_LEARNER = frozenset({"heading", "rich_text", "key_points", "case_study"})


@dataclass(frozen=True)
class Requirement:
    """Something a learner must do in a module before it counts as complete."""

    kind: str  # which checker in courses/progress.py decides whether it is met
    block_id: str
    label: str


class HeadingBlock(blocks.CharBlock):
    class Meta:
        template = TEMPLATES + "heading.html"
        icon = "title"
        label = _("Heading")
        form_classname = "title"
        help_text = _("A section heading. Keep it short: it appears in the page's outline.")


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


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who cannot see it. "
            "Never include a child's or family's identifying details."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)

    class Meta:
        template = TEMPLATES + "image.html"
        icon = "image"
        label = _("Image")


def _is_captions_file(document) -> bool:
    return PurePosixPath(document.file.name).suffix.lower() == ".vtt"


class _RecordingBlock(blocks.StructBlock):
    """Audio or video: never plays by itself, always with captions or a transcript."""

    title = blocks.CharBlock(
        label=_("Title"), max_length=120, help_text=_("Says what the recording is.")
    )
    captions = DocumentChooserBlock(
        label=_("Captions file (WebVTT)"),
        required=False,
        help_text=_("A .vtt file with the words spoken and other sounds, timed to the recording."),
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=["bold", "italic", "ol", "ul"],
        required=False,
        help_text=_("Everything said and shown, as text."),
    )
    # Which of captions and transcript must be there before the module can be published.
    needs: tuple[str, ...] = ()

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        captions = value.get("captions")
        if captions and not _is_captions_file(captions):
            errors["captions"] = ValidationError(_("Choose a WebVTT file: its name ends in .vtt."))
        # Checked on every save, drafts too, so that no revision without them can be
        # published by any route (a workflow approval publishes the latest revision).
        if "captions" in self.needs and not captions:
            errors["captions"] = ValidationError(
                _("Add a captions file before you publish: people who cannot hear need it.")
            )
        if "transcript" in self.needs and not value.get("transcript"):
            errors["transcript"] = ValidationError(
                _("Add a transcript before you publish: people who cannot hear need it.")
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class VideoBlock(_RecordingBlock):
    video = VideoChooserBlock(label=_("Video"))
    needs = ("captions",)

    class Meta:
        template = TEMPLATES + "video.html"
        icon = "media"
        label = _("Video")
        help_text = _("A video with a captions file. It never plays until the learner starts it.")


class AudioBlock(_RecordingBlock):
    audio = AudioChooserBlock(label=_("Audio"))
    needs = ("transcript",)

    class Meta:
        template = TEMPLATES + "audio.html"
        icon = "media"
        label = _("Audio")
        help_text = _("A recording with a transcript. It never plays until the learner starts it.")


class ResourceBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        max_length=120,
        required=False,
        help_text=_("Leave blank to use the document's title."),
    )
    description = blocks.CharBlock(label=_("Description"), max_length=250, required=False)

    class Meta:
        template = TEMPLATES + "resource.html"
        icon = "doc-full"
        label = _("Downloadable resource")


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

    def completion_requirement(self, value, block_id) -> Requirement:
        return Requirement(kind="reflection", block_id=block_id, label=value["prompt"])


class CaseStudyTeaserBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    summary = blocks.TextBlock(
        label=_("Summary"), max_length=400, help_text=_("One or two sentences, shown first.")
    )
    body = blocks.RichTextBlock(
        label=_("Full case study"),
        features=RICH_TEXT_FEATURES,
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


class ModuleBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    rich_text = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template=TEMPLATES + "rich_text.html"
    )
    key_points = KeyPointsBlock()
    image = ImageBlock()
    video = VideoBlock()
    audio = AudioBlock()
    resource = ResourceBlock()
    reflection = ReflectionBlock()
    case_study = CaseStudyTeaserBlock()
    # Testimonies (with consent checked at render time) and quizzes arrive in their own apps.


def requirements_of(body) -> list[Requirement]:
    """What a learner must do in this module body, in page order."""
    found = []
    for child in body:
        requirement = getattr(child.block, "completion_requirement", None)
        if requirement is not None:
            found.append(requirement(child.value, child.id))
    return found
