"""Large text and English on a small screen: no page needs sideways scrolling, and the charts grow with the text."""

import shutil
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QPushButton, QScrollArea, QWidget

from burden_survey.registry import registry
from burden_survey.charts.dashboard_charts import top_tools_chart
from burden_survey.cli.demo import write_demo, write_demo_files
from burden_survey.survey_files.importer import STATUS_LABELS
from burden_survey.indicators.figures import ToolFigure
from burden_survey.survey.model import Tool
from burden_survey.registry.registry import RegistryApp
from burden_survey.store.storage import Storage
from ui.common import appearance
from ui.shell.app import install_translators
from ui.cadre.burden_page import BurdenPage
from ui.common.chart_box import ChartBox
from ui.supervisor.import_results import STATUS_TEXTS
from ui.shell.main_window import MainWindow
from ui.shell.pages import PAGES
from ui.common.widgets import FlowLayout

SMALL_SCREEN = (1366, 700)  # a maximised window on a 1366×768 screen, less the taskbar and the title bar
UNTIL = date.today() - timedelta(days=1)
WAIT_MS = 60_000


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A township PC as it looks in use, made once: its cadre's own answers, a registry, and 40 returned files
    plus one broken file waiting to be imported (its refusal is the longest line of the results table)."""
    folder = tmp_path_factory.mktemp("large_text")
    write_demo(folder / "county.db", 3, seed=7, until=UNTIL)
    write_demo_files(folder / "files", 40, seed=11, until=UNTIL, days=10)
    (folder / "files" / "照片.bsurvey").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(3000))
    store = Storage.open(folder / "county.db")
    try:
        for name, unit in (("全国防返贫监测信息系统", "国家乡村振兴局"), ("网格通APP", "区委政法委"),
                           ("锡山区智慧党建云平台（党员学习积分）", "区委组织部")):
            registry.save_app(store, RegistryApp(name, owner_unit=unit, owner_level="county", functions="巡查、上报、学习",
                                                 forced_features=["check_in", "points_ranking"], registered_users=1200,
                                                 monthly_actives=90, similar_apps="平安建设", disposition="close"))
    finally:
        store.close()
    return folder


@pytest.fixture
def county(sample, tmp_path):
    shutil.copy(sample / "county.db", tmp_path / "county.db")
    store = Storage.open(tmp_path / "county.db")
    yield store
    store.close()


@pytest.fixture
def looks(qapp):
    """Choose a language and a text size as 设置 would; Chinese at normal size again afterwards."""
    def choose(language: str, percent: int) -> None:
        install_translators(qapp, language)
        appearance.apply_font_scale(qapp, percent)
    yield choose
    install_translators(qapp, "zh_CN")
    appearance.apply_font_scale(qapp, 100)


def settle(qtbot, page) -> None:
    """Wait for a page's background work (the dashboard's figures), then for the layouts it set off."""
    qtbot.waitUntil(lambda: not getattr(page, "is_busy", lambda: False)(), timeout=WAIT_MS)
    qtbot.wait(20)


def import_through_page(qtbot, window, folder) -> None:
    window.show_page("import")
    page = window.pages["import"]
    page.new_waves_box.setChecked(True)
    with qtbot.waitSignal(page.imported, timeout=WAIT_MS):
        page.start_import([folder])


def sideways(window, page) -> list[str]:
    """Every scroll area on screen that has to scroll sideways: the page area, and any area inside the page
    (one that hides its sideways scroll bar would cut its content off instead)."""
    found = []
    outer = window.page_scroll
    if outer.horizontalScrollBar().maximum() > 0:
        found.append(f"page {page.minimumSizeHint().width()} px wide in {outer.viewport().width()} px")
    for area in page.findChildren(QScrollArea):
        if not area.isVisible() or area.widget() is None:
            continue
        needed, room = area.widget().minimumSizeHint().width(), area.viewport().width()
        if area.horizontalScrollBar().maximum() > 0 or needed > room:
            found.append(f"{area.objectName() or type(area).__name__} {needed} px wide in {room} px")
    return found


@pytest.mark.parametrize("language, percent", [("zh_CN", 100), ("zh_CN", 200), ("en", 150)])
def test_no_page_scrolls_sideways_in_a_small_screens_window(qtbot, county, sample, looks, language, percent):
    looks(language, percent)
    window = MainWindow(county)
    qtbot.addWidget(window)
    window.resize(*SMALL_SCREEN)
    window.show()
    import_through_page(qtbot, window, sample / "files")

    scrolling = {}
    for key in (p.key for p in PAGES):
        window.show_page(key)
        page = window.pages[key]
        settle(qtbot, page)
        assert window.stack.currentWidget() is page and page.isVisible()
        if found := sideways(window, page):
            scrolling[key] = found
    assert scrolling == {}
    results = window.pages["import"].results_model
    outcomes = {results.data(results.index(row, 1)) for row in range(results.rowCount())}
    assert outcomes == ({"已导入", "已拒绝"} if language == "zh_CN" else {"Imported", "Refused"})
    assert len(window.pages["dashboard"].boxes) == 6


def test_every_outcome_of_an_import_has_a_translatable_name():
    assert STATUS_TEXTS == STATUS_LABELS


def a_chart():
    tools = [ToolFigure(f"示例应用{i}", 12, 600, 10.0 - i) for i in range(6)]
    return top_tools_chart(tools)


def shown_box(qtbot, width: int) -> ChartBox:
    box = ChartBox(a_chart())
    qtbot.addWidget(box)
    box.resize(width, 1200)
    box.show()
    qtbot.waitExposed(box)
    box.canvas.draw()
    return box


def text_height_px(box: ChartBox) -> float:
    """How tall the chart's axis caption is drawn on screen, in pixels."""
    figure = box.chart.figure
    return figure.axes[0].xaxis.label.get_window_extent(figure.canvas.get_renderer()).height


def test_at_200_percent_a_charts_title_and_its_text_are_drawn_larger(qtbot, looks):
    looks("zh_CN", 100)
    normal = shown_box(qtbot, 1200)
    looks("zh_CN", 200)
    large = shown_box(qtbot, 1200)

    assert large.title.font().pointSizeF() == pytest.approx(2 * normal.title.font().pointSizeF())
    assert normal.title.font().pointSizeF() > appearance.BASE_POINT_SIZE  # the title stands out from the text
    assert text_height_px(large) >= 1.6 * text_height_px(normal)
    # Saved and copied pictures do not depend on the screen: the chart keeps the size it was drawn for.
    assert tuple(large.size_inches) == tuple(normal.size_inches)


def test_at_200_percent_my_burden_chart_title_is_drawn_twice_as_tall(qtbot, storage, looks):
    tool = storage.save_tool(Tool("学习强国", actions=["points"])).id
    storage.set_minutes_many([(tool, UNTIL, 40)], today=UNTIL)
    heights = []
    for percent in (100, 200):
        looks("zh_CN", percent)
        page = BurdenPage(storage, today=lambda: UNTIL)
        qtbot.addWidget(page)
        page.resize(1000, 1400)
        page.show()
        page.refresh()
        qtbot.waitExposed(page)
        figure = page.canvas.figure
        page.canvas.draw()
        heights.append(figure.axes[0].title.get_window_extent(figure.canvas.get_renderer()).height)
    assert heights[1] >= 1.8 * heights[0]


def test_a_row_of_buttons_wraps_in_a_narrow_window_instead_of_widening_it(qtbot):
    holder = QWidget()
    row = FlowLayout(holder)
    buttons = [QPushButton(f"导出第 {i} 种文件…", holder) for i in range(5)]
    for button in buttons:
        row.addWidget(button)
    qtbot.addWidget(holder)
    one_row = row.sizeHint().width()
    holder.resize(one_row // 2, 400)
    holder.show()
    qtbot.waitExposed(holder)

    assert holder.minimumSizeHint().width() < one_row // 2
    assert len({button.y() for button in buttons}) >= 2  # more than one row
    assert all(button.geometry().right() < holder.width() for button in buttons)
    holder.resize(one_row + 20, 400)
    qtbot.waitUntil(lambda: len({button.y() for button in buttons}) == 1)
    assert [button.x() for button in buttons] == sorted(button.x() for button in buttons)


def test_at_200_percent_a_tables_headings_and_short_values_are_not_cut(qtbot, county, looks):
    """Before, every column but the name kept Qt's default 100 px: at 200 % 「要求方式」 read 「要…」 and 「独立APP/
    系统」 lost its end. Now each column is as wide as its heading and values, a long name at most 14 characters."""
    from PySide6.QtCore import Qt

    looks("zh_CN", 200)
    window = MainWindow(county)
    qtbot.addWidget(window)
    window.resize(*SMALL_SCREEN)
    window.show()
    window.show_page("tools")
    table = window.pages["tools"].table
    model, header, metrics = table.model(), table.horizontalHeader(), table.fontMetrics()
    assert model.rowCount() > 0
    for column in range(model.columnCount() - 1):  # the last takes what is left
        heading = model.headerData(column, Qt.Orientation.Horizontal)
        values = [model.index(row, column).data() or "" for row in range(model.rowCount())]
        short = [v for v in [heading, *values] if len(v) <= 8]
        needed = max(metrics.horizontalAdvance(v) for v in short)
        assert header.sectionSize(column) >= needed, (heading, header.sectionSize(column), needed)
    assert header.sectionSize(0) <= 14 * metrics.horizontalAdvance("中") + 1


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_at_200_percent_the_tool_forms_fit_a_small_screen_without_sideways_scrolling(qtbot, county, looks, language):
    """In English at 200 % the three columns of 「要求的操作」 made the form wider than a 1366-pixel screen, which
    scrolled sideways."""
    from ui.cadre.tool_dialog import ToolDialog
    from ui.common.screen_fit import ScrollingPage

    looks(language, 200)
    tools = county.list_tools()
    for tool in (next(t for t in tools if not t.is_group), next(t for t in tools if t.is_group)):
        dialog = ToolDialog(county, tool)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(20)
        for area in dialog.findChildren(ScrollingPage):
            # The form's narrowest, with the dialog's margins and a scroll bar, within a 1366-pixel screen (the
            # offscreen screen of the tests is smaller, and the check boxes take their columns from the screen's).
            assert area.widget().minimumSizeHint().width() + 80 <= 1366, (tool.name, area.widget().minimumSizeHint())


def test_a_cards_caption_never_breaks_inside_its_remark_in_brackets(qtbot, looks):
    """At 200 % a card read 「每人要用的工具（平」 over 「均）」: Chinese may break between any two characters."""
    from PySide6.QtGui import QTextLayout

    from ui.common.figure_card import FigureCard

    looks("zh_CN", 200)
    card = FigureCard("每人要用的工具（平均）")
    qtbot.addWidget(card)
    text, font = card.caption.text(), card.caption.font()
    metrics = card.caption.fontMetrics()
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(metrics.horizontalAdvance("每人要用的工具（平") + 2)  # the narrow card of the screenshot
        lines.append(text[line.textStart():line.textStart() + line.textLength()].replace("\u2060", ""))
    layout.endLayout()
    assert lines == ["每人要用的工具", "（平均）"]
