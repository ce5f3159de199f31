"""Dashboard benchmark: every indicator on a city of 50,000 cadres, against one GROUP BY scan of the minutes.

Run with `make bench` (BENCH_SCALE=0.1 for a county of 5,000). Prints, with the size in the name (issue 17),
`dashboard_50k_s` (every figure of the wave), `filter_50k_s` (the same for the largest township),
`report_50k_s` (the meeting pack), each with its ratio to the scan, `first_read_50k_s` (the first figures, which
count every stratum's tool groups: store/group_summaries.py) and `db_kb_per_respondent` (pages in use).
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

RESPONDENTS = 50_000  # a 地级市 (issue 17): 10–20 counties
REPEATS = 3  # the median of three runs of each, so one hiccup does not decide the ratio


def make_county(path: Path, count: int, seed: int = 2026) -> None:
    """About 15 tools × 30 days per respondent, all in one wave as after an import."""
    write_demo(path, count, seed=seed, until=date(2026, 11, 20), apps=(8, 8), groups=(7, 7))
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

        township = storage.db.execute(
            "SELECT trim(township_name) AS t FROM respondent GROUP BY t ORDER BY count(*) DESC, t LIMIT 1"
        ).fetchone()[0]
        scan_s = timed(scan)
        # The county's wave was set by one UPDATE after the cadres were written, so the first read counts every
        # stratum's groups again (as after an upgrade to m021); an import adds its cadres as it writes them.
        start = time.perf_counter()
        compute(storage, Filters(wave_id=DEMO_WAVE.id))
        first_s = time.perf_counter() - start
        dashboard_s = timed(lambda: compute(storage, Filters(wave_id=DEMO_WAVE.id)))
        filter_s = timed(lambda: compute(storage, Filters(wave_id=DEMO_WAVE.id, township=township)))
        start = time.perf_counter()
        write_pdf(storage, Path(scratch) / "pack.pdf", Filters(wave_id=DEMO_WAVE.id))
        report_s = time.perf_counter() - start
        storage.close()
    size = f"{count // 1000}k" if count >= 1000 else str(count)
    print(f"scan_s: {scan_s:.2f}")
    for name, seconds in (("dashboard", dashboard_s), ("filter", filter_s), ("report", report_s)):
        print(f"{name}_{size}_s: {seconds:.2f}")
        print(f"{name}_vs_scan_ratio: {seconds / scan_s:.2f}")
    print(f"first_read_{size}_s: {first_s:.2f}  (every stratum's groups counted again)")
    print(f"db_kb_per_respondent: {kb_per_respondent:.1f}")


if __name__ == "__main__":
    main()
