"""The chart pages of the meeting pack: two charts a page, each under its title and finding, drawn as vectors."""

from __future__ import annotations

from matplotlib.figure import Figure, SubFigure

from burden_survey.charts.dashboard_charts import Chart, all_charts
from burden_survey.indicators.figures import Indicators

from .report_layout import ACCENT, BOTTOM, INK, LEFT, MUTED, PAGE_SIZE, TEXT_WIDTH, TOP, PageFlow, line_height, wrap

CHARTS_PER_PAGE = 2
TITLE_SIZE, FINDING_SIZE = 12.5, 10
_BAND_GAP = 0.12  # inches between a chart's finding and its drawing
_BAND_ABOVE = 0.15  # inches between a chart's drawing and the title of the next chart


def chart_pages(flow: PageFlow, ind: Indicators, charts: list[Chart]) -> None:
    """The charts of `all_charts(ind)`, drawn again by the same chart functions into subfigures of A4 pages.

    Drawing into the page (rather than copying a finished figure) keeps every line and letter a vector and lets
    the page's constrained layout fit each chart, legends and axis labels included, into its half of the page.
    Charts with nothing to draw are listed with the sentence that says why.
    """
    drawn = [c for c in charts if c.figure is not None]
    slots: list[SubFigure] = []
    free_top = None  # where the last chart page has room left, in inches above its bottom edge
    for start in range(0, len(drawn), CHARTS_PER_PAGE):
        page_slots, free_top = _chart_page(flow, drawn[start:start + CHARTS_PER_PAGE], heading=start == 0)
        slots += page_slots
    if slots:
        handed_out = iter(slots)

        def next_slot() -> SubFigure:
            slot = next(handed_out, None)
            if slot is None:
                raise ValueError("build_pages() needs the charts of all_charts() for the same indicators")
            return slot

        redrawn = [c.key for c in all_charts(ind, new_figure=next_slot) if c.figure is not None]
        if redrawn != [c.key for c in drawn]:
            raise ValueError("build_pages() needs the charts of all_charts() for the same indicators")
    empty = [c for c in charts if c.figure is None]
    # The sentences of the charts not drawn go under a lone last chart, or on a page of their own.
    flow.y = free_top
    if empty:
        flow.heading("未绘制的图表" if drawn else "图表", keep=0.6)
        for chart in empty:
            flow.subheading(chart.title)
            flow.paragraph(chart.finding, 9.5, MUTED, indent=0.2, after=0.1)
        flow.y = None


def _band_height(chart: Chart) -> float:
    lines = len(wrap(chart.finding, FINDING_SIZE, TEXT_WIDTH))
    return line_height(TITLE_SIZE) + lines * line_height(FINDING_SIZE) + _BAND_GAP


def _band(page: Figure, chart: Chart, top: float) -> None:
    """The chart's title and finding from `top` (inches above the page's bottom edge) downwards."""
    def text(y, s, size, colour):
        page.text(LEFT, y, s, fontsize=size, color=colour, va="top", transform=page.dpi_scale_trans)

    text(top, chart.title, TITLE_SIZE, ACCENT)
    y = top - line_height(TITLE_SIZE)
    for line in wrap(chart.finding, FINDING_SIZE, TEXT_WIDTH):
        text(y, line, FINDING_SIZE, INK)
        y -= line_height(FINDING_SIZE)


def _chart_page(flow: PageFlow, group: list[Chart], heading: bool) -> tuple[list[SubFigure], float | None]:
    """One A4 page for up to two charts: their text bands and an empty subfigure for each drawing.

    Returns the subfigures and, when the page holds a single chart, the top of the room left under it.
    """
    page = Figure(figsize=PAGE_SIZE, dpi=72, layout="constrained")
    flow.pages.append(page)
    top = TOP
    if heading:
        page.text(LEFT, top, "图表", fontsize=15, color=ACCENT, va="top", transform=page.dpi_scale_trans)
        top -= line_height(15) + 0.15
    bands = [_band_height(c) + (_BAND_ABOVE if i else 0.0) for i, c in enumerate(group)]
    drawing = (top - BOTTOM - sum(bands)) / len(group)
    if len(group) < CHARTS_PER_PAGE:  # a lone last chart keeps the size of the others
        drawing = (top - BOTTOM) / CHARTS_PER_PAGE - bands[0]
    # Constrained layout works inside the text area only; the subfigures stack band, drawing, band, drawing.
    w, h = PAGE_SIZE
    height = sum(bands) + drawing * len(group)
    page.get_layout_engine().set(rect=(LEFT / w, (top - height) / h, TEXT_WIDTH / w, height / h),
                                 w_pad=0.02, h_pad=0.02, hspace=0, wspace=0)
    ratios = [r for band in bands for r in (band, drawing)]
    parts = page.subfigures(len(ratios), 1, height_ratios=ratios)
    y = top
    for index, (chart, band) in enumerate(zip(group, bands)):
        _band(page, chart, y - (_BAND_ABOVE if index else 0.0))
        y -= band + drawing
    return [parts[2 * i + 1] for i in range(len(group))], (y if len(group) < CHARTS_PER_PAGE else None)
