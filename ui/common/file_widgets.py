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
from burden_survey.store import wave_choice
from burden_survey.survey.survey_file import Wave

from .errors import present

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
    """Pick one of the database's survey waves (or, `with_all`, 全部批次). It opens on the supervisor's last choice
    on `page` in this database, else on the wave of the newest import (store/wave_choice.py); only a choice the
    user makes is remembered, so until then it follows the imports."""

    wave_changed = Signal(object)  # the Wave, or None (全部批次, or no waves yet)

    def __init__(self, parent: QWidget | None = None, page: str = "supervisor", with_all: bool = False):
        super().__init__(parent)
        self.page, self.with_all, self._storage = page, with_all, None
        self.setMinimumContentsLength(24)
        self.currentIndexChanged.connect(lambda _: self.wave_changed.emit(self.wave()))
        self.activated.connect(self._chosen)

    def set_waves(self, storage) -> None:
        """Fill the list from `storage` (oldest first, as stored) and select the wave to open on."""
        self._storage = storage
        waves = storage.list_waves()
        wanted = wave_choice.wave_to_open(storage, self.page, [w.id for w in waves], self.with_all)
        was_blocked = self.blockSignals(True)
        self.clear()
        if self.with_all:
            self.addItem(self.tr("全部批次"), None)
        for wave in waves:
            self.addItem(f"{wave.id}  {wave.title}", wave)
        if not waves and not self.with_all:
            self.addItem(self.tr("（还没有调查批次）"), None)
        found = next((i for i in range(self.count()) if self.itemData(i) and self.itemData(i).id == wanted), 0)
        self.setCurrentIndex(found)
        self.setEnabled(bool(waves))
        self.blockSignals(was_blocked)  # a caller that blocked them hears nothing of the refill either
        self.wave_changed.emit(self.wave())

    def wave(self) -> Wave | None:
        return self.currentData()

    def wave_id(self) -> str | None:
        wave = self.wave()
        return wave.id if wave else None

    def _chosen(self, *_) -> None:
        if self._storage is not None:
            wave_choice.remember(self._storage, self.page, self.wave_id())


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
