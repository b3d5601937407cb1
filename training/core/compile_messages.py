"""Compile the .po catalogues to .mo with polib, so running Cotrain needs no GNU gettext.

Run as ``python -m training.core.compile_messages`` (``make messages``).
"""

import sys
from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parents[1] / "locale"


def main() -> int:
    for po_path in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po")):
        catalogue = polib.pofile(str(po_path))
        catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
        sys.stdout.write(
            f"compiled {po_path.relative_to(LOCALE_DIR)} ({catalogue.percent_translated()}% translated)\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
