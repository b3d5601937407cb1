"""CSV files people download: every cell written so that a spreadsheet reads it as text.

A name or team typed as ``=HYPERLINK(...)`` would run as a formula in the spreadsheet of
whoever opens the export (OWASP "CSV injection"). Every CSV Cotrain writes goes through
``neutralise``: ``csv_response`` for our own views, and, for every export of the Wagtail
admin (our viewsets, Wagtail's reports, and any ``ReportView`` to come), Wagtail's
``SpreadsheetExportMixin.stream_csv``, which ``use_for_wagtail_exports`` replaces once at
start-up. Wagtail treats CSV injection as out of its scope; its XLSX export is safe.
"""

import csv
import datetime
from collections.abc import Iterable
from decimal import Decimal

from django.http import HttpResponse

# The first characters that make a spreadsheet read a cell as a formula: OWASP's list
# (=, +, -, @, tab, carriage return) and ASVS 5.0's (1.2.10, which adds the null character).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
_AS_THEY_ARE = (int, float, Decimal, datetime.date, datetime.time)  # bool is an int


def neutralise(cell):
    """The cell as a spreadsheet will read it: text that starts like a formula gets a
    single quote in front (the csv module then escapes any quotes inside, as RFC 4180
    says). Numbers, dates and empty cells stay as they are: a number is not a formula."""
    if cell is None or isinstance(cell, _AS_THEY_ARE):
        return cell
    text = str(cell)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class _Line:
    """A file-like object whose write() hands back the line written, as bytes."""

    def write(self, line):
        return line.encode("utf-8")


def csv_lines(rows: Iterable[Iterable]):
    """Each row as one line of CSV (bytes), every cell neutralised."""
    writer = csv.writer(_Line())
    for row in rows:
        yield writer.writerow([neutralise(cell) for cell in row])


def csv_response(filename: str, rows: Iterable[Iterable]) -> HttpResponse:
    """A CSV download, the heading row first: the only way Cotrain's views write one."""
    response = HttpResponse(b"".join(csv_lines(rows)), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _stream_csv(view, queryset):
    """Wagtail's SpreadsheetExportMixin.stream_csv, with each line written by csv_lines."""
    fields = view.list_export
    headings = [view.get_heading(queryset, field) for field in fields]
    rows = (
        [
            view.preprocess_field_value(field, value, view.FORMAT_CSV)
            for field, value in view.to_row_dict(item).items()
        ]
        for item in queryset
    )
    yield from csv_lines([headings])
    yield from csv_lines(rows)


def use_for_wagtail_exports():
    """Every CSV export of the Wagtail admin streams through csv_lines (called once, from
    CoreConfig.ready). XLSX exports are untouched: Wagtail already writes formulas as text."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    SpreadsheetExportMixin.stream_csv = _stream_csv
