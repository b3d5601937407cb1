"""Rules for the code itself that no linter we run checks."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ["training", "courses", "case_studies"]


def _modules():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def _module_level_callables(tree) -> set[str]:
    """Functions defined or imported at the top of a module."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.ImportFrom):
            names |= {(alias.asname or alias.name) for alias in node.names if alias.name.islower()}
    return names


def _local_names(function) -> set[str]:
    names = {arg.arg for arg in ast.walk(function.args) if isinstance(arg, ast.arg)}
    for node in ast.walk(function):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return names


def test_no_local_name_shadows_a_function_of_its_module():
    """A local variable named like a function of its module (``cached = cached(key)``)
    hides the function for the rest of the body and misleads the reader."""
    found = []
    for path in _modules():
        tree = ast.parse(path.read_text())
        callables = _module_level_callables(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                for name in sorted(_local_names(node) & callables):
                    found.append(f"{path.relative_to(ROOT)}: {node.name}() has a local {name!r}")
    assert not found, "\n".join(found)
