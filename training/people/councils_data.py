"""Loading the list of English councils shipped with the project."""

import csv
from pathlib import Path

COUNCILS_CSV = Path(__file__).parent / "data" / "english_councils.csv"


def read_councils():
    with COUNCILS_CSV.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            yield {
                "gss_code": row["gss_code"].strip(),
                "dfe_code": int(row["dfe_la_code"]),
                "name": row["name"].strip(),
                "region_code": row["region_code"].strip(),
                "region_name": row["region_name"].strip(),
            }


def load_councils(council_model) -> tuple[int, int]:
    """Create or update every council by GSS code. Returns (created, updated)."""
    created = updated = 0
    for row in read_councils():
        gss = row.pop("gss_code")
        _obj, was_created = council_model.objects.update_or_create(gss_code=gss, defaults=row)
        created += was_created
        updated += not was_created
    return created, updated
