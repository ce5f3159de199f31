"""The database's copy of the official workday calendar, kept equal to the program's, and the summaries it feeds."""

from __future__ import annotations

import json

from sqlite_utils import Database

from burden_survey.survey.workdays import exceptions

from . import summaries


def sync(db: Database) -> int:
    """Make workday_calendar hold exactly the program's exceptions to Monday–Friday (a newer program knows a newer
    year), and recompute the summaries of the respondents who logged a day that changed, in one transaction.
    The number of days that changed; 0, and no write at all, when the copy is already right."""
    wanted = dict(exceptions())
    held = dict(db.execute("SELECT day, workday FROM main.workday_calendar").fetchall())
    changed = sorted(day for day in wanted.keys() | held.keys() if wanted.get(day) != held.get(day))
    if not changed:
        return 0
    with db.atomic():
        db.execute("DELETE FROM main.workday_calendar")
        db.conn.executemany("INSERT INTO main.workday_calendar (day, workday) VALUES (?, ?)", sorted(wanted.items()))
        touched = [row[0] for row in db.execute(
            """SELECT DISTINCT t.respondent_id FROM main.daily_minutes m JOIN main.tool t ON t.id = m.tool_id
               WHERE m.day IN (SELECT value FROM json_each(?))""", [json.dumps(changed)])]
        summaries.refresh(db.conn, touched)
    return len(changed)
