"""System checks for rules that would otherwise fail only at run time."""

from django.apps import apps
from django.core import checks
from wagtail.fields import StreamField

from .blocks.cacheability import broken_promises


@checks.register()
def cacheable_blocks_contain_only_cacheable_blocks(app_configs=None, **kwargs):
    """A block marked cacheable whose HTML could include a block that is not (one that
    depends on the viewer or the time) would be cached and shown to everyone."""
    errors = []
    models = (
        apps.get_models()
        if app_configs is None
        else [model for config in app_configs for model in config.get_models()]
    )
    for model in models:
        for field in model._meta.get_fields():
            if not isinstance(field, StreamField) or field.model is not model:
                continue
            for marked, inside in broken_promises(field.stream_block, field.name):
                errors.append(
                    checks.Error(
                        f"{marked} is marked cacheable, but can contain {inside}, which is not.",
                        hint="Mark the outer block not cacheable (cacheable = False in its "
                        "Meta), or make everything inside it cacheable. See docs/page-cache.md.",
                        obj=model,
                        id="cotrain.E001",
                    )
                )
    return errors
