"""System checks for rules that would otherwise fail only at run time."""

from urllib.parse import urlsplit

from django.apps import apps
from django.core import checks
from django.core.files.storage import default_storage
from django.urls import Resolver404, resolve
from wagtail.fields import StreamField

from .blocks.cacheability import broken_promises


def cacheability_errors(stream_block, where: str, obj=None) -> list[checks.Error]:
    """One error for each block under ``stream_block`` that is marked cacheable but can
    contain a block that is not."""
    return [
        checks.Error(
            f"{marked} is marked cacheable, but can contain {inside}, which is not.",
            hint="Mark the outer block not cacheable (cacheable = False in its Meta), or "
            "make everything inside it cacheable. See docs/page-cache.md.",
            obj=obj,
            id="cotrain.E001",
        )
        for marked, inside in broken_promises(stream_block, where)
    ]


@checks.register()
def cacheable_blocks_contain_only_cacheable_blocks(app_configs=None, **kwargs):
    """A block marked cacheable whose HTML could include a block that is not (one that
    depends on the viewer or the time) would be cached and shown to everyone."""
    errors = []
    configs = app_configs or apps.get_app_configs()
    for model in (model for config in configs for model in config.get_models()):
        for field in model._meta.get_fields():
            if isinstance(field, StreamField) and field.model is model:
                errors += cacheability_errors(field.stream_block, field.name, obj=model)
    return errors


@checks.register()
def uploaded_files_are_served_by_cotrain(app_configs=None, **kwargs):
    """Every uploaded file's address must lead to Cotrain's file view, which asks who may
    open it (uploaded_files.py). A storage whose addresses lead to a folder the web server
    serves, or to a bucket elsewhere, would make every private file public."""
    address = urlsplit(default_storage.url("cotrain-check/probe.txt"))
    try:
        view = None if address.netloc else resolve(address.path).url_name
    except Resolver404:
        view = None
    if view == "uploaded_file":
        return []
    return [
        checks.Error(
            f"Uploaded files would be served from {address.geturl()}, not by Cotrain's "
            "file view, which checks who may open them.",
            hint="Leave the default storage's base_url to MEDIA_URL (/files/media/). See "
            "docs/adr/0014-every-uploaded-file-served-by-cotrain.md.",
            id="cotrain.E002",
        )
    ]
