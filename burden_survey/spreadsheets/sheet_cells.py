"""Reading filled-in .xlsx files cell by cell: typed values, and problems located by sheet, row and column."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter

from burden_survey.survey.choices import Vocabulary
from burden_survey.survey.validation import MAX_NAME_LENGTH, personal_data_warning
from burden_survey.system.errors import BurdenSurveyError

MAX_PROBLEMS = 50
MAX_SHEET_BYTES = 10 * 1024 * 1024  # a filled template is ~50 KB; anything far larger is not one
# Unpacked, a workbook's parts may be far bigger than the file (1.2 MB of one repeated string took 2.5 GB): what its
# zip directory says is checked before anything is parsed.
MAX_UNPACKED_BYTES = 40 * 1024 * 1024
MAX_PARTS = 500
MAX_SHEET_ROWS = 20_000  # a county's registry or roster has hundreds of rows, a filled template tens


@dataclass(frozen=True)
class Problem:
    """One thing to fix, located as Excel shows it: sheet, row number, column letter (and that column's header)."""

    sheet: str
    row: int | None
    column: str | None
    message: str
    header: str = ""

    def __str__(self) -> str:
        place = " ".join(p for p in (self.sheet, self.row and f"第{self.row}行", self.column and f"{self.column}列") if p)
        if self.header:
            place += f"（{self.header}）"
        return f"{place}：{self.message}" if place else self.message


class SpreadsheetRejected(BurdenSurveyError):
    """A filled-in spreadsheet that cannot be taken as it is; `problems` lists the cells to fix (at most 50)."""

    title = "表格有误"

    def __init__(self, path: Path | str, problems: list[Problem], total: int | None = None):
        self.path = Path(path)
        self.problems = list(problems[:MAX_PROBLEMS])
        self.total = max(total or 0, len(problems))
        head = f"「{self.path.name}」有 {self.total} 处需要修改"
        if self.total > len(self.problems):
            head += f"（下面列出前 {len(self.problems)} 处）"
        super().__init__(head + "：\n" + "\n".join(str(p) for p in self.problems),
                         "请按提示在表格里逐条修改，保存后重新导入。")


class Problems:
    """Collects problems; counts all of them but keeps only the first MAX_PROBLEMS."""

    def __init__(self):
        self.kept: list[Problem] = []
        self.total = 0

    def add(self, sheet: str, row: int | None, column: int | str | None, message: str, header: str = "") -> None:
        self.total += 1
        if len(self.kept) < MAX_PROBLEMS:
            letter = get_column_letter(column) if isinstance(column, int) else column
            self.kept.append(Problem(sheet, row, letter, message, header))

    def __bool__(self) -> bool:
        return self.total > 0

    def raise_if_any(self, path: Path | str, rejected: type[SpreadsheetRejected] = SpreadsheetRejected) -> None:
        """Refuse the file, its problems in reading order: sheet by sheet, then row, then column."""
        if self.total:
            sheets = list(dict.fromkeys(p.sheet for p in self.kept))
            ordered = sorted(self.kept, key=lambda p: (sheets.index(p.sheet), p.row or 0,
                                                       column_index_from_string(p.column) if p.column else 0))
            raise rejected(path, ordered, self.total)


@dataclass(frozen=True)
class Column:
    """A column of a fill-in sheet: its header, where its value goes, how it is typed and checked."""

    header: str
    key: str
    kind: str = "text"  # text, code, choice, yes_no, flag, int, number, date; others read as text
    vocabulary: Vocabulary | None = None
    required: bool = False
    minimum: float = 0
    maximum: float = 1_000_000
    hint: str = ""
    aliases: tuple[str, ...] = ()  # headers older templates gave this column

    @property
    def short(self) -> str:
        """The header without its prefix and remarks: 「工作群：群规模（选填）」 → 「群规模」."""
        return re.sub(r"（.*?）", "", self.header.split("：")[-1])


def open_for_reading(path: Path | str, rejected: type[SpreadsheetRejected] = SpreadsheetRejected):
    """The workbook with cell values (not formulas), read-only and bounded; a file that is not an .xlsx, or one far
    bigger inside than any filled sheet, is refused in Chinese. Close it when done (`with closing(...)`)."""
    path = Path(path)

    def refuse(message: str):
        return rejected(path, [Problem("", None, None, message)])

    try:
        if not path.is_file():
            raise refuse("这不是一个普通文件，无法作为表格读取。")
        size = path.stat().st_size
        if size > MAX_SHEET_BYTES:
            raise refuse(f"文件太大（{size // 1024 // 1024} MB），不像是填报表格。")
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
        unpacked = sum(p.file_size for p in parts)
        if len(parts) > MAX_PARTS or unpacked > MAX_UNPACKED_BYTES:
            raise refuse(f"表格解压后太大（{unpacked // 1024 // 1024} MB，{len(parts)} 个部分），不像是填报表格。"
                         "请只保留需要导入的内容后另存为 .xlsx 再导入。")
        return load_workbook(path, read_only=True, data_only=True)
    except rejected:
        raise
    except OSError as error:
        raise refuse(f"无法读取这个文件（{error.strerror or error}）。") from error
    except MemoryError as error:
        raise refuse("表格太大，本机内存不足以读取。请只保留需要导入的内容后再导入。") from error
    except Exception as error:  # openpyxl and the XML parser raise many kinds for a damaged or forged workbook
        raise refuse("这不是 Excel 表格（.xlsx），或文件已损坏。"
                     "请用 Excel 或 WPS 打开后「另存为」.xlsx 格式再导入。") from error


class SheetTooLong(BurdenSurveyError):
    title = "表格太大"

    def __init__(self, sheet: str):
        super().__init__(f"工作表「{sheet}」超过 {MAX_SHEET_ROWS:,} 行，不像是填报表格。",
                         "请删去多余的行（包括看似空白但有格式的行）后另存为 .xlsx 再导入。")


def column_map(sheet, columns: list[Column], problems: Problems, header_row: int = 1,
               may_lack: tuple[str, ...] = ()) -> dict[str, int]:
    """Where each expected header stands (users may move columns); a missing one is a problem unless in `may_lack`."""
    found = {}
    for index, cell in enumerate(next(sheet.iter_rows(min_row=header_row, max_row=header_row, values_only=True), ()), 1):
        if isinstance(cell, str):
            found.setdefault(cell.strip(), index)
    positions = {}
    for column in columns:
        header = next((h for h in (column.header, *column.aliases) if h in found), None)
        if header is not None:
            positions[column.key] = found[header]
        elif column.key not in may_lack:
            problems.add(sheet.title, header_row, None,
                         f"缺少「{column.header}」列。请使用原表格，不要删除或改动第{header_row}行的标题。")
    return positions


class ReadCancelled(BurdenSurveyError):
    """The user stopped reading a workbook; nothing of it was written."""

    title = "已取消"


@dataclass
class Watch:
    """Who follows a long read: `progress(done, total, sheet)` every so many rows, and `cancelled()` asked as
    often; a cancel raises ReadCancelled, so a transaction around the work keeps nothing."""

    progress: Callable[[int, int, str], None] | None = None
    cancelled: Callable[[], bool] | None = None
    every: int = 200

    def row(self, done: int, total: int, name: str) -> None:
        if done % self.every:
            return
        self.check()
        if self.progress is not None:
            self.progress(done, total, name)

    def check(self) -> None:
        """Raise ReadCancelled when the user cancelled: asked once more before anything is written."""
        if self.cancelled is not None and self.cancelled():
            raise ReadCancelled("已取消，没有导入任何内容。", "")


def data_rows(sheet, first: int = 2, watch: Watch | None = None):
    """(row number, values) of every row below the header that is not entirely blank."""
    total = min(sheet.max_row or 0, MAX_SHEET_ROWS)  # what the sheet says of itself: only for the progress bar
    for number, values in enumerate(sheet.iter_rows(min_row=first, values_only=True), first):
        if number > MAX_SHEET_ROWS:
            raise SheetTooLong(sheet.title)
        if watch is not None:
            watch.row(number, max(total, number), sheet.title)
        if any(not is_blank(v) for v in values):
            yield number, values


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: object) -> str:
    """A cell as text: numbers without a trailing .0, full-width letters and digits made plain."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_date(value: object) -> date | None:
    """A real date cell, or text such as 2026-11-20, 2026/11/20, 2026.11.20, 2026年11月20日; None if neither."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE.match(text(value)) or re.match(r"^(\d{4})(\d{2})(\d{2})$", text(value))
    if not match:
        return None
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None


class RowReader:
    """Typed values of one row; every refusal becomes a Problem at that row's cell, and None is returned."""

    def __init__(self, sheet: str, row: int, values: tuple, positions: dict[str, int], problems: Problems):
        self.sheet, self.row, self.values, self.positions, self.problems = sheet, row, values, positions, problems

    def raw(self, column: Column) -> object:
        index = self.positions.get(column.key)
        if index is None or index > len(self.values):
            return None
        return self.values[index - 1]

    def problem(self, column: Column, message: str) -> None:
        self.problems.add(self.sheet, self.row, self.positions.get(column.key), message, column.short)

    def value(self, column: Column) -> object:
        """The cell read as its column's kind says."""
        raw = self.raw(column)
        if is_blank(raw):
            if column.required:
                self.problem(column, f"不能为空，请填写{column.short}。")
            return None
        reader = {"choice": self._choice, "yes_no": self._yes_no, "flag": self._yes_no,
                  "int": self._int, "number": self._number, "date": self._date}.get(column.kind, self._text)
        return reader(column, raw)

    def _text(self, column: Column, raw: object) -> str | None:
        value = " ".join(text(raw).split())
        if len(value) > MAX_NAME_LENGTH:
            self.problem(column, f"太长（最多 {MAX_NAME_LENGTH} 个字），请填写简短的名称。")
            return None
        # The app warns while typing; a returned sheet cannot be asked, so the cell is refused instead.
        if warning := personal_data_warning(value):
            self.problem(column, warning)
            return None
        return value

    def _choice(self, column: Column, raw: object) -> str | None:
        value = text(raw)
        for choice in column.vocabulary:
            if value in (choice.label, choice.code):
                return choice.code
        self.problem(column, f"「{value}」不是可选的{column.short}，请从下拉列表中选择。")
        return None

    def _yes_no(self, column: Column, raw: object) -> bool | None:
        value = text(raw)
        if value in ("是", "√", "✓", "Y", "y"):
            return True
        if value in ("否", "×", "N", "n"):
            return False
        self.problem(column, f"「{value}」应为「是」或「否」，请从下拉列表中选择。")
        return None

    def _number(self, column: Column, raw: object) -> float | None:
        try:
            value = float(text(raw)) if not isinstance(raw, bool) else None
        except ValueError:
            value = None
        if value is None:
            self.problem(column, f"「{text(raw)}」不是数字，请填写 {column.minimum:g} 到 {column.maximum:g} 之间的数字。")
            return None
        if not column.minimum <= value <= column.maximum:
            self.problem(column, f"{value:g} 超出范围，应在 {column.minimum:g} 到 {column.maximum:g} 之间。")
            return None
        return value

    def _int(self, column: Column, raw: object) -> int | None:
        value = self._number(column, raw)
        if value is not None and not value.is_integer():
            self.problem(column, f"{value:g} 不是整数，请填写整数。")
            return None
        return None if value is None else int(value)

    def _date(self, column: Column, raw: object) -> date | None:
        value = parse_date(raw)
        if value is None:
            self.problem(column, f"「{text(raw)}」不是日期，请按 2026-11-20 的格式填写。")
        return value
