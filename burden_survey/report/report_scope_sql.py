"""The SQL of the meeting pack's cover: the span of days the filtered respondents logged."""

from __future__ import annotations

from datetime import date

from burden_survey.indicators.figures import Filters
from burden_survey.store.storage import Storage


def logged_span(storage: Storage, filters: Filters) -> tuple[date, date] | None:
    """First and last day with minutes among the filtered respondents' live tools (of the chosen kind), inside
    their diary windows: from each tool's first and last day in summary_tool."""
    row = storage.db.conn.execute(
        """SELECT min(s.first_day), max(s.last_day)
           FROM summary_tool s JOIN tool t ON t.id = s.tool_id JOIN respondent r ON r.id = t.respondent_id
           WHERE t.deleted_at IS NULL AND (:wave IS NULL OR r.wave_id = :wave)
             AND (:township IS NULL OR trim(r.township_name) = :township)
             AND (:unit_type IS NULL OR r.unit_type = :unit_type)
             AND (:kind IS NULL OR t.kind = :kind)""",
        {"wave": filters.wave_id, "township": filters.township, "unit_type": filters.unit_type,
         "kind": filters.tool_kind},
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return date.fromisoformat(row[0]), date.fromisoformat(row[1])
