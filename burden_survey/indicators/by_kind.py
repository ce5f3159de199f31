"""What the figures read of each respondent's tools by kind, besides their groups (tool_groups): minutes, formality
and tools per kind, work groups, the most frequent after-hours demand. From summary_respondent_kind, or from the
tool rows where a test compares the two: the same numbers either way."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from burden_survey.survey.choices import AFTER_HOURS, TOOL_KINDS, WORK_GROUP

from .indicator_sql import ToolRow

_RANK = {code: i for i, code in enumerate(AFTER_HOURS.codes())}


@dataclass
class ByKind:
    minutes: Counter = field(default_factory=Counter)  # (respondent, kind) → workday minutes
    formality: Counter = field(default_factory=Counter)  # … → formality minutes, of tools whose share was given
    share_given: Counter = field(default_factory=Counter)  # … → workday minutes of tools whose share was given
    tools: Counter = field(default_factory=Counter)  # … → live tools
    instant: Counter = field(default_factory=Counter)  # respondent → work groups demanding an instant response
    worst: dict[str, int] = field(default_factory=dict)  # respondent → the most frequent after-hours level's rank

    def only(self, ids: Collection[str]) -> "ByKind":
        """The same of these respondents only."""
        def keep(counter: Counter) -> Counter:
            return Counter({key: value for key, value in counter.items() if key[0] in ids})
        return ByKind(keep(self.minutes), keep(self.formality), keep(self.share_given), keep(self.tools),
                      Counter({r: n for r, n in self.instant.items() if r in ids}),
                      {r: rank for r, rank in self.worst.items() if r in ids})

    def per_person(self) -> Counter:
        """Respondent → live tools of every kind read."""
        people: Counter = Counter()
        for (rid, _), n in self.tools.items():
            people[rid] += n
        return people

    def groups(self) -> Counter:
        """Respondent → live work groups."""
        return Counter({rid: n for (rid, kind), n in self.tools.items() if kind == WORK_GROUP})

    def kinds_present(self) -> list[str]:
        """Tool kinds with workday minutes, in the vocabulary's order: the columns of the per-kind breakdowns."""
        present = {kind for (_, kind), minutes in self.minutes.items() if minutes > 0}
        return [k for k in TOOL_KINDS.codes() if k in present] + sorted(present - set(TOOL_KINDS.codes()))


def from_rows(rows: Iterable[tuple]) -> ByKind:
    """From rows shaped as KindRow."""
    found = ByKind()
    minutes, formality, given, tools, instant, worst = (found.minutes, found.formality, found.share_given,
                                                        found.tools, found.instant, found.worst)
    for rid, kind, count, workday, trace, shared, groups, rank in rows:
        key = rid, kind
        minutes[key] = workday
        formality[key] = trace
        given[key] = shared
        tools[key] = count
        if groups:
            instant[rid] += groups
        if rank is not None and rank > worst.get(rid, -1):
            worst[rid] = rank
    return found


def from_tools(tools: Iterable[ToolRow]) -> ByKind:
    found = ByKind()
    for t in tools:
        key = t.respondent_id, t.kind
        found.minutes[key] += t.workday_minutes
        found.tools[key] += 1
        if t.formality_share is not None:  # 未填 stays out of the formality figures, never counted as 0
            found.formality[key] += t.workday_minutes * t.formality_share / 100
            found.share_given[key] += t.workday_minutes
        if t.kind == WORK_GROUP and t.group_instant_response not in (None, "", "no"):
            found.instant[t.respondent_id] += 1
        if t.after_hours in _RANK:
            found.worst[t.respondent_id] = max(found.worst.get(t.respondent_id, -1), _RANK[t.after_hours])
    return found
