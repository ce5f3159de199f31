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
    tool = storage.save_tool(Tool("学习强国", actions=["points"], formality_share=100)).id
    storage.set_minutes_many([(tool, date(2026, 11, 19), 40), (tool, date(2026, 11, 20), 20)], today=TODAY)
    page = BurdenPage(storage, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.week_card.value.text() == "30 分钟"
    assert page.formality_card.value.text() == "100%"
    assert "政务APP 1" in page.tools_card.context.text()
    assert not page.empty.isVisibleTo(page)
    assert page.canvas is not None and page.canvas.figure.axes[0].get_title().startswith("近30天")


def test_a_share_left_unanswered_reads_unanswered_and_is_not_counted_as_none(qtbot, storage):
    rated = storage.save_tool(Tool("学习强国", actions=["points"], formality_share=50)).id
    unrated = storage.save_tool(Tool("河长制", actions=["photo_video"])).id  # ticked, but the share was never chosen
    storage.set_minutes_many([(rated, date(2026, 11, 20), 40), (unrated, date(2026, 11, 20), 60)], today=TODAY)
    page = BurdenPage(storage, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()

    assert page.formality_card.value.text() == "50%"  # 20 of the 40 rated minutes; 河长制's 60 are not 0 %
    assert "1 个工具的留痕占比未填" in page.formality_card.context.text()
    assert "有工具未填留痕占比" in page.week_card.context.text()  # no 其中留痕 figure that would count 河长制 as 0


def test_with_no_share_given_at_all_the_card_reads_unanswered(qtbot, storage):
    tool = storage.save_tool(Tool("学习强国", actions=["points"])).id
    storage.set_minutes(tool, date(2026, 11, 20), 30, today=TODAY)
    page = BurdenPage(storage, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.formality_card.value.text() == "未填"
