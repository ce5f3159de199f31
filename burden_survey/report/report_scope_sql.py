"""The SQL of the meeting pack's cover: the span of days the filtered respondents logged."""

from __future__ import annotations

from datetime import date

from burden_survey.indicators.figures import Filters
from burden_survey.store.storage import Storage


def logged_span(storage: Storage, filters: Filters) -> tuple[date, date] | None:
    """First and last day with minutes among the filtered respondents (and tool kind), from the summary table."""
    row = storage.db.conn.execute(
        """SELECT min(s.day), max(s.day) FROM summary_day_kind s JOIN respondent r ON r.id = s.respondent_id
           WHERE (:wave IS NULL OR r.wave_id = :wave)
             AND (:township IS NULL OR trim(r.township_name) = :township)
             AND (:unit_type IS NULL OR r.unit_type = :unit_type)
             AND (:kind IS NULL OR s.kind = :kind)""",
        {"wave": filters.wave_id, "township": filters.township, "unit_type": filters.unit_type,
         "kind": filters.tool_kind},
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return date.fromisoformat(row[0]), date.fromisoformat(row[1])
