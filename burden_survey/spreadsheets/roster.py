"""The roster of expected returns: load it from an .xlsx, write an empty one, and count returns per unit."""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation

from burden_survey.store import report_sql
from burden_survey.store.storage import Storage

from .sheet_cells import (
    Column,
    Problems,
    RowReader,
    SpreadsheetRejected,
    Watch,
    column_map,
    data_rows,
    open_for_reading,
    text,
)
from .safe_cells import TEXT_FORMAT
from .spreadsheets import HEADER_FILL, HEADER_FONT, replace_when_done

SHEET = "名单"
CODE_LENGTHS = (6, 9, 12)  # county (a city's roster), township, village
MAX_EXPECTED = 100_000
COLUMNS = [
    Column("单位", "unit_name", required=True, hint="乡镇（街道）或村（社区）的名称，与答卷里填写的一致"),
    Column("区划代码", "division_code", "code", hint="选填：乡镇 9 位、村（社区）12 位，县区 6 位；不知道可以留空"),
    Column("应交份数", "expected", "int", required=True, maximum=MAX_EXPECTED, hint="这个单位应交回的答卷份数"),
]


class RosterRejected(SpreadsheetRejected):
    title = "回收名单有误"


@dataclass(frozen=True)
class UnitReturn:
    """Returns of one roster unit, of a township outside the roster (名单外), or of all (合计)."""

    unit_name: str
    division_code: str
    expected: int | None  # None for a township that is not in the roster
    returned: int
    kind: str = "unit"  # "unit", "off_roster" or "total"
    off_roster: int = 0  # on the total row: returns that no roster unit counts
    shortfall: int | None = None  # on the total row: the units' shortfalls added up

    @property
    def missing(self) -> int:
        """Copies still to come; on the total row a unit that sent extra does not make up for another."""
        if self.shortfall is not None:
            return self.shortfall
        return max((self.expected or 0) - self.returned, 0)

    @property
    def label(self) -> str:
        if self.kind == "off_roster":
            return f"名单外 {self.returned} 份"
        label = f"{self.returned}/{self.expected} 已回收"
        if self.kind == "total" and self.off_roster:
            label += f"，另有名单外 {self.off_roster} 份"
        return label


def write_roster_template(path: Path | str) -> Path:
    """An empty roster with its headers, a whole-number check on 应交份数 and codes kept as text."""
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    for index, column in enumerate(COLUMNS, 1):
        cell = sheet.cell(1, index, column.header)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.comment = Comment(column.hint, "指尖减负调查")
    sheet.column_dimensions["B"].number_format = TEXT_FORMAT  # 12-digit codes stay digits, not 3.2E+11
    count = DataValidation(type="whole", operator="between", formula1="0", formula2=str(MAX_EXPECTED), allow_blank=True,
                           showErrorMessage=True, errorTitle="请检查输入", error="应交份数请填写 0 或正整数。")
    sheet.add_data_validation(count)
    count.add("C2:C1001")
    for letter, width in zip("ABC", (24, 16, 10)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    notes = book.create_sheet("说明")
    for line in ("每行一个单位：单位名称、区划代码（选填）、应交份数。",
                 "有区划代码时，按答卷里填写的 12 位代码的开头对应；没有代码时，按乡镇（街道）名称对应。",
                 "导入名单会替换这一调查批次原有的名单。"):
        notes.append([line])
    notes.column_dimensions["A"].width = 80
    return replace_when_done(Path(path), book.save)


def load_roster(storage: Storage, path: Path | str, wave_id: str, watch: Watch | None = None) -> int:
    """Replace the wave's roster with the file's units, all or nothing; returns how many units were loaded.
    `watch` follows the rows read and may cancel (ReadCancelled), before anything is written."""
    with closing(open_for_reading(path, RosterRejected)) as book:  # read-only: it holds the file open until closed
        sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
        problems = Problems()
        header_row = _header_row(sheet)
        positions = column_map(sheet, COLUMNS, problems, header_row, may_lack=("division_code",))
        by_key = {c.key: c for c in COLUMNS}
        units, rows_of_name, rows_of_code = [], {}, {}
        if not problems:
            for number, values in data_rows(sheet, header_row + 1, watch):
                reader = RowReader(sheet.title, number, values, positions, problems)
                name, code, expected = (reader.value(c) for c in COLUMNS)
                code = _code(reader, by_key["division_code"], code)
                if name and name in rows_of_name:
                    reader.problem(by_key["unit_name"], f"「{name}」与第{rows_of_name[name]}行重复，每个单位只写一行。")
                elif code and code in rows_of_code:
                    reader.problem(by_key["division_code"], f"{code} 与第{rows_of_code[code]}行重复。")
                elif name and code is not None and expected is not None:
                    rows_of_name[name], rows_of_code[code or f"#{number}"] = number, number
                    units.append((name, code, expected))
            if not units and not problems:
                problems.add(sheet.title, header_row + 1, None, "名单里没有单位，请至少填写一行。")
        problems.raise_if_any(path, RosterRejected)
        if watch is not None:
            watch.check()
        return report_sql.replace_roster(storage, wave_id, units)


def returns(storage: Storage, wave_id: str) -> list[UnitReturn]:
    """Returned and expected per roster unit, then townships outside the roster, then the total."""
    rows = [UnitReturn(name, code, expected, returned)
            for name, code, expected, returned in report_sql.roster_returns(storage, wave_id)]
    outside = [UnitReturn(name or "（未填乡镇）", "", None, count, "off_roster")
               for name, count in report_sql.off_roster_returns(storage, wave_id)]
    expected, matched, _ = report_sql.roster_totals(storage, wave_id)
    total = UnitReturn("合计", "", expected, matched, "total", sum(r.returned for r in outside),
                       shortfall=sum(r.missing for r in rows))
    return rows + outside + [total]


def _header_row(sheet) -> int:
    """The row holding 单位 and 应交份数: usually 1, but a roster may start with a title line or two."""
    for number, values in enumerate(sheet.iter_rows(min_row=1, max_row=5, values_only=True), 1):
        cells = {text(v) for v in values}
        if "单位" in cells and "应交份数" in cells:
            return number
    return 1


def _code(reader: RowReader, column: Column, typed: str | None) -> str | None:
    """The division code as digits ('' when left out), or None after reporting what is wrong with it."""
    code = (typed or "").replace(" ", "")
    if code and not (code.isdigit() and len(code) in CODE_LENGTHS):
        reader.problem(column, f"「{code}」应为 9 位（乡镇）或 12 位（村、社区）数字，县区可填 6 位；不知道可以留空。")
        return None
    return code
