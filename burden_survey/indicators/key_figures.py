"""The key figures: each indicator as a big number and one line about it, the same on the dashboard's cards and in
the meeting pack. A text is a Chinese template and its arguments, so the UI translates the template, then fills it
(context "key_figures"; tools/extract_core_strings.py collects every `Text("…")` of this module)."""

from __future__ import annotations

from dataclasses import dataclass

from burden_survey.disclosure.policy import Policy

from .figures import Distribution, Indicators
from .shown import DASH, amount, hours, minutes, percent, span

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


# key → label, in the order shown: on the dashboard (all of them, flowing onto a second row) as in the pack.
LABELS = {
    "respondents": "答卷人数",
    "minutes": "人均每工作日用时",
    "formality": "留痕占比",
    "tools": "每人要用的工具（平均）",
    "instant_groups": "要求即时回复的工作群",
    "quotas": "摊派下载任务",
    "groups": "每人所在的工作群（平均）",
    "repeated_reporting": "同一数据重复填报",
    "after_hours": "下班后每周多次被要求处理",
    "diary_check": "日志与本人估计之比",
    "entered_promptly": "两天内记下的天数",
}
DASHBOARD = tuple(LABELS)  # one set of cards: before, the dashboard showed six of the pack's eleven

_NO_DATA = (Text(DASH), Text("没有数据"))


def _suppressed(k: int) -> tuple[Text, Text]:
    return Text(Policy(k).short_text), Text("依据的答卷人不足 {0} 人，不显示", (k,))


def key_figures(ind: Indicators) -> list[KeyFigure]:
    """Every key figure that applies, in the order of LABELS; one resting on fewer than k people reads "<k"."""
    hidden = Policy(ind.k).short_text
    texts = {
        "respondents": _respondents(ind),
        "minutes": _distribution(ind.minutes_per_workday) or (
            Text("{0} 分钟", (minutes(ind.minutes_per_workday.mean),)), _spread(ind.minutes_per_workday)),
        "formality": _formality(ind),
        "tools": _counted(ind.tools_per_respondent.get("all"),
                          Text("均值，{0:,} 人，95% 区间 {1} 个；90% 的人不超过 {2} 个（应用、公众号、工作群等）").template),
        "instant_groups": _instant_groups(ind),
        "quotas": _quotas(ind),
        "groups": _counted(ind.groups_per_respondent, Text("均值，{0:,} 人，95% 区间 {1} 个；90% 的人不超过 {2} 个").template),
        "repeated_reporting": _repeated_reporting(ind),
        "diary_check": _diary_check(ind),
        "entered_promptly": _entered_promptly(ind),
    }
    if "weekly" in ind.after_hours:
        weekly, daily = ind.after_hours["weekly"], ind.after_hours.get("daily")
        texts["after_hours"] = _suppressed(ind.k) if weekly.suppressed else (
            Text(percent(weekly.rate)),
            Text("{0:,} 人中，95% 区间 {1}；其中每天：{2}", (weekly.n, span(weekly.interval, percent),
                                                      hidden if daily.suppressed else percent(daily.rate)))
            if daily else Text("{0:,} 人中，95% 区间 {1}", (weekly.n, span(weekly.interval, percent))))
    return [KeyFigure(key, LABELS[key], *texts[key]) for key in LABELS if key in texts]


def _distribution(d: Distribution | None) -> tuple[Text, Text] | None:
    """The empty or suppressed case of a distribution's figure; None when it has numbers to show."""
    if d is None or d.n == 0 or (not d.suppressed and d.mean is None and d.median is None):
        return _NO_DATA
    return _suppressed(d.k) if d.suppressed else None


def _spread(d: Distribution) -> Text:
    """What the mean rests on (n, its 95 % interval), then the median and the 90th percentile where the group is big
    enough to have them (disclosure.policy)."""
    # Each template whole: the translations find them by their literal text (tools/extract_core_strings.py).
    base = (d.n, span(d.interval))
    if d.p90 is not None:
        return Text("均值，{0:,} 人，95% 区间 {1} 分钟；中位数 {2} 分钟；90% 的人不超过 {3} 分钟",
                    (*base, minutes(d.median), minutes(d.p90)))
    if d.median is not None:
        return Text("均值，{0:,} 人，95% 区间 {1} 分钟；中位数 {2} 分钟", (*base, minutes(d.median)))
    return Text("均值，{0:,} 人，95% 区间 {1} 分钟；人数较少，不显示中位数", base)


def _counted(d: Distribution | None, note: str) -> tuple[Text, Text]:
    """A count per person: its mean with n and its 95 % interval, and `note` (a whole template whose {2} is the 90th
    percentile) where there is one."""
    if (empty := _distribution(d)) is not None:
        return empty
    base = (d.n, span(d.interval, amount))
    return Text("{0} 个", (amount(d.mean),)), (Text(note, (*base, amount(d.p90))) if d.p90 is not None else
                                              Text("均值，{0:,} 人，95% 区间 {1} 个", base))


def _respondents(ind: Indicators) -> tuple[Text, Text]:
    # The count of a group the reader chose names nobody — unless the group is small: then it is not given.
    returned = ind.returned_of_expected
    if 0 < ind.respondents < ind.k:
        return Text(Policy(ind.k).short_text), Text("少于 {0} 人，不显示", (ind.k,))
    return (Text("{0:,} 份", (ind.respondents,)),
            Text("按回收名单 {0:,}/{1:,} 已回收", tuple(returned)) if returned else Text("未载入回收名单"))


def _formality(ind: Indicators) -> tuple[Text, Text]:
    workday, formality = ind.minutes_per_workday, ind.formality_minutes_per_workday
    if workday.suppressed or formality.suppressed:
        return _suppressed(ind.k) if workday.n else _NO_DATA
    if ind.formality_share is None:
        return _NO_DATA
    return Text(percent(ind.formality_share)), Text(
        "95% 区间 {3}；每工作日 {0} 分钟（均值，{1:,} 人，95% 区间 {2}）用于打卡、截图、刷积分等",
        (minutes(formality.mean), formality.n, span(formality.interval), span(ind.formality_share_interval, percent)))


def _instant_groups(ind: Indicators) -> tuple[Text, Text]:
    groups, people = ind.groups_instant_response, ind.respondents_with_instant_groups
    if people.suppressed:
        return _suppressed(ind.k) if people.n else _NO_DATA
    if groups.suppressed:
        return _suppressed(ind.k)
    if not groups.n:
        return Text(DASH), Text("没有填报工作群")
    return Text(percent(groups.rate)), Text("占全部 {0:,} 个工作群（95% 区间 {1}）；{2} 的人至少有一个",
                                            (groups.n, span(groups.interval, percent), percent(people.rate)))


def _quotas(ind: Indicators) -> tuple[Text, Text]:
    q = ind.quotas
    # Asked before "0 项": of a group of one, "nobody has a quota" is that one person's answer.
    if 0 < ind.respondents < ind.k or (q.suppressed and q.holders):
        return Text(Policy(ind.k).short_text), Text("填报摊派的不足 {0} 人，不显示", (ind.k,))
    if not q.quotas:
        return Text("0 项"), Text("没有人填报摊派下载任务")
    if q.suppressed:
        return Text(Policy(ind.k).short_text), Text("填报摊派的不足 {0} 人，不显示", (ind.k,))
    return Text("{0:,} 项", (q.quotas,)), Text("{0:,} 人被摊派，完成 {1}，共耗时 {2} 小时",
                                              (q.respondents_with_quota.count, percent(q.achieved_rate),
                                               hours(q.hours_total)))


def _repeated_reporting(ind: Indicators) -> tuple[Text, Text]:
    figure, systems = ind.repeated_reporting, ind.repeated_reporting_systems
    if figure.suppressed:
        return _suppressed(ind.k) if figure.n or figure.respondents else _NO_DATA
    if not figure.n:
        return _NO_DATA
    base = (figure.n, span(figure.interval, percent))
    if systems.suppressed or systems.mean is None:
        return Text(percent(figure.rate)), Text("回答此题的 {0:,} 人中，95% 区间 {1}", base)
    return Text(percent(figure.rate)), Text("回答此题的 {0:,} 人中，95% 区间 {1}；回答「是」者平均涉及 {2} 个系统",
                                            (*base, amount(systems.mean)))


def _diary_check(ind: Indicators) -> tuple[Text, Text]:
    d = ind.diary_check
    if d.suppressed:
        return _suppressed(ind.k) if d.n else (Text(DASH), Text("没有人填写平时每个工作日的用时估计"))
    if d.ratio is None:
        return _NO_DATA
    return Text(percent(d.ratio)), Text("{0:,} 人，95% 区间 {3}：日志记录每工作日 {1} 分钟（均值），本人估计 {2} 分钟（均值）",
                                        (d.n, minutes(d.diary_mean), minutes(d.estimate_mean),
                                         span(d.interval, percent)))


def _entered_promptly(ind: Indicators) -> tuple[Text, Text]:
    s = ind.entered_promptly
    if s.suppressed:
        return _suppressed(ind.k) if s.n or s.respondents else _NO_DATA
    if not s.n:
        return _NO_DATA
    return Text(percent(s.rate)), Text("占 {0:,} 个知道记录时间的记录日，95% 区间 {1}；其余是 3 天或更晚才补记的",
                                       (s.n, span(s.interval, percent)))
