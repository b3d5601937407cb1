"""Fail when the Welsh catalogue is out of date: a UI string in the code or templates that
training/locale/cy/LC_MESSAGES/django.po lacks, one it still lists but nobody uses, or one
that is not translated yet.

Run as ``python -m training.core.check_messages`` (``make messages-check``). It regenerates
the catalogue into a temporary copy with makemessages and compares the message ids.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "training" / "locale" / "cy" / "LC_MESSAGES" / "django.po"
SOURCES = ["training", "courses", "case_studies", "templates"]


def message_ids(po_file: Path) -> set[tuple[str, str]]:
    import polib

    return {
        (entry.msgctxt or "", entry.msgid)
        for entry in polib.pofile(str(po_file))
        if not entry.obsolete
    }


def fresh_catalogue(workdir: Path) -> Path:
    for name in SOURCES:
        shutil.copytree(ROOT / name, workdir / name, ignore=shutil.ignore_patterns("locale"))
    (workdir / "training" / "locale").mkdir()
    shutil.copy(ROOT / "manage.py", workdir / "manage.py")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "training.settings.test"}
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "cy", "--no-location", "-v", "0"],
        cwd=workdir,
        env=env,
        check=True,
    )
    return workdir / "training" / "locale" / "cy" / "LC_MESSAGES" / "django.po"


def main() -> int:
    if not CATALOGUE.exists():
        print(f"Missing {CATALOGUE.relative_to(ROOT)}: run `make messages-update`.")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        expected = message_ids(fresh_catalogue(Path(tmp)))
    current = message_ids(CATALOGUE)
    import polib

    catalogue = polib.pofile(str(CATALOGUE))
    untranslated = [e.msgid for e in catalogue.untranslated_entries() + catalogue.fuzzy_entries()]
    for msgid in untranslated:
        print(f"not translated yet (or marked fuzzy): {msgid!r}")
    missing, unused = expected - current, current - expected
    for _ctxt, msgid in sorted(missing):
        print(f"missing from the Welsh catalogue: {msgid!r}")
    for _ctxt, msgid in sorted(unused):
        print(f"no longer used, remove from the Welsh catalogue: {msgid!r}")
    if missing or unused or untranslated:
        print("The Welsh catalogue is out of date: run `make messages-update`, then translate.")
        return 1
    print(f"Welsh catalogue is up to date ({len(current)} messages).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
