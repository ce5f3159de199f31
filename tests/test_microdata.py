"""The de-identified per-respondent export, read back as a superior would read it, on a 300-cadre county with a
one-person township and a one-person unit type."""

import csv
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

import sample_county
from burden_survey.cli.demo import DEMO_WAVE
from burden_survey.disclosure.policy import Policy
from burden_survey.spreadsheets import deidentify, microdata
from burden_survey.spreadsheets.full_export import FullAccess, export_full_xlsx
from burden_survey.store import audit
from burden_survey.store.storage import Storage

QUASI = ("省", "市", "县（市、区）", "乡镇（街道）", "乡镇/村区划代码", "单位类型", "岗位", "任职年限", "编制性质",
         "是否配发工作手机")
K = Policy().k


@pytest.fixture(scope="module")
def county_file(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("county")
    return folder / "county.db", sample_county.build(folder / "county.db")


@pytest.fixture
def county(county_file, tmp_path):
    store = Storage.open(sample_county.copy_to(county_file[0], tmp_path))
    yield store
    store.close()


class Book:
    """An exported workbook read once (read-only, as fast as openpyxl reads): its sheets' rows."""

    def __init__(self, path: Path, only: tuple[str, ...] = ()):
        workbook = load_workbook(path, read_only=True)
        self.sheets = {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in workbook
                       if not only or sheet.title in only}
        workbook.close()

    def __getitem__(self, name: str) -> list[tuple]:
        return self.sheets[name]

    def __iter__(self):
        return iter(self.sheets.values())


@pytest.fixture(scope="module")
def exported(county_file, tmp_path_factory):
    """One de-identified workbook of the county, with the Microdata that made it."""
    folder = tmp_path_factory.mktemp("exported")
    store = Storage.open(sample_county.copy_to(county_file[0], folder))
    try:
        path = microdata.export_xlsx(store, folder / "out.xlsx", DEMO_WAVE.id)
        last = audit.entries(store, "export", limit=1)[0]
    finally:
        store.close()
    return Book(path), last


def export(county, path: Path, only: tuple[str, ...] = ("答卷",)) -> Book:
    return Book(microdata.export_xlsx(county, path, DEMO_WAVE.id), only)


def sheet_rows(rows: list[tuple]) -> list[dict]:
    return [dict(zip(rows[0], row)) for row in rows[1:] if row and row[0] is not None]


def csv_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [row for row in csv.DictReader(f) if row.get("答卷编号")]


def quasi_combinations(rows: list[dict]) -> Counter:
    return Counter(tuple(row.get(heading) for heading in QUASI) for row in rows)


def every_cell(book: Book) -> list[str]:
    return [str(cell) for sheet in book for row in sheet for cell in row if cell is not None]


def test_every_profile_combination_in_the_workbook_has_at_least_k_respondents(exported):
    book, _ = exported
    respondents = sheet_rows(book["答卷"])

    assert min(quasi_combinations(respondents).values()) >= K
    assert len(respondents) >= 0.95 * (sample_county.RESPONDENTS + 1)


def test_every_profile_combination_in_the_csv_files_has_at_least_k_respondents(county, tmp_path):
    files = {p.name: p for p in microdata.export_csv(county, tmp_path / "csv", DEMO_WAVE.id)}

    assert min(quasi_combinations(csv_rows(files[f"{DEMO_WAVE.id}-答卷.csv"])).values()) >= K


def test_the_lone_township_and_the_lone_unit_type_cannot_be_found_in_the_file(exported):
    book, _ = exported
    respondents = sheet_rows(book["答卷"])

    assert sample_county.LONE_TOWNSHIP not in every_cell(book)
    assert "基层国有企事业单位" not in {row.get("单位类型") for row in respondents}


def test_the_notes_sheet_says_what_was_generalised_and_how_many_were_left_out(county, tmp_path):
    data = microdata.Microdata(county, DEMO_WAVE.id)
    book = export(county, tmp_path / "out.xlsx", ("答卷", "说明"))
    notes = {row[0]: row[1] for row in book["说明"][1:]}

    assert notes["未导出的答卷"].startswith(f"{data.plan.suppressed} 份")
    assert data.plan.changes and all(change in notes["基本情况"] for change in data.plan.changes)
    assert len(sheet_rows(book["答卷"])) == sample_county.RESPONDENTS + 1 - data.plan.suppressed


def test_no_database_id_is_in_the_file_and_two_exports_share_no_id(county, tmp_path):
    database_ids = {row[0] for row in county.db.execute("SELECT id FROM respondent")}
    first = export(county, tmp_path / "1.xlsx", ("答卷", "数字任务", "每日用时", "摊派下载", "规定对照"))
    second = export(county, tmp_path / "2.xlsx")

    cells = set(every_cell(first))
    assert not cells & database_ids
    ids = [{row["答卷编号"] for row in sheet_rows(book["答卷"])} for book in (first, second)]
    assert ids[0] and not ids[0] & ids[1]
    assert {row["答卷编号"] for row in sheet_rows(first["数字任务"])} <= ids[0]  # the sheets still join up


def test_two_exports_cannot_be_lined_up_by_row_order(county, tmp_path):
    """Rows follow the fresh ids: the n-th respondent of one export is not the n-th of the next."""
    profiles = [[row[2:] for row in export(county, tmp_path / f"{n}.xlsx")["答卷"][1:]] for n in range(2)]
    assert profiles[0] != profiles[1] and sorted(profiles[0]) == sorted(profiles[1])


def test_no_free_text_and_no_timestamp_leaves_in_the_file(exported):
    book, _ = exported
    headers = {cell for sheet in book for cell in sheet[0] if cell}
    text = " ".join(every_cell(book))

    assert sample_county.LONE_NOTE not in text and sample_county.LONE_DEPARTMENT not in text
    for free_text in ("备注", "排名依据", "与哪些工具数据重复", "工作群：重叠的群", "乡镇/村区划代码", "修订版本"):
        assert free_text not in headers
    assert not any(word in str(h) for h in headers for word in ("时间", "created", "updated"))
    assert "T" not in "".join(c for c in text.split() if c[:2] == "20" and ":" in c)  # no ISO timestamps


def test_a_tool_name_typed_by_one_person_becomes_other(exported):
    book, _ = exported
    names = {row["名称"] for row in sheet_rows(book["数字任务"])}
    quota_apps = {row["应用名称"] for row in sheet_rows(book["摊派下载"])}

    assert sample_county.LONE_TOOL not in " ".join(every_cell(book))
    assert "孤山镇专用APP" not in quota_apps
    assert "学习强国" in names and "镇干部工作群" in names  # catalogue names and names many typed stay


def test_a_registered_app_keeps_its_name_even_when_one_person_typed_it(county, tmp_path):
    county.db.execute("INSERT INTO registry_app (name, kind, created_at, updated_at) VALUES (?, 'app', '', '')",
                      [sample_county.LONE_TOOL])
    county.db.conn.commit()
    data = microdata.Microdata(county, DEMO_WAVE.id)

    assert data.tool_names(sample_county.LONE_TOOL) == sample_county.LONE_TOOL
    assert data.tool_names("从没登记过的小程序") == Policy().other_label


def test_the_township_sheet_shows_no_group_below_k_and_asks_the_guard(exported):
    book, _ = exported
    townships = sheet_rows(book["按乡镇汇总"])

    assert len(townships) >= 6 and all(row.get("答卷人数", K) >= K for row in townships)
    assert sample_county.LONE_TOWNSHIP not in every_cell(book)
    notes = [row[0] for row in book["按乡镇汇总"] if row and row[0] and "未显示" in str(row[0])]
    assert notes == [f"未显示的乡镇：1 个。少于 {K} 人的组不显示，以保护答卷人。"]


def test_the_export_is_in_the_audit_log_as_de_identified(exported):
    _, entry = exported
    assert entry.detail.startswith("去标识化 Excel 表格：out.xlsx")


def test_uniqueness_on_the_profile_falls_from_nearly_everyone_to_no_one(county, tmp_path, capsys):
    """The measure of the issue: respondents alone on their profile, in the full data and in the default export."""
    full = sheet_rows(Book(export_full_xlsx(county, tmp_path / "full.xlsx", FullAccess(DEMO_WAVE.id, "")),
                           ("答卷",))["答卷"])
    shown = sheet_rows(export(county, tmp_path / "out.xlsx")["答卷"])
    before = deidentify.unique_respondents([[row.get(h) for h in QUASI] for row in full])
    after = deidentify.unique_respondents([[row.get(h) for h in QUASI] for row in shown])
    with capsys.disabled():
        print(f"\nunique on the profile: full data {before} of {len(full)}, de-identified {after} of {len(shown)}")
    assert before > 0.8 * len(full) and after == 0


def test_the_greedy_plan_is_deterministic_and_leaves_out_only_uncoverable_people():
    rows = [(f"R{i}", "W", "320000", "320200", "320205", "东港镇", "township_organ", "staff", "lt3",
             "civil_servant", 1) for i in range(6)]
    rows.append(("R9", "W", "320000", "320200", "320205", "孤山镇", "county_organ", "leader", "gt10", "contract", 0))

    first, second = deidentify.plan(rows, 5), deidentify.plan(rows, 5)
    assert (first.headings, first.changes, first.suppressed) == (second.headings, second.changes, second.suppressed)
    assert first.suppressed == 1 and "R9" not in first.ids and first.smallest_class() == 6
    assert deidentify.plan(rows[:4], 5).ids == {}  # fewer than k in all: nobody can be shown
