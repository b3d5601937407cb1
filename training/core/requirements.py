"""What a learner must do before a piece of content counts as complete.

A block that asks something of the learner (answering a reflection now, passing a quiz
next) says so through ``completion_requirement(value, block_id)``, returning a
``Requirement`` of a kind its app registered here, in its ``AppConfig.ready``, with the
checker that decides it. Core knows no kind by name. See docs/requirements.md.
"""

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Requirement:
    """Something a learner must do in a piece of content before it counts as complete."""

    kind: str  # a constant its app registered with register()
    block_id: str
    label: str


# (learner, the content's key, its requirements of this kind) -> the block ids met
Checker = Callable[[object, Hashable, list[Requirement]], set[str]]
_checkers: dict[str, Checker] = {}


def register(kind: str, checker: Checker) -> None:
    if kind in _checkers and _checkers[kind] is not checker:
        raise ValueError(f"Requirements of kind {kind!r} already have a checker.")
    _checkers[kind] = checker


def registered_kinds() -> frozenset[str]:
    return frozenset(_checkers)


def requirements_in(body: Iterable) -> list[Requirement]:
    """What a learner must do in this StreamValue, in page order."""
    found = []
    for child in body:
        requirement = getattr(child.block, "completion_requirement", None)
        if requirement is not None:
            found.append(requirement(child.value, child.id))
    return found


def unmet(learner, content_key, requirements: list[Requirement]) -> list[Requirement]:
    """The requirements this learner has still to meet, in page order. A kind nobody
    registered is never met: content cannot be completed by a rule nobody checks."""
    met = set()
    for kind in {requirement.kind for requirement in requirements}:
        checker = _checkers.get(kind)
        if checker is not None:
            met |= checker(learner, content_key, [r for r in requirements if r.kind == kind])
    return [requirement for requirement in requirements if requirement.block_id not in met]
