"""Reading the sheets of a filled intake template into the app's dataclasses; their columns are defined here."""

from __future__ import annotations

import re
from datetime import date

from openpyxl.utils import get_column_letter

from burden_survey.survey import divisions, fields
from burden_survey.survey.choices import ANSWERS, Vocabulary
from burden_survey.survey.model import Profile, Quota, RuleAnswer, Tool
from burden_survey.survey.questions import QUESTIONS, QUESTIONS_BY_CODE
from burden_survey.survey.survey_file import Wave
from burden_survey.survey.validation import MAX_MINUTES_PER_TOOL, MINUTES_PER_DAY

from .sheet_cells import Column, Problems, RowReader, column_map, data_rows, is_blank, parse_date, text

PROFILE, TOOLS, MINUTES, QUOTAS, RULES = "基本情况", "数字任务", "每日用时", "摊派下载", "规定对照"
YES_NO = Vocabulary("yes_no", [("yes", "是"), ("no", "否")])
PROVINCES = Vocabulary("province", [(d.code, d.name) for d in divisions.provinces()])

def sheet_columns(declared: tuple[fields.Field, ...]) -> list[Column]:
    """The fill-in columns of a record's fields: a 是/否 column per code of a list, choices from a drop-down."""
    columns = []
    for field in declared:
        hint = field.sheet_hint or field.example
        if field.kind == fields.CODES:
            columns += [Column(f"{field.flag_prefix}：{c.label}", f"{field.key}:{c.code}", "flag", YES_NO)
                        for c in field.vocabulary]
        elif field.vocabulary is not None:
            columns.append(Column(field.sheet_label(numbers=False), field.key, "choice", field.vocabulary,
                                  field.required, hint=hint, aliases=field.former_sheet_labels(numbers=False)))
        elif field.kind == fields.YES_NO:
            # A required yes-or-no has a default (an installed app), which a blank cell keeps.
            columns.append(Column(field.sheet_label(), field.key, "yes_no", YES_NO, hint=hint))
        elif field.kind in (fields.INT, fields.NUMBER):
            columns.append(Column(field.sheet_label(), field.key, "int" if field.kind == fields.INT else "number",
                                  required=field.required, minimum=field.low, maximum=field.high, hint=hint))
        else:
            columns.append(Column(field.sheet_label(), field.key, field.kind if field.kind == fields.DATE else "text",
                                  required=field.required, hint=hint))
    return columns


_PROFILE = fields.by_key(fields.PROFILE_FIELDS)
PROFILE_COLUMNS = [
    Column("省（自治区、直辖市）", "province", "province", PROVINCES, required=True),  # read by name, see _place
    Column("市（地区、州、盟）", "city", hint="填写全称，如：无锡市；直辖市可以留空"),
    Column("县（市、区、旗）", "county", required=True, hint="填写全称，如：锡山区；不设区县的市（如东莞市）填市名"),
    Column("乡镇（街道）", "township_name", required=True, hint=_PROFILE["township_name"].example),
    Column("乡镇/村区划代码（选填）", "township_code", "code", hint=_PROFILE["township_code"].example),
    *sheet_columns(fields.PROFILE_ANSWERS),
]

# The template asks every field but the private notes: its rows are read into a supervisor's database.
TOOL_COLUMNS = sheet_columns(fields.shared(fields.TOOL_FIELDS))
QUOTA_COLUMNS = sheet_columns(fields.shared(fields.QUOTA_FIELDS))


def _set_typed(record, declared: tuple[fields.Field, ...], typed: dict) -> None:
    """The typed cells onto the record: lists from their 是/否 columns, picked numbers as numbers."""
    for field in declared:
        if field.kind == fields.CODES:
            setattr(record, field.key, [c.code for c in field.vocabulary if typed.get(f"{field.key}:{c.code}")])
        elif typed.get(field.key) is not None:
            value = typed[field.key]
            setattr(record, field.key, int(value) if field.kind == fields.INT else value)


def read_profile(sheet, problems: Problems) -> Profile:
    positions = column_map(sheet, PROFILE_COLUMNS, problems)
    rows = list(data_rows(sheet))
    if not rows:
        problems.add(PROFILE, 2, None, "没有填写。请在第2行填写所在地区和岗位。")
        return Profile()
    for number, _ in rows[1:]:
        problems.add(PROFILE, number, None, "只需填写一行（第2行），请删除多余的行。")
    number, values = rows[0]
    reader = RowReader(PROFILE, number, values, positions, problems)
    typed = {c.key: reader.value(c) for c in PROFILE_COLUMNS}
    profile = Profile(township_name=typed["township_name"] or "", division_year=divisions.DIVISION_YEAR,
                      **{f.key: typed[f.key] for f in fields.PROFILE_ANSWERS})
    by_key = {c.key: c for c in PROFILE_COLUMNS}
    place = _place(reader, by_key, typed)
    if place:
        profile.province_code, profile.city_code, profile.county_code = place
    code = typed["township_code"] or ""
    if code and not (code.isdigit() and len(code) == 12):
        reader.problem(by_key["township_code"], f"「{code}」应为 12 位数字（县 6 位、乡镇 3 位、村 3 位）；不知道可以留空。")
    elif code and place and not code.startswith(place[2]):
        reader.problem(by_key["township_code"], f"前 6 位应与所填县区的代码 {place[2]} 一致；不知道可以留空。")
    else:
        profile.township_code = code
    return profile


def _place(reader: RowReader, columns: dict[str, Column], typed: dict) -> tuple[str, str, str] | None:
    """Province, city and county codes from the names typed; a city may be left out when the county is unique."""
    province_text = text(reader.raw(columns["province"]))
    province = _match(divisions.provinces(), province_text)
    if province is None:
        if province_text:  # a blank one was reported as blank already
            reader.problem(columns["province"], f"「{province_text}」不是省级行政区，请从下拉列表中选择。")
        return None
    city_text, county_text = typed["city"] or "", typed["county"] or ""
    cities = divisions.cities(province.code)
    if city_text and city_text != province.name:
        city = _match(cities, city_text)
        if city is None:
            reader.problem(columns["city"], f"「{city_text}」不是{province.name}的地级行政区，"
                                            f"请填写全称，如「{_closest(cities, city_text).name}」。")
            return None
        candidates = divisions.counties(city.code)
    else:
        city, candidates = None, [c for each in cities for c in divisions.counties(each.code)]
    if len(candidates) == 1 and city is not None and candidates[0].code == city.code:
        return province.code, city.code, city.code  # a city without counties (东莞, 中山 …) stands for itself
    county = _match(candidates, county_text) if county_text else None
    if county is None:
        if county_text:
            where = divisions.full_name(city.code) if city else province.name
            reader.problem(columns["county"], f"「{county_text}」不是{where}的县级行政区，"
                                              f"请填写全称，如「{_closest(candidates, county_text).name}」。")
        return None
    return province.code, county.parent if county.parent != county.code else county.code, county.code


def _closest(options: list, typed: str):
    """The name sharing the longest beginning with what was typed: 「锡山县」 suggests 「锡山区」."""
    def shared(name: str) -> int:
        return next((i for i, (a, b) in enumerate(zip(name, typed)) if a != b), min(len(name), len(typed)))
    return max(options, key=lambda d: shared(d.name))


def _match(options: list, typed: str):
    """The division of that name; a unique beginning (「锡山」 for 锡山区) is enough."""
    exact = [d for d in options if d.name == typed]
    if exact:
        return exact[0]
    loose = [d for d in options if d.name.startswith(typed)] if typed else []
    return loose[0] if len(loose) == 1 else None


def read_tools(sheet, problems: Problems) -> tuple[list[Tool], dict[str, int]]:
    positions = column_map(sheet, TOOL_COLUMNS, problems)
    tools, names, rows_of = [], {}, {}
    by_key = {c.key: c for c in TOOL_COLUMNS}
    for number, values in data_rows(sheet):
        reader = RowReader(TOOLS, number, values, positions, problems)
        typed = {c.key: reader.value(c) for c in TOOL_COLUMNS}
        tool = Tool(name=typed["name"] or "", kind=typed["kind"] or "app")
        for field in fields.TOOL_FIELDS:
            if field.group_only and not tool.is_group and typed.get(field.key) is not None:
                reader.problem(by_key[field.key], "只有类型为「工作群」时才填写这一项，请清空或把类型改为「工作群」。")
                typed[field.key] = None
        _set_typed(tool, fields.TOOL_FIELDS, {**typed, "name": tool.name, "kind": tool.kind})
        if tool.name in rows_of:
            reader.problem(by_key["name"], f"「{tool.name}」与第{rows_of[tool.name]}行重名，请在名称后加以区分，如「{tool.name}（2）」。")
        elif tool.name:
            rows_of[tool.name] = number
            names[tool.name] = len(tools)
        tools.append(tool)
    return tools, names


def read_minutes(sheet, names: dict[str, int], problems: Problems, today: date,
                  wave: Wave | None) -> list[tuple[int, date, int]]:
    header = next(sheet.iter_rows(min_row=1, max_row=1, values_only=True), ())
    rows = list(data_rows(sheet))
    # Only a date with minutes under it is checked: the template comes with the whole period pre-filled.
    used = {i for _, values in rows for i, v in enumerate(values[1:], 2) if not is_blank(v)}
    days: dict[int, date] = {}
    column_of: dict[date, int] = {}
    for index, raw in enumerate(header[1:], 2):
        if is_blank(raw) or index not in used:
            continue
        day = parse_date(raw)
        if day is None:
            problems.add(MINUTES, 1, index, f"「{text(raw)}」不是日期，请按 2026-11-20 的格式填写。", "日期")
        elif day > today:
            problems.add(MINUTES, 1, index, f"{day.isoformat()} 是将来的日期，只能记录今天及以前的用时。", "日期")
        elif wave and not (wave.period_start or date.min) <= day <= (wave.period_end or date.max):
            problems.add(MINUTES, 1, index, f"{day.isoformat()} 不在本次调查的时段（{wave.period_start or '不限'} 至 "
                                            f"{wave.period_end or '不限'}）内，请删除这一列或改正日期。", "日期")
        elif wave and not wave.in_window(day):
            problems.add(MINUTES, 1, index, f"{day.isoformat()} 不是工作日，本次调查只记工作日的用时，"
                                            "请删除这一列或改正日期。", "日期")
        elif day in column_of:
            problems.add(MINUTES, 1, index, f"{day.isoformat()} 与 {get_column_letter(column_of[day])}列重复。", "日期")
        else:
            days[index], column_of[day] = day, index
    entries, totals, rows_of = [], {}, {}
    for number, values in rows:
        name = " ".join(text(values[0]).split())
        if not name:
            problems.add(MINUTES, number, 1, "没有填写工具名称，请从下拉列表中选择。", "工具名称")
            continue
        if name not in names:
            problems.add(MINUTES, number, 1, f"「{name}」不在「数字任务」表里。请先在「数字任务」表填写它，或从下拉列表中选择。", "工具名称")
            continue
        if name in rows_of:
            problems.add(MINUTES, number, 1, f"「{name}」已在第{rows_of[name]}行填写，每个工具只填一行。", "工具名称")
            continue
        rows_of[name] = number
        for index, raw in enumerate(values[1:], 2):
            if is_blank(raw):
                continue
            if index not in days:
                if is_blank(header[index - 1] if index <= len(header) else None):
                    problems.add(MINUTES, number, index, "这一列第1行没有日期，请先在第1行填写日期。", "分钟")
                continue  # a bad date was reported once, at the date itself
            minutes = _minutes(raw)
            if isinstance(minutes, str):
                problems.add(MINUTES, number, index, minutes, f"{days[index].month}月{days[index].day}日")
                continue
            entries.append((names[name], days[index], minutes))
            totals[index] = totals.get(index, 0) + minutes
    for index, total in totals.items():
        if total > MINUTES_PER_DAY:
            problems.add(MINUTES, 1, index, f"{days[index].isoformat()} 各工具合计 {total} 分钟（{total / 60:.1f} 小时），"
                                            "超过一天的 24 小时，请核对这一天的分钟数。", "日期")
    return entries


def _minutes(raw: object) -> int | str:
    """Whole minutes from 0 to 600, or the message saying why not."""
    value = text(raw)
    try:
        number = float(value) if not isinstance(raw, bool) else None
    except ValueError:
        number = None
    if number is None or not number.is_integer():
        return f"「{value}」不是整数分钟，请填写 0 到 {MAX_MINUTES_PER_TOOL} 之间的整数。"
    if number < 0:
        return f"{number:g} 分钟不能是负数。"
    if number > MAX_MINUTES_PER_TOOL:
        return f"{number:g} 分钟超出范围：单个工具一天最多记录 {MAX_MINUTES_PER_TOOL} 分钟（10 小时）。"
    return int(number)


def read_quotas(sheet, problems: Problems) -> list[Quota]:
    positions = column_map(sheet, QUOTA_COLUMNS, problems)
    quotas = []
    for number, values in data_rows(sheet):
        reader = RowReader(QUOTAS, number, values, positions, problems)
        typed = {c.key: reader.value(c) for c in QUOTA_COLUMNS}
        quota = Quota(tool_name=typed["tool_name"] or "")
        _set_typed(quota, fields.QUOTA_FIELDS, typed)
        quotas.append(quota)
    return quotas


def read_answers(sheet, problems: Problems) -> list[RuleAnswer]:
    key_column, answer_column = Column("题号", "code"), Column("回答", "answer", "choice", ANSWERS)
    positions = column_map(sheet, [key_column, answer_column], problems)
    if len(positions) < 2:
        return []
    answers: dict[str, RuleAnswer] = {}
    follow_ups = []
    for number, values in data_rows(sheet):
        reader = RowReader(RULES, number, values, positions, problems)
        key = text(reader.raw(key_column))
        code, _, label = key.partition("-")
        question = QUESTIONS_BY_CODE.get(code)
        follow_up = next((f for f in question.follow_ups if f.label == label), None) if question and label else None
        if question is None or (label and follow_up is None):
            if key or not is_blank(reader.raw(answer_column)):
                reader.problem(key_column, f"题号「{key}」不认识。请不要改动 A 到 C 列。")
        elif follow_up is None:
            answer = reader.value(answer_column)
            if answer:
                answers[code] = RuleAnswer(code, answer)
        elif not is_blank(reader.raw(answer_column)):
            follow_ups.append((reader, question, follow_up))
    for reader, question, follow_up in follow_ups:
        main = answers.get(question.code)
        if main is None or main.answer != "yes":
            reader.problem(answer_column, f"只有第{question.code[1:]}题回答「是」时才填写这一项，请清空或改答「是」。")
            continue
        value = _follow_up_value(reader, answer_column, follow_up)
        if value is not None:
            main.details[follow_up.key] = value
    return [answers[q.code] for q in QUESTIONS if q.code in answers]


def _follow_up_value(reader: RowReader, answer_column: Column, follow_up):
    raw = reader.raw(answer_column)
    if follow_up.kind == fields.INT:
        return reader.value(Column("回答", "answer", "int", minimum=follow_up.low, maximum=follow_up.high))
    if follow_up.kind == fields.CODE:
        return reader.value(Column("回答", "answer", "choice", follow_up.vocabulary))
    if follow_up.kind == fields.CODES:
        codes, unknown = [], []
        for label in (p for p in re.split(r"[；;、,，\s]+", text(raw)) if p):
            code = next((c.code for c in follow_up.vocabulary if label in (c.label, c.code)), None)
            (codes if code else unknown).append(code or label)
        if unknown:
            choices = "、".join(c.label for c in follow_up.vocabulary)
            reader.problem(answer_column, f"「{'、'.join(unknown)}」不是可选的{follow_up.label}，可选：{choices}。")
            return None
        return [c.code for c in follow_up.vocabulary if c.code in codes]
    return text(raw)
