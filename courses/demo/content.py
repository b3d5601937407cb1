"""The demo courses' text, read from YAML files so that a person can edit it.

``courses/order.yaml`` lists the courses' slugs in order. Each course is in
``courses/<slug>.yaml`` and, if it is also in Welsh, its Welsh is in ``courses/<slug>.cy.yaml``
with the same keys and the same shape (``translate()`` pairs the strings up in order).
A module's body is a list of blocks, each a mapping with one key, the block type:
``- heading: Key points`` is read as ``("heading", "Key points")``, the form StreamFields take.
"""

from pathlib import Path

import yaml

HERE = Path(__file__).parent
COURSES_DIR = HERE / "courses"
ORDER_FILE = COURSES_DIR / "order.yaml"
DRAFT_MODULE_FILE = HERE / "draft-module.yaml"

COURSE_KEYS = (
    "slug",
    "title",
    "summary",
    "learning_outcomes",
    "audiences",
    "estimated_minutes",
    "cpd_hours",
    "co_trainers",
    "private_to_co_trainers",
    "modules",
)
MODULE_KEYS = ("slug", "title", "summary", "estimated_minutes", "body")


class DemoContentError(ValueError):
    """A demo content file is malformed. The message names the file."""


def courses():
    """The English courses, in order. The first is the one the demo learner has started."""
    return [load_course(COURSES_DIR / f"{slug}.yaml") for slug in course_slugs()]


def welsh_courses():
    """The Welsh text of the courses that have it, by course slug."""
    welsh_files = {slug: COURSES_DIR / f"{slug}.cy.yaml" for slug in course_slugs()}
    return {slug: load_course(path) for slug, path in welsh_files.items() if path.exists()}


def draft_module():
    """The module an editor has drafted and sent for review, with the slug of its course."""
    data = _read(DRAFT_MODULE_FILE)
    _check_keys(DRAFT_MODULE_FILE, "the module", data, ("course", *MODULE_KEYS))
    return _module(DRAFT_MODULE_FILE, "the module", data)


def course_slugs():
    slugs = _read(ORDER_FILE)
    if not isinstance(slugs, list) or not all(isinstance(slug, str) for slug in slugs):
        raise DemoContentError(f"{ORDER_FILE}: expected a list of course slugs")
    # A course file that order.yaml does not list would otherwise be left out without a word.
    listed = {ORDER_FILE.name} | {f"{slug}{ext}" for slug in slugs for ext in (".yaml", ".cy.yaml")}
    for path in sorted(COURSES_DIR.glob("*.yaml")):
        if path.name not in listed:
            raise DemoContentError(f"{path}: not a course listed in {ORDER_FILE.name}")
    return slugs


def load_course(path):
    course = _read(path)
    _check_keys(path, "the course", course, COURSE_KEYS)
    if course["slug"] != path.name.split(".")[0]:
        raise DemoContentError(f"{path}: the slug must match the file name")
    if not isinstance(course["modules"], list):
        raise DemoContentError(f"{path}: modules must be a list")
    modules = []
    for number, module in enumerate(course["modules"], start=1):
        where = f"module {number}"
        _check_keys(path, where, module, MODULE_KEYS)
        modules.append(_module(path, where, module))
    return {**course, "modules": modules}


def _module(path, where, module):
    if not isinstance(module["body"], list):
        raise DemoContentError(f"{path}: {where}: body must be a list of blocks")
    body = []
    for number, block in enumerate(module["body"], start=1):
        if not (isinstance(block, dict) and len(block) == 1):
            raise DemoContentError(
                f"{path}: {where}, block {number}: expected a mapping with one key, "
                f"the block type (such as “- heading: …”), not {block!r}"
            )
        [(block_type, value)] = block.items()
        body.append((block_type, value))
    return {**module, "body": body}


def _check_keys(path, where, data, keys):
    if not isinstance(data, dict):
        raise DemoContentError(f"{path}: {where} must be a mapping of {', '.join(keys)}")
    problems = [f"missing key {key!r}" for key in keys if key not in data]
    problems += [f"unknown key {key!r}" for key in data if key not in keys]
    if problems:
        raise DemoContentError(f"{path}: {where}: {', '.join(problems)}")


def _read(path):
    try:
        with path.open(encoding="utf-8") as stream:
            return yaml.safe_load(stream)
    except (OSError, yaml.YAMLError) as error:
        raise DemoContentError(f"{path}: {error}") from error
