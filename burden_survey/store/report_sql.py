"""The SQL of spreadsheet exports and returns: parameterised reads of a supervisor's database, and the roster."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

from burden_survey.survey import fields

from .storage import Storage
from .counted import LEFT_OUT
from .summaries import IN_WINDOW

# `:wave` is NULL for "every wave"; respondents without a wave (a cadre's own database) are included then.
_RESPONDENTS = f"SELECT id FROM respondent WHERE (:wave IS NULL OR wave_id = :wave) AND id NOT IN ({LEFT_OUT})"

# Supervisor exports leave free-text notes out (tool.note, quota.note): they are the one place where a cadre
# might write a name. Every other column is a closed vocabulary, a number, a date or a short text such as a name.
TOOL_FIELDS = fields.shared(fields.TOOL_FIELDS)
QUOTA_FIELDS = fields.shared(fields.QUOTA_FIELDS)
PROFILE_FIELDS = fields.PROFILE_ANSWERS
TOOL_COLUMNS = tuple(f.key for f in TOOL_FIELDS)
QUOTA_COLUMNS = tuple(f.key for f in QUOTA_FIELDS)


def _conn(storage: Storage) -> sqlite3.Connection:
    return storage.db.conn


def respondents(storage: Storage, wave_id: str | None) -> Iterator[tuple]:
    return _conn(storage).execute(
        f"""SELECT id, wave_id, revision, province_code, city_code, county_code, trim(township_name), township_code,
                   {', '.join(f.key for f in PROFILE_FIELDS)}
           FROM respondent WHERE id IN ({_RESPONDENTS}) ORDER BY county_code, trim(township_name), id""",
        {"wave": wave_id},
    )


def tools(storage: Storage, wave_id: str | None) -> Iterator[tuple]:
    """Live tools only: a deleted tool is never exported."""
    return _conn(storage).execute(
        f"""SELECT respondent_id, {', '.join(TOOL_COLUMNS)} FROM tool
            WHERE deleted_at IS NULL AND respondent_id IN ({_RESPONDENTS}) ORDER BY respondent_id, id""",
        {"wave": wave_id},
    )


def minutes(storage: Storage, wave_id: str | None) -> Iterator[tuple]:
    """(respondent id, tool id, tool name, kind, day, minutes), grouped by tool, days in order."""
    return _conn(storage).execute(
        f"""SELECT t.respondent_id, t.id, t.name, t.kind, m.day, m.minutes
            FROM daily_minutes m JOIN tool t ON t.id = m.tool_id
            WHERE t.deleted_at IS NULL AND {IN_WINDOW} AND t.respondent_id IN ({_RESPONDENTS})
            ORDER BY t.respondent_id, t.id, m.day""",
        {"wave": wave_id},
    )


def minute_days(storage: Storage, wave_id: str | None) -> list[str]:
    """Every day on which anyone logged minutes: the date columns of the wide minutes sheet."""
    return [row[0] for row in _conn(storage).execute(
        f"""SELECT DISTINCT m.day FROM daily_minutes m JOIN tool t ON t.id = m.tool_id
            WHERE t.deleted_at IS NULL AND {IN_WINDOW} AND t.respondent_id IN ({_RESPONDENTS}) ORDER BY m.day""",
        {"wave": wave_id},
    )]


def quotas(storage: Storage, wave_id: str | None) -> Iterator[tuple]:
    return _conn(storage).execute(
        f"""SELECT respondent_id, {', '.join(QUOTA_COLUMNS)} FROM quota
            WHERE deleted_at IS NULL AND respondent_id IN ({_RESPONDENTS}) ORDER BY respondent_id, id""",
        {"wave": wave_id},
    )


def answers(storage: Storage, wave_id: str | None) -> Iterator[tuple]:
    """(respondent id, question, answer, details JSON); questions in their natural order Q1, Q2 … Q28."""
    return _conn(storage).execute(
        f"""SELECT respondent_id, question, answer, details FROM rule_answer
            WHERE respondent_id IN ({_RESPONDENTS})
            ORDER BY respondent_id, CAST(substr(question, 2) AS INTEGER), question""",
        {"wave": wave_id},
    )


def respondent_count(storage: Storage, wave_id: str | None) -> int:
    return _conn(storage).execute(f"SELECT count(*) FROM ({_RESPONDENTS})", {"wave": wave_id}).fetchone()[0]


def wave_title(storage: Storage, wave_id: str | None) -> str:
    if wave_id is None:
        return ""
    row = _conn(storage).execute("SELECT title FROM wave WHERE id = ?", [wave_id]).fetchone()
    return row[0] if row else ""


# roster -----------------------------------------------------------------------------------

def replace_roster(storage: Storage, wave_id: str, rows: Iterable[tuple[str, str, int]]) -> int:
    """Swap a wave's roster for (unit name, division code, expected) rows in one transaction."""
    rows = list(rows)
    with storage.db.atomic():
        storage.db.execute("DELETE FROM roster WHERE wave_id = ?", [wave_id])
        _conn(storage).executemany(
            "INSERT INTO roster (wave_id, unit_name, division_code, expected) VALUES (?, ?, ?, ?)",
            [(wave_id, name, code, expected) for name, code, expected in rows],
        )
    return len(rows)


# A respondent belongs to a roster unit by code when both carry one (a 6-digit unit is a whole county),
# and by township name otherwise: the 12-digit code is optional for cadres, the name is not. A sealed file held for
# the organiser above (survey_files/forwarding.py) counts as one return of the unit its header names. An answer set
# aside as empty is no return: the unit is still to be asked for one.
_HITS = f"""
    r AS (SELECT id, coalesce(county_code, '') AS county, township_code AS code, trim(township_name) AS township
          FROM respondent WHERE wave_id = :wave AND id NOT IN ({LEFT_OUT})
          UNION ALL
          SELECT 'sealed:' || id, county_code, township_code, trim(township_name) FROM sealed_file
          WHERE wave_id = :wave),
    u AS (SELECT id, trim(unit_name) AS unit_name, division_code AS code, expected FROM roster WHERE wave_id = :wave),
    hit AS (SELECT DISTINCT u.id AS unit_id, r.id AS rid FROM u JOIN r ON
              CASE WHEN length(u.code) = 6 THEN r.county = u.code OR substr(r.code, 1, 6) = u.code
                   WHEN u.code != '' AND r.code != '' THEN substr(r.code, 1, length(u.code)) = u.code
                   ELSE r.township = u.unit_name END)"""


def roster_returns(storage: Storage, wave_id: str) -> list[tuple[str, str, int, int]]:
    """(unit name, division code, expected, returned) in the roster's order."""
    return _conn(storage).execute(
        f"""WITH {_HITS}
            SELECT u.unit_name, u.code, u.expected, count(hit.rid) FROM u LEFT JOIN hit ON hit.unit_id = u.id
            GROUP BY u.id ORDER BY u.id""",
        {"wave": wave_id},
    ).fetchall()


def off_roster_returns(storage: Storage, wave_id: str) -> list[tuple[str, int]]:
    """(township name, respondents) of the wave's respondents that no roster unit counts."""
    return _conn(storage).execute(
        f"""WITH {_HITS}
            SELECT r.township, count(*) FROM r WHERE r.id NOT IN (SELECT rid FROM hit)
            GROUP BY r.township ORDER BY count(*) DESC, r.township""",
        {"wave": wave_id},
    ).fetchall()


def roster_totals(storage: Storage, wave_id: str) -> tuple[int, int, int]:
    """(expected, returned within the roster, returned in all); a respondent counted by two units counts once."""
    row = _conn(storage).execute(
        f"""WITH {_HITS}
            SELECT (SELECT coalesce(sum(expected), 0) FROM u), (SELECT count(DISTINCT rid) FROM hit),
                   (SELECT count(*) FROM r)""",
        {"wave": wave_id},
    ).fetchone()
    return row[0], row[1], row[2]


def sealed_returns(storage: Storage, wave_id: str) -> list[tuple[str, int]]:
    """(township as the sealed header names it, files) of the sealed files held for the organiser above."""
    return _conn(storage).execute(
        """SELECT trim(township_name), count(*) FROM sealed_file WHERE wave_id = ?
           GROUP BY trim(township_name) ORDER BY trim(township_name)""", [wave_id]).fetchall()


def roster_size(storage: Storage, wave_id: str) -> int:
    return _conn(storage).execute("SELECT count(*) FROM roster WHERE wave_id = ?", [wave_id]).fetchone()[0]
