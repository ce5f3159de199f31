"""The meeting pack's governance pages: registry clean-up progress, 关停并转 candidates, app burdens, unregistered tools."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from burden_survey.disclosure.guard import guard_for
from burden_survey.registry import app_fields
from burden_survey.registry import governance, matching, registry
from burden_survey.registry.governance import AppBurden, Candidate, CleanupProgress
from burden_survey.survey.choices import ACTIONS, TOOL_KINDS
from burden_survey.survey.questions import APP_QUESTIONS, code_ranges

from .report_layout import MUTED, Column, PageFlow
from .report_tables import DASH, minutes, number

UNREGISTERED_TOP = 15

# The rule of governance.py's docstring, in words a meeting can read.
CANDIDATE_RULE = (
    "不合成综合指数。仍在用或整改中的登记应用，以下三项信号中至少有两项成立时列入清单，每项都列出依据的数字："
    "① 负担重：人均每工作日用时不低于有数据的登记应用的中位数，或至少 5 人报告被要求打卡、签到、刷积分、"
    "保持在线时长、截图、上传照片/视频/轨迹或排名；② 用得少：有用程度平均不高于 2.5 分（满分 5），"
    "或月活跃用户不足注册用户的 10%；③ 功能重叠：登记表填写了同类应用，或同一主管层级另有名称相近"
    "（相似度不低于 0.8）的登记应用。用得少且功能重叠的建议整合（已定目标平台的建议迁移至省级平台），"
    "其余建议关停。填报人数不足 {k} 人的应用只依据登记表的事实（月活、重叠）列入，不使用这几个人的数字。"
    "登记表载明的强制功能作为补充理由列出。")
APP_BURDEN_NOTE = (
    "填报人数 = 填报的工具经名称匹配（含已确认的别名）归到该应用的干部数；人均每工作日 = 这些工具的工作日分钟 ÷ "
    f"这些干部记录的工作日数；可能违规 = 这些干部中在应用相关规定（{code_ranges(APP_QUESTIONS)}）至少一题回答问题答案的人数，"
    "问卷不区分具体应用，故只是按人计算，不能证明该应用违规。"
    "不足 {k} 人的应用，依据这些人的数字只显示「<{k}」。"
    "本节只按调查批次统计，不受乡镇、单位类型、工具类型筛选的影响。")


def governance_sections(storage, wave_id: str | None = None,
                        today: date | None = None) -> list[tuple[str, Callable[[PageFlow], None]]]:
    """(section name, writer) of each governance page, or none when the registry holds no live app."""
    if not registry.list_apps(storage):
        return []
    guard = guard_for(storage)
    burdens, listed, progress = governance.overview(storage, wave_id, today, guard)
    unregistered = [row for row in matching.unregistered(storage, wave_id, guard) if row[2] is not None]
    return [
        ("应用登记与清理进度", lambda flow: progress_page(flow, progress)),
        ("关停并转建议清单", lambda flow: candidates_page(flow, listed, guard.k)),
        ("登记应用负担", lambda flow: burdens_page(flow, burdens, guard.k)),
        ("未登记的工具", lambda flow: unregistered_page(flow, unregistered[:UNREGISTERED_TOP], guard.k)),
    ]


def progress_page(flow: PageFlow, p: CleanupProgress) -> None:
    flow.heading("应用登记与清理进度")
    flow.paragraph(f"登记在册的应用共 {p.total} 个；已确定关停、整合或迁移的 {p.planned} 个，"
                   f"已完成（已迁移、已关停或已注销备案）{p.done} 个。")
    rows = [[app_fields.APP_STATUSES.label(code), str(count)] for code, count in p.by_status.items()]
    flow.table("按状态", [Column("状态", 0.7), Column("应用数", 0.3, "right")], rows)
    flow.subheading(f"逾期未完成（计划完成日期已过）：{len(p.overdue)} 个")
    flow.paragraph("、".join(p.overdue) or "无", 9.5, indent=0.2)
    flow.subheading(f"已停用但数据处置方案未完成（一应用一方案）：{len(p.lacking_plan)} 个")
    flow.paragraph("、".join(p.lacking_plan) or "无", 9.5, indent=0.2)


def candidates_page(flow: PageFlow, listed: list[Candidate], k: int) -> None:
    flow.heading("关停并转建议清单")
    flow.paragraph(CANDIDATE_RULE.replace("{k}", str(k)), 9, MUTED)
    if not listed:
        flow.paragraph("按上述规则，目前没有应用列入清单。")
        return
    rows = [[c.burden.name, c.recommendation, "；".join(c.reasons)] for c in listed]
    flow.table("建议清单", [Column("应用", 0.24), Column("建议", 0.16), Column("理由（依据的数字）", 0.60)], rows,
               "建议供讨论，处置以主管部门决定为准。")


def burdens_page(flow: PageFlow, burdens: list[AppBurden], k: int) -> None:
    flow.heading("登记应用负担")
    columns = [Column("应用", 0.17), Column("状态", 0.09), Column("填报人数", 0.07, "right"),
               Column("人均每工作日（分钟）", 0.10, "right"), Column("总分钟", 0.08, "right"),
               Column("被要求的留痕操作（人）", 0.15), Column("排名（人）", 0.06, "right"),
               Column("有用程度", 0.07, "right"), Column("摊派（项/完成/指标）", 0.13, "right"),
               Column("可能违规（人）", 0.08, "right")]
    flow.table("登记应用负担（按总分钟）", columns, [burden_row(b) for b in burdens],
               APP_BURDEN_NOTE.replace("{k}", str(k)), size=8)


def burden_row(b: AppBurden) -> list[str]:
    """One table row; every figure resting on the burdened respondents reads "<k" when they are fewer than k."""
    status = app_fields.APP_STATUSES.label(b.status)
    if b.respondents == 0:
        return [b.name, status, "0"] + [DASH] * 7  # nobody reports it: nothing to hide
    if b.suppressed:
        return [b.name, status] + [b.hidden_text] * 8
    forced = "、".join(f"{ACTIONS.label(a)} {n}" for a, n in sorted(b.forced_reported.items(), key=lambda i: -i[1]))
    count, target, achieved = b.quotas or (0, 0, 0)
    quotas = b.hidden_text if b.quotas is None else f"{count}/{number(achieved)}/{number(target)}" if count else DASH
    return [b.name, status, str(b.respondents), minutes(b.minutes_per_workday), number(b.total_minutes),
            forced or DASH, str(b.ranked_respondents), number(b.usefulness_mean, 1), quotas, str(b.violations)]


def unregistered_page(flow: PageFlow, rows: list[tuple[str, str, int, int]], k: int) -> None:
    flow.heading("未登记的工具")
    flow.paragraph(f"填报的名称与登记表中任何应用都对不上的工具，只列至少 {k} 人填报的，按填报人数排列。"
                   "关停应用的「换马甲」小程序、工作群通常出现在这里，应补登记或一并清理。", 9.5, MUTED)
    if not rows:
        flow.paragraph(f"没有至少 {k} 人填报的未登记工具。")
        return
    table = [[name, TOOL_KINDS.label(kind), str(people), number(total)] for name, kind, people, total in rows]
    flow.table("未登记的工具（按填报人数）", [Column("填报名称", 0.46), Column("类型", 0.18),
                                     Column("填报人数", 0.16, "right"), Column("总分钟", 0.20, "right")], table)
