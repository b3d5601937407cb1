"""The header's links and each person's home page, filled in by the apps.

Each app registers, in its ``AppConfig.ready``, the menu entries and home pages it
provides and who they are for (a predicate on the person), so core names no app's URLs.
See docs/menus.md.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.urls import reverse

Predicate = Callable[[object], bool]


@dataclass(frozen=True)
class MenuEntry:
    url_name: str
    label: object  # a lazy translation
    order: int
    shown_to: Predicate
    # Other addresses under which the entry is current (for example a redirect's target).
    also_current_under: Callable[[], list[str]] = field(default=lambda: [])

    def url(self) -> str:
        return reverse(self.url_name)

    def is_current(self, path: str) -> bool:
        return any(path.startswith(prefix) for prefix in [self.url(), *self.also_current_under()])


@dataclass(frozen=True)
class Home:
    url_name: str
    priority: int  # the most responsible role's home wins
    is_home_of: Predicate


_entries: dict[str, MenuEntry] = {}
_homes: dict[str, Home] = {}


def register_menu_entry(url_name, label, *, order, shown_to, also_current_under=None) -> None:
    _entries[url_name] = MenuEntry(
        url_name, label, order, shown_to, also_current_under or (lambda: [])
    )


def register_home(url_name, *, priority, is_home_of) -> None:
    _homes[url_name] = Home(url_name, priority, is_home_of)


def menu_for(person) -> list[MenuEntry]:
    """The header's entries for this person, in order. None for someone signed out."""
    if not person.is_authenticated:
        return []
    entries = sorted(_entries.values(), key=lambda entry: entry.order)
    return [entry for entry in entries if entry.shown_to(person)]


def home_url_name(person) -> str:
    """Where a person lands after signing in: the home of their most responsible role."""
    homes = sorted(_homes.values(), key=lambda home: -home.priority)
    for home in homes:
        if home.is_home_of(person):
            return home.url_name
    raise LookupError("No home page is registered for this person: is an app missing?")
