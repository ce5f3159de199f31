"""Start-up benchmark: process start to the first shown main window, against a bare PySide6 window.

Run with `make bench` (BENCH_REPEATS=n for more or fewer runs). Each start is a fresh Python process, as when a
cadre double-clicks the program; the clock runs from just before the process is spawned until it reports that its
window has been shown and painted. Prints `startup_s`, `bare_startup_s` and `startup_vs_bare_ratio` (target ≤ 1.5).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REPEATS = int(os.environ.get("BENCH_REPEATS", "5"))
TARGET = 1.5
SHOWN = "window-shown"
READY = "page-ready"

# The whole start of the app as run_gui does it, stopping where app.exec() would begin; then, for the record,
# the time until the database is open and the first page is on screen.
APP_START = f"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from ui.shell.app import create_application, launch
from ui.common.errors import install_excepthook
app = create_application([])
install_excepthook()
window = launch(Path(sys.argv[1]))  # returns once the window is shown and painted, as the bare one below
print("{SHOWN}", flush=True)
while window.storage is None or window.stack.currentWidget() is None:
    QApplication.processEvents()
    time.sleep(0.001)
QApplication.processEvents()
print("{READY}", flush=True)
"""

BARE_START = f"""
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1180, 760)
window.show()
QApplication.processEvents()
print("{SHOWN}", flush=True)
"""


def make_database(path: Path) -> None:
    """A small cadre database whose role is chosen and notice acknowledged, so the window opens straight away."""
    from burden_survey.cli.demo import write_demo
    from burden_survey.store.storage import Storage

    write_demo(path, 3, seed=7, until=date(2026, 11, 20))
    storage = Storage.open(path)
    if storage.notice_acknowledged_at() is None:
        storage.acknowledge_notice("2026.1")
    storage.set_setting("role", "cadre")
    storage.close()


def time_to_window(script: str, args: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds until the window was shown, and (for the app) until its first page was ready."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    shown = ready = None
    for line in process.stdout:
        if line.strip() == SHOWN:
            shown = time.perf_counter() - started
        elif line.strip() == READY:
            ready = time.perf_counter() - started
    process.stdout.close()
    process.wait()
    error = process.stderr.read()
    process.stderr.close()
    if shown is None:
        raise RuntimeError(f"the window never appeared:\n{error}")
    return shown, ready


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as scratch:
        db = Path(scratch) / "cadre.db"
        make_database(db)
        # Settings (window size, last page) go to a scratch folder, not the real user's.
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=scratch, HOME=scratch,
                   PYTHONPATH=str(ROOT))
        time_to_window(APP_START, [str(db)], env)  # warm the disk cache for both, so the first run is not special
        time_to_window(BARE_START, [], env)
        app_runs, ready_runs, bare_runs = [], [], []
        for _ in range(REPEATS):  # interleaved, so a busy moment on the machine hits both alike
            shown, ready = time_to_window(APP_START, [str(db)], env)
            app_runs.append(shown)
            ready_runs.append(ready)
            bare_runs.append(time_to_window(BARE_START, [], env)[0])
    app_s, bare_s = statistics.median(app_runs), statistics.median(bare_runs)
    ratio = app_s / bare_s
    print(f"startup_s: {app_s:.3f}")
    print(f"bare_startup_s: {bare_s:.3f}")
    print(f"startup_vs_bare_ratio: {ratio:.2f}  (target ≤ {TARGET})")
    # Not part of the target, printed so that it is seen: the window frame comes first, the first page after.
    print(f"first_page_ready_s: {statistics.median(ready_runs):.3f}")


if __name__ == "__main__":
    main()
