"""The tables of the meeting pack, as rows of text made from the indicators (through the disclosure guard): small
groups read "<k" ("<5" by default), a name fewer than k reported is only in 「其他」."""

from __future__ import annotations

from dataclasses import dataclass

from burden_survey.disclosure.policy import Policy
from burden_survey.indicators.figures import Distribution, Indicators, ToolFigure
from burden_survey.indicators.shown import DASH, amount, hours, minutes, number, percent, share
from burden_survey.survey.choices import AFTER_HOURS, SPONSOR_LEVELS, TOOL_KINDS
from burden_survey.survey.questions import ALL_QUESTIONS, INFORMATIONAL, NO_IS_PROBLEM, QUESTIONS_BY_CODE

from .report_layout import Column


@dataclass(frozen=True)
class Table:
    title: str
    columns: list[Column]
    rows: list[list[str]]
    note: str = ""


def distribution(figure: Distribution, part: str, as_text=minutes) -> str:
    """A part of a distribution; 「—」 for a median or P90 that the group is too small to have."""
    return Policy(figure.k).short_text if figure.suppressed else as_text(getattr(figure, part))


def kind_label(code: str) -> str:
    return "全部类型" if code == "all" else TOOL_KINDS.label(code)


def all_tables(ind: Indicators) -> list[Table]:
    """Every table behind the charts and key figures, in the order of the pack; empty ones left out."""
    hidden = Policy(ind.k).short_text
    tables = [
        after_hours_table(ind),
        _tools("耗时最多的工具（按总分钟）", ind.top_tools_by_minutes, "工具", hidden),
        _tools("负担面最广的工具（按填报人数）", ind.top_tools_by_respondents, "工具", hidden),
        _tools("按发起层级", [_relabel(f, SPONSOR_LEVELS.label(f.label)) for f in ind.by_sponsor_level], "发起层级",
               hidden),
        _tools("按条线部门", [_relabel(f, f.label or "（未填）") for f in ind.by_line_department], "条线部门", hidden),
        _rules(ind),
        _township_kinds(ind),
        *_quotas(ind),
        _waves(ind),
    ]
    return [t for t in tables if t is not None and t.rows]


def tools_per_respondent_table(ind: Indicators) -> Table:
    rows = [[kind_label(kind), number(d.n) if not d.suppressed else Policy(d.k).short_text,
             distribution(d, "mean", amount),
             distribution(d, "median", amount), distribution(d, "p90", amount)]
            for kind, d in sorted(ind.tools_per_respondent.items(), key=lambda item: _kind_order(item[0]))]
    columns = [Column("工具类型", 0.40), Column("人数", 0.15, "right"), Column("均值", 0.15, "right"),
               Column("中位数", 0.15, "right"), Column("P90", 0.15, "right")]
    return Table("人均需使用的工具数（按类型）", columns, rows)


def after_hours_table(ind: Indicators) -> Table:
    rows = [[AFTER_HOURS.label(code) + ("及以上" if code != "daily" else ""), share(figure)]
            for code, figure in ind.after_hours.items() if code != "never"]
    columns = [Column("下班后仍被要求处理的频率", 0.6), Column("至少有一个工具如此的干部", 0.4, "right")]
    return Table("下班后要求", columns, rows)


def _relabel(figure: ToolFigure, label: str) -> ToolFigure:
    if figure.other:
        return figure
    return ToolFigure(label, figure.respondents, figure.total_minutes, figure.minutes_per_workday, figure.suppressed)


def _tools(title: str, figures: list[ToolFigure], what: str, hidden: str) -> Table:
    rows = []
    for f in figures:
        rows.append([f.label] + ([hidden] * 3 if f.suppressed else
                                 [number(f.respondents), number(f.total_minutes), minutes(f.minutes_per_workday)]))
    columns = [Column(what, 0.46), Column("填报人数", 0.16, "right"), Column("总分钟", 0.18, "right"),
               Column("人均每工作日（分钟）", 0.20, "right")]
    return Table(title, columns, rows, "人均每工作日 = 这些干部在该项上的工作日总分钟 ÷ 他们记录的工作日数。")


def _rules(ind: Indicators) -> Table:
    rows = []
    for rule in ind.rules:
        informational = not QUESTIONS_BY_CODE.get(rule.code) or not QUESTIONS_BY_CODE[rule.code].problem_answer
        if rule.suppressed:
            figures = [Policy(ind.k).short_text] * 4
        else:
            figures = [number(rule.answered), DASH if informational else number(rule.problems),
                       "仅作了解" if informational else percent(rule.rate), number(rule.unknown)]
        rows.append([rule.code, rule.text] + figures)
    columns = [Column("题号", 0.07), Column("问题", 0.53), Column("作答", 0.09, "right"),
               Column("问题答案", 0.11, "right"), Column("比例", 0.10, "right"), Column("不清楚", 0.10, "right")]
    note = (f"作答 = 回答「是」「否」「不清楚」的人数（「不适用」和未答不计）；问题答案多为「是」，{NO_IS_PROBLEM} 为「否」；"
            f"比例 = 问题答案人数 ÷ 作答人数；{INFORMATIONAL} 问的是有无管控措施，仅作了解。")
    return Table(f"规定对照 {ALL_QUESTIONS}：可能违规的比例", columns, rows, note)


def _kinds_in(values: list[dict[str, float]]) -> list[str]:
    present = {kind for by_kind in values for kind, v in by_kind.items() if v}
    return [k for k in TOOL_KINDS.codes() if k in present]


def _kind_order(code: str) -> int:
    codes = TOOL_KINDS.codes()
    return -1 if code == "all" else codes.index(code) if code in codes else len(codes)


def _township_kinds(ind: Indicators) -> Table:
    kinds = _kinds_in([t.minutes_by_kind for t in ind.township_kinds if not t.suppressed])
    share_each = 0.74 / (len(kinds) + 1)
    columns = ([Column("乡镇（街道）", 0.18), Column("人数", 0.08, "right")]
               + [Column(TOOL_KINDS.label(k), share_each, "right") for k in kinds] + [Column("合计", share_each, "right")])
    rows = []
    for t in ind.township_kinds:
        name = t.township or "（未填乡镇）"
        if t.suppressed:
            rows.append([name] + [Policy(ind.k).short_text] * (len(kinds) + 2))
        else:
            rows.append([name, number(t.n)] + [minutes(t.minutes_by_kind.get(k)) for k in kinds]
                        + [minutes(sum(t.minutes_by_kind.values()))])
    return Table("各乡镇（街道）按工具类型的用时（人均每工作日分钟，均值）", columns, rows,
                 f"不足 {ind.k} 人的乡镇只显示「{Policy(ind.k).short_text}」，不出现在图表中；乡镇按名称排列。")


def _quotas(ind: Indicators) -> list[Table]:
    q = ind.quotas
    if q.suppressed and (q.holders or 0 < ind.respondents < ind.k):
        return [Table("摊派下载：总体", [Column("项目", 0.6), Column("数值", 0.4, "right")],
                      [["有摊派任务的干部", Policy(ind.k).short_text]],
                      f"报告摊派下载任务的干部不足 {ind.k} 人，不显示合计。")]
    if not q.quotas:
        return []
    summary = [
        ["摊派下载任务（项）", number(q.quotas)],
        ["有摊派任务的干部", share(q.respondents_with_quota)],
        ["下载/注册指标合计", number(q.target_total)],
        ["已完成合计", f"{number(q.achieved_total)}（{percent(q.achieved_rate)}）"],
        ["计入考核的任务", share(q.counted_in_assessment)],
        ["花费工时合计（小时）", hours(q.hours_total)],
    ]
    tables = [Table("摊派下载：总体", [Column("项目", 0.6), Column("数值", 0.4, "right")], summary)]
    by_tool = [[name, number(target), number(achieved), percent(achieved / target if target else None)]
               for name, target, achieved in q.by_tool]
    tables.append(Table("摊派下载：按应用", [Column("应用", 0.46), Column("指标", 0.18, "right"),
                                         Column("完成", 0.18, "right"), Column("完成率", 0.18, "right")], by_tool))
    return tables


def _waves(ind: Indicators) -> Table | None:
    if not ind.waves:
        return None
    kinds = _kinds_in([w.minutes_by_kind for w in ind.waves if not w.suppressed])
    share_each = 0.62 / (len(kinds) + 1)
    columns = ([Column("调查批次", 0.30), Column("人数", 0.08, "right"), Column("合计", share_each, "right")]
               + [Column(TOOL_KINDS.label(k), share_each, "right") for k in kinds])
    rows = []
    for w in ind.waves:
        label = f"{w.title}（{w.wave_id}）" if w.title and w.title != w.wave_id else w.wave_id
        if w.suppressed:
            rows.append([label] + [Policy(ind.k).short_text] * (len(kinds) + 2))
        else:
            rows.append([label, number(w.n), minutes(w.minutes_per_workday)]
                        + [minutes(w.minutes_by_kind.get(k)) for k in kinds])
    return Table("各批次对比（人均每工作日分钟，均值）", columns, rows,
                 "同一人在不同批次使用不同的随机编号，批次之间比较的是群体，不是个人。")
