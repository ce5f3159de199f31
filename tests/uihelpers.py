"""What a user's hands do, for widget tests: type Chinese, tick a box, bring a window to the front."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget


def type_chinese(widget: QWidget, text: str) -> None:
    """Chinese arrives through the input method as a commit string; QTest.keyClicks only knows ASCII keys."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def tick(qtbot, box: QCheckBox) -> None:
    """Click a check box on its indicator: a short label's centre can lie outside the clickable part."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def show_active(qtbot, widget: QWidget) -> QWidget:
    """Show a top-level widget and wait until it is active: shortcuts reach only the active window."""
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def answer_wave_key_dialogs(monkeypatch, qtbot, seen: list | None = None, confirm: bool = True,
                            tick_checked: bool = True) -> None:
    """The cadre reads the real key-confirmation dialog and clicks 载入 (ticking 「我已向组织者核实」 first when
    the wave's key is being replaced), or 取消; `seen` collects (title, key id, organiser, ok enabled before)."""
    from ui.cadre.wave_key_dialog import WaveKeyDialog

    def ask(cls, parent, loaded, known):
        dialog = cls(loaded, known, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        if seen is not None:
            seen.append((dialog.windowTitle(), dialog.key_label.text(), dialog.organiser_label.text(),
                         dialog.ok_button.isEnabled()))
        if not confirm:
            dialog.reject()
            return False
        if dialog.replacing and tick_checked:
            tick(qtbot, dialog.checked_box)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(WaveKeyDialog, "ask", classmethod(ask))


SAMPLE_FILES = 4  # survey files in the demo_files fixture (conftest.py)


def choose(monkeypatch, method: str, result) -> None:
    """What the user picks in a file dialog (FileDialogs.open_file, save_file, folder, …)."""
    from ui.common.file_widgets import FileDialogs

    monkeypatch.setattr(FileDialogs, method, classmethod(lambda cls, *args: result))


def shown(model, column: int) -> list[str]:
    """A table model's column as the user reads it."""
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def respondents(store, wave_id: str | None = None) -> int:
    """Respondents in the database (of the demo wave unless told)."""
    from burden_survey.cli.demo import DEMO_WAVE

    return store.db.execute("SELECT count(*) FROM respondent WHERE wave_id = ?",
                            [wave_id or DEMO_WAVE.id]).fetchone()[0]
