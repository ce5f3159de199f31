"""The figures a supervisor sees, as plain dataclasses: what `indicators.compute` returns and every output reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from .shown import MIN_GROUP


@dataclass(frozen=True)
class Filters:
    wave_id: str | None = None
    township: str | None = None  # township name as respondents typed it (trimmed)
    unit_type: str | None = None  # choices.UNIT_TYPES code
    tool_kind: str | None = None  # choices.TOOL_KINDS code: limits tools and minutes, not respondents


@dataclass(frozen=True)
class Distribution:
    """Mean, median and 90th percentile over respondents (None when suppressed or empty)."""

    n: int
    mean: float | None = None
    median: float | None = None
    p90: float | None = None

    @property
    def suppressed(self) -> bool:
        return self.n < MIN_GROUP


@dataclass(frozen=True)
class Share:
    """`count` of `n` respondents (or of `n` items, see the field's doc), as a rate."""

    count: int
    n: int
    respondents: int | None = None  # for a share of items (groups, quotas): the respondents they come from

    @property
    def rate(self) -> float | None:
        return self.count / self.n if self.n else None

    @property
    def suppressed(self) -> bool:
        return self.n < MIN_GROUP or (self.respondents is not None and self.respondents < MIN_GROUP)


@dataclass(frozen=True)
class ToolFigure:
    """One tool (by name as reported) or one group of tools (a sponsor level, a line department, a kind)."""

    label: str
    respondents: int  # respondents who reported it (burdened)
    total_minutes: int
    minutes_per_workday: float | None  # total workday minutes / the logged workdays of those respondents
    suppressed: bool = False


@dataclass(frozen=True)
class RuleFigure:
    code: str  # "Q1" … "Q28"
    text: str
    answered: int  # respondents who answered 是/否/不清楚 (不适用 and blanks left out)
    problems: int  # respondents whose answer is the question's problem_answer
    unknown: int  # 不清楚

    @property
    def rate(self) -> float | None:
        return self.problems / self.answered if self.answered else None

    @property
    def suppressed(self) -> bool:
        return self.answered < MIN_GROUP


@dataclass(frozen=True)
class TownshipKinds:
    """Minutes per logged workday per respondent, by tool kind, in one township."""

    township: str
    n: int
    minutes_by_kind: dict[str, float]  # tool kind code → minutes per workday per respondent

    @property
    def suppressed(self) -> bool:
        return self.n < MIN_GROUP


@dataclass(frozen=True)
class QuotaFigures:
    quotas: int
    respondents_with_quota: Share  # of all respondents
    target_total: int
    achieved_total: int
    counted_in_assessment: Share  # of quotas (n = quotas with an answer)
    hours_total: float
    by_tool: list[tuple[str, int, int]] = field(default_factory=list)  # (tool name, target, achieved), biggest first

    @property
    def achieved_rate(self) -> float | None:
        return self.achieved_total / self.target_total if self.target_total else None

    @property
    def suppressed(self) -> bool:
        """Totals that rest on fewer than MIN_GROUP respondents with a quota read "<5"."""
        return self.respondents_with_quota.count < MIN_GROUP


@dataclass(frozen=True)
class WaveFigures:
    """One wave in the comparison across waves (only when the database has two or more)."""

    wave_id: str
    title: str
    n: int
    minutes_per_workday: float | None
    minutes_by_kind: dict[str, float]  # kind → minutes per workday per respondent (换马甲: apps → mini-programs, groups)

    @property
    def suppressed(self) -> bool:
        return self.n < MIN_GROUP


@dataclass
class Indicators:
    filters: Filters
    respondents: int
    returned_of_expected: tuple[int, int] | None  # from the roster of the wave, when one is loaded
    tools_per_respondent: dict[str, Distribution]  # kind code → distribution; key "all" for every kind
    minutes_per_workday: Distribution
    formality_minutes_per_workday: Distribution
    formality_share: float | None  # formality minutes / minutes, workdays, all respondents together
    after_hours: dict[str, Share]  # after-hours code → respondents with at least one tool at that level or worse
    top_tools_by_minutes: list[ToolFigure]
    top_tools_by_respondents: list[ToolFigure]
    by_sponsor_level: list[ToolFigure]
    by_line_department: list[ToolFigure]
    groups_per_respondent: Distribution
    groups_instant_response: Share  # work groups demanding any instant response, of all work groups (n = groups)
    respondents_with_instant_groups: Share  # respondents with at least one such group
    repeated_reporting: Share  # Q15 answered 是, of respondents who answered Q15
    repeated_reporting_systems: Distribution  # Q15 follow-up "systems" among those who answered 是
    quotas: QuotaFigures
    rules: list[RuleFigure]
    township_kinds: list[TownshipKinds]
    workday_minutes_values: list[float]  # one value per respondent, for the distribution chart (empty if suppressed)
    waves: list[WaveFigures]  # empty unless two or more waves
