"""The key figures: each indicator as a big number and one line about it, the same on the dashboard's cards and in
the meeting pack. A text is a Chinese template and its arguments, so the UI translates the template, then fills it
(context "key_figures"; tools/extract_core_strings.py collects every `Text("…")` of this module)."""

from __future__ import annotations

from dataclasses import dataclass

from .figures import Distribution, Indicators
from .shown import DASH, MIN_GROUP, SUPPRESSED_TEXT, amount, minutes, number, percent, quotas_suppressed

CONTEXT = "key_figures"


@dataclass(frozen=True)
class Text:
    template: str
    args: tuple = ()

    def __str__(self) -> str:
        return self.template.format(*self.args)


@dataclass(frozen=True)
class KeyFigure:
    key: str
    label: str
    value: Text
    note: Text


# key → label, in the order shown. The dashboard has room for the first six.
LABELS = {
    "respondents": "答卷人数",
    "minutes": "人均每工作日用时",
    "formality": "留痕占比",
    "tools": "每人要用的工具（中位数）",
    "instant_groups": "要求即时回复的工作群",
    "quotas": "摊派下载任务",
    "groups": "每人所在的工作群（中位数）",
    "repeated_reporting": "同一数据重复填报",
    "after_hours": "下班后每周多次被要求处理",
}
DASHBOARD = ("respondents", "minutes", "formality", "tools", "instant_groups", "quotas")

_SUPPRESSED = (Text(SUPPRESSED_TEXT), Text("依据的答卷人不足 {0} 人，不显示", (MIN_GROUP,)))
_NO_DATA = (Text(DASH), Text("没有数据"))


def key_figures(ind: Indicators) -> list[KeyFigure]:
    """Every key figure that applies, in the order of LABELS; one resting on fewer than five people reads "<5"."""
    texts = {
        "respondents": _respondents(ind),
        "minutes": _distribution(ind.minutes_per_workday) or (
            Text("{0} 分钟", (minutes(ind.minutes_per_workday.mean),)),
            Text("中位数 {0} 分钟；90% 的人不超过 {1} 分钟",
                 (minutes(ind.minutes_per_workday.median), minutes(ind.minutes_per_workday.p90)))),
        "formality": _formality(ind),
        "tools": _counted(ind.tools_per_respondent.get("all"), Text("90% 的人不超过 {0} 个（应用、公众号、工作群等）")),
        "instant_groups": _instant_groups(ind),
        "quotas": _quotas(ind),
        "groups": _counted(ind.groups_per_respondent, Text("90% 的人不超过 {0} 个")),
        "repeated_reporting": _repeated_reporting(ind),
    }
    if "weekly" in ind.after_hours:
        weekly, daily = ind.after_hours["weekly"], ind.after_hours.get("daily")
        texts["after_hours"] = _SUPPRESSED if weekly.suppressed else (
            Text(percent(weekly.rate)),
            Text("其中每天：{0}", (SUPPRESSED_TEXT if daily.suppressed else percent(daily.rate),)) if daily
            else Text(""))
    return [KeyFigure(key, LABELS[key], *texts[key]) for key in LABELS if key in texts]


def _distribution(d: Distribution | None) -> tuple[Text, Text] | None:
    """The empty or suppressed case of a distribution's figure; None when it has numbers to show."""
    if d is None or d.n == 0 or (not d.suppressed and d.mean is None and d.median is None):
        return _NO_DATA
    return _SUPPRESSED if d.suppressed else None


def _counted(d: Distribution | None, note: Text) -> tuple[Text, Text]:
    """A count per person: its median, and the note with its 90th percentile."""
    return _distribution(d) or (Text("{0} 个", (amount(d.median),)), Text(note.template, (amount(d.p90),)))


def _respondents(ind: Indicators) -> tuple[Text, Text]:
    # The count itself names nobody; the figures below it are the ones that are suppressed.
    returned = ind.returned_of_expected
    return (Text("{0:,} 份", (ind.respondents,)),
            Text("按回收名单 {0:,}/{1:,} 已回收", tuple(returned)) if returned else Text("未载入回收名单"))


def _formality(ind: Indicators) -> tuple[Text, Text]:
    workday, formality = ind.minutes_per_workday, ind.formality_minutes_per_workday
    if workday.suppressed or formality.suppressed:
        return _SUPPRESSED if workday.n else _NO_DATA
    if ind.formality_share is None:
        return _NO_DATA
    return Text(percent(ind.formality_share)), Text("每工作日 {0} 分钟用于打卡、截图、刷积分等", (minutes(formality.mean),))


def _instant_groups(ind: Indicators) -> tuple[Text, Text]:
    groups, people = ind.groups_instant_response, ind.respondents_with_instant_groups
    if people.suppressed:
        return _SUPPRESSED if people.n else _NO_DATA
    if not groups.n:
        return Text(DASH), Text("没有填报工作群")
    if groups.suppressed:
        return _SUPPRESSED
    return Text(percent(groups.rate)), Text("占全部 {0:,} 个工作群；{1} 的人至少有一个",
                                            (groups.n, percent(people.rate)))


def _quotas(ind: Indicators) -> tuple[Text, Text]:
    q = ind.quotas
    if not q.quotas:
        return Text("0 项"), Text("没有人填报摊派下载任务")
    if quotas_suppressed(q):
        return Text(SUPPRESSED_TEXT), Text("填报摊派的不足 {0} 人，不显示", (MIN_GROUP,))
    return Text("{0:,} 项", (q.quotas,)), Text("{0:,} 人被摊派，完成 {1}，共耗时 {2} 小时",
                                              (q.respondents_with_quota.count, percent(q.achieved_rate),
                                               number(q.hours_total)))


def _repeated_reporting(ind: Indicators) -> tuple[Text, Text]:
    figure, systems = ind.repeated_reporting, ind.repeated_reporting_systems
    if figure.suppressed:
        return _SUPPRESSED if figure.n else _NO_DATA
    if not figure.n:
        return _NO_DATA
    median = SUPPRESSED_TEXT if systems.suppressed else amount(systems.median)
    return Text(percent(figure.rate)), Text("回答「是」者中位涉及 {0} 个系统", (median,))
