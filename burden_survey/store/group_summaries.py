"""The per-tool figures' groups and the rule answers, kept per stratum (wave, township, unit type), as respondents
are written.

A group is the live tools of one name, sponsor level or line department (of one kind, or of every kind: `ALL_KINDS`)
among the counted respondents of a stratum. It keeps what its figures and their noise need, all of which add up
exactly across strata since a respondent is in one: how many respondents (`n`), the sum of their record keys, the
sum, least and largest of their minutes and of their workday minutes (one contribution per respondent), their
logged workdays, and the first and last day logged on the group's tools. A group of at most MEMBERS_MAX
respondents also lists them: a name fewer than k people typed goes into 「其他」 with the others, person by person.
The rule answers keep, per question and answer, the respondents who gave it and the sum of their keys
(`summary_answer`).

`summary_member` says in which stratum each respondent was counted. Respondents counted for the first time (an
import's new answers: nearly all of them) are added to their groups at the end of the import, a few thousand a
transaction, exactly: a sum grows, a least or largest only moves outwards (`add_uncounted`; a read does it too,
so a kill before it loses nothing). Anything else — a replaced or edited answer, an undone import, a respondent moved to another
township, set aside or taken in, deleted — makes the strata stale, and those are counted again from the summaries
before the next figure reads them (`restratify`, then `recount_next` until none is left).
"""

from __future__ import annotations

import json
import sqlite3

from .counted import LEFT_OUT
from .record_keys import record_key, secret

ALL_KINDS = "*"
# No k is so high that a stratum's part of a group below k lists no one (tool_groups refuses a k above it).
MEMBERS_MAX = 30
RECOUNT_AT_ONCE = 2000  # respondents whose strata one transaction counts again (about a second at most)
# The stratum of respondent r ('' for none), in the columns below.
STRATUM = "coalesce(r.wave_id, ''), coalesce(trim(r.township_name), ''), coalesce(r.unit_type, '')"
_COLUMNS = "wave_id, township, unit_type"
_IDS = "SELECT value FROM json_each(:ids)"
_STALE = "INSERT OR IGNORE INTO main.summary_stale (wave_id, township, unit_type)"
# The strata a figure's filters choose (:wave, :township trimmed, :unit_type; None for all): what every reader of
# summary_group and summary_answer adds, so that each filter is the sum of the same strata.
IN_STRATA = """(:wave IS NULL OR wave_id = :wave) AND (:township IS NULL OR township = :township)
               AND (:unit_type IS NULL OR unit_type = :unit_type)"""
# A respondent m whose stratum is not to be counted again anyway.
_NOT_STALE = """NOT EXISTS (SELECT 1 FROM main.summary_stale x WHERE x.wave_id = m.wave_id
                                AND x.township = m.township AND x.unit_type = m.unit_type)"""


def _contributions(members: str, which: str = "1") -> str:
    """One row per counted respondent of `members` (a FROM clause naming summary_member m; `which` a condition on
    it) and group: their minutes on it, every live tool of the label. A tool is counted in its kind and in
    ALL_KINDS, three ways."""
    return f"""
        SELECT m.wave_id, m.township, m.unit_type, CASE b.by_kind WHEN 1 THEN t.kind ELSE '{ALL_KINDS}' END AS kind_of,
               d.dimension, CASE d.dimension WHEN 'name' THEN trim(t.name) WHEN 'level' THEN coalesce(t.sponsor_level, '')
                                 ELSE coalesce(trim(t.line_department), '') END AS label_of,
               m.respondent_id, m.record_key, coalesce(max(s.logged_workdays), 0) AS workdays,
               coalesce(sum(st.minutes), 0) AS minutes, coalesce(sum(st.workday_minutes), 0) AS workday,
               min(st.first_day) AS first_day, max(st.last_day) AS last_day
        FROM {members}
        JOIN main.tool t ON t.respondent_id = m.respondent_id AND t.deleted_at IS NULL
        CROSS JOIN (SELECT 'name' AS dimension UNION ALL SELECT 'level' UNION ALL SELECT 'department') d
        CROSS JOIN (SELECT 0 AS by_kind UNION ALL SELECT 1) b
        LEFT JOIN main.summary_tool st ON st.tool_id = t.id
        LEFT JOIN main.summary_respondent s ON s.respondent_id = m.respondent_id
        WHERE m.counted AND ({which})
        GROUP BY m.wave_id, m.township, m.unit_type, kind_of, d.dimension, label_of, m.respondent_id"""


_INTO = f"""INSERT INTO main.summary_group ({_COLUMNS}, kind, dimension, label, n, key_sum, minutes, minutes_low,
                                          minutes_high, workday_minutes, workday_low, workday_high, workdays, members,
                                          first_day, last_day)"""
# The strata :strata names (a JSON list of [wave, township, unit type]), and their counted respondents.
_CHOSEN_STRATA = """SELECT json_extract(value, '$[0]') AS wave_id, json_extract(value, '$[1]') AS township,
                           json_extract(value, '$[2]') AS unit_type FROM json_each(:strata)"""
_CHOSEN_MEMBERS = f"main.summary_member m JOIN ({_CHOSEN_STRATA}) x USING ({_COLUMNS})"
_REBUILD = f"""{_INTO}
    SELECT {_COLUMNS}, kind_of, dimension, label_of, count(*), sum(record_key), sum(minutes), min(minutes),
           max(minutes), sum(workday), min(workday), max(workday), sum(workdays),
           CASE WHEN count(*) <= {MEMBERS_MAX}
                THEN json_group_array(json_array(respondent_id, minutes, workday, workdays)) END,
           min(first_day), max(last_day)
    FROM ({_contributions(_CHOSEN_MEMBERS)})
    GROUP BY {_COLUMNS}, kind_of, dimension, label_of"""
# Respondents counted for the first time, added one by one (an aggregate brings many into one group).
_ADD = f"""{_INTO}
    SELECT {_COLUMNS}, kind_of, dimension, label_of, 1, record_key, minutes, minutes, minutes, workday, workday,
           workday, workdays, json_array(json_array(respondent_id, minutes, workday, workdays)), first_day, last_day
    FROM ({_contributions("main.summary_member m", f"m.respondent_id IN ({_IDS}) AND {_NOT_STALE}")})
    WHERE true
    ON CONFLICT (wave_id, kind, dimension, township, unit_type, label) DO UPDATE SET
        n = n + 1, key_sum = key_sum + excluded.key_sum, minutes = minutes + excluded.minutes,
        minutes_low = min(minutes_low, excluded.minutes_low), minutes_high = max(minutes_high, excluded.minutes_high),
        workday_minutes = workday_minutes + excluded.workday_minutes,
        workday_low = min(workday_low, excluded.workday_low), workday_high = max(workday_high, excluded.workday_high),
        workdays = workdays + excluded.workdays,
        members = CASE WHEN n < {MEMBERS_MAX} AND members IS NOT NULL
                       THEN json_insert(members, '$[#]', json(json_extract(excluded.members, '$[0]'))) END,
        first_day = coalesce(min(first_day, excluded.first_day), first_day, excluded.first_day),
        last_day = coalesce(max(last_day, excluded.last_day), last_day, excluded.last_day)"""

def _answers(members: str, which: str = "1") -> str:
    """The rule answers of the counted respondents of `members` per stratum, question and answer (a blank answer is
    none): how many gave it, and the sum of their keys."""
    return f"""
        SELECT m.wave_id, m.township, m.unit_type, a.question, a.answer, count(*), sum(m.record_key)
        FROM {members} JOIN main.rule_answer a ON a.respondent_id = m.respondent_id
        WHERE m.counted AND a.answer IS NOT NULL AND a.answer != '' AND ({which})
        GROUP BY m.wave_id, m.township, m.unit_type, a.question, a.answer"""


_ANSWERS_INTO = f"INSERT INTO main.summary_answer ({_COLUMNS}, question, answer, n, key_sum)"
_REBUILD_ANSWERS = f"""{_ANSWERS_INTO}
    {_answers(_CHOSEN_MEMBERS)}"""
_ADD_ANSWERS = f"""{_ANSWERS_INTO}
    SELECT * FROM ({_answers("main.summary_member m", f"m.respondent_id IN ({_IDS}) AND {_NOT_STALE}")}) WHERE true
    ON CONFLICT (wave_id, question, answer, township, unit_type) DO UPDATE SET
        n = n + excluded.n, key_sum = key_sum + excluded.key_sum"""

# Respondents whose stratum or counting is not the one they were counted with, and those gone (the ones never
# counted are add_uncounted's, which always runs first).
_MOVED = f"""
    SELECT r.id, m.wave_id, m.township, m.unit_type FROM main.respondent r
    JOIN main.summary_member m ON m.respondent_id = r.id
    WHERE m.wave_id != coalesce(r.wave_id, '')
       OR m.township != coalesce(trim(r.township_name), '') OR m.unit_type != coalesce(r.unit_type, '')
       OR m.counted != (r.id NOT IN ({LEFT_OUT}))
    UNION ALL
    SELECT m.respondent_id, m.wave_id, m.township, m.unit_type FROM main.summary_member m
    WHERE NOT EXISTS (SELECT 1 FROM main.respondent r WHERE r.id = m.respondent_id)"""


def add_uncounted(conn: sqlite3.Connection) -> bool:
    """Add up to RECOUNT_AT_ONCE respondents never counted (an import's new answers, a cadre's first tools) to their
    groups, in the caller's transaction; False when there were none. Exact: a sum grows, a least or largest moves
    only outwards. One whose stratum is stale anyway is only noted: the recount takes it in."""
    new = conn.execute(
        f"""SELECT r.id, {STRATUM}, r.id NOT IN ({LEFT_OUT}) FROM main.respondent r
            WHERE NOT EXISTS (SELECT 1 FROM main.summary_member m WHERE m.respondent_id = r.id)
            LIMIT {RECOUNT_AT_ONCE}""").fetchall()
    if not new:
        return False
    _add_members(conn, new, secret(conn))
    added = {"ids": json.dumps([row[0] for row in new])}
    conn.execute(_ADD, added)
    conn.execute(_ADD_ANSWERS, added)
    return True


def changed(conn: sqlite3.Connection, respondent_ids: list[str]) -> None:
    """These respondents' tools, minutes or answers changed (in the caller's transaction): the strata they were
    counted in go stale. Those never counted are added by `add_uncounted`, at the end of an import or before a
    read."""
    conn.execute(f"{_STALE} SELECT {_COLUMNS} FROM main.summary_member WHERE respondent_id IN ({_IDS})",
                 {"ids": json.dumps(sorted(set(respondent_ids)))})


def restratify(conn: sqlite3.Connection) -> None:
    """Find the respondents counted elsewhere than they are now (moved, set aside, taken in, gone): both the strata
    they were counted in and those they are in now go stale. In the caller's transaction, after add_uncounted."""
    key = secret(conn)
    _check_keys(conn, key)
    moved = conn.execute(_MOVED).fetchall()
    if moved:
        conn.executemany(f"{_STALE} VALUES (?, ?, ?)", [row[1:] for row in moved])
        conn.executemany("DELETE FROM main.summary_member WHERE respondent_id = ?", [row[:1] for row in moved])
        now = conn.execute(f"SELECT r.id, {STRATUM}, r.id NOT IN ({LEFT_OUT}) FROM main.respondent r WHERE r.id IN "
                           f"({_IDS})", {"ids": json.dumps(sorted({row[0] for row in moved}))}).fetchall()
        conn.executemany(f"{_STALE} VALUES (?, ?, ?)", [row[1:4] for row in now])
        _add_members(conn, now, key)


def recount_next(conn: sqlite3.Connection) -> bool:
    """Count some stale strata's groups again, about RECOUNT_AT_ONCE cadres' worth (one stratum at least), in the
    caller's transaction; False when none was stale. Each transaction stays short, so an import or an edit waiting
    on it is not kept from the database for long (a whole city at once took 20 s)."""
    chosen, total = [], 0
    for wave, town, unit, size in conn.execute(
            f"""SELECT x.wave_id, x.township, x.unit_type, count(m.respondent_id) FROM main.summary_stale x
                LEFT JOIN main.summary_member m USING ({_COLUMNS}) GROUP BY {_COLUMNS} ORDER BY {_COLUMNS}"""):
        if chosen and total + size > RECOUNT_AT_ONCE:
            break
        chosen.append([wave, town, unit])
        total += size
    if not chosen:
        return False
    strata = {"strata": json.dumps(chosen)}
    for table in ("summary_group", "summary_answer", "summary_stale"):
        conn.execute(f"DELETE FROM main.{table} WHERE ({_COLUMNS}) IN ({_CHOSEN_STRATA})", strata)
    conn.execute(_REBUILD, strata)
    conn.execute(_REBUILD_ANSWERS, strata)
    return True


def bring_up_to_date(conn: sqlite3.Connection) -> None:
    """add_uncounted, restratify and recount every stale stratum, all in the caller's one transaction."""
    while add_uncounted(conn):
        pass
    restratify(conn)
    while recount_next(conn):
        pass


def forget_wave(conn: sqlite3.Connection, wave_id: str) -> int:
    """Delete a destroyed wave's groups (in the caller's transaction); returns how many rows went."""
    return sum(conn.execute(f"DELETE FROM main.{table} WHERE wave_id = ?", [wave_id]).rowcount
               for table in ("summary_group", "summary_answer", "summary_stale"))


def _add_members(conn: sqlite3.Connection, rows: list[tuple], key: bytes) -> None:
    """(id, wave, township, unit type, counted) rows into summary_member, each with its record key."""
    conn.executemany(f"""INSERT INTO main.summary_member (respondent_id, {_COLUMNS}, counted, record_key)
                         VALUES (?, ?, ?, ?, ?, ?)""", [(*row, record_key(key, row[0])) for row in rows])


def _check_keys(conn: sqlite3.Connection, key: bytes) -> None:
    """Keys made under another secret (a database whose secret was replaced) are made again, and every group with
    them: the first and the last respondent's keys tell."""
    rows = conn.execute("""SELECT * FROM (SELECT respondent_id, record_key FROM main.summary_member
                                          ORDER BY respondent_id LIMIT 1)
                           UNION ALL SELECT * FROM (SELECT respondent_id, record_key FROM main.summary_member
                                                    ORDER BY respondent_id DESC LIMIT 1)""").fetchall()
    if all(record_key(key, rid) == kept for rid, kept in rows):
        return
    ids = [r[0] for r in conn.execute("SELECT respondent_id FROM main.summary_member")]
    conn.executemany("UPDATE main.summary_member SET record_key = ? WHERE respondent_id = ?",
                     [(record_key(key, rid), rid) for rid in ids])
    conn.execute(f"{_STALE} SELECT DISTINCT {_COLUMNS} FROM main.summary_member")
