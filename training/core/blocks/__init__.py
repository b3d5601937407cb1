"""Block primitives every app composes: text, images, recordings and documents.

Each renders with a template in templates/components/streamfield/. Whether a block's HTML
may be cached is its own declaration (cacheability.py).
"""

from .cacheability import is_cacheable
from .media import AudioBlock, DocumentBlock, ImageBlock, RecordingBlock, VideoBlock
from .text import RICH_TEXT_FEATURES, TEMPLATES, HeadingBlock, RichTextBlock

__all__ = [
    "RICH_TEXT_FEATURES",
    "TEMPLATES",
    "AudioBlock",
    "DocumentBlock",
    "HeadingBlock",
    "ImageBlock",
    "RecordingBlock",
    "RichTextBlock",
    "VideoBlock",
    "is_cacheable",
]
