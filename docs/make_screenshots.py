"""Regenerate the README's screenshots from a sample county: `.venv/bin/python docs/make_screenshots.py`."""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from burden_survey.demo import write_demo  # noqa: E402
from burden_survey.storage import Storage  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.main_window import PAGES, MainWindow  # noqa: E402


def main() -> None:
    app = create_application([])
    folder = Path(tempfile.mkdtemp())
    write_demo(folder / "demo.db", 12, seed=7, until=date.today())
    storage = Storage.open(folder / "demo.db")
    window = MainWindow(storage)
    window.resize(1280, 800)
    window.show()
    for key, _ in PAGES:
        window.show_page(key)
        app.processEvents()
        window.grab().save(str(ROOT / "docs" / f"{key}.png"))
        print("docs/" + f"{key}.png")
    window.close()
    storage.close()


if __name__ == "__main__":
    main()
