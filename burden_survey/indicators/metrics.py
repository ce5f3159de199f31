"""A cadre's own burden: minutes per workday, formality share, tools by kind, quotas (「我的负担」)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from burden_survey.survey.choices import TOOL_KINDS
from burden_survey.survey.model import DailyTotal, Quota, Tool
from burden_survey.survey.validation import plausibility_warnings
from burden_survey.survey.workdays import is_workday


@dataclass(frozen=True)
class PeriodSummary:
    """Minutes over a period; per-workday figures count only workdays (survey/workdays.py) with something logged."""

    start: date
    end: date
    logged_days: int
    logged_workdays: int
    total_minutes: int
    formality_minutes: float
    share_given_minutes: int  # on tools whose 留痕占比 was given; the rest is 未填 and counts in no formality figure
    minutes_per_workday: float | None
    formality_per_workday: float | None

    @property
    def formality_share(self) -> float | None:
        return self.formality_minutes / self.share_given_minutes if self.share_given_minutes else None


@dataclass(frozen=True)
class QuotaSummary:
    count: int
    target_total: int
    achieved_total: int
    hours_total: float
    counted_in_assessment: int


@dataclass(frozen=True)
class BurdenSummary:
    week: PeriodSummary
    month: PeriodSummary
    tools_by_kind: dict[str, int]
    share_unanswered: list[str]  # names of the tools whose 留痕占比 is 未填
    quotas: QuotaSummary
    last_30_days: list[DailyTotal]
    warnings: list[str]


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def summarize_period(totals: list[DailyTotal], start: date, end: date) -> PeriodSummary:
    inside = [t for t in totals if start <= t.day <= end]
    workdays = [t for t in inside if is_workday(t.day)]
    workday_minutes = sum(t.minutes for t in workdays)
    n = len(workdays)
    # Formality minutes per workday only when every minute has its share: a 未填 tool is not 0 % trace-leaving.
    complete = all(t.share_given_minutes >= t.minutes for t in workdays)
    return PeriodSummary(
        start=start,
        end=end,
        logged_days=len(inside),
        logged_workdays=n,
        total_minutes=sum(t.minutes for t in inside),
        formality_minutes=sum(t.formality_minutes for t in inside),
        share_given_minutes=sum(t.share_given_minutes for t in inside),
        minutes_per_workday=workday_minutes / n if n else None,
        formality_per_workday=sum(t.formality_minutes for t in workdays) / n if n and complete else None,
    )


def tools_by_kind(tools: list[Tool]) -> dict[str, int]:
    """Counts in the vocabulary's order, kinds with no tool left out."""
    counts = Counter(t.kind for t in tools)
    return {kind: counts[kind] for kind in TOOL_KINDS.codes() if counts[kind]}


def summarize_quotas(quotas: list[Quota]) -> QuotaSummary:
    return QuotaSummary(
        count=len(quotas),
        target_total=sum(q.target_count or 0 for q in quotas),
        achieved_total=sum(q.achieved_count or 0 for q in quotas),
        hours_total=sum(q.hours_spent or 0 for q in quotas),
        counted_in_assessment=sum(1 for q in quotas if q.counted_in_assessment),
    )


def my_burden(storage, today: date | None = None) -> BurdenSummary:
    """Everything 「我的负担」 shows, from the storage of one cadre."""
    today = today or date.today()
    month_start = today.replace(day=1)
    first = min(month_start, today - timedelta(days=29), week_start(today))
    totals = storage.daily_totals(first, today)
    tools = storage.list_tools()
    month = summarize_period(totals, month_start, today)
    groups = sum(1 for t in tools if t.is_group)
    return BurdenSummary(
        week=summarize_period(totals, week_start(today), today),
        month=month,
        tools_by_kind=tools_by_kind(tools),
        share_unanswered=[t.name for t in tools if t.formality_share is None],
        quotas=summarize_quotas(storage.list_quotas()),
        last_30_days=[t for t in totals if t.day > today - timedelta(days=30)],
        warnings=plausibility_warnings(len(tools) - groups, groups, month.formality_per_workday or 0),
    )
