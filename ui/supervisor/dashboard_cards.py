"""The dashboard's key-figure cards: each indicator as a big number and one line of context, "<5" when suppressed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from burden_survey.indicators.figures import Distribution, Indicators
from burden_survey.indicators.shown import MIN_GROUP, SUPPRESSED_TEXT
from burden_survey.report.report_tables import DASH as NONE_TEXT
from burden_survey.report.report_tables import amount, minutes, number, percent, quotas_suppressed

# (key, caption) in the order shown.
CARDS = [
    ("respondents", QT_TRANSLATE_NOOP("dashboard", "答卷人数")),
    ("minutes", QT_TRANSLATE_NOOP("dashboard", "每个工作日用时（平均）")),
    ("formality", QT_TRANSLATE_NOOP("dashboard", "留痕占比")),
    ("tools", QT_TRANSLATE_NOOP("dashboard", "每人要用的工具（中位数）")),
    ("instant_groups", QT_TRANSLATE_NOOP("dashboard", "要求即时回复的工作群")),
    ("quotas", QT_TRANSLATE_NOOP("dashboard", "摊派下载任务")),
]


def tr(text: str) -> str:
    return QCoreApplication.translate("dashboard", text)


def _distribution(d: Distribution | None) -> tuple[str, str] | None:
    """The suppressed or empty case of a distribution card, or None when it has figures to show."""
    if d is None or d.n == 0 or (not d.suppressed and d.mean is None and d.median is None):
        return NONE_TEXT, tr("没有数据")
    if d.suppressed:
        return SUPPRESSED_TEXT, tr("不足 {0} 人，不显示").format(MIN_GROUP)
    return None


def card_texts(ind: Indicators) -> dict[str, tuple[str, str]]:
    """(value, context) for every card of CARDS, numbers written as in the meeting pack (report_tables)."""
    cards: dict[str, tuple[str, str]] = {}

    # The count itself names nobody, and the meeting pack prints it too; the figures below are suppressed.
    returned = ind.returned_of_expected
    cards["respondents"] = (
        f"{ind.respondents:,}",
        tr("按回收名单 {0:,}/{1:,} 已回收").format(*returned) if returned
        else tr("未载入回收名单"),
    )

    workday = ind.minutes_per_workday
    cards["minutes"] = _distribution(workday) or (
        tr("{0} 分钟").format(minutes(workday.mean)),
        tr("中位数 {0} 分钟；90% 的人不超过 {1} 分钟").format(minutes(workday.median), minutes(workday.p90)),
    )

    if workday.suppressed or ind.formality_share is None:
        cards["formality"] = (SUPPRESSED_TEXT if workday.suppressed and workday.n else NONE_TEXT,
                              tr("打卡、截图、刷积分等只为留痕的时间"))
    else:
        cards["formality"] = (percent(ind.formality_share), tr("每工作日 {0} 分钟用于打卡、截图、刷积分等")
                              .format(minutes(ind.formality_minutes_per_workday.mean)))

    tools = ind.tools_per_respondent.get("all")
    cards["tools"] = _distribution(tools) or (
        tr("{0} 个").format(amount(tools.median)),
        tr("90% 的人不超过 {0} 个（应用、公众号、工作群等）").format(amount(tools.p90)),
    )

    groups, people = ind.groups_instant_response, ind.respondents_with_instant_groups
    if people.suppressed:
        cards["instant_groups"] = (SUPPRESSED_TEXT if people.n else NONE_TEXT, tr("不足 {0} 人，不显示").format(MIN_GROUP))
    elif not groups.n:
        cards["instant_groups"] = (NONE_TEXT, tr("没有填报工作群"))
    else:
        cards["instant_groups"] = (percent(groups.rate), tr("占全部 {0:,} 个工作群；{1} 的人至少在一个这样的群里")
                                   .format(groups.n, percent(people.rate)))

    q = ind.quotas
    if not q.quotas:
        cards["quotas"] = (tr("0 项"), tr("没有人填报摊派下载任务"))
    elif quotas_suppressed(q):
        cards["quotas"] = (SUPPRESSED_TEXT, tr("填报摊派的不足 {0} 人，不显示").format(MIN_GROUP))
    else:
        cards["quotas"] = (tr("{0:,} 项").format(q.quotas), tr("{0:,} 人被摊派，完成 {1}，共耗时 {2} 小时").format(
            q.respondents_with_quota.count, percent(q.achieved_rate), number(q.hours_total)))
    return cards


def caption(text: str) -> str:
    """A card caption of CARDS, translated."""
    return tr(text)
