"""Spreadsheet writing for supervisor exports: one .xlsx sheet or one UTF-8 CSV (with BOM) per table, every cell
through safe_cells; and the tables of the full data (完整数据, full_export), which the de-identified export
(microdata) reuses for its shapes.

What the full data holds: every respondent with the database's random id, revision and whole profile beside all
answers; still no free-text notes (tool and quota 备注, where a cadre could have typed a person's name) and no
deleted tools or quotas. Labels replace codes throughout. In the .xlsx the daily minutes are one row per
respondent and tool with a column per date (the shape of the intake template, and it stays far below Excel's
1,048,576 rows for thousands of respondents); the CSV keeps one row per tool and day, which statistics programs
prefer.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from burden_survey.store import report_sql
from burden_survey.store.storage import Storage
from burden_survey.survey import divisions, fields
from burden_survey.survey.choices import ANSWERS, TOOL_KINDS, Vocabulary
from burden_survey.survey.questions import QUESTIONS_BY_CODE
from burden_survey.system import fileops
from burden_survey.system.errors import BurdenSurveyError

from . import safe_cells

EXCEL_MAX_ROWS = 1_048_576
DATE_FORMAT = "yyyy-mm-dd"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")

Progress = Callable[[int, int, str], None]  # (tables done, tables in all, name of the next one)


@dataclass
class Table:
    """What one sheet (or one CSV file) holds: headers, rows of display values, and note lines at the bottom."""

    name: str
    headers: list
    rows: Iterable[list]
    notes: list[str] = field(default_factory=list)
    freeze: str = "A2"


def display_width(value: object) -> int:
    """Characters as a spreadsheet shows them: Chinese (wide) characters take two columns."""
    if value is None:
        return 0
    if isinstance(value, (date, datetime)):
        return 10
    text = value if isinstance(value, str) else str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def column_widths(headers: list, rows: list[list], minimum: int = 6, maximum: int = 50) -> list[float]:
    """Widths that fit the header and the sampled rows, a little padding, capped so long texts do not sprawl."""
    widths = [display_width(h) for h in headers]
    for row in rows:
        for i, value in enumerate(row[:len(widths)]):
            widths[i] = max(widths[i], display_width(value))
    return [min(max(w + 2, minimum), maximum) for w in widths]


def header_cell(sheet, value: object) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=safe_cells.clean(value) if isinstance(value, str) else value)
    if isinstance(value, str):
        cell.data_type = "s"  # a heading may be a tool's name: text, never a formula
    cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    cell.alignment = Alignment(vertical="center")
    if isinstance(value, date):
        cell.number_format = DATE_FORMAT
    return cell


# tables ---------------------------------------------------------------------------------

def respondents_table(storage: Storage, wave_id: str | None) -> Table:
    headers = ["答卷编号", "调查批次", "修订版本", "省", "市", "县（市、区）", "乡镇（街道）", "乡镇/村区划代码",
               *(f.sheet_label() for f in report_sql.PROFILE_FIELDS)]
    shown = [shown_by_kind(f) for f in report_sql.PROFILE_FIELDS]
    rows = ([rid, wave or "", revision, division_name(p), division_name(c), division_name(k), township,
             safe_cells.Code(code) if code else code, *(show(value) for show, value in zip(shown, answers))]
            for rid, wave, revision, p, c, k, township, code, *answers in report_sql.respondents(storage, wave_id))
    return Table("答卷", headers, rows)


def tools_table(storage: Storage, wave_id: str | None) -> Table:
    headers = ["答卷编号", *(f.sheet_label() for f in report_sql.TOOL_FIELDS)]
    return Table("数字任务", headers, record_rows(report_sql.TOOL_FIELDS, report_sql.tools(storage, wave_id)))


def minutes_long(rows: Iterable[tuple]) -> Table:
    """(respondent id, tool id, name, kind, day, minutes) rows, one per tool and day."""
    shown = ([rid, name, TOOL_KINDS.label(kind), date.fromisoformat(day), minutes]
             for rid, _, name, kind, day, minutes in rows)
    return Table("每日用时", ["答卷编号", "工具名称", "类型", "日期", "分钟"], shown)


def minutes_wide(rows: Iterable[tuple], days: list[str]) -> Table:
    """One row per respondent and tool, one column per date on which anyone logged minutes; `rows` as
    minutes_long's, grouped by tool."""
    column = {day: i for i, day in enumerate(days, 3)}

    def shown() -> Iterator[list]:
        current, row = None, []
        for rid, tool_id, name, kind, day, minutes in rows:
            if tool_id != current:
                if row:
                    yield row
                current, row = tool_id, [rid, name, TOOL_KINDS.label(kind)] + [None] * len(days)
            row[column[day]] = minutes
        if row:
            yield row

    headers = ["答卷编号", "工具名称", "类型"] + [date.fromisoformat(d) for d in days]
    return Table("每日用时", headers, shown(), freeze="D2")


def minutes_table(storage: Storage, wave_id: str | None, wide: bool) -> Table:
    if wide:
        return minutes_wide(report_sql.minutes(storage, wave_id), report_sql.minute_days(storage, wave_id))
    return minutes_long(report_sql.minutes(storage, wave_id))


def quotas_table(storage: Storage, wave_id: str | None) -> Table:
    headers = ["答卷编号", *(f.sheet_label() for f in report_sql.QUOTA_FIELDS)]
    return Table("摊派下载", headers, record_rows(report_sql.QUOTA_FIELDS, report_sql.quotas(storage, wave_id)))


def record_rows(declared: tuple[fields.Field, ...], rows: Iterable[tuple]) -> Iterator[list]:
    """(respondent id, the fields' stored values…) → the row as a sheet shows it: labels for codes, 是/否, dates."""
    shown = [shown_by_kind(f) for f in declared]
    for rid, *stored in rows:
        yield [rid, *(show(value) for show, value in zip(shown, stored))]


def shown_by_kind(field: fields.Field) -> Callable[[object], object]:
    if field.kind == fields.CODE and field.vocabulary is not None:
        return field.vocabulary.label
    if field.kind == fields.CODES:
        return lambda codes_json: _labels(field.vocabulary, codes_json)
    if field.kind == fields.YES_NO:
        return _yes_no
    if field.kind == fields.DATE:
        return lambda value: value and date.fromisoformat(value)
    return lambda value: value


def answers_table(rows: Iterable[tuple]) -> Table:
    """(respondent id, question, answer, details JSON) rows."""
    shown = ([rid, code, _question_text(code), ANSWERS.label(answer), _details(code, details)]
             for rid, code, answer, details in rows)
    return Table("规定对照", ["答卷编号", "题号", "问题", "回答", "补充"], shown)


def division_name(code: str | None) -> str:
    """The division's name; a code our table does not know (a newer year's) is shown as itself, as a code."""
    division = divisions.get(code)
    return division.name if division else (safe_cells.Code(code) if code else "")


def _yes_no(value: object) -> str:
    return "" if value is None else ("是" if value else "否")


def _labels(vocabulary: Vocabulary, codes_json: str | None) -> str:
    return "、".join(vocabulary.label(c) for c in json.loads(codes_json or "[]"))


def _question_text(code: str) -> str:
    question = QUESTIONS_BY_CODE.get(code)
    return question.text if question else ""


def _details(code: str, details_json: str | None) -> str:
    """Follow-up answers as 「涉及几个系统：3；通报频率：每周」 (numbers and codes only: no follow-up is free text)."""
    details = json.loads(details_json or "{}")
    question = QUESTIONS_BY_CODE.get(code)
    parts = []
    for follow_up in question.follow_ups if question else ():
        value = details.get(follow_up.key)
        if value in (None, "", []):
            continue
        if follow_up.kind == fields.CODE:
            value = follow_up.vocabulary.label(value)
        elif follow_up.kind == fields.CODES:
            value = "、".join(follow_up.vocabulary.label(v) for v in value)
        parts.append(f"{follow_up.label}：{value}")
    return "；".join(parts)


# writing --------------------------------------------------------------------------------

Builders = list[Callable[[], Table]]  # each table built only when written: a big database is not held in memory


def write_xlsx(path: Path | str, builders: Builders, progress: Progress | None = None) -> Path:
    """Write every table to one .xlsx; the file appears under its name only when complete.

    `progress(done, total, next_name)` is called before each sheet; an exception raised there cancels the export.
    """
    def write(partial: Path) -> None:
        workbook = Workbook(write_only=True)
        try:
            for number, build in enumerate(builders):
                table = build()
                if progress:
                    progress(number, len(builders), table.name)
                _write_sheets(workbook, table)
            if progress:
                progress(len(builders), len(builders), "")
            workbook.save(partial)
        except BaseException:
            for sheet in workbook.worksheets:  # release the sheets' scratch files
                if not sheet.closed:
                    sheet.close()
            raise

    return replace_when_done(Path(path), write)


def write_csv(folder: Path | str, builders: Builders, prefix: str = "", progress: Progress | None = None) -> list[Path]:
    """One CSV per table in `folder` (named prefix + the table's name), UTF-8 with a byte-order mark so that WPS
    and Excel read the Chinese."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _cannot_write(folder, error) from error
    written = []
    for number, build in enumerate(builders):
        table = build()
        if progress:
            progress(number, len(builders), table.name)
        target = folder / f"{prefix}{table.name}.csv"
        written.append(replace_when_done(target, lambda part, t=table: _write_csv(part, t)))
    if progress:
        progress(len(builders), len(builders), "")
    return written


def _write_sheets(workbook: Workbook, table: Table) -> None:
    """Write a table, continuing on 「name(2)」… if it outgrows Excel's row limit."""
    rows = iter(table.rows)
    sample = list(islice(rows, 500))
    widths = column_widths(table.headers, sample)
    pending: Iterator[list] = _chain(sample, rows)
    part = 1
    while True:
        sheet = workbook.create_sheet(table.name if part == 1 else f"{table.name}({part})")
        sheet.freeze_panes = table.freeze
        for i, width in enumerate(widths):
            sheet.column_dimensions[_letter(i)].width = width
        sheet.append([header_cell(sheet, h) for h in table.headers])
        written = 1
        for row in pending:
            sheet.append(safe_cells.xlsx_row(sheet, row))
            written += 1
            if written == EXCEL_MAX_ROWS:
                break
        else:
            if table.notes:
                sheet.append([])
                for note in table.notes:
                    sheet.append([note])
            return
        part += 1


def _write_csv(path: Path, table: Table) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([_csv_value(h) for h in table.headers])
        writer.writerows([_csv_value(v) for v in row] for row in table.rows)  # text as text: safe_cells
        if table.notes:
            writer.writerow([])
            writer.writerows([note] for note in table.notes)


def replace_when_done(path: Path, write: Callable[[Path], object]) -> Path:
    """Write at NAME.part and move it into place: a cancelled or failed export leaves no half file behind."""
    try:
        # Made now (fileops.new_partial: never through a planted link), so an unwritable folder fails before minutes
        # of work.
        partial = fileops.new_partial(path)
    except OSError as error:
        raise _cannot_write(path, error) from error
    try:
        write(partial)
        fileops.replace(partial, path)
    except OSError as error:
        fileops.try_unlink(partial)
        raise _cannot_write(path, error) from error
    except BaseException:
        fileops.try_unlink(partial)
        raise
    return path


def _cannot_write(path: Path, error: OSError) -> BurdenSurveyError:
    from burden_survey.survey_files.filestore import ExportFailed

    return ExportFailed(f"无法写入 {path}（{error.strerror or error}）。",
                        "如果这个文件正在 Excel 或 WPS 里打开，请先关闭；或者换一个文件夹。")


def _csv_value(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return "" if value is None else safe_cells.csv_value(value)


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)
