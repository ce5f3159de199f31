"""The SQL of the meeting pack's cover: the span of days the filtered respondents logged."""

from __future__ import annotations

from datetime import date

from burden_survey.disclosure.guard import guard_for
from burden_survey.indicators import tool_groups
from burden_survey.indicators.figures import Filters
from burden_survey.store.group_summaries import ALL_KINDS, IN_STRATA
from burden_survey.store.storage import Storage

# Every tool has one sponsor level (or none, ''), so a stratum's level groups hold all its tools of each kind.
_FROM_GROUPS = f"""SELECT min(first_day), max(last_day) FROM summary_group
                   WHERE dimension = 'level' AND kind = coalesce(:kind, :all_kinds) AND {IN_STRATA}"""
_FROM_TOOLS = """SELECT min(s.first_day), max(s.last_day)
                 FROM summary_tool s JOIN tool t ON t.id = s.tool_id JOIN respondent r ON r.id = t.respondent_id
                 WHERE t.deleted_at IS NULL AND (:wave IS NULL OR r.wave_id = :wave)
                   AND (:township IS NULL OR trim(r.township_name) = :township)
                   AND (:unit_type IS NULL OR r.unit_type = :unit_type)
                   AND (:kind IS NULL OR t.kind = :kind)"""


def logged_span(storage: Storage, filters: Filters, rows: bool = False) -> tuple[date, date] | None:
    """First and last day with minutes among the filtered respondents' live tools (of the chosen kind), inside
    their diary windows: from the strata's tool groups (store/group_summaries.py), or from each tool's first and
    last day in summary_tool where those cannot be brought up to date (or `rows`, to compare). Both give the same
    span: a respondent left out of the figures (set aside) logged no day."""
    params = {"wave": filters.wave_id, "township": filters.township.strip() if filters.township else None,
              "unit_type": filters.unit_type, "kind": filters.tool_kind, "all_kinds": ALL_KINDS}
    grouped = not rows and tool_groups.summaries_ready(guard_for(storage), storage.db)
    row = storage.db.conn.execute(_FROM_GROUPS if grouped else _FROM_TOOLS, params).fetchone()
    if row is None or row[0] is None:
        return None
    return date.fromisoformat(row[0]), date.fromisoformat(row[1])
