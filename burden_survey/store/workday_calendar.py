"""The database's copy of the official workday calendar, kept equal to the program's, and the summaries it feeds."""

from __future__ import annotations

import sqlite3

from burden_survey.survey.workdays import exceptions

from . import summaries


def sync(conn: sqlite3.Connection) -> int:
    """Make workday_calendar hold exactly the program's exceptions to Monday–Friday (a newer program knows a newer
    year), and recompute the summaries of the respondents who logged a day that changed, in one transaction.
    The number of days that changed; 0, and no write at all, when the copy is already right."""
    wanted = dict(exceptions())
    held = dict(conn.execute("SELECT day, workday FROM main.workday_calendar").fetchall())
    changed = {day for day in wanted.keys() | held.keys() if wanted.get(day) != held.get(day)}
    if not changed:
        return 0
    conn.execute("SAVEPOINT workday_calendar")
    try:
        conn.execute("DELETE FROM main.workday_calendar")
        conn.executemany("INSERT INTO main.workday_calendar (day, workday) VALUES (?, ?)", sorted(wanted.items()))
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS changed_day (day TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM temp.changed_day")
        conn.executemany("INSERT INTO temp.changed_day VALUES (?)", [(day,) for day in changed])
        touched = [row[0] for row in conn.execute(
            """SELECT DISTINCT t.respondent_id FROM main.daily_minutes m JOIN main.tool t ON t.id = m.tool_id
               WHERE m.day IN (SELECT day FROM temp.changed_day)""")]
        summaries.refresh(conn, touched)
        conn.execute("DROP TABLE temp.changed_day")
    except BaseException:
        conn.execute("ROLLBACK TO workday_calendar")
        conn.execute("RELEASE workday_calendar")
        raise
    conn.execute("RELEASE workday_calendar")
    return len(changed)
