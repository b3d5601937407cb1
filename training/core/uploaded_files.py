"""Every uploaded file is served by Cotrain, to the people who may open it, in every settings.

Files in the default storage have their addresses under ``MEDIA_URL`` (/files/media/), which
``serve`` answers: nothing is served from a folder, by Django or by the web server, without
this check (a system check refuses a storage whose addresses lead anywhere else). ``serve``
finds the object that owns the file from the folder its name starts with, then lets
through only (``may_open``):

- people who may manage it in the Wagtail admin (an image's or document's collection
  permissions "choose" or "change", a recording's "change"), so the admin's thumbnails,
  previews and choosers work; and
- people to whom some content that uses it shows it (protected_media.lets_open: the page
  they may see, or the draft they may preview).

A file that nothing uses and that the person may not manage is "Page not found". Documents
keep one rule wherever they are served: here and in Wagtail's document view, through the
same ``before_serve_document`` hooks. Avatars are for people who use the admin, where they
show; an upload still waiting for its title is only for whoever uploaded it.
See docs/protected-media.md and docs/adr/0014-every-uploaded-file-served-by-cotrain.md.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.http import Http404, HttpResponse
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import UploadedFile
from wagtail.users.models import UserProfile
from wagtailmedia.models import get_media_model

from . import protected_media


def may_manage(user, item) -> bool:
    """Whether the person manages this image, document or recording in the Wagtail admin:
    the collection permissions that let them choose it for a page or change it."""
    # Imported here: Wagtail replaces these policies when the models' settings change.
    from wagtail.documents.permissions import permission_policy as documents
    from wagtail.images.permissions import permission_policy as images
    from wagtailmedia import get_permission_policy

    if isinstance(item, get_image_model()):
        return images.user_has_any_permission_for_instance(user, ["choose", "change"], item)
    if isinstance(item, get_document_model()):
        return documents.user_has_any_permission_for_instance(user, ["choose", "change"], item)
    if isinstance(item, get_media_model()):
        # wagtailmedia has no "choose" permission: its own chooser asks for these.
        media = get_permission_policy()
        return media.user_has_any_permission_for_instance(user, ["change", "delete"], item)
    return False


def may_open(user, item) -> bool:
    """The one rule for images, documents and recordings, wherever they are served: the
    people who manage them, and the people some content that uses them shows them to."""
    return may_manage(user, item) or protected_media.lets_open(user, item)


def _by_content(request, item) -> bool:
    return may_open(request.user, item)


def _by_document_hooks(request, document):
    """Documents: every before_serve_document hook, as Wagtail's document view runs them
    (its collection privacy, then Cotrain's may_open in wagtail_hooks.py)."""
    for hook in hooks.get_hooks("before_serve_document"):
        result = hook(document, request)
        if isinstance(result, HttpResponse):
            return result
    return True


def _by_admin_users(request, profile) -> bool:
    """Avatars show in the admin, next to people's names."""
    return profile.user_id == request.user.pk or request.user.has_perm("wagtailadmin.access_admin")


def _by_uploader(request, upload) -> bool:
    return upload.uploaded_by_user_id is not None and upload.uploaded_by_user_id == request.user.pk


def _itself(row):
    return row


@dataclass(frozen=True)
class Kind:
    """A kind of uploaded file: where its model's ``upload_to`` puts it, and who may open it."""

    folder: str  # the start of every such file's name in storage, e.g. "original_images/"
    model: Callable[[], type]
    field: str
    allows: Callable  # (request, item) -> whether they may, or a response to send instead
    item: Callable = _itself  # whose rule decides: a rendition's image


def _rendition_model():
    return get_image_model().get_rendition_model()


KINDS = (
    Kind("original_images/", get_image_model, "file", _by_content),
    Kind("images/", _rendition_model, "file", _by_content, item=lambda r: r.image),
    Kind("documents/", get_document_model, "file", _by_document_hooks),
    Kind("media/", get_media_model, "file", _by_content),
    Kind("media_thumbnails/", get_media_model, "thumbnail", _by_content),
    Kind("avatar_images/", lambda: UserProfile, "avatar", _by_admin_users),
    Kind("wagtail_uploads/", lambda: UploadedFile, "file", _by_uploader),
)


def kind_of(name: str) -> Kind | None:
    return next((kind for kind in KINDS if name.startswith(kind.folder)), None)


def serve(request, name):
    """The file stored under this name, after asking whether this person may open it."""
    kind = kind_of(name)
    row = kind and kind.model()._default_manager.filter(**{kind.field: name}).first()
    if row is None:
        raise Http404
    allowed = kind.allows(request, kind.item(row))
    if isinstance(allowed, HttpResponse):
        return allowed
    if not allowed:
        raise Http404
    return protected_media.file_response(request, getattr(row, kind.field))
