"""Pure arithmetic behind the indicators: exact distributions, tool groupings, rule rates (rows in, dataclasses out)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from burden_survey.survey.choices import AFTER_HOURS, SPONSOR_LEVELS, TOOL_KINDS
from burden_survey.survey.questions import QUESTIONS

from .figures import Distribution, QuotaFigures, RuleFigure, Share, ToolFigure, TownshipKinds, WaveFigures
from .indicator_sql import QuotaRow, RespondentRow, ToolRow
from .shown import MIN_GROUP

TOP_TOOLS = 10
TOP_QUOTA_TOOLS = 8
ANSWERED = ("yes", "no", "unknown")  # 不适用 and blanks are not answers to the question
UNFILLED = "未填写"


def distribution(values: list[float]) -> Distribution:
    """Mean, median and nearest-rank 90th percentile of the values, or only n when fewer than MIN_GROUP."""
    n = len(values)
    if n < MIN_GROUP:
        return Distribution(n)
    ordered = sorted(values)
    middle = n // 2
    median = ordered[middle] if n % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    # Nearest rank: the smallest value with at least 90 % of the values at or below it, rank ⌈0.9·n⌉,
    # counted in integers so that 0.9·n never rounds up by a floating-point hair.
    p90 = ordered[(9 * n + 9) // 10 - 1]
    return Distribution(n, float(sum(ordered)) / n, float(median), float(p90))


class ToolBreakdowns:
    """Tools grouped three ways in one pass (by name, sponsor level, line department): the per-tool figures."""

    def __init__(self, tools: Iterable[ToolRow], workdays: dict[str, int]):
        self.workdays = workdays
        # key → [respondents reporting it, total minutes, workday minutes]
        self.by_name: dict[str, list] = {}
        self.by_level: dict[str, list] = {}
        self.by_department: dict[str, list] = {}
        for t in tools:
            for table, key in ((self.by_name, t.name), (self.by_level, t.sponsor_level or ""),
                               (self.by_department, t.line_department or "")):
                entry = table.get(key)
                if entry is None:
                    entry = table[key] = [set(), 0, 0]
                entry[0].add(t.respondent_id)
                entry[1] += t.minutes
                entry[2] += t.workday_minutes

    def figure(self, label: str, entry: list) -> ToolFigure:
        """Respondents reporting it, their minutes, and workday minutes ÷ those respondents' logged workdays."""
        people, total, workday = entry
        days = sum(self.workdays.get(rid, 0) for rid in people)
        suppressed = len(people) < MIN_GROUP
        return ToolFigure(label, len(people), total, None if suppressed or not days else workday / days, suppressed)

    def top_tools(self) -> tuple[list[ToolFigure], list[ToolFigure]]:
        """(top by total minutes, top by respondents burdened), tools grouped by their trimmed name."""
        figures = [self.figure(name, entry) for name, entry in self.by_name.items()]
        by_minutes = sorted((f for f in figures if f.total_minutes > 0), key=lambda f: (-f.total_minutes, f.label))
        by_people = sorted(figures, key=lambda f: (-f.respondents, -f.total_minutes, f.label))
        return by_minutes[:TOP_TOOLS], by_people[:TOP_TOOLS]

    def sponsor_levels(self) -> list[ToolFigure]:
        """In the vocabulary's order (中央部门 first), levels no tool names left out, 未填写 last."""
        order = {code: i for i, code in enumerate(SPONSOR_LEVELS.codes())}
        codes = sorted(self.by_level, key=lambda k: (k == "", order.get(k, len(order)), k))
        return [self.figure(SPONSOR_LEVELS.label(k) if k else UNFILLED, self.by_level[k]) for k in codes]

    def line_departments(self) -> list[ToolFigure]:
        """Departments as typed (trimmed), most minutes first."""
        figures = [self.figure(text or UNFILLED, entry) for text, entry in self.by_department.items()]
        return sorted(figures, key=lambda f: (-f.total_minutes, f.label))


def after_hours(tools: list[ToolRow], respondents: int) -> dict[str, Share]:
    """Level → respondents with at least one tool at that after-hours level or a more frequent one."""
    rank = {code: i for i, code in enumerate(AFTER_HOURS.codes())}
    worst: dict[str, int] = {}
    for tool in tools:
        if tool.after_hours in rank:
            worst[tool.respondent_id] = max(worst.get(tool.respondent_id, -1), rank[tool.after_hours])
    return {code: Share(sum(1 for level in worst.values() if level >= i), respondents)
            for code, i in rank.items()}


def kinds_present(tools: Iterable[ToolRow]) -> list[str]:
    """Tool kinds with workday minutes, in the vocabulary's order: the columns of the per-kind breakdowns."""
    present = {t.kind for t in tools if t.workday_minutes > 0}
    return [k for k in TOOL_KINDS.codes() if k in present] + sorted(present - set(TOOL_KINDS.codes()))


def mean_by_kind(people: list[RespondentRow], kind_minutes: dict[tuple[str, str], int],
                 kinds: list[str]) -> dict[str, float]:
    """Kind → mean over `people` of (that kind's workday minutes ÷ the person's logged workdays)."""
    return {kind: sum(kind_minutes.get((p.id, kind), 0) / p.logged_workdays for p in people) / len(people)
            for kind in kinds}


def township_kinds(chosen: list[RespondentRow], kind_minutes: dict[tuple[str, str], int],
                   kinds: list[str]) -> list[TownshipKinds]:
    """Per township (by name), the kind breakdown over its respondents with a logged workday."""
    towns: dict[str, list[RespondentRow]] = {}
    for p in sorted(chosen, key=lambda p: p.township):
        towns.setdefault(p.township, [])
        if p.logged_workdays:
            towns[p.township].append(p)
    return [TownshipKinds(town, len(people),
                          mean_by_kind(people, kind_minutes, kinds) if len(people) >= MIN_GROUP else {})
            for town, people in towns.items()]


def wave_figures(waves: list[tuple[str, str]], people: list[RespondentRow], kind_minutes: dict[tuple[str, str], int],
                 kinds: list[str], load: Callable[[RespondentRow], tuple[float, float]]) -> list[WaveFigures]:
    """Per wave, the mean minutes per workday (of the chosen kind, through `load`) and the kind breakdown."""
    figures = []
    for wave_id, title in waves:
        logged = [p for p in people if p.wave_id == wave_id and p.logged_workdays]
        if len(logged) < MIN_GROUP:
            figures.append(WaveFigures(wave_id, title, len(logged), None, {}))
            continue
        mean = sum(load(p)[0] / p.logged_workdays for p in logged) / len(logged)
        figures.append(WaveFigures(wave_id, title, len(logged), mean, mean_by_kind(logged, kind_minutes, kinds)))
    return figures


def rules(counts: dict[tuple[str, str], int]) -> list[RuleFigure]:
    figures = []
    for q in QUESTIONS:
        answered = sum(counts.get((q.code, a), 0) for a in ANSWERED)
        problems = counts.get((q.code, q.problem_answer), 0) if q.problem_answer else 0
        figures.append(RuleFigure(q.code, q.text, answered, problems, counts.get((q.code, "unknown"), 0)))
    return figures


def quota_figures(rows: list[QuotaRow], respondents: int) -> QuotaFigures:
    holders = {q.respondent_id for q in rows}
    answered = [q for q in rows if q.counted_in_assessment is not None]
    who: dict[str, set[str]] = defaultdict(set)
    target: Counter = Counter()
    achieved: Counter = Counter()
    for q in rows:
        who[q.tool_name].add(q.respondent_id)
        target[q.tool_name] += q.target_count or 0
        achieved[q.tool_name] += q.achieved_count or 0
    # A tool's quota row rests on the respondents who reported it: fewer than MIN_GROUP and it is left out.
    shown = [(name, target[name], achieved[name]) for name, people in who.items() if len(people) >= MIN_GROUP]
    return QuotaFigures(
        quotas=len(rows),
        respondents_with_quota=Share(len(holders), respondents),
        target_total=sum(q.target_count or 0 for q in rows),
        achieved_total=sum(q.achieved_count or 0 for q in rows),
        counted_in_assessment=Share(sum(1 for q in answered if q.counted_in_assessment), len(answered),
                                    respondents=len({q.respondent_id for q in answered})),
        hours_total=float(sum(q.hours_spent or 0 for q in rows)),
        by_tool=sorted(shown, key=lambda row: (-row[1], -row[2], row[0]))[:TOP_QUOTA_TOOLS],
    )
