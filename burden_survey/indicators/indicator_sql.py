"""The SQL of the burden indicators: parameterised reads of respondents, their summaries, tools, quotas and answers."""

from __future__ import annotations

import json
import sqlite3
from typing import NamedTuple

from burden_survey.store import group_summaries
from burden_survey.store.counted import LEFT_OUT

# The respondents a figure covers. `:wave` NULL means every respondent, those without a wave included
# (a cadre's own database); township and unit type narrow it down. Tool kind never removes a respondent.
# A respondent without a wave counts only once it holds answers: opening any database in the app makes an
# empty "self" respondent, which must not show up as one more answer sheet in a supervisor's figures. An answer set
# aside at import (empty or nearly empty) is in no figure until the supervisor takes it in.
_CHOSEN = f"""SELECT id FROM respondent
             WHERE (:wave IS NULL OR wave_id = :wave)
               AND (:township IS NULL OR trim(township_name) = :township)
               AND (:unit_type IS NULL OR unit_type = :unit_type)
               AND (wave_id IS NOT NULL OR id IN (SELECT respondent_id FROM tool)
                    OR id IN (SELECT respondent_id FROM rule_answer) OR id IN (SELECT respondent_id FROM quota))
               AND id NOT IN ({LEFT_OUT})"""


class RespondentRow(NamedTuple):
    id: str
    wave_id: str | None
    township: str
    logged_workdays: int
    workday_minutes: int
    workday_formality_minutes: float
    workday_share_given_minutes: int  # on tools whose 留痕占比 was given: the formality share's denominator
    usual_minutes: int | None  # the cadre's own estimate of a workday's minutes (None: not given)
    banded_days: int  # logged days whose every entry says how late it was entered
    prompt_days: int  # of those, the days entered within two days


class ToolRow(NamedTuple):
    respondent_id: str
    name: str
    kind: str
    sponsor_level: str | None
    line_department: str
    after_hours: str | None
    group_instant_response: str | None
    formality_share: int | None  # None: 未填
    minutes: int  # every logged day
    workday_minutes: int  # workdays only (survey/workdays.py)


class QuotaRow(NamedTuple):
    respondent_id: str
    tool_name: str
    target_count: int | None
    achieved_count: int | None
    counted_in_assessment: int | None
    hours_spent: float | None


def params(wave_id: str | None, township: str | None, unit_type: str | None, tool_kind: str | None) -> dict:
    return {"wave": wave_id, "township": township.strip() if township else None, "unit_type": unit_type,
            "kind": tool_kind}


def respondents(conn: sqlite3.Connection, p: dict) -> list[RespondentRow]:
    """The chosen respondents with their workday totals (zeros when nothing is logged), from summary_respondent."""
    rows = conn.execute(
        f"""SELECT r.id, r.wave_id, trim(r.township_name), coalesce(s.logged_workdays, 0),
                   coalesce(s.workday_minutes, 0), coalesce(s.workday_formality_minutes, 0),
                   coalesce(s.workday_share_given_minutes, 0), r.usual_minutes, coalesce(s.banded_days, 0),
                   coalesce(s.prompt_days, 0)
            FROM respondent r LEFT JOIN summary_respondent s ON s.respondent_id = r.id
            WHERE r.id IN ({_CHOSEN}) ORDER BY r.id""", p)
    return [RespondentRow(*row) for row in rows]


def tools(conn: sqlite3.Connection, p: dict) -> list[ToolRow]:
    """Every live tool of the chosen respondents (of one kind when `:kind` is set), with the minutes logged on it.

    Minutes per tool come from the summary_tool table, kept up to date at every write: the dashboard never
    scans the daily minutes.
    """
    rows = conn.execute(
        f"""SELECT c.respondent_id, trim(c.name), c.kind, c.sponsor_level, trim(c.line_department), c.after_hours,
                   c.group_instant_response, c.formality_share, coalesce(s.minutes, 0), coalesce(s.workday_minutes, 0)
            FROM tool c LEFT JOIN summary_tool s ON s.tool_id = c.id
            WHERE c.deleted_at IS NULL AND (:kind IS NULL OR c.kind = :kind) AND c.respondent_id IN ({_CHOSEN})""", p)
    return list(map(ToolRow._make, rows))


def quotas(conn: sqlite3.Connection, p: dict) -> list[QuotaRow]:
    """Live download quotas of the chosen respondents (quotas are not tools: the kind filter leaves them be)."""
    rows = conn.execute(
        f"""SELECT respondent_id, trim(tool_name), target_count, achieved_count, counted_in_assessment, hours_spent
            FROM quota WHERE deleted_at IS NULL AND respondent_id IN ({_CHOSEN}) ORDER BY id""", p)
    return [QuotaRow(*row) for row in rows]


def answer_sets(conn: sqlite3.Connection, p: dict) -> dict[tuple[str, str], set[str]]:
    """(question, answer) → the respondents who gave it; blank answers are left out. Sets, not counts: the noise
    of a count is keyed by the people in it."""
    # Grouped by SQLite and handed over as one JSON list per answer: a city's million answers are not a million
    # Python rows (issue 17).
    rows = conn.execute(
        f"""SELECT question, answer, json_group_array(respondent_id) FROM rule_answer
            WHERE answer IS NOT NULL AND answer != '' AND respondent_id IN ({_CHOSEN}) GROUP BY question, answer""", p)
    return {(question, answer): set(json.loads(people)) for question, answer, people in rows}


def follow_up_numbers(conn: sqlite3.Connection, p: dict, question: str, key: str) -> dict[str, float]:
    """Respondent → the numeric follow-up `key` of their 是 answer to `question`, where it carries one."""
    rows = conn.execute(
        f"""SELECT respondent_id, json_extract(details, '$.' || :key) FROM rule_answer
            WHERE question = :question AND answer = 'yes' AND json_valid(details) AND respondent_id IN ({_CHOSEN})""",
        {**p, "question": question, "key": key})
    return {rid: float(value) for rid, value in rows if isinstance(value, (int, float))}


def waves_with_respondents(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(id, title) of every registered wave that holds at least one respondent, in the order they were registered."""
    return conn.execute(
        """SELECT w.id, w.title FROM wave w WHERE EXISTS (SELECT 1 FROM respondent r WHERE r.wave_id = w.id)
           ORDER BY w.created_at, w.rowid""").fetchall()


def registered_waves(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT id FROM wave ORDER BY created_at, rowid")]


class GroupRow(NamedTuple):
    dimension: str  # name, level or department
    label: str
    n: int
    key_sum: int
    minutes: int
    minutes_low: int
    minutes_high: int
    workday_minutes: int
    workday_low: int
    workday_high: int
    workdays: int


# The groups of the chosen strata and tool kind (store/group_summaries.py).
_GROUP_STRATA = f"{group_summaries.IN_STRATA} AND kind = coalesce(:kind, :all_kinds)"


def groups(conn: sqlite3.Connection, p: dict) -> list[GroupRow]:
    """The tools of the chosen respondents grouped by name, sponsor level and line department: the strata's group
    summaries added up (each respondent is in one stratum, so every number adds exactly)."""
    rows = conn.execute(
        f"""SELECT dimension, label, sum(n), sum(key_sum), sum(minutes), min(minutes_low), max(minutes_high),
                   sum(workday_minutes), min(workday_low), max(workday_high), sum(workdays)
            FROM summary_group WHERE {_GROUP_STRATA} GROUP BY dimension, label""",
        {**p, "all_kinds": group_summaries.ALL_KINDS})
    return list(map(GroupRow._make, rows))


def group_members(conn: sqlite3.Connection, p: dict, wanted: list[tuple[str, str]]) -> list[list] | None:
    """[respondent, minutes, workday minutes, logged workdays] of every respondent of these (dimension, label)
    groups, once per group; None when a stratum's part of one is too big to be listed."""
    rows = conn.execute(
        f"""SELECT members FROM summary_group WHERE {_GROUP_STRATA}
            AND (dimension, label) IN (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(:wanted))""",
        {**p, "all_kinds": group_summaries.ALL_KINDS, "wanted": json.dumps(wanted)}).fetchall()
    if any(members is None for members, in rows):
        return None
    return [member for members, in rows for member in json.loads(members)]


class KindRow(NamedTuple):
    respondent_id: str
    kind: str
    tools: int
    workday_minutes: int
    workday_formality_minutes: float
    workday_share_given_minutes: int
    instant_groups: int
    after_hours_rank: int | None  # the most frequent after-hours demand among them (choices.AFTER_HOURS' order)


def kinds(conn: sqlite3.Connection, p: dict) -> list[tuple]:
    """The chosen respondents' live tools per kind (of one kind when `:kind` is set), from summary_respondent_kind:
    rows shaped as KindRow, left as tuples (a city's 250,000 are read at every figure)."""
    return conn.execute(
        f"""SELECT respondent_id, kind, tools, workday_minutes, workday_formality_minutes,
                   workday_share_given_minutes, instant_groups, after_hours_rank
            FROM summary_respondent_kind
            WHERE (:kind IS NULL OR kind = :kind) AND respondent_id IN ({_CHOSEN})""", p).fetchall()


def answer_cells(conn: sqlite3.Connection, p: dict) -> dict[tuple[str, str], tuple[int, int]]:
    """(question, answer) → (respondents who gave it, the sum of their record keys): the strata's answer summaries
    added up (store/group_summaries.py)."""
    rows = conn.execute(
        f"""SELECT question, answer, sum(n), sum(key_sum) FROM summary_answer
            WHERE {group_summaries.IN_STRATA} GROUP BY question, answer""", p)
    return {(question, answer): (n, key) for question, answer, n, key in rows}
