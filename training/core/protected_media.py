"""Files that only some people may open, served only after asking the object that uses them.

Recordings and captions are never served from MEDIA_URL: a recording of a parent carries
the same sensitive details as their words. Each address names the object that uses the
file (its kind and id), the block that shows it and which of the block's files it is. The
object decides who may open it: a model that uses protected files mixes in
``ProtectedMediaOwner`` and is registered with ``register_owner`` in its app's
``AppConfig.ready``. Module pages are the first owner; testimonies will be the next.

Documents (handouts, captions files) are served by Wagtail's document view; the
``before_serve_document`` hook in wagtail_hooks.py asks their owners in the same way.
See docs/protected-media.md.
"""

import mimetypes
import os
from collections.abc import Iterable

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import FileResponse, Http404
from django.urls import reverse
from wagtail.models import Page, ReferenceIndex
from wagtail.utils import sendfile_streaming_backend
from wagtail.utils.sendfile import sendfile

from .blocks.media import CAPTIONS


class ProtectedMediaOwner:
    """Mixed into a model whose StreamFields show protected files."""

    media_kind = ""  # the owner's name in addresses, e.g. "module"

    def media_sources(self, user) -> Iterable:
        """The versions of this object's content (StreamValues) whose files this person may
        open, the one they would normally see first (live, then a draft they may preview).
        Nothing if they may open none. A generator, so later versions load only if needed."""
        raise NotImplementedError

    def may_open_files(self, user) -> bool:
        return next(iter(self.media_sources(user)), None) is not None


_owners: dict[str, type] = {}


def register_owner(model: type) -> None:
    if not (issubclass(model, ProtectedMediaOwner) and model.media_kind):
        raise TypeError(f"{model.__name__} must be a ProtectedMediaOwner with a media_kind.")
    _owners[model.media_kind] = model


def media_url(owner, block_id, part) -> str:
    return reverse("core:protected_media", args=[owner.media_kind, owner.pk, block_id, part])


def file_in(body, block_id, part):
    """The file a block of this StreamValue shows as ``part``, or None."""
    for child in body:
        files = getattr(child.block, "protected_files", None)
        if files is not None and str(child.id) == str(block_id):
            return files(child.value).get(part)
    return None


def _owner(kind, owner_id):
    model = _owners.get(kind)
    if model is None:  # the address's id is in range: <id:owner_id> (converters.py)
        raise Http404
    owner = model._default_manager.filter(pk=owner_id).first()
    if owner is None:
        raise Http404
    return owner


def serve(request, kind, owner_id, block_id, part):
    owner = _owner(kind, owner_id)
    for body in owner.media_sources(request.user):
        file = file_in(body, block_id, part)
        if file is not None:
            return _file_response(request, file, "text/vtt" if part == CAPTIONS else None)
    raise Http404


def _file_response(request, file, mimetype=None):
    mimetype = mimetype or mimetypes.guess_type(file.name)[0]
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


def owners_using(document) -> list:
    """The protected-media owners whose content refers to this document (Wagtail's
    reference index), as their specific objects."""
    references = ReferenceIndex.get_references_to(document)
    owners = []
    for content_type_id in set(references.values_list("base_content_type", flat=True)):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:  # a model since removed: it uses nothing any more
            continue
        ids = references.filter(base_content_type=content_type_id).values_list(
            "object_id", flat=True
        )
        objects = model._default_manager.filter(pk__in=list(ids))
        if issubclass(model, Page):
            objects = objects.specific()
        owners += [obj for obj in objects if isinstance(obj, ProtectedMediaOwner)]
    return owners
