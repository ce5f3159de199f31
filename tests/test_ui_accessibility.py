"""Accessibility: large text, a visible keyboard focus, keyboard-only work and names for screen readers."""

from datetime import date

import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from burden_survey.survey.model import Tool
from ui.common import appearance
from ui.shell.accessibility import controls, has_name
from ui.shell.main_window import MainWindow
from ui.shell.pages import PAGES
from uihelpers import show_active, type_chinese

SMALL_SCREEN = (1366, 768)


@pytest.fixture
def font_scale(qapp):
    """Set the large-text mode for one test; normal text again afterwards."""
    yield lambda percent: appearance.apply_font_scale(qapp, percent)
    appearance.apply_font_scale(qapp, 100)


def window_on(qtbot, storage) -> MainWindow:
    return show_active(qtbot, MainWindow(storage))


@pytest.mark.parametrize("percent", [125, 150, 200])
def test_the_large_text_mode_scales_the_application_font(qtbot, font_scale, percent):
    font_scale(percent)
    label = QLabel("大字")
    qtbot.addWidget(label)
    assert QApplication.font().pointSizeF() == pytest.approx(appearance.BASE_POINT_SIZE * percent / 100)
    assert label.font().pointSizeF() == pytest.approx(appearance.BASE_POINT_SIZE * percent / 100)


def test_the_stylesheets_point_sizes_grow_with_the_text(font_scale):
    font_scale(150)
    assert "font-size: 22.5pt" in QApplication.instance().styleSheet()  # the 15pt page heading
    assert appearance.scaled_style_sheet("a { font-size: 11pt; padding: 4px }", 2) == "a { font-size: 22pt; padding: 4px }"


@pytest.mark.parametrize("percent", [150, 200])
def test_at_large_text_the_window_fits_a_small_screen_and_every_page_is_reachable(qtbot, storage, font_scale, percent):
    font_scale(percent)
    window = window_on(qtbot, storage)
    window.resize(*SMALL_SCREEN)
    for number, key in enumerate((p.key for p in PAGES), 1):
        window.show_page(key)
        qtbot.wait(1)
        page = window.pages[key]
        assert window.stack.currentWidget() is page and page.isVisible()
        hint = window.minimumSizeHint()
        assert hint.width() <= SMALL_SCREEN[0] and hint.height() <= SMALL_SCREEN[1], (key, hint)
    assert window.width() <= SMALL_SCREEN[0] and window.height() <= SMALL_SCREEN[1]
    assert window.nav.width() == round(180 * percent / 100)


def test_a_focused_field_shows_a_clear_blue_frame(qtbot, font_scale):
    font_scale(100)  # the application's stylesheet, at normal size
    holder = QWidget()
    first, second = QLineEdit(holder), QLineEdit(holder)
    second.move(0, 40)
    show_active(qtbot, holder)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    focus_blue = QColor("#1f6fd1")

    def has_blue(widget):
        image = widget.grab().toImage()
        return any(image.pixelColor(x, image.height() // 2) == focus_blue for x in range(4))

    assert has_blue(first)
    assert not has_blue(second)


def test_every_control_on_the_main_pages_has_a_name_for_screen_readers(qtbot, storage):
    storage.save_tool(Tool(name="学习强国", kind="app"))
    window = window_on(qtbot, storage)
    unnamed = []
    for key in (p.key for p in PAGES):
        window.show_page(key)
        page = window.pages[key]
        unnamed += [f"{key}: {type(w).__name__} {w.objectName()}" for w in controls(page) if not has_name(w, page)]
    assert unnamed == []
    assert window.nav.accessibleName() == "页面"


def run_in_dialog(qtbot, steps):
    """Key presses for the modal dialog the next key opens; they run inside its event loop."""
    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(20, act)
            return
        try:
            steps(dialog)
        finally:
            # A step that failed must not leave a modal dialog blocking the rest of the run.
            QTimer.singleShot(2000, dialog, dialog.reject)  # the timer dies with the dialog
    QTimer.singleShot(0, act)


def test_a_tool_is_added_with_the_keyboard_alone(qtbot, storage, reopen):
    window = window_on(qtbot, storage)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["tools"]
    seen = {}

    def fill_in(dialog):
        name = QApplication.focusWidget()
        seen["starts in the name"] = name is dialog.form["name"]
        type_chinese(name, "防汛打卡")
        qtbot.keyClick(name, Qt.Key.Key_Tab)
        seen["after tab"] = QApplication.focusWidget()
        seen["tab reaches the kind"] = seen["after tab"] is dialog.form["kind"]
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # the name tells no kind: the cadre picks one
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    run_in_dialog(qtbot, fill_in)
    assert window.pages["tools"].isAncestorOf(QApplication.focusWidget())  # the page took the focus
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: len(reopen().list_tools()) == 1)
    assert [t.name for t in reopen().list_tools()] == ["防汛打卡"]
    assert seen["starts in the name"]
    assert seen["after tab"] is not None and seen["after tab"].objectName() != "name"  # Tab moved on
    assert seen["tab reaches the kind"]


def test_a_days_minutes_are_typed_with_the_keyboard_alone(qtbot, storage, reopen):
    storage.save_tool(Tool(name="学习强国", kind="app"))
    window = window_on(qtbot, storage)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["daily_log"]
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(page.table.hasFocus)  # Ctrl+3 put the focus in the week grid

    qtbot.keyClick(page.table, "4")  # the first digit opens the cell's editor
    editor = page.table.indexWidget(page.table.currentIndex())
    qtbot.keyClick(editor, "5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != page.table.State.EditingState, timeout=1000)

    today = date.today()
    minutes = reopen().minutes_between(today, today)
    assert list(minutes.values()) == [45]


def test_a_focused_button_keeps_room_for_its_whole_label(qtbot, qapp):
    from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

    from ui.common.appearance import apply_font_scale

    apply_font_scale(qapp, 100)  # the application's stylesheet
    try:
        row = QWidget()
        qtbot.addWidget(row)
        layout = QHBoxLayout(row)
        field, button = QLineEdit(row), QPushButton("导入填报模板…", row)  # a label of the import page
        layout.addWidget(field)
        layout.addWidget(button)
        row.show()
        field.setFocus()
        qtbot.waitUntil(lambda: button.width() > 0)
        button.setFocus()
        # The focused box: a 2px border and 10px padding each side. Before, the button was laid out at its
        # native width, narrower than that box, and showed 「添…」.
        assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width() - 2 * (2 + 10)
    finally:
        qapp.setStyleSheet("")
