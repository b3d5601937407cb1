"""Ids in addresses: an id out of range or malformed is "Page not found", never a server
error, on every URL pattern that takes one (Cotrain's and Wagtail's admin), on SQLite and
PostgreSQL. The walk below finds every pattern itself: a new one is tested as it lands."""

import re
import uuid

import pytest
from django.db import DataError, connection
from django.http import Http404
from django.test import Client, RequestFactory
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve, reverse
from django.urls.converters import IntConverter, PathConverter, StringConverter
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, ResolverMatch, RoutePattern

from tests import factories
from tests.conftest import sign_in_verified
from training.core.converters import IdConverter
from training.core.middleware import ImpossibleIdsAreNotFoundMiddleware
from training.people.models import Council

pytestmark = pytest.mark.django_db

# What an attacker or a mistyped link sends: zero, negative, beyond a bigint, beyond any
# integer a database holds, and not a whole number at all.
BAD_IDS = ["0", "-1", str(2**63), str(10**30), "1e3", "abc"]
PLACEHOLDER = "73519"  # reversed in place of the id under test, then replaced by each bad id
COTRAIN_PACKAGES = ("training.", "courses.", "case_studies.")

# Patterns written as regular expressions whose groups are ids: (name, sample args, which
# args are ids). A new regular expression that captures digits fails the test below until
# it is listed here.
REGEX_PATTERNS = {
    "wagtaildocs_serve": (["1", "handout.pdf"], [0]),
    "wagtailadmin_pages:revisions_compare": (["1", "1", "1"], [0, 1, 2]),
}

# Plausible values for the other parts of an address, so the id is what gets checked.
SAMPLES = {
    "app_label": "courses",
    "app_name": "courses",
    "content_type_app_name": "courses",
    "model_name": "modulepage",
    "content_type_model_name": "modulepage",
    "kind": "module",
    "part": "file",
    "action": "delete",
    "action_name": "approve",
    "mode": "edit",
    "filter_spec": "original",
    "media_type": "audio",
}


def _is_id(name, converter) -> bool:
    if isinstance(converter, IntConverter | IdConverter):
        return True
    named_like_an_id = name == "pk" or name.endswith(("_id", "_pk"))
    return named_like_an_id and isinstance(converter, StringConverter | PathConverter)


def _walk(resolver, prefix=(), namespace=()):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = (*namespace, pattern.namespace) if pattern.namespace else namespace
            yield from _walk(pattern, (*prefix, pattern.pattern), inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield ":".join((*namespace, pattern.name)), (*prefix, pattern.pattern), pattern


def _cases():
    """(name, kwargs or args, the id's position or name) for each id of each pattern."""
    cases, unknown_regexes = [], []
    for name, patterns, _url in _walk(get_resolver()):
        converters = {}
        for part in patterns:
            if isinstance(part, RoutePattern):
                converters.update(part.converters)
            elif (
                isinstance(part, RegexPattern)
                and re.search(r"\\d", part.regex.pattern)
                and name not in REGEX_PATTERNS
            ):
                unknown_regexes.append(name)
        if name in REGEX_PATTERNS:
            args, ids = REGEX_PATTERNS[name]
            cases += [(name, args, position) for position in ids]
            continue
        for target, converter in converters.items():
            if _is_id(target, converter):
                cases.append((name, converters, target))
    return cases, unknown_regexes


def _url(name, given, target, council) -> str:
    if isinstance(given, list):  # a regular expression's positional args
        args = [PLACEHOLDER if i == target else value for i, value in enumerate(given)]
        return reverse(name, args=args)
    kwargs = {}
    for key, converter in given.items():
        if key == target:
            kwargs[key] = PLACEHOLDER
        elif key == "gss_code":
            kwargs[key] = council.gss_code
        elif _is_id(key, converter):
            kwargs[key] = 1
        elif key in SAMPLES:
            kwargs[key] = SAMPLES[key]
        else:
            kwargs[key] = str(uuid.uuid4()) if "UUID" in type(converter).__name__ else "x"
    return reverse(name, kwargs=kwargs)


def _allowed(name, url, bad_id) -> bool:
    """Whether the pattern under test would take this value at all."""
    try:
        return resolve(url.replace(PLACEHOLDER, bad_id, 1)).view_name == name
    except Resolver404:  # the pattern refuses it, which is the point
        return False


def test_every_regular_expression_pattern_with_ids_is_known():
    _cases_found, unknown = _cases()
    assert not unknown, f"List these patterns' ids in REGEX_PATTERNS: {unknown}"


def test_cotrains_own_patterns_take_ids_with_the_id_converter():
    """Our patterns refuse ids beyond a bigint before any view runs."""
    found = []
    for name, patterns, url in _walk(get_resolver()):
        callback = getattr(url.callback, "view_class", url.callback)
        if not callback.__module__.startswith(COTRAIN_PACKAGES):
            continue
        for part in patterns:
            if isinstance(part, RoutePattern):
                found += [
                    f"{name}: <int:{key}>"
                    for key, converter in part.converters.items()
                    if isinstance(converter, IntConverter)
                ]
    assert not found, "Use <id:...> for ids:\n" + "\n".join(found)


def test_an_id_beyond_a_bigint_matches_no_pattern_of_ours(client, signed_in):
    signed_in(factories.learner())
    block = uuid.uuid4()
    assert client.get(f"/files/module/{2**63}/{block}/file/").status_code == 404
    assert client.get(f"/files/module/{2**63 - 1}/{block}/file/").status_code == 404
    converter = IdConverter()
    assert converter.to_python(str(2**63 - 1)) == 2**63 - 1
    with pytest.raises(ValueError):
        converter.to_python(str(2**63))


def test_no_id_of_any_pattern_gives_a_server_error():
    """Signed in as a platform admin with two-factor, every id of every pattern, with each
    bad value the pattern accepts, by GET and by POST: never a 500."""
    cases, _unknown = _cases()
    assert len(cases) > 100, "the walk found too few patterns: is it still walking?"
    council = factories.CouncilFactory()
    client = Client(raise_request_exception=False)
    sign_in_verified(client, factories.platform_admin())
    errors = []
    for name, given, target in cases:
        url = _url(name, given, target, council)
        for bad_id in BAD_IDS:
            if not _allowed(name, url, bad_id):
                continue
            address = url.replace(PLACEHOLDER, bad_id, 1)
            for method in (client.get, client.post):
                status = method(address).status_code
                if status >= 500:
                    errors.append(f"{method.__name__.upper()} {address} ({name}): {status}")
    assert not errors, f"{len(errors)} server errors:\n" + "\n".join(errors)


def test_the_same_holds_in_welsh():
    client = Client(raise_request_exception=False)
    sign_in_verified(client, factories.learner())
    block = uuid.uuid4()
    for bad_id in ("0", str(2**63), str(10**30)):
        assert client.get(f"/cy/files/module/{bad_id}/{block}/file/").status_code == 404
        assert client.get(f"/documents/{bad_id}/handout.pdf").status_code == 404


def test_locale_prefixes_are_walked():
    assert any(
        isinstance(part, LocalePrefixPattern)
        for _name, patterns, _url in _walk(get_resolver())
        for part in patterns
    )


# The middleware's rule, case by case -------------------------------------------------------


def _request(**captured):
    request = RequestFactory().get("/")
    request.resolver_match = ResolverMatch(lambda request: None, (), captured)
    return request


def _raised_by(query):
    try:
        query()
    except Exception as error:
        return error
    raise AssertionError("the query raised nothing")


def test_text_a_numeric_key_cannot_take_from_the_address_is_not_found():
    middleware = ImpossibleIdsAreNotFoundMiddleware(lambda request: None)
    error = _raised_by(lambda: Council.objects.get(pk="abc"))
    with pytest.raises(Http404):
        middleware.process_exception(_request(pk="abc"), error)
    # The same error from a value the address did not give is a bug of ours: a 500.
    assert middleware.process_exception(_request(pk="1"), error) is None
    assert middleware.process_exception(_request(pk="abc"), ValueError("abc")) is None


def test_an_id_no_table_holds_is_not_found_before_the_view():
    middleware = ImpossibleIdsAreNotFoundMiddleware(lambda request: None)
    for value in (0, 2**63):
        with pytest.raises(Http404):
            middleware.process_view(_request(), None, (), {"page_id": value})
    assert middleware.process_view(_request(), None, (), {"page_id": 2**63 - 1}) is None
    assert middleware.process_view(_request(), None, (), {"year": 0}) is None, "not an id"


def test_numbers_beyond_the_database_are_not_found():
    middleware = ImpossibleIdsAreNotFoundMiddleware(lambda request: None)
    with pytest.raises(Http404):
        middleware.process_exception(_request(), OverflowError("too large for SQLite"))
    if connection.vendor == "postgresql":
        error = _raised_by(lambda: connection.cursor().execute("SELECT %s::integer", [2**40]))
    else:  # what psycopg raises on PostgreSQL, as Django wraps it
        cause = type("NumericValueOutOfRange", (Exception,), {"sqlstate": "22003"})()
        error = DataError("integer out of range")
        error.__cause__ = cause
    assert isinstance(error, DataError)
    with pytest.raises(Http404):
        middleware.process_exception(_request(), error)
    assert middleware.process_exception(_request(), DataError("value too long")) is None


def test_the_addresses_the_issue_named_are_not_found():
    client = Client(raise_request_exception=False)
    sign_in_verified(client, factories.platform_admin())
    block = uuid.uuid4()
    for address in (
        f"/files/module/{2**63}/{block}/file/",
        f"/admin/pages/{2**63}/",
        f"/documents/{10**20}/x.pdf",
    ):
        assert client.get(address).status_code == 404, address
