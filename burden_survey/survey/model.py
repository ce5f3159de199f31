"""Plain dataclasses for what a cadre records: profile, tools, daily minutes, quotas, rule answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from .choices import FORMALITY_ACTIONS, WORK_GROUP


@dataclass
class Profile:
    """Who answers, without saying who: location and job, never a name, phone or ID number."""

    respondent_id: str = ""
    province_code: str | None = None
    city_code: str | None = None
    county_code: str | None = None  # GB/T 2260, 6 digits
    division_year: int | None = None
    township_name: str = ""
    township_code: str = ""  # optional, 12 digits
    unit_type: str | None = None
    post: str | None = None
    tenure: str | None = None
    staffing: str | None = None
    work_phone: bool | None = None
    usual_minutes: int | None = None  # the cadre's estimate of a workday's minutes on these tools


@dataclass
class Tool:
    """One app, mini-program, account or work group the cadre must check (DOMAIN.md §3)."""

    name: str
    kind: str = "app"
    id: int | None = None
    platform: str | None = None
    sponsor_level: str | None = None
    line_department: str = ""
    installed: bool = True
    obligation: str | None = None
    frequency: str | None = None
    after_hours: str | None = None
    actions: list[str] = field(default_factory=list)
    formality_share: int | None = None  # percent of its time that is only trace-leaving; None: 未填, never guessed
    ranked: str | None = None
    rank_metric: str = ""
    rank_frequency: str | None = None
    consequences: list[str] = field(default_factory=list)
    same_data_as: str = ""  # other tools that ask for the same data, free text
    usefulness: int | None = None  # 1–5
    note: str = ""
    group_purpose: str | None = None
    group_temporary_undissolved: bool | None = None
    group_size: str | None = None
    group_instant_response: str | None = None
    group_messages: str | None = None
    group_overlaps: str = ""

    @property
    def is_group(self) -> bool:
        return self.kind == WORK_GROUP


def suggested_formality_share(actions: list[str]) -> int | None:
    """What the ticked actions suggest (all trace-leaving → 100 %, a mix → 50 %, none of them → 0 %), offered to
    the cadre to confirm, never stored on its own; None when no action is ticked, where nothing can be suggested."""
    if not actions:
        return None
    trace = [a for a in actions if a in FORMALITY_ACTIONS]
    if not trace:
        return 0
    return 100 if len(trace) == len(actions) else 50


class DailyTotal(NamedTuple):
    """One logged day of a cadre: minutes, trace-leaving minutes, and the minutes on tools whose share was given."""

    day: date
    minutes: int
    formality_minutes: float
    share_given_minutes: int


@dataclass
class Quota:
    """A download or registration quota (摊派下载) handed to the cadre."""

    tool_name: str
    id: int | None = None
    assigned_by: str | None = None
    target_group: str | None = None
    target_count: int | None = None
    target_basis: str | None = None
    target_share_percent: float | None = None
    deadline: date | None = None
    counted_in_assessment: bool | None = None
    methods: list[str] = field(default_factory=list)
    achieved_count: int | None = None
    hours_spent: float | None = None
    note: str = ""


@dataclass
class RuleAnswer:
    question: str  # "Q1" … "Q28"
    answer: str | None = None  # yes / no / unknown / na
    details: dict = field(default_factory=dict)
