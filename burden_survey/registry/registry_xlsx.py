"""The app registry as an .xlsx: export, an empty template, and an all-or-nothing import with row-precise problems.

Sheet 应用登记 has one app per row, sheet 数据处置方案 one data category of one app per row; labels stand for codes.
An import updates the app with the same 名称 and 主管单位 or adds it. Columns left out of the sheet keep their values;
a 数据处置方案 sheet replaces the plan of every app it mentions and leaves the others' plans alone.
"""

from __future__ import annotations

import re
from contextlib import closing
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from burden_survey.spreadsheets import safe_cells
from burden_survey.spreadsheets.sheet_cells import (
    Column,
    Problem,
    Problems,
    RowReader,
    SpreadsheetRejected,
    Watch,
    column_map,
    data_rows,
    open_for_reading,
    text,
)
from burden_survey.spreadsheets.spreadsheets import (
    DATE_FORMAT,
    HEADER_FILL,
    HEADER_FONT,
    column_widths,
    replace_when_done,
)
from burden_survey.store.storage import Storage
from burden_survey.survey import fields
from burden_survey.survey.choices import Vocabulary
from burden_survey.survey.validation import personal_data_warning
from burden_survey.system.errors import InputRejected

from . import app_fields, registry, registry_sql
from .app_fields import APP_FIELDS, BUDGET_UNIT, DATA_ACTIONS, MAX_TEXT
from .registry import DataPlanItem, RegistryApp

APPS_SHEET = "应用登记"
PLAN_SHEET = "数据处置方案"
MAX_ROWS = 2000  # validation rows in the template; a county registry has tens to hundreds of apps



def _column(field: fields.Field) -> Column:
    """A registry field's column: labels for codes, several choices in one cell, texts up to MAX_TEXT."""
    if field.kind == fields.CODES:
        kind = "multi"
    elif field.vocabulary is not None:
        kind = "choice"
    elif field.key == "owner_code":
        kind = "credit_code"
    elif field.kind in (fields.INT, fields.NUMBER, fields.DATE):
        kind = field.kind
    else:
        kind = "long" if field.kind == fields.TEXT else "text"
    limits = {"minimum": field.low, "maximum": field.high} if field.low is not None else {}
    return Column(field.sheet_label(), field.key, kind, field.vocabulary, field.required, **limits)


APP_COLUMNS = [_column(f) for f in APP_FIELDS]
PLAN_COLUMNS = [
    Column("应用名称", "app_name", required=True),
    Column("主管单位", "owner_unit", "long"),
    Column("数据类别", "category", required=True),
    Column("处置方式", "action", "choice", DATA_ACTIONS, required=True),
    Column("计划日期", "planned_date", "date"),
    Column("完成日期", "done_date", "date"),
    Column("签批单位/岗位", "signed_off_by", "long"),
]
_BY_KEY = {c.key: c for c in APP_COLUMNS}
_FIELDS = fields.by_key(APP_FIELDS)
_PLAN_BY_KEY = {c.key: c for c in PLAN_COLUMNS}


class RegistryRejected(SpreadsheetRejected):
    title = "应用登记表有误"


def export_registry(storage: Storage, path: Path | str) -> Path:
    """Every live registry entry and every data plan, labels for codes, ready to edit and import again."""
    apps = [[_display(c, getattr(app, c.key)) for c in APP_COLUMNS] for app in registry.list_apps(storage)]
    plans = [[_display(c, row[c.key]) for c in PLAN_COLUMNS] for row in registry_sql.all_plan_rows(storage)]
    return replace_when_done(Path(path), _book(apps, plans).save)


def write_registry_template(path: Path | str) -> Path:
    """Both sheets with their headers and drop-down lists, and a sheet that says how to fill them in."""
    book = _book([], [])
    notes = book.create_sheet("说明")
    for line in ("「应用登记」每行一个应用；名称和类型必填，其余不知道可以留空。",
                 "服务对象、强制功能可填多项，用顿号隔开，如「群众、企业」。",
                 "统一社会信用代码为 18 位，没有的单位（如乡镇党政办）可以留空。",
                 f"年度运维经费以{BUDGET_UNIT}为单位；日期按 2026-11-20 的格式填写。",
                 "「数据处置方案」每行一个应用的一类数据：迁移、封存或销毁，完成日期和签批单位或岗位（不写个人姓名）。",
                 "导入时，名称和主管单位都相同的应用会被更新，其余作为新应用加入。"):
        notes.append([line])
    notes.column_dimensions["A"].width = 90
    return replace_when_done(Path(path), book.save)


def import_registry(storage: Storage, path: Path | str, watch: Watch | None = None) -> int:
    """Add or update the apps of the file and replace the plans it lists, all or nothing; returns the apps taken.
    `watch` follows the rows read, then the apps written, and may cancel: nothing is then kept."""
    with closing(open_for_reading(path, RegistryRejected)) as book:  # read-only: it holds the file open until closed
        problems = Problems()
        if APPS_SHEET not in book.sheetnames:
            problems.add(book.worksheets[0].title, None, None, f"找不到「{APPS_SHEET}」工作表，请使用导出的登记表或模板。")
            problems.raise_if_any(path, RegistryRejected)
        apps = _read_apps(storage, book[APPS_SHEET], problems, watch)
        plans = _read_plans(storage, book[PLAN_SHEET], apps, problems, watch) if PLAN_SHEET in book.sheetnames else {}
        problems.raise_if_any(path, RegistryRejected)
        if watch is not None:
            watch.check()
        try:
            with storage.db.atomic():
                for done, (number, app) in enumerate(apps.values(), 1):
                    if watch is not None:
                        watch.row(done, len(apps), "")
                    try:
                        if app.retired:
                            registry.restore_app(storage, app.id)
                        registry.save_app(storage, app)
                    except InputRejected as refused:
                        problems.add(APPS_SHEET, number, None, refused.message)
                for key, items in plans.items():
                    registry.save_data_plan(storage, apps[key][1].id if key in apps else
                                            registry_sql.find_app_id(storage, *key), items)
                problems.raise_if_any(path, RegistryRejected)  # inside the transaction: nothing stays written
        except InputRejected as refused:
            raise RegistryRejected(path, [Problem(PLAN_SHEET, None, None, refused.message)]) from refused
        return len(apps)


def _read_apps(storage: Storage, sheet, problems: Problems,
               watch: Watch | None) -> dict[tuple[str, str], tuple[int, RegistryApp]]:
    positions = column_map(sheet, APP_COLUMNS, problems, may_lack=tuple(c.key for c in APP_COLUMNS[2:]))
    apps: dict[tuple[str, str], tuple[int, RegistryApp]] = {}
    if problems:
        return apps
    for number, values in data_rows(sheet, watch=watch):
        reader = RowReader(sheet.title, number, values, positions, problems)
        before = problems.total
        read = {key: _value(reader, _BY_KEY[key]) for key in positions}
        if problems.total > before:
            continue
        key = (read["name"], read.get("owner_unit") or "")
        if key in apps:
            reader.problem(_BY_KEY["name"], f"与第{apps[key][0]}行是同一应用（名称和主管单位相同），每个应用只写一行。")
            continue
        existing_id = registry_sql.find_app_id(storage, *key)
        app = registry.get_app(storage, existing_id) if existing_id else RegistryApp(read["name"])
        for field_name, value in read.items():
            setattr(app, field_name, _default(field_name, value))
        if existing_id:
            before_status = registry.get_app(storage, existing_id).status
            if app.status != before_status:
                try:
                    registry.check_transition(before_status, app.status)
                except InputRejected as refused:
                    reader.problem(_BY_KEY["status"], f"{refused.message}请用状态变更逐步修改。")
                    continue
        apps[key] = (number, app)
    if not apps and not problems:
        problems.add(sheet.title, 2, None, "登记表里没有应用，请至少填写一行。")
    return apps


def _read_plans(storage: Storage, sheet, apps: dict, problems: Problems,
                watch: Watch | None) -> dict[tuple[str, str], list[DataPlanItem]]:
    positions = column_map(sheet, PLAN_COLUMNS, problems, may_lack=("owner_unit", "planned_date", "done_date",
                                                                     "signed_off_by"))
    plans: dict[tuple[str, str], list[DataPlanItem]] = {}
    rows_of: dict[tuple[str, str, str], int] = {}
    if problems:
        return plans
    for number, values in data_rows(sheet, watch=watch):
        reader = RowReader(sheet.title, number, values, positions, problems)
        before = problems.total
        read = {key: _value(reader, _PLAN_BY_KEY[key]) for key in positions}
        if problems.total > before:
            continue
        key = (read["app_name"], read.get("owner_unit") or "")
        if key not in apps and registry_sql.find_app_id(storage, *key) is None:
            reader.problem(_PLAN_BY_KEY["app_name"], f"登记表里没有主管单位为「{key[1]}」的「{key[0]}」，请先在「{APPS_SHEET}」登记。")
            continue
        if warning := personal_data_warning(read.get("signed_off_by") or ""):
            reader.problem(_PLAN_BY_KEY["signed_off_by"], warning)
            continue
        seen = rows_of.setdefault((*key, read["category"]), number)
        if seen != number:
            reader.problem(_PLAN_BY_KEY["category"], f"「{read['category']}」与第{seen}行重复，每类数据只写一行。")
            continue
        plans.setdefault(key, []).append(DataPlanItem(
            read["category"], read["action"], read.get("planned_date"), read.get("done_date"),
            read.get("signed_off_by") or ""))
    return plans


def _value(reader: RowReader, column: Column) -> object:
    """A cell read as its column says; long texts, credit codes and several choices are read here."""
    if column.kind not in ("long", "credit_code", "multi"):
        return reader.value(column)
    value = " ".join(text(reader.raw(column)).split())
    if column.kind == "long" and len(value) > MAX_TEXT:
        reader.problem(column, f"太长（最多 {MAX_TEXT} 个字），请精简。")
        return None
    if column.kind == "credit_code":
        value = value.replace(" ", "").upper()
        if value and not app_fields.validate_credit_code(value):
            reader.problem(column, f"「{value}」不是有效的统一社会信用代码：应为 18 位数字和大写字母，最后一位是校验位。"
                                   "请照登记证书核对；没有可以留空。")
            return None
    if column.kind == "multi":
        return _choices(reader, column, value)
    return value


def _choices(reader: RowReader, column: Column, value: str) -> list[str] | None:
    codes = []
    for part in filter(None, re.split(r"[、,，;；/\s]+", value)):
        code = next((c.code for c in column.vocabulary if part in (c.label, c.code)), None)
        if code is None:
            options = "、".join(c.label for c in column.vocabulary)
            reader.problem(column, f"「{part}」不是可选的{column.short}，可填：{options}（多项用顿号隔开）。")
            return None
        if code not in codes:
            codes.append(code)
    return codes


def _default(field_name: str, value: object) -> object:
    """A blank cell as the field's empty value ('' for texts, [] for lists), 在用 for the status."""
    if value is not None:
        return value
    return "in_use" if field_name == "status" else _FIELDS[field_name].empty()


def _display(column: Column, value: object) -> object:
    if column.kind == "credit_code":
        return safe_cells.Code(value) if value else None  # 18 characters, often digits: text, never a number
    if column.kind == "choice":
        return column.vocabulary.label(value) or None
    if column.kind == "multi":
        return "、".join(column.vocabulary.label(v) for v in value) or None
    if column.kind == "date" and isinstance(value, str):
        return date.fromisoformat(value)
    return None if value == "" else value


def _book(apps: list[list], plans: list[list]) -> Workbook:
    book = Workbook()
    book.active.title = APPS_SHEET
    _fill(book.active, APP_COLUMNS, apps)
    _fill(book.create_sheet(PLAN_SHEET), PLAN_COLUMNS, plans)
    return book


def _fill(sheet, columns: list[Column], rows: list[list]) -> None:
    """Bold headers, frozen; dates shown as dates; a drop-down list on every single-choice column."""
    sheet.append([c.header for c in columns])
    for cell in sheet[1]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for row in rows:
        sheet.append(safe_cells.xlsx_row(sheet, row))
    sheet.freeze_panes = "A2"
    last = max(len(rows) + 1, MAX_ROWS)
    for index, (column, width) in enumerate(zip(columns, column_widths([c.header for c in columns], rows)), 1):
        letter = sheet.cell(1, index).column_letter
        sheet.column_dimensions[letter].width = width
        if column.kind == "date":
            for (cell,) in sheet.iter_rows(min_row=2, max_row=len(rows) + 1, min_col=index, max_col=index):
                cell.number_format = DATE_FORMAT
        elif column.kind == "choice":
            _drop_down(sheet, column.vocabulary, f"{letter}2:{letter}{last}")
        elif column.key == "owner_code":
            sheet.column_dimensions[letter].number_format = safe_cells.TEXT_FORMAT


def _drop_down(sheet, vocabulary: Vocabulary, cells: str) -> None:
    options = ",".join(c.label for c in vocabulary)
    check = DataValidation(type="list", formula1=f'"{options}"', allow_blank=True, showErrorMessage=True,
                           errorTitle="请从列表中选择", error="请从下拉列表中选择。")
    sheet.add_data_validation(check)
    check.add(cells)

