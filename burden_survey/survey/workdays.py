"""The one workday rule: Monday to Friday. Per-workday figures count only these days; in Python and in SQL."""

from __future__ import annotations

from datetime import date


def is_workday(day: date) -> bool:
    return day.weekday() < 5


def workday_sql(column: str) -> str:
    """The same rule as an SQL condition on an ISO date column (SQLite's %w: 0 is Sunday, 6 Saturday)."""
    return f"strftime('%w', {column}) NOT IN ('0', '6')"
