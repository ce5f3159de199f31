"""The summary tables (per respondent; per respondent and kind; per tool): rebuilt for the respondents a write
touched, whose strata's group summaries it marks stale."""

from __future__ import annotations

import json
import sqlite3

from burden_survey.survey.choices import AFTER_HOURS, PROMPT_ENTRIES, WORK_GROUP
from burden_survey.survey.workdays import workday_sql

from . import group_summaries

# Rebuilding one respondent reads only that respondent's rows (a few hundred), through the
# tool_by_respondent index; callers run it inside the transaction of the write it follows.
_CHOSEN = "SELECT value FROM json_each(:ids)"
WORKDAY = workday_sql("m.day")
PROMPT = ", ".join(f"'{code}'" for code in sorted(PROMPT_ENTRIES))
# An after-hours answer as its place among the levels, mildest first (None: not answered).
AFTER_HOURS_RANK = "CASE t.after_hours " + " ".join(
    f"WHEN '{code}' THEN {i}" for i, code in enumerate(AFTER_HOURS.codes())) + " END"
# The day m.day of tool t counts: inside the diary window of its respondent's wave (its period, either end open,
# and only workdays when the wave says so). A day outside counts in no figure, whatever a file carried. One rule, in
# two shapes: joined (a query that joins the respondent's wave as w: the summaries, where it is hot) and as a
# condition on t and m alone (the sheets).
_WINDOW_RULE = f"""(m.day BETWEEN coalesce(w.period_start, '') AND coalesce(w.period_end, '9')
                   AND (NOT w.workdays_only OR {WORKDAY}))"""
IN_WINDOW = f"""NOT EXISTS (SELECT 1 FROM main.respondent r JOIN main.wave w ON w.id = r.wave_id
                            WHERE r.id = t.respondent_id AND NOT {_WINDOW_RULE})"""
_WAVE_OF_TOOL = """JOIN main.respondent r ON r.id = t.respondent_id LEFT JOIN main.wave w ON w.id = r.wave_id"""
_IN_JOINED_WINDOW = f"(w.id IS NULL OR {_WINDOW_RULE})"


def refresh(conn: sqlite3.Connection, respondent_ids: list[str]) -> None:
    """Recompute the summaries of these respondents from their live tools and daily minutes."""
    if not respondent_ids:
        return
    ids = json.dumps(sorted(set(respondent_ids)))
    conn.execute(f"DELETE FROM main.summary_respondent WHERE respondent_id IN ({_CHOSEN})", {"ids": ids})
    conn.execute(f"DELETE FROM main.summary_tool WHERE respondent_id IN ({_CHOSEN})", {"ids": ids})
    conn.execute(f"DELETE FROM main.summary_respondent_kind WHERE respondent_id IN ({_CHOSEN})", {"ids": ids})
    conn.execute(
        f"""INSERT INTO main.summary_tool (tool_id, respondent_id, minutes, workday_minutes, first_day, last_day)
            SELECT t.id, t.respondent_id, sum(m.minutes),
                   sum(CASE WHEN {WORKDAY} THEN m.minutes ELSE 0 END), min(m.day), max(m.day)
            FROM main.tool t {_WAVE_OF_TOOL} CROSS JOIN main.daily_minutes m ON m.tool_id = t.id
            WHERE t.respondent_id IN ({_CHOSEN}) AND {_IN_JOINED_WINDOW} GROUP BY t.id""",
        {"ids": ids},
    )
    # Per respondent straight from their days (one group per respondent and day, every live tool of any kind): no
    # table per respondent, day and kind in between, which held a third of a city's database for this one sum
    # (issue 17). A day is banded when every entry of it has its band (entries from before m014, or from a paper
    # sheet, have none), and prompt when every entry of it came within two days.
    conn.execute(
        f"""INSERT INTO main.summary_respondent (respondent_id, logged_days, logged_workdays, workday_minutes,
                   workday_formality_minutes, workday_share_given_minutes, banded_days, prompt_days)
            SELECT respondent_id, count(*), total(workday),
                   total(CASE WHEN workday THEN minutes END), total(CASE WHEN workday THEN formality END),
                   total(CASE WHEN workday THEN given END), total(banded), total(prompt)
            FROM (SELECT t.respondent_id, m.day, {WORKDAY} AS workday, sum(m.minutes) AS minutes,
                         total(m.minutes * t.formality_share / 100.0) AS formality,
                         total(CASE WHEN t.formality_share IS NOT NULL THEN m.minutes END) AS given,
                         count(*) = count(m.entered) AS banded, count(*) = total(m.entered IN ({PROMPT})) AS prompt
                  FROM main.tool t {_WAVE_OF_TOOL} CROSS JOIN main.daily_minutes m ON m.tool_id = t.id
                  WHERE t.respondent_id IN ({_CHOSEN}) AND t.deleted_at IS NULL AND {_IN_JOINED_WINDOW}
                  GROUP BY t.respondent_id, m.day)
            GROUP BY respondent_id""",
        {"ids": ids},
    )
    # Per respondent and kind, from the live tools (with or without minutes) and their summaries just made. 未填
    # shares stay out of the formality figures: never counted as 0.
    conn.execute(
        f"""INSERT INTO main.summary_respondent_kind (respondent_id, kind, tools, workday_minutes,
                   workday_formality_minutes, workday_share_given_minutes, instant_groups, after_hours_rank)
            SELECT t.respondent_id, t.kind, count(*), coalesce(sum(s.workday_minutes), 0),
                   total(s.workday_minutes * t.formality_share / 100.0),
                   coalesce(sum(CASE WHEN t.formality_share IS NOT NULL THEN s.workday_minutes END), 0),
                   count(CASE WHEN t.kind = '{WORK_GROUP}' AND coalesce(t.group_instant_response, '') NOT IN ('', 'no')
                              THEN 1 END),
                   max({AFTER_HOURS_RANK})
            FROM main.tool t LEFT JOIN main.summary_tool s ON s.tool_id = t.id
            WHERE t.respondent_id IN ({_CHOSEN}) AND t.deleted_at IS NULL GROUP BY t.respondent_id, t.kind""",
        {"ids": ids},
    )
    group_summaries.changed(conn, respondent_ids)


def refresh_outside_windows(conn: sqlite3.Connection) -> None:
    """Recompute the summaries of everyone who logged a day outside their wave's diary window: once, when a
    database first knows windows (m015), since its summaries counted those days."""
    refresh(conn, [row[0] for row in conn.execute(
        f"""SELECT DISTINCT t.respondent_id
            FROM main.tool t {_WAVE_OF_TOOL} CROSS JOIN main.daily_minutes m ON m.tool_id = t.id
            WHERE NOT {_IN_JOINED_WINDOW}""")])
