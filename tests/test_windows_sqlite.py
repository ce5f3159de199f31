"""python.org's Windows SQLite reads file: URIs only where a connection asks: imports, restores and exports work there."""

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import windows_sqlite

ROOT = Path(__file__).resolve().parent.parent


def run_as_on_windows(script: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, windows_sqlite.ENV: "1", "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'tests'}"}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(script)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)


def test_under_the_simulated_windows_sqlite_a_plain_connection_cannot_attach_by_uri_but_an_import_works(tmp_path):
    result = run_as_on_windows(f"""
        import windows_sqlite
        windows_sqlite.switch_uri_off()
        assert not windows_sqlite.uri_names_everywhere()   # what broke every import before
        from datetime import date
        from pathlib import Path
        from burden_survey.cli.demo import write_demo_files
        from burden_survey.survey_files.importer import import_paths
        from burden_survey.store.storage import Storage
        files = write_demo_files(Path("调查 文件#1"), 3, seed=4, until=date(2026, 11, 30))
        storage = Storage.open(Path("县 汇总%.db"))
        report = import_paths(storage, files, accept_new_waves=True, today=date(2026, 12, 1))
        print([r.status for r in report.results], [r.reason for r in report.results if r.reason])
    """, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("['imported', 'imported', 'imported']"), result.stdout


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node


def test_no_module_opens_sqlite_but_through_the_one_helper_that_reads_uris():
    offenders = []
    for folder in ("burden_survey", "ui", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.name == "connections.py":
                continue
            for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
                func = call.func
                bare = isinstance(func, ast.Attribute) and func.attr == "connect" and \
                    isinstance(func.value, ast.Name) and func.value.id == "sqlite3"
                # sqlite-utils opens its own connection from a path or memory=True: it must get one of ours.
                own = isinstance(func, ast.Name) and func.id == "Database" and not (
                    call.args and isinstance(call.args[0], ast.Call) and getattr(call.args[0].func, "id", "") == "connect")
                if bare or own:
                    offenders.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert offenders == []
