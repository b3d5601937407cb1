"""Blocks that show files: images, recordings and documents.

None of them may be cached: each points at a file with a life of its own, and recordings
are served only through protected media (training/core/protected_media.py), which asks
the object that uses them who may see them.
"""

from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtailmedia.blocks import AudioChooserBlock, VideoChooserBlock

from .text import TEMPLATES

CAPTIONS = "captions"
RECORDING = "file"


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


def is_captions_file(document) -> bool:
    return PurePosixPath(document.file.name).suffix.lower() == ".vtt"


class RecordingBlock(blocks.StructBlock):
    """Audio or video: never plays by itself, always with captions or a transcript.

    Its files are protected: ``protected_files`` names them for protected media."""

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
    recording_field = ""  # the child block that holds the recording itself
    # Which of captions and transcript must be there before the page can be saved.
    needs: tuple[str, ...] = ()

    def protected_files(self, value) -> dict:
        """The files this block shows, by the part of a protected media address."""
        files = {}
        if value.get(self.recording_field) is not None:
            files[RECORDING] = value[self.recording_field].file
        if value.get("captions") is not None:
            files[CAPTIONS] = value["captions"].file
        return files

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        captions = value.get("captions")
        if captions and not is_captions_file(captions):
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


class VideoBlock(RecordingBlock):
    video = VideoChooserBlock(label=_("Video"))
    recording_field = "video"
    needs = ("captions",)

    class Meta:
        template = TEMPLATES + "video.html"
        icon = "media"
        label = _("Video")
        help_text = _("A video with a captions file. It never plays until the learner starts it.")


class AudioBlock(RecordingBlock):
    audio = AudioChooserBlock(label=_("Audio"))
    recording_field = "audio"
    needs = ("transcript",)

    class Meta:
        template = TEMPLATES + "audio.html"
        icon = "media"
        label = _("Audio")
        help_text = _("A recording with a transcript. It never plays until the learner starts it.")


class DocumentBlock(blocks.StructBlock):
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
