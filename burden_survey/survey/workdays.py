"""The one workday rule: China's official calendar (法定节假日 and 调休), in Python and in SQL.

A day is a workday when the State Council's schedule says so: a weekday that is not a public holiday, or a weekend
day worked in lieu of one (调休上班). The schedule comes from the `chinesecalendar` package, which carries each year
the State Council has published and refuses the years it has not; for those years the rule falls back to Monday to
Friday and `known_until` lets every screen and the pack say so. (`holidays` also covers China, but computes years not
yet published without their make-up days, which would be a guess presented as the schedule.)
"""

from __future__ import annotations

from datetime import date
from functools import cache

from chinese_calendar import constants as _schedule

# The holidays' names as a cadre reads them (the package names them in English).
HOLIDAY_NAMES = {
    "New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节", "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节", "National Day": "国庆节", "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利纪念日",
}
IN_LIEU, HOLIDAY = "调休上班", "节假日"
NOTES = (*HOLIDAY_NAMES.values(), IN_LIEU, HOLIDAY)  # every note day_note gives, for the translations


def known_until() -> int:
    """The last year whose official schedule is known."""
    return max(max(_schedule.holidays), max(_schedule.workdays)).year


def known(day: date) -> bool:
    return day.year <= known_until()


def is_workday(day: date) -> bool:
    if day in _schedule.workdays:
        return True
    return day.weekday() < 5 and day not in _schedule.holidays


def day_note(day: date) -> str | None:
    """「国庆节」 on a holiday, 「调休上班」 on a weekend day worked in lieu, None on an ordinary day."""
    if day in _schedule.workdays and day.weekday() >= 5:
        return IN_LIEU
    if day in _schedule.holidays:
        return HOLIDAY_NAMES.get(_schedule.holidays[day], HOLIDAY)
    return None


@cache
def exceptions() -> tuple[tuple[str, int], ...]:
    """(ISO day, 1 workday / 0 day off) for every day where the schedule differs from Monday to Friday: what the
    database's workday_calendar table holds, so that its SQL follows the same rule as is_workday."""
    days = {d: 0 for d in _schedule.holidays if d.weekday() < 5}
    days.update({d: 1 for d in _schedule.workdays if d.weekday() >= 5})
    return tuple(sorted((d.isoformat(), flag) for d, flag in days.items()))


def workday_sql(column: str) -> str:
    """The same rule as an SQL condition on an ISO date column: the calendar's exception, else Monday to Friday
    (SQLite's %w: 0 is Sunday, 6 Saturday)."""
    return (f"coalesce((SELECT wc.workday FROM main.workday_calendar wc WHERE wc.day = {column}), "
            f"strftime('%w', {column}) NOT IN ('0', '6'))")
