"""Division codes stay text in the files we write (issue 15): Excel and WPS neither turn 320205001001 into
3.20205E+11 nor drop a leading zero, in the .xlsx and in the CSV; and a code typed as a number reads back whole."""

import csv

from openpyxl import Workbook, load_workbook

from burden_survey.registry import registry, registry_xlsx
from burden_survey.spreadsheets import full_export, spreadsheets
from burden_survey.spreadsheets.intake_template import read_template, write_template
from burden_survey.spreadsheets.roster import load_roster, returns
from burden_survey.spreadsheets.safe_cells import Code
from burden_survey.spreadsheets.spreadsheets import Table
from burden_survey.survey.model import Profile
from burden_survey.survey.survey_file import Wave
from tests.test_registry import VALID_CODE

WAVE = Wave("XS2026A", "锡山区2026年第四季度", "2026.1")
CODE_HEADER = "乡镇/村区划代码"


def add_cadre(storage, county: str, township_code: str, township: str = "东港镇") -> str:
    profile = Profile(province_code=county[:2] + "0000", city_code=county[:4] + "00", county_code=county,
                      township_name=township, township_code=township_code)
    rid = storage.add_respondent(profile)
    storage.add_wave(WAVE)
    with storage.db.atomic():
        storage.db.execute("UPDATE respondent SET wave_id = ? WHERE id = ?", [WAVE.id, rid])
    return rid


def full_xlsx(storage, path):
    return full_export.export_full_xlsx(storage, path, full_export.FullAccess(WAVE.id, ""))


def full_csv_rows(storage, folder) -> list[dict]:
    [answers] = [p for p in full_export.export_full_csv(storage, folder, full_export.FullAccess(WAVE.id, ""))
                 if p.name.endswith("-答卷.csv")]
    with answers.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def column(sheet, header: str) -> list:
    """The cells under a header, below the header row."""
    index = [c.value for c in sheet[1]].index(header)
    return [row[index] for row in sheet.iter_rows(min_row=2) if row[0].value is not None]


# .xlsx ----------------------------------------------------------------------------------

def test_a_12_digit_division_code_is_a_text_cell_in_the_text_format_in_the_full_data_workbook(storage, tmp_path):
    add_cadre(storage, "320205", "320205001001")
    add_cadre(storage, "110101", "110101001001", "东华门街道")

    sheet = load_workbook(full_xlsx(storage, tmp_path / "完整数据.xlsx"))["答卷"]

    cells = column(sheet, CODE_HEADER)
    assert sorted(c.value for c in cells) == ["110101001001", "320205001001"]
    assert all(c.data_type == "s" and c.number_format == "@" for c in cells)


def test_a_county_code_missing_from_the_division_table_is_shown_as_text_too(storage, tmp_path):
    """A county created after our table's year shows its code where its name would be: still a code, not 320299."""
    add_cadre(storage, "320299", "")

    sheet = load_workbook(full_xlsx(storage, tmp_path / "完整数据.xlsx"))["答卷"]

    [county] = column(sheet, "县（市、区）")
    assert (county.value, county.data_type, county.number_format) == ("320299", "s", "@")


def test_a_code_with_a_leading_zero_keeps_its_zero_in_the_workbook_and_in_the_csv(tmp_path):
    table = Table("代码", ["代码", "名称"], [[Code("012345678901"), "某单位"]])

    book = load_workbook(spreadsheets.write_xlsx(tmp_path / "t.xlsx", [lambda: table]))
    [written] = spreadsheets.write_csv(tmp_path / "csv", [lambda: table])

    cell = book["代码"]["A2"]
    assert (cell.value, cell.data_type, cell.number_format) == ("012345678901", "s", "@")
    with written.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f))[1] == ['="012345678901"', "某单位"]


def test_an_apps_credit_code_is_a_text_cell_in_the_text_format_in_the_registry_workbook(storage, tmp_path):
    """Edited in a General cell, a code of digits would become a number keeping only 15 of its 18 characters."""
    registry.save_app(storage, registry.RegistryApp("锡山先锋", kind="app", owner_unit="锡山区委组织部",
                                                    owner_code=VALID_CODE))

    sheet = load_workbook(registry_xlsx.export_registry(storage, tmp_path / "登记.xlsx"))["应用登记"]

    header = next(c.value for c in sheet[1] if "统一社会信用代码" in c.value)
    [owner_code] = column(sheet, header)
    assert (owner_code.value, owner_code.data_type, owner_code.number_format) == (VALID_CODE, "s", "@")


# CSV ------------------------------------------------------------------------------------

def test_in_the_csv_a_division_code_is_written_as_a_text_formula_that_excel_shows_as_its_digits(storage, tmp_path):
    add_cadre(storage, "320205", "320205001001")
    add_cadre(storage, "110101", "110101001001", "东华门街道")

    codes = sorted(row[CODE_HEADER] for row in full_csv_rows(storage, tmp_path / "csv"))

    assert codes == ['="110101001001"', '="320205001001"']


def test_an_empty_code_stays_an_empty_field_in_the_csv(storage, tmp_path):
    add_cadre(storage, "320205", "")

    assert [row[CODE_HEADER] for row in full_csv_rows(storage, tmp_path / "csv")] == [""]


def test_a_forged_code_that_is_not_digits_gets_no_formula_only_the_usual_apostrophe(storage, tmp_path):
    """Only digits are ever wrapped in 「="…"」: a code a forged file filled with a formula stays inert text."""
    rid = add_cadre(storage, "320205", "")
    with storage.db.atomic():
        storage.db.execute("UPDATE respondent SET township_code = ? WHERE id = ?", ['=HYPERLINK("x")', rid])

    [row] = full_csv_rows(storage, tmp_path / "csv")

    assert row[CODE_HEADER] == "'=HYPERLINK(\"x\")"


# reading back ---------------------------------------------------------------------------

def test_the_intake_templates_code_column_is_formatted_as_text_so_a_typed_code_stays_digits(tmp_path):
    sheet = load_workbook(write_template(tmp_path / "模板.xlsx", WAVE))["基本情况"]

    letter = next(c.column_letter for c in sheet[1] if c.value == "乡镇/村区划代码（选填）")
    assert sheet.column_dimensions[letter].number_format == "@"


def test_a_township_code_typed_as_a_number_in_the_intake_template_reads_back_with_all_12_digits(tmp_path):
    """Typed into a cell that lost its text format, Excel keeps 320205101000 as a number, shown 3.20205E+11."""
    for typed in (320205101000, 3.20205101000e11):
        book = load_workbook(write_template(tmp_path / "模板.xlsx", WAVE))
        sheet = book["基本情况"]
        place = {"省（自治区、直辖市）": "江苏省", "县（市、区、旗）": "锡山区", "乡镇（街道）": "东港镇",
                 "乡镇/村区划代码（选填）": typed}
        for header, value in place.items():
            sheet.cell(2, [c.value for c in sheet[1]].index(header) + 1, value)
        book.save(tmp_path / "已填.xlsx")

        assert read_template(tmp_path / "已填.xlsx").profile.township_code == "320205101000", typed


def test_a_roster_code_typed_as_a_float_reads_back_as_its_digits(storage, tmp_path):
    add_cadre(storage, "320205", "320205101001")
    book = Workbook()
    book.active.append(["单位", "区划代码", "应交份数"])
    book.active.append(["东港镇", 3.20205101e8, 2])
    book.save(tmp_path / "名单.xlsx")

    load_roster(storage, tmp_path / "名单.xlsx", WAVE.id)

    unit = returns(storage, WAVE.id)[0]
    assert (unit.division_code, unit.label) == ("320205101", "1/2 已回收")
