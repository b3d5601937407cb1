"""The layers (docs/architecture.md) hold, and a module that imports a layer above its own
is caught by `make lint`'s contracts."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
PACKAGES = ["training", "courses", "case_studies"]


def _lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 (our own tool, no shell, no user input)
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=cwd,
        env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def copy_of_the_code(tmp_path):
    """The project's packages and contracts, copied, so a test can break them."""
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package,
            tmp_path / package,
            ignore=shutil.ignore_patterns("__pycache__", "locale", "*.yaml", "*.csv"),
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_code_keeps_every_layer_contract():
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "imported"),
    [
        ("training/core/visibility.py", "training.people.roles"),  # core uses people
        ("training/people/roles.py", "courses.progress"),  # people uses an app
        ("case_studies/views.py", "courses.models"),  # case studies use courses
        ("courses/views.py", "reporting"),  # anything uses reporting
    ],
)
def test_an_import_from_a_higher_layer_is_caught(copy_of_the_code, module, imported):
    path = copy_of_the_code / module
    path.write_text(path.read_text() + f"\nimport {imported}  # noqa\n")
    result = _lint_imports(copy_of_the_code)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout and imported.split(".")[0] in result.stdout


def test_the_copy_keeps_the_contracts_until_it_is_broken(copy_of_the_code):
    result = _lint_imports(copy_of_the_code)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_two_modules_import_each_other():
    """Not even through others, nor inside a function: a cycle means two modules are one
    concern split in two, or a rule in the wrong place (docs/adr/0011)."""
    import grimp

    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    cycles = sorted(
        {
            tuple(sorted((module, imported)))
            for module in graph.modules
            for imported in graph.find_modules_directly_imported_by(module)
            if graph.find_shortest_chain(importer=imported, imported=module)
        }
    )
    assert not cycles, cycles
