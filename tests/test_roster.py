"""The roster of expected returns: loaded from an .xlsx, counted against the respondents of a wave."""

import pytest
from openpyxl import Workbook, load_workbook

from burden_survey.survey.model import Profile
from burden_survey.spreadsheets.roster import RosterRejected, load_roster, returns, write_roster_template
from burden_survey.survey.survey_file import Wave

WAVE = Wave("XS2026A", "锡山区2026年第四季度", "2026.1")
OTHER_WAVE = Wave("XS2027A", "锡山区2027年第一季度", "2026.1")


def add_respondents(storage, count: int, township: str, code: str = "", wave: Wave = WAVE) -> None:
    storage.add_wave(wave)
    for _ in range(count):
        rid = storage.add_respondent(Profile(province_code="320000", city_code="320200", county_code="320205",
                                             township_name=township, township_code=code))
        with storage.db.atomic():
            storage.db.execute("UPDATE respondent SET wave_id = ? WHERE id = ?", [wave.id, rid])


def roster_file(path, rows, title_lines=()):
    book = Workbook()
    sheet = book.active
    for line in title_lines:
        sheet.append([line])
    sheet.append(["单位", "区划代码", "应交份数"])
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


@pytest.fixture
def county(storage):
    """东港镇 41 returns (two without a code), 锡北镇 30 (no codes), 鹅湖镇 3 (not in the roster), another wave 5."""
    add_respondents(storage, 39, "东港镇", "320205101001")
    add_respondents(storage, 2, "东港镇")
    add_respondents(storage, 30, "锡北镇")
    add_respondents(storage, 3, "鹅湖镇", "320205104000")
    add_respondents(storage, 5, "东港镇", "320205101001", OTHER_WAVE)
    return storage


ROSTER = [("东港镇", "320205101", 46), ("锡北镇", None, 30), ("羊尖镇", "320205103", 20)]


def test_returns_per_unit_read_like_41_of_46(county, tmp_path):
    assert load_roster(county, roster_file(tmp_path / "名单.xlsx", ROSTER), WAVE.id) == 3

    rows = returns(county, WAVE.id)

    assert [(r.unit_name, r.label) for r in rows] == [
        ("东港镇", "41/46 已回收"), ("锡北镇", "30/30 已回收"), ("羊尖镇", "0/20 已回收"),
        ("鹅湖镇", "名单外 3 份"), ("合计", "71/96 已回收，另有名单外 3 份"),
    ]
    assert [r.missing for r in rows[:3]] == [5, 0, 20]


def test_loading_a_roster_again_replaces_only_that_waves_roster(county, tmp_path):
    load_roster(county, roster_file(tmp_path / "旧.xlsx", [("东港镇", None, 10)]), OTHER_WAVE.id)
    load_roster(county, roster_file(tmp_path / "名单.xlsx", ROSTER), WAVE.id)
    load_roster(county, roster_file(tmp_path / "新.xlsx", [("东港镇", "320205101", 50)]), WAVE.id)

    assert [r.label for r in returns(county, WAVE.id)][0] == "41/50 已回收"
    assert [r.label for r in returns(county, OTHER_WAVE.id)][0] == "5/10 已回收"


def test_a_bad_roster_row_is_reported_by_row_and_changes_nothing(county, tmp_path):
    load_roster(county, roster_file(tmp_path / "名单.xlsx", ROSTER), WAVE.id)
    before = list(county.db.conn.iterdump())
    bad = roster_file(tmp_path / "有误.xlsx", [("东港镇", "320205101", 46), ("锡北镇", "3202051", 30),
                                              (None, None, 5), ("羊尖镇", None, "二十"), ("东港镇", None, 3)])

    with pytest.raises(RosterRejected) as raised:
        load_roster(county, bad, WAVE.id)

    assert [str(p) for p in raised.value.problems] == [
        "Sheet 第3行 B列（区划代码）：「3202051」应为 9 位（乡镇）或 12 位（村、社区）数字，县区可填 6 位；不知道可以留空。",
        "Sheet 第4行 A列（单位）：不能为空，请填写单位。",
        "Sheet 第5行 C列（应交份数）：「二十」不是数字，请填写 0 到 100000 之间的数字。",
        "Sheet 第6行 A列（单位）：「东港镇」与第2行重复，每个单位只写一行。",
    ]
    assert list(county.db.conn.iterdump()) == before


def test_a_roster_without_its_headers_says_which_column_is_missing(county, tmp_path):
    book = Workbook()
    book.active.append(["乡镇", "份数"])
    book.save(tmp_path / "名单.xlsx")

    with pytest.raises(RosterRejected) as raised:
        load_roster(county, tmp_path / "名单.xlsx", WAVE.id)

    assert [str(p) for p in raised.value.problems] == [
        "Sheet 第1行：缺少「单位」列。请使用原表格，不要删除或改动第1行的标题。",
        "Sheet 第1行：缺少「应交份数」列。请使用原表格，不要删除或改动第1行的标题。",
    ]


def test_a_title_line_above_the_headers_and_codes_typed_as_numbers_are_fine(county, tmp_path):
    path = roster_file(tmp_path / "名单.xlsx", [("东港镇", 320205101, 46.0)], title_lines=["锡山区2026年回收名单"])

    load_roster(county, path, WAVE.id)

    assert returns(county, WAVE.id)[0].label == "41/46 已回收"


def test_the_empty_roster_template_has_the_headers_and_keeps_codes_as_text(tmp_path):
    book = load_workbook(write_roster_template(tmp_path / "名单模板.xlsx"))
    sheet = book["名单"]

    assert [c.value for c in sheet[1]] == ["单位", "区划代码", "应交份数"]
    assert sheet.freeze_panes == "A2" and sheet.max_row == 1
    assert sheet.column_dimensions["B"].number_format == "@"


def test_the_roster_template_loads_once_filled(county, tmp_path):
    path = write_roster_template(tmp_path / "名单模板.xlsx")
    book = load_workbook(path)
    for row, (name, code, expected) in enumerate(ROSTER, 2):
        for column, value in enumerate((name, code, expected), 1):
            book["名单"].cell(row, column).value = value
    book.save(path)

    assert load_roster(county, path, WAVE.id) == 3


def test_a_unit_that_sent_extra_does_not_hide_another_units_shortfall(county, tmp_path):
    load_roster(county, roster_file(tmp_path / "名单.xlsx", [("东港镇", "320205101", 46), ("锡北镇", None, 20)]), WAVE.id)
    total = returns(county, WAVE.id)[-1]
    assert (total.returned, total.expected) == (71, 66)
    assert total.missing == 5  # 东港镇 still owes 5; 锡北镇's ten extra make up for nothing


def test_a_workbook_far_bigger_inside_than_outside_is_refused_before_it_is_read(county, tmp_path):
    """Found in the attack on format 1: 1.2 MB of .xlsx holding one repeated string took 2.5 GB to read."""
    import zipfile
    path = write_roster_template(tmp_path / "名单.xlsx")
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as book:
        book.writestr("xl/padding.xml", b" " * (41 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(RosterRejected, match="解压后太大"):
        load_roster(county, path, WAVE.id)


def test_a_fifo_named_like_a_workbook_is_refused_instead_of_hanging(county, tmp_path):
    import os
    path = tmp_path / "名单.xlsx"
    os.mkfifo(path)
    with pytest.raises(RosterRejected, match="不是一个普通文件"):
        load_roster(county, path, WAVE.id)


def test_a_sheet_of_a_million_rows_is_refused_naming_the_sheet(county, tmp_path):
    from burden_survey.spreadsheets.sheet_cells import SheetTooLong
    path = write_roster_template(tmp_path / "名单.xlsx")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    sheet.cell(25_000, 1, "东港镇")
    book.save(path)
    with pytest.raises(SheetTooLong, match="超过 20,000 行"):
        load_roster(county, path, WAVE.id)
