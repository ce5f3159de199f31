"""The SQL of the de-identified export: profiles to generalise, names to check, and the tables under fresh ids.

While `renamed(storage, ids)` is open, the connection knows a function `export_id(respondent id)` that gives the
export's fresh id (NULL for a respondent left out), so every table is read under the new ids, without the left-out
respondents, and ordered by the new ids: row order in one export says nothing about the database's ids or the
order the answers arrived in, and two exports cannot be lined up row by row.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Mapping

from .report_sql import QUOTA_COLUMNS, TOOL_COLUMNS
from .storage import Storage
from .counted import LEFT_OUT
from .summaries import IN_WINDOW

_RESPONDENTS = f"SELECT id FROM respondent WHERE (:wave IS NULL OR wave_id = :wave) AND id NOT IN ({LEFT_OUT})"
QUASI_COLUMNS = ("province_code", "city_code", "county_code", "township_name", "unit_type", "post", "tenure",
                 "staffing", "work_phone")


def _conn(storage: Storage) -> sqlite3.Connection:
    return storage.db.conn


def profiles(storage: Storage, wave_id: str | None) -> list[tuple]:
    """(id, wave id, the quasi-identifiers of QUASI_COLUMNS…) of every respondent an export of the wave covers."""
    columns = ", ".join("trim(township_name)" if c == "township_name" else c for c in QUASI_COLUMNS)
    return _conn(storage).execute(
        f"SELECT id, wave_id, {columns} FROM respondent WHERE id IN ({_RESPONDENTS}) ORDER BY id",
        {"wave": wave_id}).fetchall()


def registry_names(storage: Storage) -> set[str]:
    """The names of the county's app registry (应用登记), trimmed."""
    return {row[0] for row in _conn(storage).execute("SELECT DISTINCT trim(name) FROM registry_app")}


def typed_names(storage: Storage, wave_id: str | None) -> list[tuple[str, str, str, str]]:
    """(respondent id, tool name, line department, 'tool'), then (respondent id, quota app name, '', 'quota'):
    what cadres typed, trimmed, for counting how many people typed each."""
    params = {"wave": wave_id}
    tools = _conn(storage).execute(
        f"""SELECT DISTINCT respondent_id, trim(name), trim(coalesce(line_department, '')), 'tool' FROM tool
            WHERE deleted_at IS NULL AND respondent_id IN ({_RESPONDENTS})""", params).fetchall()
    quotas = _conn(storage).execute(
        f"""SELECT DISTINCT respondent_id, trim(tool_name), '', 'quota' FROM quota
            WHERE deleted_at IS NULL AND respondent_id IN ({_RESPONDENTS})""", params).fetchall()
    return tools + quotas


def group_rows(storage: Storage, wave_id: str | None) -> list[tuple]:
    """(id, county code, township, logged workdays, workday minutes, workday formality minutes, live tools, workday
    minutes whose 留痕占比 was given) per respondent: what the guarded 按乡镇汇总 sheet rests on (the summaries the
    dashboard reads too)."""
    return _conn(storage).execute(
        f"""SELECT r.id, coalesce(r.county_code, ''), trim(r.township_name), coalesce(s.logged_workdays, 0),
                   coalesce(s.workday_minutes, 0), coalesce(s.workday_formality_minutes, 0),
                   (SELECT count(*) FROM tool t WHERE t.respondent_id = r.id AND t.deleted_at IS NULL),
                   coalesce(s.workday_share_given_minutes, 0)
            FROM respondent r LEFT JOIN summary_respondent s ON s.respondent_id = r.id
            WHERE r.id IN ({_RESPONDENTS}) ORDER BY r.county_code, trim(r.township_name), r.id""",
        {"wave": wave_id}).fetchall()


@contextlib.contextmanager
def renamed(storage: Storage, ids: Mapping[str, str]) -> Iterator[None]:
    """`export_id()` known to the connection while the export reads; forgotten afterwards."""
    conn = _conn(storage)
    conn.create_function("export_id", 1, ids.get, deterministic=True)
    try:
        yield
    finally:
        conn.create_function("export_id", 1, None)


def tools(storage: Storage) -> Iterator[tuple]:
    """(fresh id, the shared tool columns…) of the exported respondents' live tools."""
    return _conn(storage).execute(
        f"""SELECT export_id(respondent_id) AS rid, {', '.join(TOOL_COLUMNS)} FROM tool
            WHERE deleted_at IS NULL AND export_id(respondent_id) IS NOT NULL ORDER BY rid, id""")


def minutes(storage: Storage) -> Iterator[tuple]:
    """(fresh id, tool id, tool name, kind, day, minutes), grouped by tool, days in order."""
    return _conn(storage).execute(
        f"""SELECT export_id(t.respondent_id) AS rid, t.id, trim(t.name), t.kind, m.day, m.minutes
           FROM daily_minutes m JOIN tool t ON t.id = m.tool_id
           WHERE t.deleted_at IS NULL AND {IN_WINDOW} AND export_id(t.respondent_id) IS NOT NULL
           ORDER BY rid, t.id, m.day""")


def minute_days(storage: Storage) -> list[str]:
    return [row[0] for row in _conn(storage).execute(
        f"""SELECT DISTINCT m.day FROM daily_minutes m JOIN tool t ON t.id = m.tool_id
           WHERE t.deleted_at IS NULL AND {IN_WINDOW} AND export_id(t.respondent_id) IS NOT NULL ORDER BY m.day""")]


def quotas(storage: Storage) -> Iterator[tuple]:
    return _conn(storage).execute(
        f"""SELECT export_id(respondent_id) AS rid, {', '.join(QUOTA_COLUMNS)} FROM quota
            WHERE deleted_at IS NULL AND export_id(respondent_id) IS NOT NULL ORDER BY rid, id""")


def answers(storage: Storage) -> Iterator[tuple]:
    return _conn(storage).execute(
        """SELECT export_id(respondent_id) AS rid, question, answer, details FROM rule_answer
           WHERE export_id(respondent_id) IS NOT NULL
           ORDER BY rid, CAST(substr(question, 2) AS INTEGER), question""")
