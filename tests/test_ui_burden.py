"""「我的负担」 shows a cadre's own figures and a chart once minutes are logged."""

from datetime import date

from burden_survey.survey.model import Tool
from ui.cadre.burden_page import BurdenPage

TODAY = date(2026, 11, 20)


def test_an_empty_database_shows_how_to_start(qtbot, storage):
    page = BurdenPage(storage, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.empty.isVisibleTo(page)
    assert page.canvas is None
    assert page.week_card.value.text() == "—"


def test_logged_minutes_show_as_figures_and_a_chart(qtbot, storage):
    tool = storage.save_tool(Tool("学习强国", actions=["points"])).id
    storage.set_minutes_many([(tool, date(2026, 11, 19), 40), (tool, date(2026, 11, 20), 20)], today=TODAY)
    page = BurdenPage(storage, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.week_card.value.text() == "30 分钟"
    assert page.formality_card.value.text() == "100%"
    assert "政务APP 1" in page.tools_card.context.text()
    assert not page.empty.isVisibleTo(page)
    assert page.canvas is not None and page.canvas.figure.axes[0].get_title().startswith("近30天")
