"""The one cache for what is derived from pages: every entry is read and written here.

What pages are live, where a path leads, a course's list of modules, the HTML of text
blocks: all of it is the same for everyone and changes only when pages change, so it is
cached under a **pages version** that every change to pages bumps (the receivers below,
connected in ``CoreConfig.ready``). Bumping the version makes every namespace stale at
once: old entries are never read again and expire on their own.

Each cache is a registered ``Namespace``; nobody builds a key by hand: ``entry()`` and
``remembered()`` do. What depends on
who is looking (progress, reflections, consent) is never cached here: callers cache only
what is the same for every viewer, and apply the viewer's rules to it afterwards.

See docs/page-cache.md.
"""

import contextlib
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.utils.translation import get_language

_VERSION_KEY = "cotrain:pages:version"
# Bounds how stale a process's own cache can be when CACHE_URL is not shared between
# processes (each then hears only of its own changes). Production shares one cache.
CACHE_SECONDS = 60


@dataclass(frozen=True)
class Namespace:
    name: str
    what: str  # what it holds, for docs and failure messages
    by_language: bool = False  # the active language is part of every key

    def key(self, parts: tuple[Hashable, ...]) -> str:
        language = (get_language() or "",) if self.by_language else ()
        return ":".join(
            str(part) for part in ("cotrain", self.name, pages_version(), *language, *parts)
        )


_namespaces: dict[str, Namespace] = {}


def register_namespace(name: str, what: str, *, by_language: bool = False) -> Namespace:
    """Register a cache of things derived from pages. Names are unique."""
    if name in _namespaces and _namespaces[name] != Namespace(name, what, by_language):
        raise ValueError(f"The page cache already has a namespace called {name!r}.")
    _namespaces[name] = Namespace(name, what, by_language)
    return _namespaces[name]


def namespaces() -> list[Namespace]:
    return list(_namespaces.values())


# The version ---------------------------------------------------------------------------


def pages_version() -> int:
    return cache.get_or_set(_VERSION_KEY, time.time_ns, None)


def pages_changed(**kwargs) -> None:
    """Make every namespace stale: pages were published, unpublished, moved, deleted or
    saved, or a view restriction or a site changed. Also a signal receiver.

    Bumped now and again when the transaction commits: a request in between could read
    the new version with the old rows and cache them under it."""
    cache.set(_VERSION_KEY, time.time_ns(), None)
    transaction.on_commit(lambda: cache.set(_VERSION_KEY, time.time_ns(), None))


def page_saved(sender, instance, **kwargs) -> None:
    """Signal receiver for any model saved: a page saved outside publishing (a draft, or
    code) may still have changed what is live."""
    from wagtail.models import Page

    if isinstance(instance, Page):
        pages_changed()


# Reading and writing -------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One cached answer, its key fixed when it is looked up: what is computed after
    reading it is stored under the pages version that was current before the rows were
    read, so a change that commits in between orphans it instead of being hidden by it."""

    key: str

    def get(self):
        """What the cache holds, or None. An entry that cannot be read (pickled by an older
        release whose classes have changed) counts as missing."""
        try:
            return cache.get(self.key)
        except Exception:  # any unpickling error
            with contextlib.suppress(Exception):
                cache.delete(self.key)
            return None

    def set(self, value) -> None:
        cache.set(self.key, value, CACHE_SECONDS)


def entry(namespace: Namespace, *parts: Hashable) -> Entry:
    """The entry for these parts in this namespace, under the current pages version."""
    return Entry(namespace.key(parts))


def remembered(
    namespace: Namespace,
    parts: tuple[Hashable, ...],
    compute: Callable[[], object],
    *,
    valid: Callable[[object], bool] = lambda value: value is not None,
):
    """The cached value, or ``compute()``'s, stored for next time. ``valid`` tells a real
    entry from a missing or foreign one (an entry of another shape is computed again)."""
    found = entry(namespace, *parts)
    value = found.get()
    if valid(value):
        return value
    value = compute()
    if valid(value):
        found.set(value)
    return value
