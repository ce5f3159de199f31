"""The summary tables (per respondent, day and kind; per tool): rebuilt for the respondents a write touched."""

from __future__ import annotations

import json
import sqlite3

from burden_survey.survey.workdays import workday_sql

# Rebuilding one respondent reads only that respondent's rows (a few hundred), through the
# tool_by_respondent index; callers run it inside the transaction of the write it follows.
_CHOSEN = "SELECT value FROM json_each(:ids)"
WORKDAY = workday_sql("m.day")


def refresh(conn: sqlite3.Connection, respondent_ids: list[str]) -> None:
    """Recompute the summaries of these respondents from their live tools and daily minutes."""
    if not respondent_ids:
        return
    ids = json.dumps(sorted(set(respondent_ids)))
    conn.execute(f"DELETE FROM main.summary_day_kind WHERE respondent_id IN ({_CHOSEN})", {"ids": ids})
    conn.execute(f"DELETE FROM main.summary_respondent WHERE respondent_id IN ({_CHOSEN})", {"ids": ids})
    conn.execute(f"DELETE FROM main.summary_tool WHERE respondent_id IN ({_CHOSEN})", {"ids": ids})
    conn.execute(
        f"""INSERT INTO main.summary_tool
            SELECT t.id, t.respondent_id, sum(m.minutes),
                   sum(CASE WHEN {WORKDAY} THEN m.minutes ELSE 0 END)
            FROM main.tool t CROSS JOIN main.daily_minutes m ON m.tool_id = t.id
            WHERE t.respondent_id IN ({_CHOSEN}) GROUP BY t.id""",
        {"ids": ids},
    )
    conn.execute(
        f"""INSERT INTO main.summary_day_kind
            SELECT t.respondent_id, m.day, t.kind, {WORKDAY},
                   sum(m.minutes), total(m.minutes * t.formality_share / 100.0),
                   total(CASE WHEN t.formality_share IS NOT NULL THEN m.minutes END)
            FROM main.tool t CROSS JOIN main.daily_minutes m ON m.tool_id = t.id
            WHERE t.respondent_id IN ({_CHOSEN}) AND t.deleted_at IS NULL
            GROUP BY t.respondent_id, m.day, t.kind""",
        {"ids": ids},
    )
    conn.execute(
        f"""INSERT INTO main.summary_respondent
            SELECT respondent_id, count(DISTINCT day), count(DISTINCT CASE WHEN workday THEN day END),
                   coalesce(sum(CASE WHEN workday THEN minutes END), 0),
                   coalesce(sum(CASE WHEN workday THEN formality_minutes END), 0),
                   coalesce(sum(CASE WHEN workday THEN share_given_minutes END), 0)
            FROM main.summary_day_kind WHERE respondent_id IN ({_CHOSEN}) GROUP BY respondent_id""",
        {"ids": ids},
    )
