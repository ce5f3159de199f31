"""The value rules of an incoming survey file: what each column may hold, checked in SQL on the attached file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import lru_cache

from burden_survey.store.importer_sql import ALIAS, Schema
from burden_survey.store import response_tables
from burden_survey.survey import choices, fields, text_rules
from burden_survey.survey.questions import QUESTIONS

# Values this program would never write. Only our own constants go into the SQL text; the file's values never do.
# The rules follow the response tables (store/response_tables.py) and the field tables (survey/fields.py), read
# when the rules are built; these are the rest: the file's own tables, and columns that are not fields of a record.
_FILE_TABLES = {"wave": "调查批次", "manifest": "清单", "manifest_response": "清单答卷"}
_OTHER_CODED = {"rule_answer": {"question": [q.code for q in QUESTIONS], "answer": choices.ANSWERS}}
_OTHER_RANGES = {"respondent": {"revision": (1, 1_000_000)},
                 "manifest_response": {"revision": (1, 1_000_000)}}
_OTHER_DATES = {"wave": ["period_start", "period_end"]}
_TYPE_WORDS = {"integer": "整数", "real": "小数", "text": "文字", "blob": "二进制数据", "null": "空值"}
_STORED_AS = {"INTEGER": ("整数", ("integer",)), "TEXT": ("文字", ("text",)), "REAL": ("数字", ("integer", "real"))}


def table_labels() -> dict[str, str]:
    """Every table of a survey file → how messages name it."""
    return {**{t.name: t.label for t in response_tables.tables()}, **_FILE_TABLES}


def _coded(table: str) -> dict:
    declared = fields.RECORDS.get(table, ())
    return {**{f.key: f.vocabulary for f in declared if f.kind == fields.CODE and f.vocabulary is not None},
            **_OTHER_CODED.get(table, {})}


def _lists(table: str) -> dict:
    return {f.key: f.vocabulary for f in fields.RECORDS.get(table, ()) if f.kind == fields.CODES}


def _ranges(table: str) -> dict[str, tuple]:
    declared = fields.RECORDS.get(table, ())
    return {**{f.key: (0, 1) if f.kind == fields.YES_NO else (f.low, f.high) for f in declared
               if f.kind == fields.YES_NO or (f.kind in (fields.INT, fields.NUMBER) and f.low is not None)},
            **_OTHER_RANGES.get(table, {})}


def _dates(table: str) -> list[str]:
    return [f.key for f in fields.RECORDS.get(table, ()) if f.kind == fields.DATE] + _OTHER_DATES.get(table, [])


_SAME_WAVE = {"respondent": "wave_id", "manifest_response": "wave_id", "wave": "id"}


@dataclass(frozen=True)
class Rule:
    bad: str  # an SQL condition on one row that marks it unacceptable
    example: str  # SQL naming the values the reason shows: value (and kind for a type)
    reason: str  # the reason, with {value}, {kind} and {today} filled in


def _shown(column: str) -> str:
    """The offending value as the reason shows it: text, cut short; read as bytes, since it may not be UTF-8."""
    return f"CAST(substr(CAST({column} AS TEXT), 1, 40) AS BLOB) AS value"


def vocabularies() -> dict[str, list[str]]:
    """"table.column" → the codes it accepts, from choices.py and questions.py."""
    coded = {f"{t}.{c}": v for t in table_labels() for c, v in {**_coded(t), **_lists(t)}.items()}
    return {name: list(v) if isinstance(v, list) else v.codes() for name, v in coded.items()}


@lru_cache(maxsize=4)
def value_checks(reference: Schema) -> dict[str, list[Rule]]:
    """The rules per table, built once from the reference schema."""
    rules: dict[str, list[Rule]] = {}
    labels = table_labels()
    for table, label in labels.items():
        entry = response_tables.table(table) if table in response_tables.names() else None
        found = []
        for column, declared, notnull, _, pk, _ in reference.tables[table]:
            expected, types = _STORED_AS[declared]
            allowed = ", ".join(f"'{t}'" for t in types + (() if notnull or pk else ("null",)))
            found.append(Rule(f"typeof({column}) NOT IN ({allowed})", f"typeof({column}) AS kind, {_shown(column)}",
                              f"「{label}」表（{table}）的 {column} 列应为{expected}，却有{{kind}}「{{value}}」。"))
        if entry is not None and entry.soft_deleted:
            # A file carries only live rows; a deleted one would pass the fingerprint (which skips them) unchecked
            # and still count in the summaries.
            found.append(Rule("deleted_at IS NOT NULL", _shown("deleted_at"),
                              f"「{label}」中有已删除的行（删除于 {{value}}），本程序写出的文件不会有，文件可能被改动。"))
        if entry is not None and entry.parent is not None:
            found.append(Rule(f"{entry.link} NOT IN (SELECT id FROM {ALIAS}.{entry.parent})", _shown(entry.link),
                              f"「{label}」有一行指向文件中不存在的{labels[entry.parent]}（{{value}}），文件不完整或被改动。"))
        if table in _SAME_WAVE:
            column = _SAME_WAVE[table]
            found.append(Rule(f"{column} IS NOT :wave", _shown(column),
                              f"「{label}」中有调查批次「{{value}}」，与文件清单的批次不一致。"))
        # A lookup per value in temp.import_code (filled by importer_sql.import_session from vocabularies()):
        # far cheaper per file than an IN list that SQLite would build again for each file.
        for column in _coded(table):
            found.append(Rule(f"{column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM temp.import_code "
                              f"WHERE vocabulary = '{table}.{column}' AND code = {column})", _shown(column),
                              f"「{label}」的 {column} 列有本程序不认识的选项「{{value}}」。"))
        for column in _lists(table):
            found.append(Rule(f"""CASE WHEN json_valid({column}) AND json_type({column}) = 'array'
                                  THEN EXISTS (SELECT 1 FROM json_each({column}) j WHERE NOT EXISTS (SELECT 1 FROM
                                       temp.import_code WHERE vocabulary = '{table}.{column}' AND code = j.value))
                                  ELSE 1 END""", _shown(column),
                              f"「{label}」的 {column} 列不是本程序认识的选项列表：「{{value}}」。"))
        for column, (low, high) in _ranges(table).items():
            found.append(Rule(f"{column} NOT BETWEEN {low} AND {high}", _shown(column),
                              f"「{label}」的 {column} 列有 {{value}}，超出 {low}–{high} 的范围。"))
        for column in _dates(table):
            # "+0 days" makes SQLite normalise the date, so 2026-02-30 (kept as is by date() alone) shows up.
            found.append(Rule(f"date({column}, '+0 days') IS NOT {column}", _shown(column),
                              f"「{label}」的 {column} 列「{{value}}」不是有效的日期（应为 年-月-日）。"))
        if table == "daily_minutes":
            found.append(Rule("day > :today", _shown("day"), "「每日用时」有将来的日期 {value}（今天是 {today}）。"))
        for field in fields.RECORDS.get(table, ()):
            if field.kind in (fields.NAME, fields.TEXT):
                found += _text_rules(label, field)
        if table == "rule_answer":
            found.append(Rule(f"CASE WHEN json_valid(details) AND json_type(details) = 'object' THEN {_details_bad()} "
                              "ELSE 1 END", "question || '：' || " + _shown("details").removesuffix(" AS value") + " AS value",
                              "「规定对照」的补充回答不是本程序会写的：「{value}」。"))
        rules[table] = found
    return rules


# The control characters a text may not hold, as SQL: a GLOB class built with char(), and NUL found bytewise (SQLite's
# text functions stop at a NUL, so a name could hide a megabyte behind one).
# (NUL is left out of the class: a GLOB pattern cannot hold it.)
_CONTROLS = ", ".join(str(c) for c in text_rules.CONTROL_CODES if c)
_CONTROLS_AND_BREAKS = ", ".join(str(c) for c in text_rules.CONTROL_OR_BREAK_CODES if c)


def _text_rules(label: str, field: fields.Field) -> list[Rule]:
    """The entry form's text rules (survey/text_rules.py), in SQL: length and control characters."""
    column, limit = field.key, text_rules.MAX_NAME_LENGTH if field.kind == fields.NAME else text_rules.MAX_TEXT_LENGTH
    controls = _CONTROLS if field.lines > 1 else _CONTROLS_AND_BREAKS
    private = " || ".join(f"char({low}) || '-' || char({high})" for low, high in text_rules.REFUSED_RANGES)
    return [
        Rule(f"typeof({column}) = 'text' AND length(CAST({column} AS BLOB)) > {limit} AND length({column}) > {limit}",
             f"length({column}) AS value", f"「{label}」的「{field.short_label}」有 {{value}} 个字，最多 {limit} 个。"),
        Rule(f"typeof({column}) = 'text' AND (instr(CAST({column} AS BLOB), x'00') > 0 "
             f"OR {column} GLOB '*[' || char({controls}) || {private} || ']*')", _shown(column),
             f"「{label}」的「{field.short_label}」含有控制字符或无法显示的字符：「{{value}}」。"),
    ]


def _details_bad() -> str:
    """SQL: the follow-up answers of a rule answer (details, a JSON object) hold something the question's field
    table does not allow — an unknown key, a value of the wrong kind or outside its limits."""
    cases = []
    for question in QUESTIONS:
        allowed = ", ".join(f"'{f.key}'" for f in question.follow_ups)
        unknown = f" WHERE key NOT IN ({allowed})" if allowed else ""  # a question without follow-ups has none
        checks = [f"EXISTS (SELECT 1 FROM json_each(details){unknown})"]
        for f in question.follow_ups:
            path, kind = f"'$.{f.key}'", f"json_type(details, '$.{f.key}')"
            if f.kind == fields.INT:
                checks.append(f"({kind} IS NOT NULL AND ({kind} != 'integer' "
                              f"OR json_extract(details, {path}) NOT BETWEEN {int(f.low)} AND {int(f.high)}))")
            elif f.kind == fields.CODE:
                codes = ", ".join(f"'{c}'" for c in f.vocabulary.codes())
                checks.append(f"({kind} IS NOT NULL AND ({kind} != 'text' OR json_extract(details, {path}) NOT IN ({codes})))")
            elif f.kind == fields.CODES:
                codes = ", ".join(f"'{c}'" for c in f.vocabulary.codes())
                checks.append(f"({kind} IS NOT NULL AND ({kind} != 'array' OR EXISTS (SELECT 1 FROM "
                              f"json_each(details, {path}) WHERE type != 'text' OR value NOT IN ({codes}))))")
            else:
                checks.append(f"({kind} IS NOT NULL AND ({kind} != 'text' OR length(json_extract(details, {path})) > "
                              f"{text_rules.MAX_TEXT_LENGTH}))")
        cases.append(f"WHEN '{question.code}' THEN {' OR '.join(checks)}")
    return f"CASE question {' '.join(cases)} ELSE 1 END"


def personal_data_problem(conn: sqlite3.Connection) -> str:
    """A phone or ID number in a text a supervisor will read, in words; "" when there is none. Rows with eleven
    digits in a row are picked in SQL, and only those read by the pattern (survey/text_rules.py)."""
    digits = "*" + "[0-9]" * 11 + "*"
    for table, declared in fields.RECORDS.items():
        for field in fields.shared(declared):
            if field.kind not in (fields.NAME, fields.TEXT):
                continue
            for (text,) in conn.execute(f"SELECT {field.key} FROM {ALIAS}.{table} WHERE typeof({field.key}) = 'text' "
                                        f"AND {field.key} GLOB '{digits}'"):
                if warning := text_rules.personal_data_warning(text):
                    return f"「{table_labels()[table]}」的「{field.short_label}」中：{warning}请填报人删去后重新导出。"
    return ""


def row_count_problem(conn: sqlite3.Connection) -> str:
    """More rows under one parent than any survey answer has (response_tables.most), in words; "" when none."""
    for table in response_tables.tables():
        if table.most is None:
            continue
        row = conn.execute(f"SELECT count(*) FROM {ALIAS}.{table.name} GROUP BY {table.link} "
                           f"HAVING count(*) > {table.most:d} LIMIT 1").fetchone()
        if row:
            parent = table_labels()[table.parent]
            return (f"「{table_labels()[table.name]}」有一项{parent}下有 {row[0]:,} 行，最多 {table.most} 行："
                    "这不像是填报的答卷，文件可能被改动。")
    return ""


def _free_text_columns(reference: Schema, table: str) -> list[str]:
    """The text columns no rule pins down. Text in a number column is refused by the type rules, and only ASCII
    can pass the rule of a code, a list of codes, a date or the wave: those need no reading (they are most of a
    file's text, the daily minutes' days above all)."""
    ruled = {*_coded(table), *_lists(table), *_dates(table), _SAME_WAVE.get(table)}
    return [c[0] for c in reference.tables[table] if c[1] == "TEXT" and c[0] not in ruled]


def text_problem(conn: sqlite3.Connection, reference: Schema, table: str) -> str:
    """The column of `table` holding text that is not valid UTF-8, in words; "" when all its text is.

    SQLite stores the bytes it is given; text this program could not read back would be copied in and make the
    supervisor's own database unreadable later. Each column's texts are joined by a newline (which ends any byte
    sequence) and decoded once in Python, the only place that checks them.
    """
    columns = _free_text_columns(reference, table)
    joined = ", ".join(f"CAST(group_concat(CASE WHEN typeof({c}) = 'text' THEN {c} END, char(10)) AS BLOB)"
                       for c in columns)
    for column, texts in zip(columns, conn.execute(f"SELECT {joined} FROM {ALIAS}.{table}").fetchone()):
        try:
            (texts or b"").decode("utf-8")
        except UnicodeDecodeError:
            return f"「{table_labels()[table]}」表（{table}）的 {column} 列有无法识别的文字（不是 UTF-8 编码），文件可能已损坏。"
    return ""


@lru_cache(maxsize=4)
def _scan(reference: Schema) -> str:
    """One statement for the whole file: per table, whether any row breaks a rule, and all its free text."""
    parts = []
    for table, rules in value_checks(reference).items():
        any_bad = " OR ".join(f"({r.bad})" for r in rules)
        texts = " || char(10) || ".join(f"coalesce(CASE WHEN typeof({c}) = 'text' THEN {c} END, '')"
                                        for c in _free_text_columns(reference, table))
        parts.append(f"EXISTS (SELECT 1 FROM {ALIAS}.{table} WHERE {any_bad})")
        parts.append(f"(SELECT CAST(group_concat({texts}, char(10)) AS BLOB) FROM {ALIAS}.{table})" if texts else "NULL")
    return "SELECT " + ",\n".join(parts)


def value_problem(conn: sqlite3.Connection, reference: Schema, wave_id: str, today: str) -> str:
    """The first value that this program would never write, in words; "" when every value is acceptable.

    One statement tests every rule of every table and gathers all free text, which must be valid UTF-8 before any
    of it is shown; only when something fails is each rule (or column) tried alone, to name it.
    """
    params = {"wave": wave_id, "today": today}
    found = conn.execute(_scan(reference), params).fetchone()
    for (table, rules), bad, blob in zip(value_checks(reference).items(), found[::2], found[1::2]):
        try:
            (blob or b"").decode("utf-8")
        except UnicodeDecodeError:
            return text_problem(conn, reference, table) or f"「{table_labels()[table]}」表（{table}）有无法识别的文字。"
        if not bad:
            continue
        for rule in rules:
            cursor = conn.execute(f"SELECT {rule.example} FROM {ALIAS}.{table} WHERE {rule.bad} LIMIT 1", params)
            row = cursor.fetchone()
            if row is not None:
                example = {name: value.decode("utf-8", "replace") if isinstance(value, bytes) else value
                           for name, value in zip([d[0] for d in cursor.description], row)}
                example["kind"] = _TYPE_WORDS.get(example.get("kind"), "")
                return rule.reason.format(**example, today=today)
        return f"「{table_labels()[table]}」表（{table}）有本程序不会写入的值。"
    row = conn.execute(
        f"""SELECT m.day, sum(m.minutes) FROM {ALIAS}.daily_minutes m JOIN {ALIAS}.tool t ON t.id = m.tool_id
            WHERE t.deleted_at IS NULL GROUP BY t.respondent_id, m.day HAVING sum(m.minutes) > 1440
            LIMIT 1""").fetchone()
    if row:
        return f"「每日用时」{row[0]} 一天合计 {row[1]} 分钟，超过一天的 1440 分钟。"
    return row_count_problem(conn) or personal_data_problem(conn)
