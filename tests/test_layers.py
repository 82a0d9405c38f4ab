"""The layers of ARCHITECTURE.md: only app/ui/ may import Qt, and nothing below imports the UI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import app

APP = Path(app.__file__).resolve().parent
MODULES = sorted(APP.rglob("*.py"))
# The command line starts the window (lazily); everything else stays below the UI.
MAY_IMPORT_UI = {APP / "cli.py", APP / "__main__.py"}


def module_name(path: Path) -> str:
    parts = path.relative_to(APP).with_suffix("").parts
    return ".".join(("app", *(parts[:-1] if path.name == "__init__.py" else parts)))


def imported_modules(path: Path, name: str | None = None) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in a file, at any depth."""
    name = name or module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this module's package
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
    return found


def in_ui(path: Path) -> bool:
    return (APP / "ui") in path.parents


def test_the_scan_sees_every_module():
    assert len(MODULES) > 20
    assert APP / "services" / "households.py" in MODULES
    assert any(in_ui(p) for p in MODULES)


def test_the_scan_finds_imports_at_any_depth(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        "def f():\n"
        "    if True:\n"
        "        from PySide6.QtWidgets import QWidget\n"
        "    import PySide6\n"
        "    from ..ui import app\n"
        "    from . import vocab\n",
        encoding="utf-8",
    )
    names = [name for _line, name in imported_modules(probe, "app.services.probe")]
    assert {"PySide6.QtWidgets", "PySide6", "app.ui", "app.ui.app", "app.services.vocab"} <= set(
        names
    )


@pytest.mark.parametrize("path", [p for p in MODULES if not in_ui(p)],
                         ids=lambda p: str(p.relative_to(APP)))  # fmt: skip
def test_only_the_ui_imports_qt(path):
    bad = [(line, name) for line, name in imported_modules(path)
           if name == "PySide6" or name.startswith(("PySide6.", "shiboken6"))]  # fmt: skip
    assert bad == [], f"{path.relative_to(APP.parent)} imports Qt outside app/ui/: {bad}"


@pytest.mark.parametrize("path", [p for p in MODULES if not in_ui(p) and p not in MAY_IMPORT_UI],
                         ids=lambda p: str(p.relative_to(APP)))  # fmt: skip
def test_nothing_below_the_ui_imports_it(path):
    bad = [(line, name) for line, name in imported_modules(path)
           if name == "app.ui" or name.startswith("app.ui.")]  # fmt: skip
    assert bad == [], f"{path.relative_to(APP.parent)} imports app.ui: {bad}"
