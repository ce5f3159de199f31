"""A cadre who edits their own database before exporting signs hostile text legitimately: whatever the import takes,
every output (figures, .xlsx, CSV, the aggregate, the PDF) still completes, and no cell becomes a formula."""

from __future__ import annotations

import csv
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from burden_survey.cli.demo import write_demo
from burden_survey.indicators.figures import Filters
from burden_survey.indicators.indicators import compute, indicators_to_json
from burden_survey.report.report import write_pdf
from burden_survey.spreadsheets.full_export import FullAccess, export_full_csv, export_full_xlsx
from burden_survey.spreadsheets.microdata import export_csv, export_xlsx
from burden_survey.store.storage import Storage
from burden_survey.survey_files.filestore import export_aggregate, export_response
from burden_survey.survey_files.importer import import_paths
from fuzz_support import DAY, FUZZ, TODAY, WAVE

# Where a cadre's typed text lives; each is shown somewhere: tables, charts, the PDF, the aggregate.
TEXT_CELLS = [("tool", "name"), ("tool", "note"), ("tool", "line_department"), ("tool", "rank_metric"),
              ("tool", "same_data_as"), ("tool", "group_overlaps"), ("quota", "tool_name"), ("quota", "note"),
              ("respondent", "township_name"), ("respondent", "township_code"), ("rule_answer", "details")]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NASTY = ["\u202e", "\u200b", "\ufeff", "\x00", "\x1b[2J", "\x07", "<b>", "</td>", "&amp;", "%s", "{0}", "\\", "'",
         '"', "😀", "𠀀", "堃", "\n", "\r\n", "\u2028", "🏳️‍🌈", "\U0010fffd", "ﷺ", " "]

hostile_text = st.one_of(
    st.sampled_from(["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", '=HYPERLINK("http://x","点此")',
                     "\t=1", "=" * 60, "-" * 3000, '{"a": [[[[[[[[1]]]]]]]]}', "[]", "null", "1e309"]),
    st.builds(lambda start, body: start + body, st.sampled_from(FORMULA_STARTS), st.text(max_size=30)),
    st.lists(st.sampled_from(NASTY), max_size=30).map("".join),
    st.text(max_size=80),  # anything Unicode holds, control characters and lone marks included
    st.text(min_size=55, max_size=70),  # around the name limit
    st.integers(min_value=1, max_value=200).map(lambda n: "长" * n * 50),  # far beyond any limit
)


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    """One sample cadre's database, and a supervisor's database holding two other cadres: copied for each case."""
    folder = tmp_path_factory.mktemp("hostile")
    write_demo(folder / "cadre.db", 1, 21, until=DAY, days=7, apps=(3, 4), groups=(2, 3))
    write_demo(folder / "others.db", 2, 22, until=DAY, days=7, apps=(3, 4), groups=(2, 3))
    others = Storage.open(folder / "others.db")
    files = []
    for number, (rid,) in enumerate(others.db.execute("SELECT id FROM respondent ORDER BY rowid").fetchall()):
        files.append(folder / f"other{number}.bsurvey")
        export_response(others, WAVE, files[-1], source_id=rid)
    others.close()
    supervisor = Storage.open(folder / "supervisor.db")
    import_paths(supervisor, files, accept_new_waves=True, today=TODAY)
    supervisor.close()
    return folder


def _plant(database: Path, table: str, column: str, value: str) -> None:
    """What the cadre does with a database tool: every row of the column gets the value, no rule applied."""
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute(f'UPDATE "{table}" SET "{column}" = ?', [value])
    finally:
        conn.close()


@settings(FUZZ, max_examples=min(FUZZ.max_examples, 12))
@given(cell=st.sampled_from(TEXT_CELLS), value=hostile_text)
def test_hostile_text_never_breaks_an_output_nor_becomes_a_formula(sample, tmp_path_factory, cell, value):
    work = tmp_path_factory.mktemp("case")
    shutil.copyfile(sample / "cadre.db", work / "cadre.db")
    shutil.copyfile(sample / "supervisor.db", work / "supervisor.db")
    _plant(work / "cadre.db", *cell, value)
    cadre = Storage.open(work / "cadre.db")
    try:
        export_response(cadre, WAVE, work / "hostile.bsurvey")
    finally:
        cadre.close()
    supervisor = Storage.open(work / "supervisor.db")
    try:
        [result] = import_paths(supervisor, [work / "hostile.bsurvey"], today=TODAY).results
        assert result.status in ("imported", "rejected") and (result.status == "imported" or result.reason)

        indicators_to_json(compute(supervisor, Filters(WAVE.id)))
        full = FullAccess(WAVE.id, "")  # the full data shows every name as typed: the harder case
        for xlsx, csvs in ((export_xlsx(supervisor, work / "out.xlsx", WAVE.id),
                            export_csv(supervisor, work / "csv", WAVE.id)),
                           (export_full_xlsx(supervisor, work / "full.xlsx", full),
                            export_full_csv(supervisor, work / "full-csv", full))):
            book = load_workbook(xlsx)
            formulas = [c.coordinate for sheet in book for row in sheet.iter_rows() for c in row if c.data_type == "f"]
            assert formulas == []
            for written in csvs:
                with open(written, encoding="utf-8-sig", newline="") as file:
                    cells = [v for row in csv.reader(file) for v in row]
                # 「="320205001001"」 is ours, for a code of digits only (safe_cells.Code): no typed text gets it
                assert not [v for v in cells if v[:1] in ("=", "+", "@") and not v.startswith("'")
                            and not re.fullmatch(r'="[0-9]+"', v)]
        export_aggregate(supervisor, WAVE.id, work / "up.bsurvey")
        pdf = write_pdf(supervisor, work / "pack.pdf", Filters(WAVE.id)).read_bytes()
        assert pdf.startswith(b"%PDF") and b"%%EOF" in pdf[-64:]
    finally:
        supervisor.close()
