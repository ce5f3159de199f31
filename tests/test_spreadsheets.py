"""Excel and CSV writing, read back as a user's spreadsheet program would: the organiser's full data (the
de-identified default is in test_microdata.py, the passphrase in test_full_export.py)."""

import csv
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from burden_survey.survey_files.filestore import ExportFailed
from burden_survey.survey.model import Profile, Quota, RuleAnswer, Tool
from burden_survey.disclosure.guard import Guard
from burden_survey.disclosure.policy import Policy
from burden_survey.spreadsheets import full_export
from burden_survey.spreadsheets.group_sheet import township_table
from burden_survey.spreadsheets.spreadsheets import display_width
from burden_survey.store.storage import Storage
from burden_survey.survey.survey_file import Wave

WAVE = Wave("XS2026A", "锡山区2026年第四季度", "2026.1")
OTHER_WAVE = Wave("XS2027A", "锡山区2027年第一季度", "2026.1")
MONDAY, TUESDAY, SATURDAY = date(2026, 11, 16), date(2026, 11, 17), date(2026, 11, 21)
SUPPRESSION_NOTE = "少于 5 人的组不显示，以保护答卷人"


def export_xlsx(storage: Storage, path, wave_id: str | None = None, progress=None):
    """The full data, as the organiser gets it once the passphrase was given (test_full_export.py checks that)."""
    return full_export.export_full_xlsx(storage, path, full_export.FullAccess(wave_id, ""), progress)


def export_csv(storage: Storage, folder, wave_id: str | None = None):
    return full_export.export_full_csv(storage, folder, full_export.FullAccess(wave_id, ""))


def add_cadre(storage: Storage, township: str, wave: Wave = WAVE, code: str = "101") -> str:
    """One respondent of a wave: two tools, minutes on Monday, Tuesday and Saturday, a quota and two answers."""
    profile = Profile(province_code="320000", city_code="320200", county_code="320205", township_name=township,
                      township_code=f"320205{code}000", unit_type="township_organ", post="staff", work_phone=True)
    tools = [Tool("学习强国", "app", actions=["points"], formality_share=100, usefulness=2,
                  note="张科长每天催"),
             Tool("镇干部工作群", "work_group", group_size="50_199", formality_share=50)]
    minutes = [(0, MONDAY, 40), (0, TUESDAY, 20), (1, MONDAY, 20), (0, SATURDAY, 100)]
    quotas = [Quota("苏服办", assigned_by="county", target_count=160, deadline=date(2026, 12, 31),
                    counted_in_assessment=True, methods=["door_to_door"], note="王书记布置")]
    answers = [RuleAnswer("Q1", "yes"), RuleAnswer("Q15", "yes", {"systems": 3})]
    rid = storage.add_respondent_bundle(profile, tools, minutes, quotas, answers)
    storage.add_wave(wave)
    with storage.db.atomic():
        storage.db.execute("UPDATE respondent SET wave_id = ? WHERE id = ?", [wave.id, rid])
    return rid


@pytest.fixture
def county(storage):
    """Six cadres in 东港镇 and two in 锡北镇 (too few to show) in one wave, one cadre in another wave."""
    for _ in range(6):
        add_cadre(storage, "东港镇")
    for _ in range(2):
        add_cadre(storage, "锡北镇", code="102")
    add_cadre(storage, "羊尖镇", OTHER_WAVE, code="103")
    return storage


def rows(sheet) -> list[tuple]:
    return list(sheet.iter_rows(values_only=True))


def test_the_workbook_has_one_sheet_per_table_with_chinese_headers_and_a_frozen_header_row(county, tmp_path):
    book = load_workbook(export_xlsx(county, tmp_path / "县汇总.xlsx", WAVE.id))

    assert book.sheetnames == ["答卷", "数字任务", "每日用时", "摊派下载", "规定对照", "按乡镇汇总", "说明"]
    assert rows(book["答卷"])[0][:3] == ("答卷编号", "调查批次", "修订版本")
    assert rows(book["规定对照"])[0] == ("答卷编号", "题号", "问题", "回答", "补充")
    assert all(book[name].freeze_panes == "A2" for name in ("答卷", "数字任务", "摊派下载", "规定对照"))
    assert book["每日用时"].freeze_panes == "D2"  # the respondent, tool and kind stay in view beside the dates


def test_codes_are_shown_as_their_chinese_labels(county, tmp_path):
    book = load_workbook(export_xlsx(county, tmp_path / "out.xlsx", WAVE.id))

    respondent = dict(zip(rows(book["答卷"])[0], rows(book["答卷"])[1]))
    assert (respondent["省"], respondent["市"], respondent["县（市、区）"]) == ("江苏省", "无锡市", "锡山区")
    assert respondent["单位类型"] == "乡镇(街道)机关" and respondent["是否配发工作手机"] == "是"
    tool = dict(zip(rows(book["数字任务"])[0], rows(book["数字任务"])[1]))
    assert (tool["类型"], tool["要求的操作"]) == ("政务APP", "学习刷积分")
    answer = rows(book["规定对照"])[2]
    assert answer[1:] == ("Q15", "同一项数据是否需要在两个或更多系统中重复填报？", "是", "涉及几个系统：3")


def test_a_township_with_fewer_than_five_respondents_is_left_out_and_a_note_says_why(county, tmp_path):
    book = load_workbook(export_xlsx(county, tmp_path / "out.xlsx", WAVE.id))
    summary = rows(book["按乡镇汇总"])

    assert [r[1] for r in summary[1:] if r[1]] == ["东港镇"]
    assert not any("锡北镇" in str(cell) for row in summary for cell in row)
    assert f"未显示的乡镇：1 个。{SUPPRESSION_NOTE}。" in [r[0] for r in summary]


def test_the_township_summary_averages_minutes_over_logged_workdays(county):
    """Worked out without the noise (a guard without cell keys), as the dashboard's arithmetic tests do."""
    table = township_table(county, WAVE.id, Guard(Policy(), None))
    [dong_gang] = table.rows

    # Monday 60 minutes, Tuesday 20, Saturday not a workday: (60 + 20) / 2 days = 40.
    assert dict(zip(table.headers, dong_gang)) == {
        "县（市、区）": "江苏省无锡市锡山区", "乡镇（街道）": "东港镇", "答卷人数": 6, "人均数字任务数（均值）": 2,
        "人均每工作日分钟（均值）": 40, "其中留痕分钟（均值）": 35,
    }


def test_dates_are_real_dates(county, tmp_path):
    book = load_workbook(export_xlsx(county, tmp_path / "out.xlsx", WAVE.id))

    minutes = rows(book["每日用时"])
    assert minutes[0][3:] == (datetime(2026, 11, 16), datetime(2026, 11, 17), datetime(2026, 11, 21))
    assert minutes[1][:4] == (minutes[1][0], "学习强国", "政务APP", 40)
    quota = dict(zip(rows(book["摊派下载"])[0], rows(book["摊派下载"])[1]))
    assert quota["截止日期"] == datetime(2026, 12, 31)
    assert book["摊派下载"]["H2"].number_format == "yyyy-mm-dd"


def test_an_export_holds_only_the_chosen_wave_and_random_ids(county, tmp_path):
    book = load_workbook(export_xlsx(county, tmp_path / "out.xlsx", WAVE.id))
    ids = {r[0] for r in rows(book["答卷"])[1:]}

    assert len(ids) == 8 and all(i.startswith("R") and len(i) == 17 for i in ids)
    assert {r[1] for r in rows(book["答卷"])[1:]} == {WAVE.id}
    everything = load_workbook(export_xlsx(county, tmp_path / "all.xlsx"))
    assert len(rows(everything["答卷"])) == 1 + 9


def test_free_text_notes_and_deleted_tools_and_quotas_are_not_exported(county, tmp_path):
    rid = add_cadre(county, "东港镇")
    county.delete_tool(county.list_tools(rid)[1].id)
    county.delete_quota(county.list_quotas(rid)[0].id)
    book = load_workbook(export_xlsx(county, tmp_path / "out.xlsx", WAVE.id))

    text = " ".join(str(cell) for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row)
    assert "张科长" not in text and "王书记" not in text
    assert [r[1] for r in rows(book["数字任务"]) if r[0] == rid] == ["学习强国"]
    assert [r for r in rows(book["每日用时"]) if r[0] == rid and r[1] == "镇干部工作群"] == []
    assert [r for r in rows(book["摊派下载"]) if r[0] == rid] == []


def test_columns_are_wide_enough_for_chinese_text(county, tmp_path):
    book = load_workbook(export_xlsx(county, tmp_path / "out.xlsx", WAVE.id))

    assert display_width("学习强国") == 8 and display_width("R1A") == 3
    assert book["数字任务"].column_dimensions["B"].width >= display_width("镇干部工作群")
    assert book["规定对照"].column_dimensions["C"].width == 50  # long questions are capped, not sprawling


def test_csv_files_start_with_a_byte_order_mark_and_read_back_as_utf8(county, tmp_path):
    files = export_csv(county, tmp_path / "csv", WAVE.id)

    assert [f.name for f in files] == [f"{WAVE.id}-完整数据-{name}.csv" for name in
                                      ("答卷", "数字任务", "每日用时", "摊派下载", "规定对照", "按乡镇汇总", "说明")]
    assert all(f.read_bytes().startswith(b"\xef\xbb\xbf") for f in files)
    with open(files[2], encoding="utf-8-sig", newline="") as f:
        minutes = list(csv.reader(f))
    assert minutes[0] == ["答卷编号", "工具名称", "类型", "日期", "分钟"]
    assert minutes[1][1:] == ["学习强国", "政务APP", "2026-11-16", "40"]
    with open(files[5], encoding="utf-8-sig", newline="") as f:
        assert [f"未显示的乡镇：1 个。{SUPPRESSION_NOTE}。"] in list(csv.reader(f))


def test_an_unwritable_target_says_so_and_leaves_no_partial_file(county, tmp_path):
    with pytest.raises(ExportFailed) as raised:
        export_xlsx(county, tmp_path / "no-such-folder" / "out.xlsx", WAVE.id)

    assert "无法写入" in raised.value.message and "WPS" in raised.value.advice
    assert list(tmp_path.glob("**/*.part")) == []


def test_progress_is_reported_sheet_by_sheet(county, tmp_path):
    seen = []
    export_xlsx(county, tmp_path / "out.xlsx", WAVE.id, progress=lambda done, total, name: seen.append((done, name)))

    assert seen[0] == (0, "答卷") and seen[-1] == (7, "")


HOSTILE = ['=HYPERLINK("http://evil.example","点击")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "群\x01\x1b[31m名"]


def test_text_that_looks_like_a_formula_stays_text_and_control_characters_do_not_break_the_export(storage, tmp_path):
    """Found in the attack on format 1: a tool named 「=HYPERLINK(…)」 became a live formula in both exports, and a
    control character made every later .xlsx export fail."""
    rid = add_cadre(storage, "东港镇")
    for name in HOSTILE:  # as an imported file may carry them: the entry form would not let them in
        storage.db.execute("INSERT INTO tool (respondent_id, name, kind, created_at, updated_at) "
                           "VALUES (?, ?, 'app', '2026-11-01', '2026-11-01')", [rid, name])
    storage.db.conn.commit()

    sheet = load_workbook(export_xlsx(storage, tmp_path / "x.xlsx", WAVE.id))["数字任务"]
    cells = [row[1] for row in sheet.iter_rows(min_row=2)]
    shown = {c.value: c for c in cells}
    for name in HOSTILE[:4]:
        assert shown[name].data_type == "s" and shown[name].quotePrefix, name
    assert "群\ufffd\ufffd[31m名" in shown

    [tools_csv] = [p for p in export_csv(storage, tmp_path / "csv", WAVE.id) if "数字任务" in p.name]
    names = [row[1] for row in csv.reader(tools_csv.open(encoding="utf-8-sig"))][1:]
    assert {"'" + n for n in HOSTILE[:4]} <= set(names)
    assert not any(n.startswith(("=", "+", "-", "@")) for n in names)
