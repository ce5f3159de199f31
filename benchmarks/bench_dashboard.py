"""Dashboard benchmark: every indicator on a 5,000-respondent county, against one GROUP BY scan of the minutes.

Run with `make bench` (BENCH_SCALE=0.1 for a smaller run). Prints `dashboard_s`, `dashboard_vs_scan_ratio`,
`report_pdf_s` (the meeting pack written for the same county) and `db_kb_per_respondent` (pages in use).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from burden_survey.cli.demo import DEMO_WAVE, write_demo  # noqa: E402
from burden_survey.store.storage import Storage  # noqa: E402

RESPONDENTS = 5000
REPEATS = 3  # the median of three runs of each, so one hiccup does not decide the ratio


def make_county(path: Path, count: int) -> None:
    """About 15 tools × 30 days per respondent, all in one wave as after an import."""
    write_demo(path, count, seed=2026, until=date(2026, 11, 20), apps=(8, 8), groups=(7, 7))
    storage = Storage.open(path)
    storage.add_wave(DEMO_WAVE)
    with storage.db.atomic():
        storage.db.execute("UPDATE respondent SET wave_id = ?", [DEMO_WAVE.id])
    storage.db.execute("ANALYZE")
    storage.close()


def timed(work) -> float:
    runs = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        work()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    from burden_survey.indicators.figures import Filters
    from burden_survey.indicators.indicators import compute
    from burden_survey.report.report import write_pdf

    count = max(20, round(RESPONDENTS * float(os.environ.get("BENCH_SCALE", "1"))))
    with tempfile.TemporaryDirectory(prefix="bench-dashboard-") as scratch:
        db = Path(scratch) / "county.db"
        started = time.perf_counter()
        make_county(db, count)
        storage = Storage.open(db)
        rows = storage.db.execute("SELECT count(*) FROM daily_minutes").fetchone()[0]
        pages, free, page_size = (storage.db.execute(f"PRAGMA {p}").fetchone()[0]
                                  for p in ("page_count", "freelist_count", "page_size"))
        kb_per_respondent = (pages - free) * page_size / 1024 / count  # issue 17: goal ≤ 26
        print(f"generated {count} respondents ({rows} daily-minute rows) in {time.perf_counter() - started:.1f} s")
        conn = storage.db.conn

        def scan() -> None:
            conn.execute("SELECT tool_id, sum(minutes) FROM daily_minutes GROUP BY tool_id").fetchall()

        scan_s = timed(scan)
        dashboard_s = timed(lambda: compute(storage, Filters(wave_id=DEMO_WAVE.id)))
        start = time.perf_counter()
        write_pdf(storage, Path(scratch) / "pack.pdf", Filters(wave_id=DEMO_WAVE.id))
        report_s = time.perf_counter() - start
        storage.close()
    print(f"scan_s: {scan_s:.2f}")
    print(f"dashboard_s: {dashboard_s:.2f}")
    print(f"dashboard_vs_scan_ratio: {dashboard_s / scan_s:.2f}")
    print(f"report_pdf_s: {report_s:.2f}")
    print(f"db_kb_per_respondent: {kb_per_respondent:.1f}")


if __name__ == "__main__":
    main()
