"""Audio, video and captions for modules, served only to people who may see the module.

Media files are never served from MEDIA_URL: recordings of parents carry the same
sensitive details as their words. Each URL names the module and the block that uses the
file, and the view checks that this person may see that module (or preview its draft).
In production, set SENDFILE_BACKEND so the web server streams the file (with seeking).
"""

import mimetypes
import os

from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from wagtail.utils import sendfile_streaming_backend
from wagtail.utils.sendfile import sendfile

from training.core.pages import can_view

from .models import ModulePage
from .review import may_preview

RECORDINGS = {"video": "video", "audio": "audio"}
PARTS = ("file", "captions")


def media_url(module, block_id, part) -> str:
    return reverse("courses:module_media", args=[module.pk, block_id, part])


def _find_file(request, module, block_id, part):
    """The file in the live module, or in its draft for people who may preview it."""
    if can_view(module, request.user):
        try:
            return _file_for(module.body, block_id, part)
        except Http404:
            pass
    if may_preview(request.user, module):
        return _file_for(module.get_latest_revision_as_object().body, block_id, part)
    raise Http404


def _file_for(body, block_id, part):
    for child in body:
        if str(child.id) == str(block_id) and child.block_type in RECORDINGS:
            item = child.value.get(RECORDINGS[child.block_type]) if part == "file" else None
            if part == "captions":
                item = child.value.get("captions")
            if item is not None:
                return item.file
    raise Http404


def module_media(request, page_id, block_id, part):
    if part not in PARTS:
        raise Http404
    module = get_object_or_404(ModulePage, pk=page_id)
    file = _find_file(request, module, block_id, part)
    mimetype = "text/vtt" if part == "captions" else mimetypes.guess_type(file.name)[0]
    try:
        path = file.path
    except NotImplementedError:  # cloud storage: no local paths
        path = None
    if path is None or not os.path.exists(path):  # cloud or in-memory storage
        try:
            response = FileResponse(file.open("rb"), content_type=mimetype)
        except OSError as missing:  # the file has gone from storage
            raise Http404 from missing
    else:
        options = {"attachment": False, "mimetype": mimetype}
        if not hasattr(settings, "SENDFILE_BACKEND"):
            options["backend"] = sendfile_streaming_backend.sendfile
        response = sendfile(request, path, **options)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'"
    return response
