"""The core runs without a screen: importing every core module loads no Qt, and no core module names the UI."""

import ast
import subprocess
import sys
from pathlib import Path

from burden_survey.cli.cli import main

CORE = Path(__file__).resolve().parent.parent / "burden_survey"


def test_importing_every_module_of_every_core_package_loads_no_qt():
    code = (
        "import sys, pkgutil, importlib, burden_survey\n"
        "names = [m.name for m in pkgutil.walk_packages(burden_survey.__path__, 'burden_survey.')]\n"
        "for name in names:\n"
        "    if not name.endswith('__main__'): importlib.import_module(name)\n"
        "print(len(names), sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'PyQt', 'ui'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    count, loaded = out.strip().split(" ", 1)
    assert int(count) > 60 and loaded == "[]"  # every subpackage walked, not only the top level


def test_no_core_module_imports_the_ui_even_late():
    found = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
            found += [f"{path.relative_to(CORE)}: {n}" for n in names if n.split(".")[0] in ("ui", "PySide6")]
    assert found == []


def test_the_core_command_line_says_where_the_window_is(capsys):
    assert main(["gui"]) == 2
    assert "python -m ui" in capsys.readouterr().err
