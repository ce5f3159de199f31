"""Compile resources/translations/*.ts into the .qm files the app loads, with PySide6's own lrelease.

    python tools/translations.py          # the .qm files that are missing or older than their .ts

One definition for `make`, build_installer.py (Windows has no make) and the tests: lrelease is run through
PySide6's launcher, which knows where the binary sits on every system, so no `.venv/bin` or `Scripts\\` path is
written anywhere.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"


def qt_tool(name: str) -> list[str]:
    """The command that runs one of PySide6's Qt tools ("lrelease", "lupdate") from this Python's PySide6."""
    return [sys.executable, "-c", f"from PySide6.scripts.pyside_tool import {name}; {name}()"]


def compile_translations(force: bool = False) -> list[Path]:
    """The .qm files written (those up to date are left alone unless `force`); CalledProcessError on failure."""
    written = []
    for source in sorted(FOLDER.glob("*.ts")):
        target = source.with_suffix(".qm")
        if not force and target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run([*qt_tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
        written.append(target)
    return written


if __name__ == "__main__":
    for path in compile_translations(force="--force" in sys.argv):
        print(f"compiled {path.relative_to(ROOT)}")
