"""K-anonymity for the per-respondent export: which profile fields are generalised or dropped, who is left out.

The quasi-identifiers are the profile fields that describe the person (place, township, unit type, post, tenure,
staffing, work phone): what a superior knows of a cadre. Each has a ladder of levels, from exact to dropped:

    乡镇（街道）   name → townships of fewer than k respondents together as 「其他乡镇」 → dropped
    单位类型       label → 机关 / 站所和企事业单位 / 村（社区） / 其他 → dropped
    岗位           label → 负责人 / 一般人员 → dropped
    任职年限       band → 不满6年 / 6年及以上 → dropped
    编制性质       label → 在编 / 编外及其他 → dropped
    是否配发工作手机、省、市、县（市、区）   as answered → dropped

The greedy algorithm (deterministic: the same answers always give the same file, whatever the fresh ids):
1. every field starts exact;
2. respondents in a combination of fewer than k respondents are "at risk";
3. while more are at risk than may be left out (k, or 1 % of the respondents if that is more), every field is tried
   one step up its ladder, and the step that leaves the fewest at risk is taken; on a tie, the field with the most
   different values (the one that splits most), then the field listed first above;
4. the respondents still at risk are left out of the file (all its sheets), and the 说明 sheet says how many.
Since a combination is kept or left out whole, every combination left in the file has at least k respondents.

Before all that, the respondents of the hidden townships (or unit types) are left out whatever the generalisation
when together they are fewer than k: the county's figures minus the shown townships' describe exactly them, and
their rows, with exact answers, would then be found by matching (red-team, issue 14).
"""

from __future__ import annotations

import math
import secrets
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from burden_survey.survey import divisions
from burden_survey.survey.choices import POSTS, STAFFING, TENURE_BANDS, UNIT_TYPES

from .safe_cells import Code

UNANSWERED = "未填写"
OTHER_TOWNSHIPS = "其他乡镇"
SUPPRESS_SHARE = 0.01  # besides k respondents, up to 1 % of a large file may be left out rather than generalised

UNIT_GROUPS = {"county_organ": "机关", "township_organ": "机关", "township_station": "站所和企事业单位",
               "state_enterprise": "站所和企事业单位", "village_committee": "村（社区）", "grid_worker": "村（社区）",
               "resident_cadre": "村（社区）", "other": "其他"}
POST_GROUPS = {"leader": "负责人", "middle": "负责人", "village_head": "负责人"}  # the rest: 一般人员
TENURE_GROUPS = {"lt3": "不满6年", "3_5": "不满6年", "6_10": "6年及以上", "gt10": "6年及以上"}
STAFFING_GROUPS = {"civil_servant": "在编", "public_institution": "在编"}  # the rest: 编外及其他

Level = Callable[[object], str]


@dataclass(frozen=True)
class Quasi:
    """A quasi-identifier: its column in the profile rows, its heading, and its levels short of dropping it."""

    column: int
    heading: str
    levels: tuple[Level, ...]
    level_names: tuple[str, ...]  # how the 说明 sheet names each level after the first


def _or_unanswered(show: Callable[[object], str]) -> Level:
    return lambda value: UNANSWERED if value in (None, "") else show(value)


def _yes_no(value: object) -> str:
    return "是" if value else "否"


def _division(code: object) -> str:
    division = divisions.get(code)
    return division.name if division else Code(code)  # a code our table does not know: shown as a code


def quasi_identifiers(townships: Counter, k: int) -> tuple[Quasi, ...]:
    """The ladders, in the order of the profile (rows: id, wave, then microdata_sql.QUASI_COLUMNS)."""
    small = {name for name, n in townships.items() if n < k}
    return (
        Quasi(2, "省", (_or_unanswered(_division),), ()),
        Quasi(3, "市", (_or_unanswered(_division),), ()),
        Quasi(4, "县（市、区）", (_or_unanswered(_division),), ()),
        Quasi(5, "乡镇（街道）", (_or_unanswered(str), _or_unanswered(lambda t: OTHER_TOWNSHIPS if t in small else t)),
              (f"不足 {k} 人的乡镇合并为「{OTHER_TOWNSHIPS}」",)),
        Quasi(6, "单位类型", (_or_unanswered(UNIT_TYPES.label), _or_unanswered(UNIT_GROUPS.get)),
              ("合并为 机关 / 站所和企事业单位 / 村（社区） / 其他",)),
        Quasi(7, "岗位", (_or_unanswered(POSTS.label), _or_unanswered(lambda c: POST_GROUPS.get(c, "一般人员"))),
              ("合并为 负责人 / 一般人员",)),
        Quasi(8, "任职年限", (_or_unanswered(TENURE_BANDS.label), _or_unanswered(TENURE_GROUPS.get)),
              ("合并为 不满6年 / 6年及以上",)),
        Quasi(9, "编制性质", (_or_unanswered(STAFFING.label),
                          _or_unanswered(lambda c: STAFFING_GROUPS.get(c, "编外及其他"))),
              ("合并为 在编 / 编外及其他",)),
        Quasi(10, "是否配发工作手机", (lambda v: UNANSWERED if v is None else _yes_no(v),), ()),
    )


@dataclass
class Plan:
    """What the de-identified file shows of each respondent it keeps, under which fresh id."""

    k: int
    headings: list[str]  # the quasi-identifier columns kept, in order
    shown: dict[str, list[str]]  # database id → its kept quasi-identifier values
    ids: dict[str, str]  # database id → the fresh id of this export (the left-out respondents have none)
    waves: dict[str, str | None]  # database id → its wave
    suppressed: int
    changes: list[str]  # for the 说明 sheet: "岗位：合并为 负责人 / 一般人员", "是否配发工作手机：不导出"

    def smallest_class(self) -> int:
        classes = Counter(tuple(values) for values in self.shown.values())
        return min(classes.values(), default=0)


def plan(profiles: Sequence[tuple], k: int) -> Plan:
    """The generalisation of `profiles` (microdata_sql.profiles) by the greedy algorithm of the module docstring."""
    quasi = quasi_identifiers(Counter(_or_unanswered(str)(row[5]) for row in profiles), k)
    # Each field's value at each level, per respondent, worked out once: the search only counts combinations.
    shown_at = [[[level(row[q.column]) for row in profiles] for level in q.levels] for q in quasi]
    levels = [0] * len(quasi)
    allowed = max(k, math.floor(SUPPRESS_SHARE * len(profiles)))

    def combinations(at: list[int]) -> list[tuple]:
        kept = [shown_at[i][level] for i, level in enumerate(at) if level < len(quasi[i].levels)]
        return list(zip(*kept)) if kept else [()] * len(profiles)

    def at_risk(at: list[int]) -> int:
        return sum(n for n in Counter(combinations(at)).values() if n < k)

    while at_risk(levels) > allowed:
        best = None
        for i, q in enumerate(quasi):
            if levels[i] >= len(q.levels):
                continue
            raised = levels[:i] + [levels[i] + 1] + levels[i + 1:]
            score = (at_risk(raised), -len(set(shown_at[i][levels[i]])), i)
            best = min(best, (score, raised)) if best else (score, raised)
        if best is None:
            break  # every field dropped: all respondents are one combination, left out only if fewer than k
        levels = best[1]

    rows = combinations(levels)
    classes = Counter(rows)
    isolated = _isolated(profiles, k)
    kept = [(row, shown) for row, shown in zip(profiles, rows) if classes[shown] >= k and row[0] not in isolated]
    if isolated:  # leaving them out may have thinned a combination below k: those go too
        classes = Counter(shown for _, shown in kept)
        kept = [(row, shown) for row, shown in kept if classes[shown] >= k]
    fresh = _fresh_ids(len(kept))
    return Plan(
        k=k,
        headings=[q.heading for q, level in zip(quasi, levels) if level < len(q.levels)],
        shown={row[0]: list(shown) for row, shown in kept},
        ids={row[0]: new for (row, _), new in zip(kept, fresh)},
        waves={row[0]: row[1] for row, _ in kept},
        suppressed=len(profiles) - len(kept),
        changes=[f"{q.heading}：{q.level_names[level - 1] if level < len(q.levels) else '不导出'}"
                 for q, level in zip(quasi, levels) if level],
    )


def _isolated(profiles: Sequence[tuple], k: int) -> set[str]:
    """The respondents that subtraction of the published figures points at: in each of township (by name) and unit
    type, the groups of fewer than k are hidden, so the county's figures minus the shown groups' describe exactly
    the people of the hidden groups together. When those are fewer than k, they are isolated; when k or more, the
    remainder is a group like any shown one."""
    isolated: set[str] = set()
    for column in (5, 6):
        sizes = Counter(row[column] for row in profiles)
        hidden = {row[0] for row in profiles if sizes[row[column]] < k}
        if len(hidden) < k:
            isolated |= hidden
    return isolated


def _fresh_ids(n: int) -> list[str]:
    """n distinct random ids, new at every export (「D」 and 10 hex digits: unlike the database's 「R…」 ids)."""
    ids: set[str] = set()
    while len(ids) < n:
        ids.add("D" + secrets.token_hex(5).upper())
    return list(ids)


def unique_respondents(rows: Sequence[Sequence[object]]) -> int:
    """How many rows are alone on their combination of values: the measure of re-identification risk."""
    classes = Counter(tuple(row) for row in rows)
    return sum(1 for n in classes.values() if n == 1)


class AllowedNames:
    """Which typed names a de-identified file may show: the registry's, the catalogue's, and any typed by at
    least k of the exported respondents; any other becomes policy.other_label."""

    def __init__(self, known: set[str], typed: dict[str, set[str]], k: int, other_label: str):
        self._allowed = known | {name for name, people in typed.items() if len(people) >= k}
        self.other_label = other_label

    def __call__(self, name: object) -> str:
        text = (name or "").strip() if isinstance(name, str) else ""
        if not text:
            return ""
        return text if text in self._allowed else self.other_label

    def replaced(self, names: set[str]) -> int:
        return sum(1 for name in names if name and name not in self._allowed)
