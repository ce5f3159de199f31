"""The program's entry point: the command line, with the window behind `gui` (and a double-clicked file).

The core's command line knows every command but cannot open a window (it never imports Qt); this is where the
window is handed to it. Qt is loaded only when a window is wanted, so the other commands start as fast as before.
"""

from __future__ import annotations

import sys
from pathlib import Path


def open_window(db: Path | None, files: list[Path]) -> int:
    from ui.shell.app import run_gui

    return run_gui(db, files)


def main(argv: list[str] | None = None) -> int:
    from burden_survey.cli.cli import main as command_line

    return command_line(argv, open_window=open_window)


if __name__ == "__main__":
    sys.exit(main())
