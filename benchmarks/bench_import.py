"""Import benchmark: 2,000 cadre files into an empty database, against ATTACH + INSERT … SELECT copies.

Run with `make bench` (BENCH_SCALE=0.1 for a smaller run). Each measured phase runs in its own process so
that its peak memory is its own. Two baselines copy the same rows with no checks: `raw` into the project's
schema, `lean` into the same tables with no secondary index and no summaries (issue 17). Prints
`import_files_per_s`, `import_vs_raw_ratio`, `import_vs_lean_ratio`, `import_peak_rss_mb`, and
`undo_import_s` twice: for the import into the empty database and into a city of 50,000 cadres.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILES = 2000
CITY = 50_000  # the database the files go into for `undo_city_s`: a 地级市 (issue 17)
CONTENT_TABLES = ("respondent", "tool", "daily_minutes", "quota", "rule_answer")


def make_files(folder: Path, count: int) -> list[Path]:
    """About 15 tools × 30 days per cadre, as the issue asks."""
    from burden_survey.cli.demo import write_demo_files

    return write_demo_files(folder, count, seed=2026, until=date(2026, 11, 20), apps=(8, 8), groups=(7, 7))


def raw_copy(db: Path, files: list[Path]) -> None:
    """The baseline: no checks at all, one transaction per file like the importer."""
    from burden_survey.system.connections import connect, read_only_uri
    from burden_survey.store.storage import Storage

    Storage.open(db).close()
    conn = connect(db, isolation_level=None)
    conn.execute("PRAGMA synchronous=NORMAL")
    for path in files:
        conn.execute("ATTACH DATABASE ? AS src", [read_only_uri(path)])
        conn.execute("BEGIN")
        conn.execute("INSERT OR IGNORE INTO main.wave SELECT * FROM src.wave")
        for table in CONTENT_TABLES:
            conn.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE src")
    conn.close()


def lean_copy(db: Path, files: list[Path]) -> None:
    """The issue's lean copy: the same tables (keys and WITHOUT ROWID as ours) but no secondary index, no summary,
    WAL; the rows copied as `raw_copy` copies them."""
    from burden_survey.system.connections import connect, read_only_uri
    from burden_survey.store.storage import Storage

    template = db.with_name("lean-template.db")
    Storage.open(template).close()
    source = connect(template)
    names = ("wave",) + CONTENT_TABLES
    tables = [source.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone()[0]
              for name in names]
    source.close()
    conn = connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    for sql in tables:
        conn.execute(sql)
    for path in files:
        conn.execute("ATTACH DATABASE ? AS src", [read_only_uri(path)])
        conn.execute("BEGIN")
        conn.execute("INSERT OR IGNORE INTO main.wave SELECT * FROM src.wave")
        for table in CONTENT_TABLES:
            conn.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE src")
    conn.close()


def checked_import(db: Path, files: list[Path]) -> int:
    from burden_survey.survey_files.importer import import_paths
    from burden_survey.store.storage import Storage

    storage = Storage.open(db)
    report = import_paths(storage, files, accept_new_waves=True, today=date(2026, 11, 22))
    storage.close()
    if report.count("imported") != len(files):
        raise SystemExit(f"expected {len(files)} imported, got {[(r.name, r.status, r.reason) for r in report.results if r.status != 'imported'][:3]}")
    return report.batch_id


def undo(db: Path, batch_id: int, kept: int = 0) -> None:
    """「撤销这次导入」 of the import just timed (issue 17: no copy of the database, its own records)."""
    from burden_survey.survey_files.import_undo import undo_import
    from burden_survey.store.storage import Storage

    storage = Storage.open(db)
    start = time.perf_counter()
    undone = undo_import(storage, batch_id)
    seconds = time.perf_counter() - start
    left = storage.db.execute("SELECT count(*) FROM respondent WHERE wave_id IS NOT NULL").fetchone()[0]
    storage.close()
    if left != kept:
        raise SystemExit(f"undo left {left} respondents, expected {kept} ({undone})")
    print(json.dumps({"seconds": seconds}))


def city_undo(folder: Path, files: list[Path]) -> None:
    """The files imported into a city's database (CITY cadres in all, at BENCH_SCALE), then that import undone."""
    from bench_dashboard import make_county

    db = folder.parent / "city.db"
    city = max(len(files) * 2, round(CITY * float(os.environ.get("BENCH_SCALE", "1"))))
    make_county(db, city - len(files), seed=2027)  # another seed: the files' cadres are new to the city
    first_read(db)  # the city's groups counted once, as a city database has them before its next import
    start = time.perf_counter()
    batch_id = checked_import(db, files)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "city": city, "read_after_s": first_read(db)}))
    undo(db, batch_id, kept=city - len(files))


def first_read(db: Path) -> float:
    """Seconds to the dashboard's figures of every wave (what a supervisor opens after an import)."""
    from burden_survey.indicators.figures import Filters
    from burden_survey.indicators.indicators import compute
    from burden_survey.store.storage import Storage

    storage = Storage.open(db)
    start = time.perf_counter()
    compute(storage, Filters())
    seconds = time.perf_counter() - start
    storage.close()
    return seconds


def run_phase(phase: str, folder: Path) -> dict:
    """Time one phase in a child process; return its seconds and peak memory."""
    out = subprocess.run([sys.executable, __file__, "--phase", phase, str(folder)], check=True,
                         capture_output=True, text=True).stdout
    lines = [json.loads(line) for line in out.strip().splitlines() if line.startswith("{")]
    return {**lines[0], "undo_s": lines[1]["seconds"]} if len(lines) > 1 else lines[0]


def child(phase: str, folder: Path) -> None:
    files = sorted(folder.glob("*.bsurvey"))
    db = folder.parent / f"{phase}.db"
    if phase == "city":
        return city_undo(folder, files)
    start = time.perf_counter()
    batch_id = {"raw": raw_copy, "lean": lean_copy, "import": checked_import}[phase](db, files)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "files": len(files)}))
    if phase == "import":
        undo(db, batch_id)


def main() -> None:
    count = max(10, round(FILES * float(os.environ.get("BENCH_SCALE", "1"))))
    with tempfile.TemporaryDirectory(prefix="bench-import-") as scratch:
        folder = Path(scratch) / "files"
        started = time.perf_counter()
        make_files(folder, count)
        print(f"generated {count} files in {time.perf_counter() - started:.1f} s")
        raw = run_phase("raw", folder)
        lean = run_phase("lean", folder)
        ours = run_phase("import", folder)
        city = run_phase("city", folder)
    print(f"raw_attach_copy_s: {raw['seconds']:.2f}")
    print(f"lean_attach_copy_s: {lean['seconds']:.2f}")
    print(f"import_s: {ours['seconds']:.2f}")
    print(f"import_files_per_s: {count / ours['seconds']:.0f}")
    print(f"import_vs_raw_ratio: {ours['seconds'] / raw['seconds']:.2f}")
    print(f"import_vs_lean_ratio: {ours['seconds'] / lean['seconds']:.2f}  (issue 17: goal ≤ 3)")
    print(f"import_peak_rss_mb: {ours['peak_mb']:.0f}")
    print(f"raw_peak_rss_mb: {raw['peak_mb']:.0f}")
    print(f"undo_import_s: {ours['undo_s']:.2f}")
    print(f"undo_vs_import_ratio: {ours['undo_s'] / ours['seconds']:.2f}")
    print(f"import_into_city_s: {city['seconds']:.2f}  ({city['city']} cadres after it)")
    print(f"dashboard_after_city_import_s: {city['read_after_s']:.2f}  (its new cadres already in their groups)")
    print(f"undo_city_s: {city['undo_s']:.2f}")
    print(f"undo_city_vs_import_ratio: {city['undo_s'] / city['seconds']:.2f}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--phase":
        child(sys.argv[2], Path(sys.argv[3]))
    else:
        main()
