"""The SQL of the governance view: reported tools with their answers, logged workdays, quotas and rule answers."""

from __future__ import annotations

from typing import NamedTuple

from sqlite_utils import Database

from burden_survey.store.counted import LEFT_OUT

# A respondent's rows count when the respondent belongs to the wave (`:wave` NULL = every respondent).
_IN_WAVE = f"SELECT id FROM respondent WHERE (:wave IS NULL OR wave_id = :wave) AND id NOT IN ({LEFT_OUT})"


class ToolAnswers(NamedTuple):
    tool_id: int
    respondent_id: str
    actions: str  # the JSON list as stored; parsed only for the tools that match an app
    ranked: str | None
    usefulness: int | None
    minutes: int  # every logged day, from summary_tool
    workday_minutes: int  # Monday–Friday only


class QuotaRow(NamedTuple):
    respondent_id: str
    tool_name: str
    target_count: int
    achieved_count: int


def tool_answers(db: Database, wave_id: str | None) -> dict[int, ToolAnswers]:
    """Tool id → the answers the governance view needs, for every live tool of the wave's respondents."""
    rows = db.execute(
        f"""SELECT t.id, t.respondent_id, t.actions, t.ranked, t.usefulness,
                   coalesce(s.minutes, 0), coalesce(s.workday_minutes, 0)
            FROM tool t LEFT JOIN summary_tool s ON s.tool_id = t.id
            WHERE t.deleted_at IS NULL AND t.respondent_id IN ({_IN_WAVE})""", {"wave": wave_id}).fetchall()
    return {row[0]: ToolAnswers(*row) for row in rows}


def logged_workdays(db: Database, wave_id: str | None) -> dict[str, int]:
    """Respondent id → the workdays on which they logged any minutes (summary_respondent)."""
    rows = db.execute(f"""SELECT respondent_id, logged_workdays FROM summary_respondent
                          WHERE respondent_id IN ({_IN_WAVE})""", {"wave": wave_id}).fetchall()
    return dict(rows)


def quotas(db: Database, wave_id: str | None) -> list[QuotaRow]:
    """Live download quotas of the wave's respondents; blank targets and achievements count 0."""
    rows = db.execute(
        f"""SELECT respondent_id, tool_name, coalesce(target_count, 0), coalesce(achieved_count, 0) FROM quota
            WHERE deleted_at IS NULL AND respondent_id IN ({_IN_WAVE}) ORDER BY id""", {"wave": wave_id}).fetchall()
    return [QuotaRow(*row) for row in rows]


def respondents_answering(db: Database, wave_id: str | None, problems: dict[str, str]) -> set[str]:
    """Respondents of the wave who gave, to at least one question of `problems` (code → answer), that answer."""
    if not problems:
        return set()
    # One (question = ? AND answer = ?) per question: the primary key (respondent_id, question) does the rest.
    either = " OR ".join("(question = ? AND answer = ?)" for _ in problems)
    params = [value for pair in problems.items() for value in pair]
    rows = db.execute(
        f"""SELECT DISTINCT respondent_id FROM rule_answer
            WHERE ({either}) AND respondent_id IN ({_IN_WAVE.replace(":wave", "?")})""",
        [*params, wave_id, wave_id]).fetchall()
    return {row[0] for row in rows}
