"""Files that only some people may open, served only after asking the object that uses them.

A recording of a parent carries the same sensitive details as their words, and a module's
images and handouts may be private to a group. The object that uses a file decides who may
open it: a model whose StreamFields show files mixes in ``ProtectedMediaOwner`` and is
registered with ``register_owner`` in its app's ``AppConfig.ready``. Module pages are the
first owner; testimonies will be the next.

Two ways in, one rule:

- ``serve``: a recording or captions file by the block that shows it
  (/files/<kind>/<owner id>/<block id>/<part>/), for the players on a page;
- ``lets_open``: any image, document or recording, by the owners whose content uses it
  (Wagtail's reference index, and the drafts the person may preview), which
  uploaded_files.py asks for every file under MEDIA_URL and the ``before_serve_document``
  hook for Wagtail's document view.

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

    @classmethod
    def drafts_previewable_by(cls, user) -> Iterable:
        """The owners whose draft this person may preview, for files that only a draft uses:
        Wagtail's reference index holds content as saved, not drafts. None by default."""
        return ()


_owners: dict[str, type] = {}


def register_owner(model: type) -> None:
    if not (issubclass(model, ProtectedMediaOwner) and model.media_kind):
        raise TypeError(f"{model.__name__} must be a ProtectedMediaOwner with a media_kind.")
    if model.media_kind == "media":  # /files/media/ is every uploaded file (uploaded_files.py)
        raise TypeError(f"{model.__name__}: the media_kind 'media' is taken.")
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
    return source_of(owner)


def source_of(owner):
    """The object whose content an owner shows: an alias page shows its source page's.
    Wagtail gives an alias the view restrictions of its source page, but not those of the
    pages above the source: an alias of a private course's module, placed in a public
    course, would show the private module's files to everyone. So its files are opened
    on the source's terms."""
    while isinstance(owner, Page) and owner.alias_of_id:
        owner = owner.alias_of.specific
    return owner


def serve(request, kind, owner_id, block_id, part):
    owner = _owner(kind, owner_id)
    for body in owner.media_sources(request.user):
        file = file_in(body, block_id, part)
        if file is not None:
            return file_response(request, file, "text/vtt" if part == CAPTIONS else None)
    raise Http404


def file_response(request, file, mimetype=None):
    """A stored file, inline, with headers that stop a browser running it: streamed by
    Django, or by the web server when SENDFILE_BACKEND is set (README, "Deploying")."""
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


def owners_using(item) -> list:
    """The protected-media owners whose saved content refers to this image, document or
    recording (Wagtail's reference index), as their specific objects; an alias as its
    source (``source_of``)."""
    references = ReferenceIndex.get_references_to(item)
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
        owners += [source_of(obj) for obj in objects if isinstance(obj, ProtectedMediaOwner)]
    return list({(type(owner), owner.pk): owner for owner in owners}.values())


def _key(item) -> tuple[str, str]:
    return item._meta.concrete_model._meta.label_lower, str(item.pk)


def _referred_to(source) -> set[tuple[str, str]]:
    """Every image, document and recording a StreamValue (or list of its children) uses."""
    return {
        (model._meta.concrete_model._meta.label_lower, str(object_id))
        for child in source
        for model, object_id, _path, _content_path in child.block.extract_references(child.value)
    }


def _shows(owner, user, key) -> bool:
    return any(key in _referred_to(source) for source in owner.media_sources(user))


def lets_open(user, item) -> bool:
    """Whether some content shows this image, document or recording to this person: a
    version of an owner that uses it and that they may open (the live page they may see,
    or a draft they may preview). The file's owners in the reference index first; then,
    for files that only a draft uses, the drafts this person may preview."""
    key = _key(item)
    if any(_shows(owner, user, key) for owner in owners_using(item)):
        return True
    return any(
        _shows(source_of(owner), user, key)
        for model in _owners.values()
        for owner in model.drafts_previewable_by(user)
    )
