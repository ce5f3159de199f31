"""The meeting pack: A4 pages (cover, key figures, charts, tables, method note) for print preview, print and PDF.

One pipeline: `report_pages()` reads the database once and `build_pages()` lays out the pages as matplotlib
Figures; `write_pdf()` saves those same Figures, and the UI's print preview paints them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from burden_survey.charts.dashboard_charts import Chart, all_charts
from burden_survey.disclosure.policy import Policy
from burden_survey.indicators.figures import Filters, Indicators
from burden_survey.indicators.indicators import compute
from burden_survey.indicators.key_figures import key_figures
from burden_survey.spreadsheets.spreadsheets import replace_when_done
from burden_survey.indicators.shown import percent
from burden_survey.survey.choices import SAMPLING_METHODS, TOOL_KINDS, UNIT_TYPES

from . import report_layout as layout
from .report_charts import chart_pages
from .report_governance import governance_sections
from .report_layout import INK, LEFT, MUTED, PAGE_SIZE, TEXT_WIDTH, PageFlow
from .report_method import method_note
from .report_scope_sql import logged_span
from .report_tables import all_tables, tools_per_respondent_table

CREATOR = "指尖减负调查"
NO_DATA = "暂无数据"


@dataclass
class ReportOptions:
    title: str = "指尖上的形式主义负担调查 · 会议材料"
    organiser: str = ""  # shown on the cover when given
    generated: date | None = None  # today by default
    # Filled from the database by report_pages(); a caller of build_pages() may set them itself.
    wave_title: str = ""
    period: tuple[date, date] | None = None  # the wave's period, or the span of logged days
    workdays_only: bool = False  # the wave's diary window holds only workdays
    sampling: str | None = None  # how the wave's respondents were chosen (choices.SAMPLING_METHODS)


def report_pages(storage, filters: Filters = Filters(), options: ReportOptions | None = None) -> list[Figure]:
    """The pages of the meeting pack for the filtered respondents: what print preview, print and PDF show."""
    options = scoped_options(storage, filters, options or ReportOptions())
    ind = compute(storage, filters)
    # The registry's pages (issue 5) follow the survey's figures when the county keeps a registry.
    extra = governance_sections(storage, filters.wave_id, options.generated)
    return build_pages(ind, all_charts(ind), options, extra)


def write_pdf(storage, path, filters: Filters = Filters(), options: ReportOptions | None = None) -> Path:
    """Write the meeting pack as an A4 PDF with the Chinese font embedded; returns the path."""
    options = options or ReportOptions()
    return save_pdf(report_pages(storage, filters, options), path, options.title)


def save_pdf(pages: list[Figure], path, title: str = ReportOptions.title) -> Path:
    """Written beside the final name and moved into place when complete: a failure or a kill mid-way never
    leaves a truncated PDF under the name the user chose (before, it did)."""
    def write(partial: Path) -> None:
        with PdfPages(partial, metadata={"Title": title, "Creator": CREATOR, "Producer": CREATOR}) as pdf:
            for page in pages:
                pdf.savefig(page)

    return replace_when_done(Path(path), write)


def scoped_options(storage, filters: Filters, options: ReportOptions) -> ReportOptions:
    """The options with the wave's title, its period, its window and its sampling filled in from the database (the
    window and the sampling also without a wave filter, when every wave says the same)."""
    waves = storage.list_waves()
    wave = next((w for w in waves if w.id == filters.wave_id), None)
    covered = [wave] if wave else waves
    same = {(w.workdays_only, w.sampling) for w in covered}
    workdays_only, sampling = same.pop() if len(same) == 1 else (False, None)
    period = options.period
    if period is None and wave is not None and wave.period_start and wave.period_end:
        period = (wave.period_start, wave.period_end)
    if period is None:
        period = logged_span(storage, filters)
    return replace(options, wave_title=options.wave_title or (wave.title if wave else ""), period=period,
                   workdays_only=options.workdays_only or workdays_only, sampling=options.sampling or sampling)


def scope_text(filters: Filters, wave_title: str = "") -> str:
    """The filters in words, e.g. 「示例县2026年第四季度调查 · 东港镇 · 全部单位类型 · 全部工具类型」."""
    return " · ".join([
        wave_title or filters.wave_id or "全部调查批次",
        filters.township or "全部乡镇（街道）",
        UNIT_TYPES.label(filters.unit_type) if filters.unit_type else "全部单位类型",
        TOOL_KINDS.label(filters.tool_kind) if filters.tool_kind else "全部工具类型",
    ])


def period_text(period: tuple[date, date] | None) -> str:
    if period is None:
        return "尚无每日用时记录"
    start, end = period
    return f"{_day(start)}至{_day(end)}"


def build_pages(ind: Indicators, charts: list[Chart], options: ReportOptions,
                extra_sections: Sequence[tuple[str, Callable[[PageFlow], None]]] = ()) -> list[Figure]:
    """Lay out the whole pack as A4 portrait Figures, numbered 「第 n 页 / 共 N 页」.

    `charts` are `all_charts(ind)` (the dashboard's, say): their titles and findings are printed, and the same
    chart functions draw them again into the pages, so the printed charts stay vectors. `extra_sections`
    (name, writer) come before the method note, each on a page of its own (the registry's governance pages).
    """
    layout.chinese_font_family()
    options = replace(options, generated=options.generated or date.today())
    pages: list[Figure] = []
    flow = PageFlow(pages)
    flow.new_page()
    contents: list[tuple[str, int]] = []

    def section(name: str, write) -> None:
        contents.append((name, len(pages) + 1))  # every section starts on a page of its own
        flow.y = None
        write()

    if ind.respondents == 0:
        section(NO_DATA, lambda: _no_data(flow, ind, options))
    else:
        section("主要数据", lambda: _key_figures(flow, ind))
        section("图表", lambda: chart_pages(flow, ind, charts))
        section("数据表", lambda: _tables(flow, ind))
    for name, write in extra_sections:
        section(name, lambda write=write: write(flow))
    section("方法说明", lambda: method_note(flow, ind.k))
    _cover(pages[0], ind, options, contents)
    _footers(pages, options)
    return pages


def _day(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _returns_text(ind: Indicators) -> str:
    # A small group is told as small, never with its count (docs/PRIVACY.md).
    text = f"少于 {ind.k} 份答卷" if 0 < ind.respondents < ind.k else f"{ind.respondents:,} 份答卷"
    if ind.returned_of_expected is not None:
        returned, expected = ind.returned_of_expected
        rate = f"，回收率 {percent(returned / expected)}" if expected else ""
        text += f"；按回收名单应交 {expected:,} 份，已回收 {returned:,} 份{rate}"
    else:
        text += "；未载入回收名单，无法计算回收率"
    return text


def _cover(page: Figure, ind: Indicators, options: ReportOptions, contents: list[tuple[str, int]]) -> None:
    def text(y, s, size=11, colour=INK, x=LEFT, **kw):
        page.text(x, y, s, fontsize=size, color=colour, transform=page.dpi_scale_trans, va="top", **kw)

    text(10.6, CREATOR, 11, MUTED)
    y = 9.4
    for line in layout.wrap(options.title, 24, TEXT_WIDTH):
        text(y, line, 24)
        y -= layout.line_height(24)
    page.add_artist(Rectangle((LEFT, y - 0.1), 1.6, 0.05, facecolor=layout.ACCENT, edgecolor="none",
                              transform=page.dpi_scale_trans))
    y -= 0.5
    rows = [
        ("范围", scope_text(ind.filters, options.wave_title)),
        ("时段", period_text(options.period) + ("（只计工作日）" if options.workdays_only else "")),
        ("答卷", _returns_text(ind)),
        ("抽样", SAMPLING_METHODS.label(options.sampling) if options.sampling else
         "未说明（建立调查批次时没有填写抽样方式；自愿填报的结果不代表全体）"),
        ("编制", options.organiser),
        ("日期", _day(options.generated)),
    ]
    for label, value in rows:
        if not value:
            continue
        text(y, label, 11, MUTED)
        for line in layout.wrap(value, 11, TEXT_WIDTH - 0.8):
            text(y, line, 11, x=LEFT + 0.8)
            y -= layout.line_height(11)
        y -= 0.08
    y -= 0.4
    text(y, "目录", 11, MUTED)
    for name, number in contents:
        text(y, name, 11, x=LEFT + 0.8)
        text(y, f"第 {number} 页", 11, x=LEFT + 4.2, ha="right")
        y -= layout.line_height(11) + 0.04
    note = (f"本材料依据匿名调查答卷汇总，不含姓名、电话、身份证号等个人信息。不足 {ind.k} 人的分组只显示"
            f"「<{ind.k}」，也不出现在图表中；其余数字加有固定的微小扰动并按人数取整，不能相减反推个人。"
            "各项指标分别列示，未合成综合指数。")
    y = 2.2
    for line in layout.wrap(note, 9.5, TEXT_WIDTH):
        text(y, line, 9.5, MUTED)
        y -= layout.line_height(9.5)


def _no_data(flow: PageFlow, ind: Indicators, options: ReportOptions) -> None:
    flow.heading(NO_DATA)
    flow.paragraph(f"所选范围（{scope_text(ind.filters, options.wave_title)}）内没有答卷，因此本材料不列数据、图表和数据表。")
    flow.paragraph("请先导入干部交回的调查文件（「导入答卷」页，或命令 burden-survey import），"
                   "或放宽调查批次、乡镇、单位类型、工具类型等筛选条件后重新生成。")


def _key_figures(flow: PageFlow, ind: Indicators) -> None:
    flow.heading("主要数据")
    if ind.respondents < ind.k:
        flow.paragraph(f"所选范围内答卷不足 {ind.k} 份，按规定不显示统计数值，只显示「<{ind.k}」。", 10, MUTED)
    width, gap, line = (TEXT_WIDTH - 0.2) / 2, 0.15, 0.15
    cards = [(f.label, str(f.value), layout.wrap(str(f.note), 8.5, width - 0.3)) for f in key_figures(ind)]
    for row in range(0, len(cards), 2):
        pair = cards[row:row + 2]
        height = 0.78 + line * max(len(notes) for _, _, notes in pair)  # a long note wraps, never is cut off
        flow.need(height + gap)
        for column, (label, value, notes) in enumerate(pair):
            x, top = LEFT + column * (width + 0.2), flow.y
            flow.page.add_artist(Rectangle((x, top - height), width, height, facecolor=layout.STRIPE_FILL,
                                           edgecolor="none", transform=flow.page.dpi_scale_trans))
            flow.text(x + 0.15, top - 0.1, label, 9.5, MUTED, va="top")
            flow.text(x + 0.15, top - 0.32, value, 19, INK, va="top")
            for number, text in enumerate(notes):
                flow.text(x + 0.15, top - 0.7 - line * number, text, 8.5, MUTED, va="top")
        flow.y -= height + gap
    flow.space(0.1)
    table = tools_per_respondent_table(ind)
    if table.rows:
        flow.table(table.title, table.columns, table.rows, table.note)


def _tables(flow: PageFlow, ind: Indicators) -> None:
    flow.heading("数据表")
    flow.paragraph(f"图表背后的数字。「<{ind.k}」表示该格所依据的答卷人不足 {ind.k} 人，按规定不显示数值；"
                   f"「{Policy(ind.k).other_label}」合并了填报人数不足 {ind.k} 人的名称。",
                   9.5, MUTED)
    for table in all_tables(ind):
        flow.table(table.title, table.columns, table.rows, table.note)


def _footers(pages: list[Figure], options: ReportOptions) -> None:
    total = len(pages)
    for number, page in enumerate(pages, 1):
        def text(x, s, ha):
            page.text(x, layout.FOOTER_Y, s, fontsize=8.5, color=MUTED, ha=ha, va="center",
                      transform=page.dpi_scale_trans)
        text(PAGE_SIZE[0] / 2, f"第 {number} 页 / 共 {total} 页", "center")
        if number > 1:
            text(LEFT, layout.wrap(options.title, 8.5, 2.6)[0], "left")
            text(layout.RIGHT, _day(options.generated), "right")

