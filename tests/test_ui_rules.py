"""The 「规定对照」 page: one click saves an answer, follow-ups appear for 是 and save their details."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QRadioButton, QSpinBox

from burden_survey.survey.model import RuleAnswer
from ui.cadre.rules_page import RulesPage


def make_page(qtbot, storage):
    page = RulesPage(storage)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def click(qtbot, page, name):
    button = page.findChild(QRadioButton, name)
    page.scroll.ensureWidgetVisible(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_clicking_yes_on_q15_saves_the_answer_and_shows_the_follow_up(qtbot, storage, reopen):
    page = make_page(qtbot, storage)
    follow_ups = page.boxes["Q15"].follow_up_box
    assert not follow_ups.isVisible()
    with qtbot.waitSignal(page.changed):
        click(qtbot, page, "Q15_yes")
    assert reopen().load_answers()["Q15"] == RuleAnswer("Q15", "yes", {})
    assert follow_ups.isVisible()


def test_entering_three_systems_saves_the_details(qtbot, storage, reopen):
    page = make_page(qtbot, storage)
    click(qtbot, page, "Q15_yes")
    systems = page.findChild(QSpinBox, "Q15_systems")
    systems.lineEdit().selectAll()
    qtbot.keyClicks(systems, "3")
    assert reopen().load_answers()["Q15"].details == {"systems": 3}


def test_answering_no_hides_the_follow_ups_and_drops_their_details(qtbot, storage, reopen):
    page = make_page(qtbot, storage)
    click(qtbot, page, "Q15_yes")
    page.findChild(QSpinBox, "Q15_systems").setValue(4)
    click(qtbot, page, "Q15_no")
    assert reopen().load_answers()["Q15"] == RuleAnswer("Q15", "no", {})
    assert not page.boxes["Q15"].follow_up_box.isVisible()


def test_the_progress_line_counts_the_answers(qtbot, storage):
    page = make_page(qtbot, storage)
    assert page.progress.text() == "已回答 0/28"
    click(qtbot, page, "Q1_no")
    click(qtbot, page, "Q2_unknown")
    click(qtbot, page, "Q2_na")  # changing an answer does not count twice
    assert page.progress.text() == "已回答 2/28"


def test_answers_survive_reopening_the_page(qtbot, storage, reopen):
    page = make_page(qtbot, storage)
    click(qtbot, page, "Q7_yes")
    click(qtbot, page, "Q15_yes")
    page.findChild(QSpinBox, "Q15_systems").setValue(5)

    again = make_page(qtbot, reopen())
    assert again.findChild(QRadioButton, "Q7_yes").isChecked()
    assert again.findChild(QSpinBox, "Q15_systems").value() == 5
    assert again.boxes["Q15"].follow_up_box.isVisible()
    assert again.progress.text() == "已回答 2/28"


def test_q14_saves_its_frequency_and_a_list_of_consequences(qtbot, storage, reopen):
    page = make_page(qtbot, storage)
    click(qtbot, page, "Q14_yes")
    page.findChild(QComboBox, "Q14_frequency").set_value("weekly")
    box = page.boxes["Q14"]
    for code in ("written_notice", "score_deduction"):
        check = box.findChild(QCheckBox, f"consequence_{code}")
        qtbot.waitUntil(lambda: check.height() > 0)  # the follow-ups are laid out on the next event loop turn
        page.scroll.ensureWidgetVisible(check)
        # On the box itself: a check box only reacts to clicks on its box and its label.
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    details = reopen().load_answers()["Q14"].details
    assert details == {"frequency": "weekly", "consequences": ["written_notice", "score_deduction"]}


def test_a_problem_answer_is_marked_but_q24_never_is(qtbot, storage):
    page = make_page(qtbot, storage)
    click(qtbot, page, "Q1_yes")
    click(qtbot, page, "Q27_no")
    click(qtbot, page, "Q27_yes")
    click(qtbot, page, "Q24_yes")
    assert page.boxes["Q1"].marker.isVisible()
    assert not page.boxes["Q27"].marker.isVisible()
    assert not page.boxes["Q24"].marker.isVisible()
    assert "依据" in page.boxes["Q1"].toolTip()


def test_ctrl_j_jumps_to_the_next_unanswered_question(qtbot, storage):
    storage.save_answer(RuleAnswer("Q1", "no"))
    page = make_page(qtbot, storage)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert page.boxes["Q2"].isAncestorOf(page.focusWidget())
    qtbot.keyClick(page, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert page.boxes["Q3"].isAncestorOf(page.focusWidget())


def test_the_questions_read_the_other_way_round_say_so_in_the_warning_colour(qtbot, storage):
    from PySide6.QtWidgets import QLabel

    page = make_page(qtbot, storage)
    for code, words in (("Q27", "回答「否」"), ("Q24", "仅作了解")):
        reading = page.findChild(QLabel, f"{code}_reading")
        assert reading is not None and words in reading.text() and "#b35c00" in reading.styleSheet()
    assert page.findChild(QLabel, "Q15_reading") is None


def test_a_yes_with_its_follow_up_empty_is_counted_open_and_ctrl_j_goes_there(qtbot, storage):
    from burden_survey.survey.questions import QUESTIONS

    for question in QUESTIONS:  # every question answered; Q4 is 是 with 「这类任务有几项」 left empty
        storage.save_answer(RuleAnswer(question.code, "yes" if question.code == "Q4" else "no"))
    page = make_page(qtbot, storage)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    assert page.progress.text() == "已回答 28/28；1 道回答「是」的题还没填补充问题"  # before: 28/28 and nothing open
    qtbot.keyClick(page, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert page.focusWidget() is page.boxes["Q4"].details["quota_count"]
