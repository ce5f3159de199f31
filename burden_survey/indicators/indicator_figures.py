"""The arithmetic behind the indicators, each number asked of the disclosure guard (rows in, dataclasses out).

Statistics are named by what they measure, never by the filter that reached them ("minutes:app", "rule:Q7:problems"):
the same people asked the same thing through the dashboard, the pack or the CLI get the same noise.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from collections.abc import Callable, Collection, Iterable, Mapping

from burden_survey.disclosure.guard import Cell, Guard
from burden_survey.disclosure.policy import to_step
from burden_survey.survey.choices import AFTER_HOURS, SPONSOR_LEVELS
from burden_survey.survey.questions import QUESTIONS

from .figures import (
    DiaryCheck, Distribution, QuotaFigures, RuleFigure, Share, ToolFigure,
    TownshipKinds, WaveFigures,
)
from .indicator_sql import QuotaRow, RespondentRow
from .tool_groups import ToolCell, ToolGroups

TOP_TOOLS = 10
TOP_QUOTA_TOOLS = 8
ANSWERED = ("yes", "no", "unknown")  # 不适用 and blanks are not answers to the question
UNFILLED = "未填写"
NOBODY = Cell(0, 0)


def distribution(guard: Guard, statistic: str, values: dict[str, float], unit: str = "minutes",
                 known: bool = False, counted_as: str | None = None, of: int | None = None,
                 cell: Cell | None = None) -> Distribution:
    """Perturbed mean; median and 90th percentile only from the group sizes the policy allows.

    `known`: the values are one per respondent of the chosen group, whose size the reader has. Otherwise they are
    the part of it that answers chose (those who logged a workday, who said 是): n is then a count like any other,
    perturbed — exact, the county's minus the townships' would tell one person's answer. `counted_as` names that
    count where other figures count the same people (「logged:n」), so that they all show one number. `of`: the size
    of the group they are a part of, which the perturbed n never exceeds (「41 人」 of 40 would read as an error).
    `cell`: the values' people's (Guard.cell), when the caller has it: their key is summed once for every number."""
    n = len(values)
    if guard.hidden(n):
        return Distribution(n, k=guard.k, suppressed=True)  # n stays inside: no output prints a hidden group's n
    cell = cell if cell is not None else guard.cell(values)
    shown = n if known else guard.count_cell(counted_as or f"{statistic}:n", cell, most=of)
    mean = guard.mean(statistic, values, unit=unit, cell=cell)
    return Distribution(shown, mean, guard.median(values.values(), unit), guard.p90(values.values(), unit), k=guard.k,
                        suppressed=False, interval=guard.mean_interval(statistic, values, mean, unit, cell=cell))


def share(guard: Guard, statistic: str, counted: Iterable[str], group: Collection[str]) -> Share:
    """Respondents `counted` of the `group` (whose size the reader knows: it is not perturbed)."""
    of = len(group)
    return Share(guard.count(statistic, counted, most=of, among=group) if not guard.hidden(of) else 0, of, k=guard.k)


class ToolBreakdowns:
    """The per-tool figures of the tools grouped three ways (by name, sponsor level, line department)."""

    def __init__(self, guard: Guard, groups: ToolGroups, respondents: int):
        self.guard = guard
        self.groups = groups
        self.respondents = respondents  # a tool's perturbed count never above them: 「151 人」 of 150 reads as an error

    def figure(self, statistic: str, label: str, cell: ToolCell, other: bool = False) -> ToolFigure:
        """Respondents reporting it, their minutes, and workday minutes ÷ those respondents' logged workdays."""
        g = self.guard
        n = cell.people.n
        if g.hidden(n):
            return ToolFigure(label, None, None, None, True, other)
        workday = g.total_cell(f"{statistic}:workday_minutes", cell.people, cell.workday)
        step = g.policy.mean_step(n)
        # A shown group has k or more by its exact size; its perturbed count is never written below k ("4" would
        # read as a small group shown after all).
        return ToolFigure(label, max(g.k, g.count_cell(f"{statistic}:respondents", cell.people, most=self.respondents)),
                          round(g.total_cell(f"{statistic}:minutes", cell.people, cell.minutes)),
                          to_step(workday / cell.workdays, step) if cell.workdays else None, False, other)

    def _named(self, kind: str, dimension: str, label: Callable[[str], str]):
        """(figures of the items k or more respondents reported, the one 「其他」 figure of the rest or None).

        A name typed by fewer than k people would name its author, so it is never shown, nor placed by its
        numbers: those items go together into 「其他（少于 k 人填报）」, listed last."""
        shown = [self.figure(f"{kind}:{key}", label(key), cell) for key, cell in self.groups.cells[dimension].items()
                 if not self.guard.hidden(cell.people.n)]
        # The rest together below k would say nothing but that they exist: then no 「其他」 row at all.
        rest = self.groups.other[dimension]
        hidden = self.guard.hidden(rest.people.n)
        other = None if hidden else self.figure(f"{kind}:other", self.guard.policy.other_label, rest, other=True)
        return shown, other

    def top_tools(self) -> tuple[list[ToolFigure], list[ToolFigure]]:
        """(top by total minutes, top by respondents burdened), tools grouped by their trimmed name; ordered by the
        shown (perturbed) numbers, 「其他」 last."""
        shown, other = self._named("tool", "name", str)
        by_minutes = sorted((f for f in shown if f.total_minutes), key=lambda f: (-f.total_minutes, f.label))
        by_people = sorted(shown, key=lambda f: (-f.respondents, -f.total_minutes, f.label))
        tail = [other] if other else []
        return by_minutes[:TOP_TOOLS] + tail, by_people[:TOP_TOOLS] + tail

    def sponsor_levels(self) -> list[ToolFigure]:
        """In the vocabulary's order (中央部门 first), levels no tool names left out, 未填写 last. The labels are
        the vocabulary's, so a suppressed level keeps its row: its place says nothing of its numbers."""
        order = {code: i for i, code in enumerate(SPONSOR_LEVELS.codes())}
        levels = self.groups.cells["level"]
        codes = sorted(levels, key=lambda k: (k == "", order.get(k, len(order)), k))
        return [self.figure(f"level:{k}", SPONSOR_LEVELS.label(k) if k else UNFILLED, levels[k]) for k in codes]

    def line_departments(self) -> list[ToolFigure]:
        """Departments as typed (trimmed), most minutes first; those of fewer than k respondents in 「其他」."""
        shown, other = self._named("department", "department", lambda text: text or UNFILLED)
        return sorted(shown, key=lambda f: (-f.total_minutes, f.label)) + ([other] if other else [])


def after_hours(guard: Guard, worst: dict[str, int], respondents: Collection[str]) -> dict[str, Share]:
    """Level → respondents with at least one tool at that after-hours level or a more frequent one (`worst`: each
    respondent's most frequent level, as its rank in the vocabulary)."""
    rank = {code: i for i, code in enumerate(AFTER_HOURS.codes())}
    shares, before = {}, None
    for code, i in rank.items():  # mildest first: each level's people are among the milder level's
        found = share(guard, f"after_hours:{code}", [rid for rid, level in worst.items() if level >= i], respondents)
        if before is not None and found.count > before.count:  # noise must not make 每天 read above 每周多次
            found = replace(found, count=before.count)
        shares[code] = before = found
    return shares


def item_share(guard: Guard, statistic: str, counted: dict[str, int], items: dict[str, int]) -> Share:
    """Items (work groups, quotas) `counted` of all `items`, both per respondent: perturbed as totals, suppressed
    when the items come from fewer than k respondents."""
    people = sum(1 for v in items.values() if v)
    if guard.hidden(people):
        return Share(0, 0, respondents=people, k=guard.k)  # not even how many items: that is an answer too
    n = round(guard.total(f"{statistic}:items", items))
    count = min(round(guard.total(f"{statistic}:counted", counted)), n)
    # Σ items² as a spread is (guard.spread, never below the exact): the exact one would tell how items are spread,
    # and a larger one only lowers the effective n, widening the interval.
    squares = guard.spread(f"{statistic}:items:squares", {r: v * v for r, v in items.items()})
    most = guard.count(f"{statistic}:people", [r for r, v in items.items() if v])  # the exact one would show
    effective = min(max(n * n / squares, 1.0), max(most, 1)) if squares > 0 else None
    return Share(count, n, respondents=people, k=guard.k, effective_n=effective)


def per_workday(people: list[RespondentRow], minutes: Callable[[RespondentRow], float]) -> dict[str, float]:
    """Respondent → minutes ÷ logged workdays (the people given all have one)."""
    return {p.id: minutes(p) / p.logged_workdays for p in people}


def mean_by_kind(guard: Guard, people: list[RespondentRow], per_kind: dict[str, dict[str, int]],
                 kinds: list[str]) -> dict[str, float]:
    """Kind → mean over `people` of (that kind's workday minutes ÷ the person's logged workdays). The statistic
    is the one `--kind` asks of the same people, so the two agree to the minute. `per_kind`: split_by_kind's."""
    means = {}
    for kind in kinds:
        minutes = per_kind.get(kind, {})
        means[kind] = guard.mean(f"minutes:{kind}", {p.id: minutes.get(p.id, 0) / p.logged_workdays for p in people})
    return means


def split_by_kind(kind_minutes: dict[tuple[str, str], int]) -> dict[str, dict[str, int]]:
    """(respondent, kind) → minutes as kind → respondent → minutes: one lookup a person, not a key made each time."""
    split: dict[str, dict[str, int]] = defaultdict(dict)
    for (rid, kind), minutes in kind_minutes.items():
        split[kind][rid] = minutes
    return split


def township_kinds(guard: Guard, chosen: list[RespondentRow], kind_minutes: dict[tuple[str, str], int],
                   kinds: list[str]) -> list[TownshipKinds]:
    """Per township (by name, whatever its numbers), the kind breakdown over its respondents with a logged
    workday."""
    per_kind = split_by_kind(kind_minutes)
    towns: dict[str, list[RespondentRow]] = {}
    sizes: dict[str, int] = defaultdict(int)  # a perturbed n never above the township's respondents
    for p in sorted(chosen, key=lambda p: p.township):
        towns.setdefault(p.township, [])
        sizes[p.township] += 1
        if p.logged_workdays:
            towns[p.township].append(p)
    return [TownshipKinds(town, len(people), {}, k=guard.k, suppressed=True) if guard.hidden(len(people)) else
            TownshipKinds(town, guard.count("logged:n", [p.id for p in people], most=sizes[town]),
                          mean_by_kind(guard, people, per_kind, kinds), k=guard.k, suppressed=False)
            for town, people in towns.items()]


def wave_figures(guard: Guard, waves: list[tuple[str, str]], people: list[RespondentRow],
                 kind_minutes: dict[tuple[str, str], int], kinds: list[str], statistic: str,
                 load: Callable[[RespondentRow], tuple[float, float]]) -> list[WaveFigures]:
    """Per wave, the mean minutes per workday (of the chosen kind, through `load`) and the kind breakdown."""
    per_kind = split_by_kind(kind_minutes)
    figures = []
    for wave_id, title in waves:
        logged = [p for p in people if p.wave_id == wave_id and p.logged_workdays]
        if guard.hidden(len(logged)):
            figures.append(WaveFigures(wave_id, title, len(logged), None, {}, k=guard.k, suppressed=True))
            continue
        mean = guard.mean(statistic, per_workday(logged, lambda p: load(p)[0]))
        of = sum(1 for p in people if p.wave_id == wave_id)
        figures.append(WaveFigures(wave_id, title, guard.count("logged:n", [p.id for p in logged], most=of), mean,
                                   mean_by_kind(guard, logged, per_kind, kinds), k=guard.k, suppressed=False))
    return figures


def diary_check(guard: Guard, logged: list[RespondentRow]) -> DiaryCheck:
    """The respondents with an estimate and a logged workday: their diary (all kinds) and their estimate, as means."""
    people = [p for p in logged if p.usual_minutes is not None]
    if guard.hidden(len(people)):
        return DiaryCheck(len(people), k=guard.k, suppressed=True)
    diary = per_workday(people, lambda p: p.workday_minutes)
    check = DiaryCheck(guard.count("diary_check:n", [p.id for p in people], most=len(logged)),
                       guard.mean("diary_check:diary", diary),
                       guard.mean("diary_check:estimate", {p.id: p.usual_minutes for p in people}),
                       k=guard.k, suppressed=False)
    pairs = {p.id: (diary[p.id], p.usual_minutes) for p in people}
    return replace(check, interval=guard.ratio_interval("diary_check", pairs, check.ratio, check.estimate_mean))


def entered_promptly(guard: Guard, chosen: list[RespondentRow]) -> Share:
    """Logged days entered within two days, of the logged days whose delay is known, every day (not only
    workdays) of the chosen respondents."""
    return item_share(guard, "entered_promptly", {p.id: p.prompt_days for p in chosen},
                      {p.id: p.banded_days for p in chosen})


def rules(guard: Guard, answers: Mapping[tuple[str, str], Cell]) -> list[RuleFigure]:
    """Q1–Q28 from the respondents of each (question, answer), as cells. Suppressed on the exact number who answered;
    the counts shown are perturbed, each as its own cell."""
    figures = []
    for q in QUESTIONS:
        answered = answered_cell(answers, q.code)  # one answer a respondent: the cells add up
        if guard.hidden(answered.n):
            figures.append(RuleFigure(q.code, q.text, 0, 0, 0, k=guard.k, suppressed=True))
            continue
        shown = guard.count_cell(f"rule:{q.code}:answered", answered)
        problems = answers.get((q.code, q.problem_answer), NOBODY) if q.problem_answer else NOBODY
        # Informational questions have no problem answer: their 0 is not a count, and stays 0.
        figures.append(RuleFigure(
            q.code, q.text, shown,
            guard.count_cell(f"rule:{q.code}:problems", problems, most=shown,
                             among=answered if q.problem_answer else None),
            guard.count_cell(f"rule:{q.code}:unknown", answers.get((q.code, "unknown"), NOBODY), most=shown,
                             among=answered),
            k=guard.k, suppressed=False))
    return figures


def answered_cell(answers: Mapping[tuple[str, str], Cell], question: str) -> Cell:
    """The respondents who answered `question` 是, 否 or 不清楚."""
    parts = [answers.get((question, a), NOBODY) for a in ANSWERED]
    return Cell(sum(c.n for c in parts), sum(c.key for c in parts))


def quota_figures(guard: Guard, rows: list[QuotaRow], respondents: Collection[str]) -> QuotaFigures:
    per = defaultdict(lambda: [0, 0, 0, 0.0, 0, 0])  # respondent → quotas, target, achieved, hours, answered, counted
    who: dict[str, dict[str, list[int]]] = defaultdict(dict)  # tool → respondent → [target, achieved]
    for q in rows:
        entry = per[q.respondent_id]
        entry[0] += 1
        entry[1] += q.target_count or 0
        entry[2] += q.achieved_count or 0
        entry[3] += q.hours_spent or 0
        entry[4] += q.counted_in_assessment is not None
        entry[5] += bool(q.counted_in_assessment)
        tool = who[q.tool_name].setdefault(q.respondent_id, [0, 0])
        tool[0] += q.target_count or 0
        tool[1] += q.achieved_count or 0

    def total(statistic: str, column: int) -> float:
        return guard.total(f"quota:{statistic}", {rid: e[column] for rid, e in per.items()})

    holders = len(per)
    hidden = guard.hidden(holders)
    # A tool's quota row rests on the respondents who reported it: fewer than k and it goes into 「其他」.
    shown, rest = [], {}
    for name, people in who.items():
        if guard.hidden(len(people)):
            for rid, (target, achieved) in people.items():
                entry = rest.setdefault(rid, [0, 0])
                entry[0] += target
                entry[1] += achieved
        else:
            shown.append((name, people))
    by_tool = sorted(((name, round(guard.total(f"quota_tool:{name}:target", {r: v[0] for r, v in p.items()})),
                       round(guard.total(f"quota_tool:{name}:achieved", {r: v[1] for r, v in p.items()})))
                      for name, p in shown), key=lambda row: (-row[1], -row[2], row[0]))[:TOP_QUOTA_TOOLS]
    if len(rest) >= guard.k and not hidden:
        by_tool.append((guard.policy.other_label, round(guard.total("quota_tool:other:target",
                                                                    {r: v[0] for r, v in rest.items()})),
                        round(guard.total("quota_tool:other:achieved", {r: v[1] for r, v in rest.items()}))))
    return QuotaFigures(
        quotas=0 if hidden else round(total("quotas", 0)),
        respondents_with_quota=share(guard, "quota:holders", per, respondents),
        target_total=0 if hidden else round(total("target", 1)),
        achieved_total=0 if hidden else round(total("achieved", 2)),
        counted_in_assessment=item_share(guard, "quota:counted", {r: e[5] for r, e in per.items()},
                                         {r: e[4] for r, e in per.items()}),
        hours_total=0.0 if hidden else round(total("hours", 3), 1),
        by_tool=[] if hidden else by_tool,
        k=guard.k,
        holders=holders,
    )
