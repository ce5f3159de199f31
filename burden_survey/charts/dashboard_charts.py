"""The dashboard's six charts: indicator dataclasses in, a Figure and a one-sentence finding out (never pyplot).

The numbers come through the disclosure guard already (perturbed, rounded); a figure resting on fewer than k
respondents is left out of the chart, and the finding only quotes what the chart shows. When nothing can be
drawn the figure is None and the finding says why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from matplotlib.figure import Figure, FigureBase
from matplotlib.ticker import FuncFormatter, MaxNLocator, PercentFormatter

from burden_survey.disclosure.guard import Bin
from burden_survey.disclosure.policy import K_DEFAULT
from burden_survey.indicators import shown as fmt
from burden_survey.indicators.figures import (
    Distribution,
    Indicators,
    QuotaFigures,
    RuleFigure,
    ToolFigure,
    TownshipKinds,
    WaveFigures,
)
from burden_survey.survey.questions import NO_IS_PROBLEM, QUESTIONS_BY_CODE

from . import chart_style as style
from .charts import chinese_font_family

NO_DATA = "暂无数据。"
TOP_TOOLS = 10
MAX_TOWNSHIPS = 15
RULES_PER_COLUMN = 14
TOP_QUOTA_TOOLS = 8


# Makes the figure a chart draws on: by default a free-standing dashboard-size Figure; the report passes
# one that hands out subfigures of its A4 pages so the same code draws the printed charts.
NewFigure = Callable[[], FigureBase]


@dataclass(frozen=True)
class Chart:
    key: str  # "top_tools", "workday_minutes", "township_kinds", "rules", "quotas", "waves"
    title: str
    finding: str  # one sentence computed from what the chart shows; why it is empty when figure is None
    figure: Figure | None  # a SubFigure of a report page when drawn through new_figure


def _canvas(new_figure: NewFigure) -> FigureBase:
    chinese_font_family()  # also when the caller supplies the figure (a report page's subfigure)
    return new_figure()


def _empty(key: str, title: str, why: str = NO_DATA) -> Chart:
    return Chart(key, title, why, None)


def _left_out_note(left_out: int, what: str, k: int) -> str:
    """'（另有 2 个乡镇答卷人少于 5 人，未显示）': says that something was left out without naming it."""
    return f"（另有 {left_out} {what}少于 {k} 人，未显示）" if left_out else ""


def top_tools_chart(tools: list[ToolFigure], *, new_figure: NewFigure = style.new_figure, k: int = K_DEFAULT,
                    respondents: int | None = None) -> Chart:
    """Horizontal bars of the tools costing most minutes in all, biggest on top: the order and the number of the
    pack's table 「耗时最多的工具（按总分钟）」 beside it, so the finding names the table's first row.
    「其他」 (the tools fewer than k reported, together) is not a tool: it has no bar."""
    key, title = "top_tools", "耗时最多的工具（按总分钟）"
    shown = [t for t in tools if not t.suppressed and not t.other and t.total_minutes]
    if not shown:
        # No rows at all may mean tools of fewer than k each (not even a 「其他」): say so, not "no data".
        hidden = tools or (respondents and respondents > 0)
        return _empty(key, title, f"每个工具的使用者都少于 {k} 人，暂不显示。" if hidden else NO_DATA)
    shown = sorted(shown, key=lambda t: (-t.total_minutes, t.label))[:TOP_TOOLS]
    top = shown[0]
    finding = f"「{top.label}」总耗时最多，{top.respondents:,} 名使用者共 {fmt.number(top.total_minutes)} 分钟"
    if top.minutes_per_workday is not None:
        finding += f"，使用者人均每工作日 {fmt.minutes(top.minutes_per_workday)} 分钟"
    finding += "。"

    fig = _canvas(new_figure)
    ax = fig.add_subplot()
    rows = list(reversed(shown))  # barh draws bottom-up
    values = [t.total_minutes for t in rows]
    ax.barh(range(len(rows)), values, color=style.BAR_COLOUR, height=0.65)
    ax.set_yticks(range(len(rows)), [f"{style.shorten(t.label, 14)}（{t.respondents:,}人）" for t in rows])
    for y, v in enumerate(values):
        ax.text(v, y, f" {fmt.number(v)} 分钟", va="center", fontsize=8.5, color=style.TEXT_GREY)
    ax.set_xlim(0, max(values) * 1.22)
    ax.set_xlabel("全部使用者的总分钟数（括号内为使用人数）", fontsize=9)
    style.fit_rows(ax, len(rows))
    style.tidy_axes(ax)
    return Chart(key, title, finding, fig)


def workday_minutes_chart(bins: list[Bin], dist: Distribution, *, new_figure: NewFigure = style.new_figure) -> Chart:
    """Histogram of minutes per workday (bins of at least k respondents, made by the disclosure guard) with the
    mean, median and p90 marked where the group is big enough to have them."""
    key, title = "workday_minutes", "每工作日用时分布"
    if dist.suppressed and dist.n:
        return _empty(key, title, f"答卷人少于 {dist.k} 人，不显示分布。")
    if dist.n == 0 or dist.mean is None:
        return _empty(key, title)
    if not bins:
        return _empty(key, title, f"答卷人少于 {4 * dist.k} 人，不显示分布；平均每工作日 {fmt.minutes(dist.mean)} 分钟。")
    marks = [(dist.mean, "均值", "-"), (dist.median, "中位数", "--"), (dist.p90, "90% 分位", ":")]
    marks = [(v, name, line) for v, name, line in marks if v is not None]
    finding = f"答卷人每工作日平均用时 {fmt.minutes(dist.mean)} 分钟"
    if dist.median is not None:
        finding += f"，中位数 {fmt.minutes(dist.median)} 分钟"
    if dist.p90 is not None:
        finding += f"，十分之一的人在 {fmt.minutes(dist.p90)} 分钟以上"
    finding += "。"

    closed = [b for b in bins if b.high is not None]
    top = bins[-1] if bins[-1].high is None else None
    step = min((b.high - b.low for b in closed), default=60.0)
    fig = _canvas(new_figure)
    ax = fig.add_subplot()
    # A bar's area is its count: a bin merged from several widths is drawn as wide, and as low, as it is.
    ax.bar([b.low for b in closed], [b.count * step / (b.high - b.low) for b in closed],
           width=[b.high - b.low for b in closed], align="edge", color=style.LIGHT_COLOUR, edgecolor="white",
           linewidth=0.6)
    end = max([top.low if top else 0.0, *(b.high for b in closed), *(v for v, _, _ in marks)])
    if top is not None:
        ax.bar([top.low], [top.count], width=step, align="edge", color=style.LIGHT_COLOUR, hatch="//",
               edgecolor=style.TEXT_GREY, linewidth=0)
        ax.text(top.low + step / 2, top.count, f"≥{top.low:g}", ha="center", va="bottom", fontsize=8,
                color=style.TEXT_GREY)
        end = max(end, top.low + step)
    for value, name, line in marks:
        ax.axvline(value, color=style.DARK_COLOUR, linestyle=line, linewidth=1.6,
                   label=f"{name} {fmt.minutes(value)} 分钟")
    ax.set_xlim(0, end + step)
    ax.set_xlabel(f"每工作日分钟数（人均，按答卷人；每段至少 {dist.k} 人）", fontsize=9)
    ax.set_ylabel(f"答卷人数（每 {step:g} 分钟）", fontsize=9)
    heights = [b.count * step / (b.high - b.low) for b in closed] + ([top.count] if top else [])
    ax.set_ylim(0, max(heights + [1]) * 1.12)  # room for the open bin's label
    fig.legend(loc="outside upper right", ncols=len(marks), frameon=False, fontsize=9)  # never over the bars
    style.tidy_axes(ax, "y")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # people are counted whole: no tick at 2.5 people
    return Chart(key, title, finding, fig)


def township_kinds_chart(rows: list[TownshipKinds], *, new_figure: NewFigure = style.new_figure,
                         k: int = K_DEFAULT) -> Chart:
    """Stacked horizontal bars: minutes per workday per respondent in each township, split by tool kind."""
    key, title = "township_kinds", "各乡镇负担构成"
    shown = [r for r in rows if not r.suppressed]
    if not shown:
        return _empty(key, title, NO_DATA if not rows else f"各乡镇答卷人均少于 {k} 人，暂不显示。")
    shown = sorted(shown, key=lambda r: (-sum(r.minutes_by_kind.values()), r.township))
    top = shown[0]
    biggest_kind = max(top.minutes_by_kind, key=lambda k: top.minutes_by_kind[k], default=None)
    finding = f"人均负担最重的是「{top.township}」，每工作日 {fmt.minutes(sum(top.minutes_by_kind.values()))} 分钟"
    if biggest_kind is not None and top.minutes_by_kind[biggest_kind] > 0:
        finding += f"，其中{style.kind_label(biggest_kind)} {fmt.minutes(top.minutes_by_kind[biggest_kind])} 分钟"
    finding += "。"

    note = _left_out_note(len(rows) - len(shown), "个乡镇答卷人", k)
    if len(shown) > MAX_TOWNSHIPS:
        note += f"（仅显示负担最重的 {MAX_TOWNSHIPS} 个乡镇）"
        shown = shown[:MAX_TOWNSHIPS]
    kinds = style.kind_order({k for r in shown for k, v in r.minutes_by_kind.items() if v > 0})
    fig = _canvas(new_figure)
    ax = fig.add_subplot()
    rows_up = list(reversed(shown))
    left = [0.0] * len(rows_up)
    for kind in kinds:
        part = [r.minutes_by_kind.get(kind, 0.0) for r in rows_up]
        ax.barh(range(len(rows_up)), part, left=left, height=0.7, label=style.kind_label(kind), **style.kind_style(kind))
        left = [a + b for a, b in zip(left, part)]
    for y, total in enumerate(left):
        ax.text(total, y, f" {fmt.minutes(total)}", va="center", fontsize=8.5, color=style.TEXT_GREY)
    ax.set_yticks(range(len(rows_up)), [f"{r.township}（{r.n:,}人）" for r in rows_up])
    ax.set_xlim(0, max(left) * 1.12 if max(left) > 0 else 1)
    ax.set_xlabel("人均每工作日分钟数" + note, fontsize=9)
    style.fit_rows(ax, len(rows_up))
    ax.legend(frameon=False, fontsize=8.5, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    style.tidy_axes(ax)
    return Chart(key, title, finding, fig)


def _answer_word(code: str) -> str:
    question = QUESTIONS_BY_CODE.get(code)
    return "否" if question is not None and question.problem_answer == "no" else "是"


def rules_chart(rules: list[RuleFigure], *, new_figure: NewFigure = style.new_figure, k: int = K_DEFAULT) -> Chart:
    """Share of respondents answering each rule question the problem way (plus 不清楚), highest first."""
    key, title = "rules", "各项规定的违规率"
    # Q24 has no problem answer (a cap on groups is good news): it has no violation rate to show.
    checked = [r for r in rules if QUESTIONS_BY_CODE.get(r.code) is None or QUESTIONS_BY_CODE[r.code].problem_answer]
    shown = [r for r in checked if not r.suppressed and r.rate is not None]
    if not shown:
        return _empty(key, title, NO_DATA if not checked else f"每题回答人数都少于 {k} 人，暂不显示。")
    shown = sorted(shown, key=lambda r: (-r.rate, int(r.code[1:]) if r.code[1:].isdigit() else 0))
    top = shown[0]
    finding = (f"违规率最高的是 {top.code}（{style.question_short(top.code, top.text)}），"
               f"{fmt.percent(top.rate)} 的答卷人回答「{_answer_word(top.code)}」。")

    columns = [shown[i:i + RULES_PER_COLUMN] for i in range(0, len(shown), RULES_PER_COLUMN)]
    fig = _canvas(new_figure)
    axes = fig.subplots(1, len(columns), sharex=True, squeeze=False)[0]
    for ax, column in zip(axes, columns):
        rows_up = list(reversed(column))
        problem = [r.rate for r in rows_up]
        unknown = [r.unknown / r.answered for r in rows_up]
        ys = range(len(rows_up))
        ax.barh(ys, problem, height=0.7, color=style.FORMALITY_COLOUR, label=f"回答「是」（{NO_IS_PROBLEM} 为「否」）")
        ax.barh(ys, unknown, left=problem, height=0.7, color=style.UNKNOWN_COLOUR, hatch="..",
                edgecolor=style.TEXT_GREY, linewidth=0, label="不清楚")
        for y, (p, u) in enumerate(zip(problem, unknown)):
            ax.text(p + u, y, f" {fmt.percent(p)}", va="center", fontsize=8, color=style.TEXT_GREY)
        ax.set_yticks(list(ys), [style.question_label(r.code, r.text) for r in rows_up], fontsize=8.5)
        if len(columns) > 1:
            ax.set_ylim(-0.6, RULES_PER_COLUMN - 0.4)  # the shorter second column lines up with the first
        else:
            style.fit_rows(ax, len(rows_up))
        ax.set_xlim(0, 1.12)
        ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
        ax.set_xticks([0, 0.5, 1.0], minor=False)  # two columns of bars: five labels ran into each other
        ax.set_xticks([0.25, 0.75], minor=True)  # the quarters keep their grid lines
        style.tidy_axes(ax)
        ax.tick_params(axis="y", labelsize=8.5)
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside upper right", ncols=2, frameon=False, fontsize=8.5)
    note = _left_out_note(len(checked) - len(shown), "题回答人数", k)
    fig.supxlabel("占回答该题答卷人的比例（不含「不适用」）" + note, fontsize=9)
    return Chart(key, title, finding, fig)


def quotas_chart(quotas: QuotaFigures, *, new_figure: NewFigure = style.new_figure) -> Chart:
    """Target against achieved downloads per tool (the biggest targets), achieved drawn inside the target."""
    key, title = "quotas", "摊派下载：目标与完成"
    # A small group is asked first: "0 项" of a group of one would tell that one person's answer.
    if quotas.suppressed and (quotas.holders or quotas.respondents_with_quota.n):
        return _empty(key, title, f"有摊派下载任务的答卷人少于 {quotas.k} 人，暂不显示。")
    if quotas.quotas == 0 or quotas.target_total == 0:
        return _empty(key, title)
    rows = quotas.by_tool[:TOP_QUOTA_TOOLS + 1] or [("全部任务", quotas.target_total, quotas.achieved_total)]
    name, target, achieved = rows[0]
    finding = (f"摊派下载目标合计 {quotas.target_total:,} 个，已完成 {quotas.achieved_total:,} 个"
               f"（{fmt.percent(quotas.achieved_rate)}），指标最多的是「{name}」（目标 {target:,} 个，完成 {achieved:,} 个）。")

    fig = _canvas(new_figure)
    ax = fig.add_subplot()
    rows_up = list(reversed(rows))
    ys = range(len(rows_up))
    targets = [r[1] for r in rows_up]
    done = [r[2] for r in rows_up]
    ax.barh(ys, targets, height=0.75, color=style.LIGHT_COLOUR, label="目标")
    ax.barh(ys, done, height=0.38, color=style.DARK_COLOUR, label="已完成")
    for y, (t, a) in enumerate(zip(targets, done)):
        rate = f"（{fmt.percent(a / t)}）" if t else ""
        ax.text(max(t, a), y, f" {a:,}/{t:,}{rate}", va="center", fontsize=8.5, color=style.TEXT_GREY)
    ax.set_yticks(list(ys), [style.shorten(r[0], 14) for r in rows_up])
    ax.set_xlim(0, max(targets + done) * 1.3)
    ax.set_xlabel("下载、注册个数（已完成/目标）", fontsize=9)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    style.fit_rows(ax, len(rows_up))
    ax.legend(frameon=False, fontsize=9, loc="lower right")
    style.tidy_axes(ax)
    return Chart(key, title, finding, fig)


def _waves_finding(previous: WaveFigures, latest: WaveFigures) -> str:
    kinds = set(previous.minutes_by_kind) | set(latest.minutes_by_kind)
    change = {k: latest.minutes_by_kind.get(k, 0.0) - previous.minutes_by_kind.get(k, 0.0) for k in kinds}
    up = [k for k in style.kind_order(kinds) if fmt.whole(change[k]) >= 1]
    down = [k for k in style.kind_order(kinds) if fmt.whole(change[k]) <= -1]
    since = f"与上一批次「{previous.title or previous.wave_id}」相比，"
    if not up and not down:
        return since + "各类工具人均每工作日用时基本持平。"
    parts = []
    if up:
        k = max(up, key=lambda k: change[k])
        parts.append(f"{style.kind_label(k)}人均每工作日用时增加 {fmt.whole(change[k])} 分钟")
    if down:
        k = min(down, key=lambda k: change[k])
        parts.append(f"{style.kind_label(k)}减少 {fmt.whole(-change[k])} 分钟" if up  # after the rise's own words
                     else f"{style.kind_label(k)}人均每工作日用时减少 {fmt.whole(-change[k])} 分钟")
    if not down:
        parts.append("没有类别减少")
    elif not up:
        parts.append("没有类别增加")
    return since + "，".join(parts) + "。"


def waves_chart(waves: list[WaveFigures], *, new_figure: NewFigure = style.new_figure) -> Chart:
    """Grouped bars per tool kind, one bar per wave (older lighter), so burden moving between kinds shows."""
    key, title = "waves", "各批次变化（按工具类别）"
    shown = [w for w in waves if not w.suppressed]
    if len(shown) < 2:
        k = waves[0].k if waves else K_DEFAULT
        why = "只有一个调查批次，暂无批次间比较。" if len(waves) < 2 else f"答卷人不少于 {k} 人的批次不足两个，暂无批次间比较。"
        return _empty(key, title, why)
    finding = _waves_finding(shown[-2], shown[-1])
    kinds = style.kind_order({k for w in shown for k, v in w.minutes_by_kind.items() if v > 0})

    fig = _canvas(new_figure)
    ax = fig.add_subplot()
    width = 0.8 / len(shown)
    for i, wave in enumerate(shown):
        shade = style.wave_shade(i, len(shown))
        xs = [k + (i - (len(shown) - 1) / 2) * width for k in range(len(kinds))]
        values = [wave.minutes_by_kind.get(kind, 0.0) for kind in kinds]
        ax.bar(xs, values, width=width * 0.92, color=shade, label=f"{style.shorten(wave.title or wave.wave_id, 16)}（{wave.n:,}人）")
        for x, v in zip(xs, values):
            ax.text(x, v, fmt.minutes(v), ha="center", va="bottom", fontsize=7.5, color=style.TEXT_GREY)
    ax.set_xticks(range(len(kinds)), [style.wrap_label(style.kind_label(k)) for k in kinds], fontsize=8.5)
    ax.set_ylabel("人均每工作日分钟数", fontsize=9)
    ax.margins(y=0.15)
    fig.legend(loc="outside upper right", ncols=len(shown), frameon=False, fontsize=8.5)
    style.tidy_axes(ax, "y")
    return Chart(key, title, finding, fig)


def all_charts(ind: Indicators, new_figure: NewFigure = style.new_figure) -> list[Chart]:
    """The six dashboard charts of one set of indicators, in the dashboard's order.

    `new_figure` is called once for each chart that draws, in this order (see NewFigure).
    """
    draw = {"new_figure": new_figure}
    return [
        top_tools_chart(ind.top_tools_by_minutes, **draw, k=ind.k,
                        respondents=ind.respondents if ind.minutes_per_workday.n else 0),
        workday_minutes_chart(ind.minutes_histogram, ind.minutes_per_workday, **draw),
        township_kinds_chart(ind.township_kinds, **draw, k=ind.k),
        rules_chart(ind.rules, **draw, k=ind.k),
        quotas_chart(ind.quotas, **draw),
        waves_chart(ind.waves, **draw),
    ]


def save_chart(chart: Chart, path) -> Path:
    """Write the chart as PNG or SVG (by the file's suffix), with its title on top; returns the path."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in ("png", "svg"):
        raise ValueError(f"只能导出 PNG 或 SVG 图片，而不是「{path.suffix or path.name}」。")
    if chart.figure is None:
        raise ValueError(f"「{chart.title}」没有可导出的图：{chart.finding}")
    fig = chart.figure
    # The dashboard and the report print the title themselves; an exported picture stands alone, so it
    # gets the title for the time of the save only.
    fig.suptitle(chart.title, fontsize=11, x=0.01, ha="left", visible=True, in_layout=True)
    try:
        fig.savefig(path, format=kind, dpi=200 if kind == "png" else None, facecolor="white")
    finally:
        fig.suptitle("", visible=False, in_layout=False)
    return path
