"""What the survey-file pages share: file dialogs tests can replace, the "done" message, a wave picker, a problem list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from burden_survey.spreadsheets.sheet_cells import SpreadsheetRejected
from burden_survey.survey.survey_file import Wave

from .errors import present

WAVE_KEY = "supervisor/wave"


def remembered_folder(key: str) -> Path:
    """The folder last used for `key` (a QSettings key), or the user's documents folder."""
    saved = QSettings().value(key, "")
    if saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(key: str, folder: Path) -> None:
    QSettings().setValue(key, str(folder))


class FileDialogs:
    """Every file and folder dialog of the app. Tests replace a classmethod with one that returns a path."""

    @classmethod
    def open_files(cls, parent: QWidget | None, title: str, folder: Path, name_filter: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title, str(folder), name_filter)
        return [Path(n) for n in names]

    @classmethod
    def open_file(cls, parent: QWidget | None, title: str, folder: Path, name_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), name_filter)
        return Path(name) if name else None

    @classmethod
    def folder(cls, parent: QWidget | None, title: str, folder: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, str(folder))
        return Path(name) if name else None

    @classmethod
    def save_file(cls, parent: QWidget | None, title: str, suggested: Path, name_filter: str) -> Path | None:
        """Ask where to write; the dialog itself asks before replacing an existing file."""
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter)
        return Path(name) if name else None


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user that something worked (and where the file went); like show_error, never blocks headless runs."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("infoBox")
    present(box)


class WaveCombo(QComboBox):
    """Pick one of the database's survey waves; the choice is remembered across pages and runs."""

    wave_changed = Signal(object)  # the Wave, or None when there are none

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumContentsLength(24)
        self.currentIndexChanged.connect(self._changed)

    def set_waves(self, waves: list[Wave]) -> None:
        """Fill the list (newest last, as stored), keeping the current or remembered wave selected."""
        wanted = self.wave().id if self.wave() else QSettings().value(WAVE_KEY, "")
        self.blockSignals(True)
        self.clear()
        for wave in waves:
            self.addItem(f"{wave.id}  {wave.title}", wave)
        if not waves:
            self.addItem(self.tr("（还没有调查批次）"), None)
        ids = [w.id for w in waves]
        self.setCurrentIndex(ids.index(wanted) if wanted in ids else len(waves) - 1 if waves else 0)
        self.setEnabled(bool(waves))
        self.blockSignals(False)
        self._changed()

    def wave(self) -> Wave | None:
        return self.currentData()

    def _changed(self, *_) -> None:
        wave = self.wave()
        if wave is not None:
            QSettings().setValue(WAVE_KEY, wave.id)
        self.wave_changed.emit(wave)


class ProblemList(QGroupBox):
    """The cells to fix in a refused spreadsheet, kept in view while the user corrects the file."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problemList")
        self.setTitle(self.tr("需要修改的地方"))
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("problems")
        self.list.setMaximumHeight(160)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.hide()

    def show_rejection(self, exc: SpreadsheetRejected) -> None:
        self.heading.setText(self.tr("「{0}」有 {1} 处需要修改，改好后保存，再重新导入：").format(exc.path.name, exc.total))
        self.list.clear()
        self.list.addItems([str(p) for p in exc.problems])
        self.show()

    def problems(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def clear(self) -> None:
        self.list.clear()
        self.hide()
