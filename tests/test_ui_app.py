"""The app speaks Chinese everywhere, Qt's own buttons included, in the bundled font."""

from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QMessageBox

from ui.shell.app import create_application


def test_qts_own_buttons_are_in_chinese(qtbot):
    create_application([])
    box = QMessageBox(QMessageBox.Icon.Question, "标题", "正文", QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {box.button(b).text().replace("&", "") for b in (QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Cancel)}
    assert texts == {"确定", "取消"}


def test_the_bundled_font_draws_rare_name_characters(qtbot):
    app = create_application([])
    assert app.font().family() == "Noto Sans SC"
    assert "Noto Sans SC" in QFontDatabase.families()
    metrics = QFontMetrics(app.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "堃垚犇喆珺指尖减负")
