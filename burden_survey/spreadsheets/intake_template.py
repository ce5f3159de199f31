"""The .xlsx intake template for cadres without the app: write it, read a filled one, turn it into a survey file.

The sheets mirror the app's pages. Every closed field has a drop-down of the Chinese labels (data validation
reads a hidden 选项 sheet, so labels may contain commas and lists may be long); required actions and
consequences are one 是/否 column each, the easiest multiple choice to fill correctly in Excel or WPS.
Reading collects every problem (up to 50), each with its sheet, row and column, before refusing the file.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Protection
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from burden_survey.survey import fields
from burden_survey.survey.choices import ANSWERS
from burden_survey.survey.model import Profile, Quota, RuleAnswer, Tool
from burden_survey.survey.questions import QUESTIONS
from burden_survey.survey.survey_file import Wave
from burden_survey.survey.validation import MAX_MINUTES_PER_TOOL
from burden_survey.system.scratch import ScratchFolder

from . import safe_cells
from .intake_reading import (
    MINUTES,
    PROFILE,
    PROFILE_COLUMNS,
    QUOTA_COLUMNS,
    QUOTAS,
    RULES,
    TOOL_COLUMNS,
    TOOLS,
    read_answers,
    read_minutes,
    read_profile,
    read_quotas,
    read_tools,
)
from .sheet_cells import Column, Problem, Problems, SpreadsheetRejected, open_for_reading, text
from .spreadsheets import HEADER_FILL, HEADER_FONT, column_widths, replace_when_done

INTRO, LISTS = "说明", "选项"
WAVE_LABEL = "调查批次编号"
TOOL_ROWS, QUOTA_ROWS = 200, 50  # rows prepared with drop-downs; more can be added by copying a row
BLANK_DATE_COLUMNS = 31
MAX_PREFILLED_DAYS = 120


class TemplateRejected(SpreadsheetRejected):
    title = "填报表格有误"


@dataclass
class TemplateResponse:
    """What a filled template says, as the app's own dataclasses; minutes name tools by their index in `tools`."""

    profile: Profile
    tools: list[Tool] = field(default_factory=list)
    minutes: list[tuple[int, date, int]] = field(default_factory=list)
    quotas: list[Quota] = field(default_factory=list)
    answers: list[RuleAnswer] = field(default_factory=list)
    wave_id: str = ""


RULE_HEADERS = ["题号", "分类", "问题", "回答"]


def _vocabularies() -> list:
    """Every list a drop-down of the template picks from: the columns' own, the answers and the follow-ups'."""
    found = {}
    for column in [*PROFILE_COLUMNS, *TOOL_COLUMNS, *QUOTA_COLUMNS]:
        if column.vocabulary is not None:
            found.setdefault(column.vocabulary.name, column.vocabulary)
    found.setdefault(ANSWERS.name, ANSWERS)
    for follow_up in (f for q in QUESTIONS for f in q.follow_ups if f.vocabulary is not None):
        found.setdefault(follow_up.vocabulary.name, follow_up.vocabulary)
    return list(found.values())


# writing ------------------------------------------------------------------------------------

def write_template(path: Path | str, wave: Wave) -> Path:
    """An empty template for one survey wave, ready to hand to cadres who do not use the app."""
    path = Path(path)
    book = Workbook()
    book.active.title = INTRO
    lists = _write_lists(book.create_sheet(LISTS))
    _write_intro(book[INTRO], wave)
    _write_columns(book.create_sheet(PROFILE, 1), PROFILE_COLUMNS, lists, rows=1)
    _write_columns(book.create_sheet(TOOLS, 2), TOOL_COLUMNS, lists, rows=TOOL_ROWS, freeze="B2")
    _write_minutes_sheet(book.create_sheet(MINUTES, 3), wave)
    _write_columns(book.create_sheet(QUOTAS, 4), QUOTA_COLUMNS, lists, rows=QUOTA_ROWS, freeze="B2")
    _write_rules_sheet(book.create_sheet(RULES, 5), lists)
    book.active = 0
    return replace_when_done(path, book.save)


def _write_intro(sheet, wave: Wave) -> None:
    period = " 至 ".join(d.isoformat() if d else "不限" for d in (wave.period_start, wave.period_end))
    period += "，只记工作日（周末和节假日不计）" if wave.workdays_only else ""
    lines = [
        ["指尖减负调查 · 填报表格（供未安装程序的干部使用）"],
        [WAVE_LABEL, wave.id],
        ["调查名称", wave.title],
        ["问卷版本", wave.questionnaire_version],
        ["调查时段", period],
        [],
        ["本调查是匿名的：请不要在任何格子里填写姓名、电话或身份证号。"],
        ["「基本情况」：在第2行填写一行，只填地点和岗位。"],
        ["「数字任务」：每行一个要求您使用的应用、小程序、公众号、视频号、工作群或电脑系统；「操作：…」各列在有此要求时选「是」。"],
        ["「每日用时」：第1行是日期（可以改），A列从下拉列表选工具名称，格子里填当天用了多少分钟（0–600 的整数），没用的留空。"],
        ["「摊派下载」：每行一项动员群众、企业下载或注册应用的任务；没有就留空。"],
        ["「规定对照」：在D列选择 是 / 否 / 不清楚 / 不适用；带「-」的行是补充项，只在回答「是」时填写。"],
        ["有下拉列表的格子请从列表中选择；请不要改动各表第1行的标题。填好后保存为 .xlsx，交给收集人导入。"],
    ]
    for line in lines:
        sheet.append(safe_cells.xlsx_row(sheet, line))  # the wave's title comes from its organiser's file
    sheet["A1"].font = HEADER_FONT
    sheet.column_dimensions["A"].width = 16
    sheet.column_dimensions["B"].width = 40


def _write_lists(sheet) -> dict[str, str]:
    """Every vocabulary's labels in a column of a hidden sheet; returns the range each drop-down refers to."""
    refs = {}
    for index, vocabulary in enumerate(_vocabularies(), 1):
        letter = get_column_letter(index)
        sheet.cell(1, index, vocabulary.name)
        for row, choice in enumerate(vocabulary, 2):
            sheet.cell(row, index, choice.label)
        refs[vocabulary.name] = f"{quote_sheetname(LISTS)}!${letter}$2:${letter}${len(vocabulary.choices) + 1}"
    sheet.sheet_state = "hidden"
    return refs


def _write_headers(sheet, headers: list, hints: dict[int, str] | None = None) -> None:
    for index, header in enumerate(headers, 1):
        cell = sheet.cell(1, index, header)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(wrap_text=False)
        if hints and hints.get(index):
            cell.comment = Comment(hints[index], "指尖减负调查")


def _write_columns(sheet, columns: list[Column], lists: dict[str, str], rows: int, freeze: str = "A2") -> None:
    _write_headers(sheet, [c.header for c in columns], {i: c.hint for i, c in enumerate(columns, 1)})
    sheet.freeze_panes = freeze
    samples = [[max((c.label for c in col.vocabulary), key=len, default="") if col.vocabulary else ""
                for col in columns]]
    for index, (col, width) in enumerate(zip(columns, column_widths([c.header for c in columns], samples)), 1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = max(width, 12 if col.kind in ("text", "code") else 0)
        cells = f"{letter}2:{letter}{rows + 1}"
        if col.vocabulary is not None:
            _validate(sheet, cells, DataValidation(type="list", formula1=lists[col.vocabulary.name], allow_blank=True),
                      f"请从下拉列表中选择{col.short}。")
        elif col.kind in ("int", "number"):
            _validate(sheet, cells, DataValidation(type="whole" if col.kind == "int" else "decimal", operator="between",
                                                   formula1=str(col.minimum), formula2=str(col.maximum), allow_blank=True),
                      f"请填写 {col.minimum} 到 {col.maximum} 之间的数字。")
        elif col.kind == "date":
            _validate(sheet, cells, DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True),
                      "请按 2026-11-20 的格式填写日期。")
            sheet.column_dimensions[letter].number_format = "yyyy-mm-dd"
        elif col.kind == "code":
            # a code typed here stays its 12 digits as text, not 3.2E+11
            sheet.column_dimensions[letter].number_format = safe_cells.TEXT_FORMAT


def _validate(sheet, cells: str, validation: DataValidation, message: str) -> None:
    """Attach a drop-down or range check to cells ("B2:B201", or several separated by spaces)."""
    validation.error, validation.errorTitle, validation.showErrorMessage = message, "请检查输入", True
    sheet.add_data_validation(validation)
    for block in cells.split():
        validation.add(block)


def _write_minutes_sheet(sheet, wave: Wave) -> None:
    days: list[date | None] = [None] * BLANK_DATE_COLUMNS
    if wave.period_start and wave.period_end and 0 <= (wave.period_end - wave.period_start).days < MAX_PREFILLED_DAYS:
        days = [wave.period_start + timedelta(days=n) for n in range((wave.period_end - wave.period_start).days + 1)]
        days = [day for day in days if wave.in_window(day)]
    _write_headers(sheet, ["工具名称", *days], {1: "从下拉列表选择「数字任务」表里的名称，每个工具一行"})
    last = get_column_letter(len(days) + 1)
    for index in range(2, len(days) + 2):
        sheet.cell(1, index).number_format = "yyyy-mm-dd"
        sheet.column_dimensions[get_column_letter(index)].width = 12
    sheet.column_dimensions["A"].width = 24
    sheet.freeze_panes = "B2"
    names = f"{quote_sheetname(TOOLS)}!$A$2:$A${TOOL_ROWS + 1}"
    _validate(sheet, f"A2:A{TOOL_ROWS + 1}", DataValidation(type="list", formula1=names, allow_blank=True),
              "请从下拉列表中选择「数字任务」表里已填写的名称。")
    _validate(sheet, f"B1:{last}1", DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True),
              "第1行请填写日期，如 2026-11-20。")
    _validate(sheet, f"B2:{last}{TOOL_ROWS + 1}",
              DataValidation(type="whole", operator="between", formula1="0", formula2=str(MAX_MINUTES_PER_TOOL),
                             allow_blank=True), "请填写 0 到 600 之间的整数分钟。")


def _write_rules_sheet(sheet, lists: dict[str, str]) -> None:
    _write_headers(sheet, RULE_HEADERS)
    answer_cells, choice_cells, int_cells = [], {}, []
    for question in QUESTIONS:
        sheet.append([question.code, question.section, question.text])
        answer_cells.append(f"D{sheet.max_row}")
        for follow_up in question.follow_ups:
            hint = "（回答「是」时填，可多选，用「；」隔开）" if follow_up.kind == fields.CODES else "（回答「是」时填）"
            sheet.append([f"{question.code}-{follow_up.label}", question.section, f"　└ {follow_up.label}{hint}"])
            cell = f"D{sheet.max_row}"
            if follow_up.kind == fields.CODE:
                choice_cells.setdefault(follow_up.vocabulary.name, []).append(cell)
            elif follow_up.kind == fields.INT:
                int_cells.append(cell)
    _validate(sheet, " ".join(answer_cells), DataValidation(type="list", formula1=lists[ANSWERS.name], allow_blank=True),
              "请选择 是、否、不清楚 或 不适用。")
    for name, cells in choice_cells.items():
        _validate(sheet, " ".join(cells), DataValidation(type="list", formula1=lists[name], allow_blank=True),
                  "请从下拉列表中选择。")
    if int_cells:
        _validate(sheet, " ".join(int_cells), DataValidation(type="whole", operator="between", formula1="0",
                                                              formula2="100", allow_blank=True), "请填写整数。")
    # Codes and questions are what the reader keys on: lock them, leave only the answers open.
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row, 4).protection = Protection(locked=False)
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # widening a column stays allowed
    sheet.freeze_panes = "A2"
    for letter, width in zip("ABCD", (14, 12, 70, 14)):
        sheet.column_dimensions[letter].width = width


# reading ------------------------------------------------------------------------------------

def read_template(path: Path | str, today: date | None = None, wave: Wave | None = None) -> TemplateResponse:
    """Everything a filled template says, or TemplateRejected listing every cell to fix (dates checked against
    `today` and, when given, the wave's period)."""
    today = today or date.today()
    with closing(open_for_reading(path, TemplateRejected)) as book:  # read-only: it holds the file open until closed
        problems = Problems()
        for name in (PROFILE, TOOLS, MINUTES, QUOTAS, RULES):
            if name not in book.sheetnames:
                problems.add(name, None, None, f"缺少「{name}」表。请使用原表格，不要删除工作表或给它改名。")
        sheet = lambda name: book[name] if name in book.sheetnames else None  # noqa: E731
        response = TemplateResponse(Profile(), wave_id=_wave_id(sheet(INTRO)))
        if sheet(PROFILE) is not None:
            response.profile = read_profile(sheet(PROFILE), problems)
        names: dict[str, int] = {}
        if sheet(TOOLS) is not None:
            response.tools, names = read_tools(sheet(TOOLS), problems)
        if sheet(MINUTES) is not None:
            response.minutes = read_minutes(sheet(MINUTES), names, problems, today, wave)
        if sheet(QUOTAS) is not None:
            response.quotas = read_quotas(sheet(QUOTAS), problems)
        if sheet(RULES) is not None:
            response.answers = read_answers(sheet(RULES), problems)
        problems.raise_if_any(path, TemplateRejected)
        return response


def template_to_survey_file(path: Path | str, wave: Wave, out_path: Path | str, today: date | None = None) -> Path:
    """A valid filled template as an ordinary survey file, so that the importer has only one kind of input."""
    from burden_survey.store.storage import Storage
    from burden_survey.survey_files.content import fingerprint, response_content
    from burden_survey.survey_files.filestore import export_response

    response = read_template(path, today, wave)
    if response.wave_id and response.wave_id != wave.id:
        raise TemplateRejected(path, [Problem(INTRO, 2, "B", f"这份表格属于调查批次「{response.wave_id}」，"
                                              f"不是「{wave.id}」。请选择正确的批次，或使用本批次的表格。", WAVE_LABEL)])
    with ScratchFolder("intake") as scratch:
        storage = Storage.open(scratch.file("intake.db"), identity=False)
        try:
            rid = storage.add_respondent_bundle(response.profile, response.tools, response.minutes,
                                                response.quotas, response.answers)
            # One template goes out to many cadres, so it cannot carry an id: derive it from the answers,
            # and the same filled sheet imported twice is the same response, skipped as a duplicate.
            # Over version 1's columns, so the id stays the same when a later program reads the same sheet.
            content = response_content(storage.db.conn, "main", rid, version=1)
            stable_id = "R" + fingerprint(wave.id + content, version=1)[:16].upper()
            storage.set_setting(f"wave_template_respondent:{wave.id}:{rid}", stable_id)
            export_response(storage, wave, out_path, source_id=rid)
        finally:
            storage.close()
    return Path(out_path)


def _wave_id(sheet) -> str:
    if sheet is None:
        return ""
    for label, value, *_ in sheet.iter_rows(max_col=2, values_only=True):
        if text(label) == WAVE_LABEL:
            return text(value)
    return ""


