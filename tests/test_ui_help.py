"""F1 opens a short Chinese guide at the section of the page the user is looking at."""

from PySide6.QtCore import QPoint, Qt

from ui.shell.help_dialog import HelpDialog, help_html
from ui.shell.main_window import MainWindow
from ui.shell.pages import PAGES
from uihelpers import show_active


def press_f1(qtbot, window) -> HelpDialog:
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    dialog = window.findChild(HelpDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def top_line(dialog: HelpDialog) -> str:
    """The text at the top of the visible part of the guide."""
    return dialog.browser.cursorForPosition(QPoint(10, 10)).block().text()


def test_f1_opens_the_help_at_the_current_pages_section(qtbot, storage):
    window = show_active(qtbot, MainWindow(storage))
    window.show_page("daily_log")
    dialog = press_f1(qtbot, window)
    assert dialog.section == "daily_log"
    qtbot.waitUntil(lambda: "每日用时" in top_line(dialog))


def test_f1_on_another_page_reaims_the_same_help_window(qtbot, storage):
    window = show_active(qtbot, MainWindow(storage))
    window.show_page("tools")
    first = press_f1(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    window.show_page("quotas")
    second = press_f1(qtbot, window)
    assert second is first and second.section == "quotas"
    assert len(window.findChildren(HelpDialog)) == 1


def test_the_help_menu_has_the_guide_with_its_shortcut(qtbot, storage):
    window = MainWindow(storage)
    qtbot.addWidget(window)
    help_menu = window.menuBar().actions()[-1].menu()
    texts = {a.text(): a.shortcut().toString() for a in help_menu.actions()}
    assert texts["使用帮助(&H)"] == "F1"


def test_the_guide_explains_every_page_shortcuts_privacy_and_the_export():
    html = help_html()
    for key in (p.key for p in PAGES):
        assert f'name="{key}"' in html, key
    for words in ("快捷键", "Ctrl+N", "F1", "隐私保护", "不收集姓名", "导出调查文件", "Ctrl+E"):
        assert words in html, words
