"""Import benchmark: 2,000 cadre files into an empty database, against a raw ATTACH + INSERT … SELECT copy.

Run with `make bench` (BENCH_SCALE=0.1 for a smaller run). Each measured phase runs in its own process so
that its peak memory is its own. Prints `import_files_per_s`, `import_vs_raw_ratio`, `import_peak_rss_mb`.
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


def checked_import(db: Path, files: list[Path]) -> int:
    from burden_survey.survey_files.importer import import_paths
    from burden_survey.store.storage import Storage

    storage = Storage.open(db)
    report = import_paths(storage, files, accept_new_waves=True, today=date(2026, 11, 22))
    storage.close()
    if report.count("imported") != len(files):
        raise SystemExit(f"expected {len(files)} imported, got {[(r.name, r.status, r.reason) for r in report.results if r.status != 'imported'][:3]}")
    return report.batch_id


def undo(db: Path) -> None:
    """「撤销这次导入」 of the import just timed (issue 17: no copy of the database, its own records)."""
    from burden_survey.survey_files.import_undo import undo_import
    from burden_survey.store.storage import Storage

    storage = Storage.open(db)
    start = time.perf_counter()
    undone = undo_import(storage, 1)
    seconds = time.perf_counter() - start
    left = storage.db.execute("SELECT count(*) FROM respondent WHERE wave_id IS NOT NULL").fetchone()[0]
    storage.close()
    if left:
        raise SystemExit(f"undo left {left} respondents ({undone})")
    print(json.dumps({"seconds": seconds}))


def run_phase(phase: str, folder: Path) -> dict:
    """Time one phase in a child process; return its seconds and peak memory."""
    out = subprocess.run([sys.executable, __file__, "--phase", phase, str(folder)], check=True,
                         capture_output=True, text=True).stdout
    lines = [json.loads(line) for line in out.strip().splitlines() if line.startswith("{")]
    return {**lines[0], "undo_s": lines[1]["seconds"]} if len(lines) > 1 else lines[0]


def child(phase: str, folder: Path) -> None:
    files = sorted(folder.glob("*.bsurvey"))
    db = folder.parent / f"{phase}.db"
    start = time.perf_counter()
    (raw_copy if phase == "raw" else checked_import)(db, files)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "files": len(files)}))
    if phase == "import":
        undo(db)


def main() -> None:
    count = max(10, round(FILES * float(os.environ.get("BENCH_SCALE", "1"))))
    with tempfile.TemporaryDirectory(prefix="bench-import-") as scratch:
        folder = Path(scratch) / "files"
        started = time.perf_counter()
        make_files(folder, count)
        print(f"generated {count} files in {time.perf_counter() - started:.1f} s")
        raw = run_phase("raw", folder)
        ours = run_phase("import", folder)
    print(f"raw_attach_copy_s: {raw['seconds']:.2f}")
    print(f"import_s: {ours['seconds']:.2f}")
    print(f"import_files_per_s: {count / ours['seconds']:.0f}")
    print(f"import_vs_raw_ratio: {ours['seconds'] / raw['seconds']:.2f}")
    print(f"import_peak_rss_mb: {ours['peak_mb']:.0f}")
    print(f"raw_peak_rss_mb: {raw['peak_mb']:.0f}")
    print(f"undo_import_s: {ours['undo_s']:.2f}")
    print(f"undo_vs_import_ratio: {ours['undo_s'] / ours['seconds']:.2f}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--phase":
        child(sys.argv[2], Path(sys.argv[3]))
    else:
        main()
