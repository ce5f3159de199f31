"""The figures a supervisor sees, as plain dataclasses: what `indicators.compute` returns and every output reads.

Every number in them has been through the disclosure guard (burden_survey/disclosure): perturbed by cell key and
rounded to what its group supports. `k` is the policy's smallest group; below it a figure is `suppressed` and its
numbers are None (a count stays only where the reader already knows it: a group's respondents)."""

from __future__ import annotations

from dataclasses import dataclass, field

from burden_survey.disclosure.guard import Bin
from burden_survey.disclosure.intervals import outward, wilson
from burden_survey.disclosure.policy import K_DEFAULT, Policy, to_step


@dataclass(frozen=True)
class Filters:
    wave_id: str | None = None
    township: str | None = None  # township name as respondents typed it (trimmed)
    unit_type: str | None = None  # choices.UNIT_TYPES code
    tool_kind: str | None = None  # choices.TOOL_KINDS code: limits tools and minutes, not respondents


@dataclass(frozen=True)
class Distribution:
    """Mean, median and 90th percentile over respondents (None when suppressed or empty)."""

    n: int  # perturbed when the respondents are a part of the group chosen by answers (who logged a workday)
    mean: float | None = None
    median: float | None = None  # None also below the policy's median_min respondents
    p90: float | None = None  # None also below the policy's p90_min respondents
    k: int = K_DEFAULT
    suppressed: bool | None = None  # set by the guard on the exact number; else n < k
    interval: tuple[float, float] | None = None  # the mean's 95 % t interval (disclosure/intervals.py)

    def __post_init__(self):
        if self.suppressed is None:
            object.__setattr__(self, "suppressed", self.n < self.k)


@dataclass(frozen=True)
class Share:
    """`count` of `n` respondents (or of `n` items, see the field's doc), as a rate."""

    count: int
    n: int
    # The exact respondents the share rests on, where `n` is not that: a share of items (groups, quotas) or of a
    # perturbed count (those who answered a question). Below k the share is suppressed.
    respondents: int | None = None
    k: int = K_DEFAULT
    # A share of items only: the n its interval takes. One respondent's groups, quotas or days go together (a cadre
    # who enters late does so most days), so the items are no sample of their own; at worst each respondent's
    # items are all alike, and then the sample is the respondents, weighted by their items: Kish's effective n,
    # (Σ items)² ÷ Σ items², at most the number of respondents. Never narrower than the truth, as independent
    # items would be (about 3× too narrow for days).
    effective_n: float | None = None

    @property
    def rate(self) -> float | None:
        """count ÷ n, written to the precision the group supports (disclosure.policy.rate_step)."""
        if not self.n:
            return None
        basis = self.n if self.respondents is None else self.respondents
        return to_step(min(self.count / self.n, 1.0), Policy(self.k).rate_step(basis))

    @property
    def suppressed(self) -> bool:
        return self.n < self.k or (self.respondents is not None and self.respondents < self.k)

    @property
    def interval(self) -> tuple[float, float] | None:
        """Wilson's 95 % interval from the shown rate and n — for items, the respondents they come from — as
        finely as the rate."""
        if self.suppressed or not self.n:
            return None
        n = self.n if self.effective_n is None else self.effective_n
        bounds = wilson(min(self.count / self.n, 1.0) * n, n)
        if bounds is None:
            return None
        step = Policy(self.k).rate_step(self.n if self.respondents is None else self.respondents)
        return outward(*bounds, step, ceiling=1.0)


@dataclass(frozen=True)
class DiaryCheck:
    """The diary against memory: the respondents who estimated a workday's minutes and logged a workday, their mean
    logged minutes per workday beside the mean of their estimates (every tool kind: the estimate is of them all)."""

    n: int  # perturbed: who gave an estimate is an answer
    diary_mean: float | None = None
    estimate_mean: float | None = None
    k: int = K_DEFAULT
    suppressed: bool | None = None
    interval: tuple[float, float] | None = None  # the ratio's 95 % interval (a ratio of sums: intervals.py)

    def __post_init__(self):
        if self.suppressed is None:
            object.__setattr__(self, "suppressed", self.n < self.k)

    @property
    def ratio(self) -> float | None:
        """diary ÷ estimate, to the precision the group supports; below 1 the cadres remember more than they log."""
        if self.suppressed or not self.estimate_mean or self.diary_mean is None:
            return None
        return to_step(self.diary_mean / self.estimate_mean, Policy(self.k).rate_step(self.n))


@dataclass(frozen=True)
class ToolFigure:
    """One tool (by name as reported) or one group of tools (a sponsor level, a line department, a kind)."""

    label: str
    respondents: int | None  # respondents who reported it (burdened); None when suppressed
    total_minutes: int | None
    minutes_per_workday: float | None  # total workday minutes / the logged workdays of those respondents
    suppressed: bool = False
    other: bool = False  # the row 「其他（少于 k 人填报）」: every item reported by fewer than k, together


@dataclass(frozen=True)
class RuleFigure:
    code: str  # "Q1" … "Q28"
    text: str
    answered: int  # respondents who answered 是/否/不清楚 (不适用 and blanks left out)
    problems: int  # respondents whose answer is the question's problem_answer
    unknown: int  # 不清楚
    k: int = K_DEFAULT
    suppressed: bool | None = None  # set by the guard on the exact number answered; else answered < k

    def __post_init__(self):
        if self.suppressed is None:
            object.__setattr__(self, "suppressed", self.answered < self.k)

    @property
    def rate(self) -> float | None:
        if self.suppressed or not self.answered:
            return None
        return to_step(min(self.problems / self.answered, 1.0), Policy(self.k).rate_step(self.answered))


@dataclass(frozen=True)
class TownshipKinds:
    """Minutes per logged workday per respondent, by tool kind, in one township."""

    township: str
    n: int  # respondents with a logged workday, perturbed (an answer, not the township's size)
    minutes_by_kind: dict[str, float]  # tool kind code → minutes per workday per respondent
    k: int = K_DEFAULT
    suppressed: bool | None = None

    def __post_init__(self):
        if self.suppressed is None:
            object.__setattr__(self, "suppressed", self.n < self.k)


@dataclass(frozen=True)
class QuotaFigures:
    quotas: int
    respondents_with_quota: Share  # of all respondents
    target_total: int
    achieved_total: int
    counted_in_assessment: Share  # of quotas (n = quotas with an answer)
    hours_total: float
    by_tool: list[tuple[str, int, int]] = field(default_factory=list)  # (tool name, target, achieved), biggest first
    k: int = K_DEFAULT
    holders: int | None = None  # the exact respondents with a quota, which decide suppression (not shown)

    @property
    def achieved_rate(self) -> float | None:
        if self.suppressed or not self.target_total:
            return None
        holders = self.holders if self.holders is not None else self.respondents_with_quota.count
        return to_step(self.achieved_total / self.target_total, Policy(self.k).rate_step(holders))

    @property
    def suppressed(self) -> bool:
        """Totals that rest on fewer than k respondents with a quota are not shown."""
        holders = self.holders if self.holders is not None else self.respondents_with_quota.count
        return holders < self.k or self.respondents_with_quota.suppressed


@dataclass(frozen=True)
class WaveFigures:
    """One wave in the comparison across waves (only when the database has two or more)."""

    wave_id: str
    title: str
    n: int
    minutes_per_workday: float | None
    minutes_by_kind: dict[str, float]  # kind → minutes per workday per respondent (换马甲: apps → mini-programs, groups)
    k: int = K_DEFAULT
    suppressed: bool | None = None

    def __post_init__(self):
        if self.suppressed is None:
            object.__setattr__(self, "suppressed", self.n < self.k)


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
    minutes_histogram: list[Bin]  # respondents by minutes per workday, bins of at least k (empty below the minimum)
    waves: list[WaveFigures]  # empty unless two or more waves
    diary_check: DiaryCheck = DiaryCheck(0)
    entered_promptly: Share = Share(0, 0)  # logged days entered within two days, of the days whose delay is known
    formality_share_interval: tuple[float, float] | None = None  # 95 %, a ratio of sums (disclosure/intervals.py)
    k: int = K_DEFAULT
