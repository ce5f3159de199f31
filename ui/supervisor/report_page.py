"""「导出与上报」: what leaves the supervisor's database — the aggregate file for the level above, the
de-identified Excel and CSV, the organiser's full data, the fill-in template — beside the meeting pack."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ui.common.errors import show_error
from ui.common.file_widgets import show_info
from ui.common.page import Page
from ui.common.said import message_of
from ui.common.widgets import FlowLayout
from ui.common.worker import BackgroundWorkMixin, start_job

from .supervisor_exports import ExportsBox


class ReportPage(BackgroundWorkMixin, Page):
    """Exports run one at a time in the background, with this page's progress bar."""

    meeting_pack_requested = Signal(str)  # "preview", "print" or "pdf": the window's meeting pack does it
    template_import_requested = Signal(object, object)  # a filled template and its Wave: 导入答卷 imports it

    def __init__(self, storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.job = None
        self._on_finished = None
        self.exports = ExportsBox(self.storage, self)
        self.exports.setTitle(self.tr("导出与上报（按所选批次）"))
        self.pack_box = QGroupBox(self.tr("会议材料"), self)
        pack_note = QLabel(self.tr("封面、关键数字、图表及其说明、数据表和计算方法，按「负担看板」当前的批次和筛选条件。"), self.pack_box)
        pack_note.setWordWrap(True)
        self.pack_buttons = {}
        pack_row = FlowLayout()
        for what, name, text in (("preview", "packPreview", self.tr("打印预览…")),
                                 ("print", "packPrint", self.tr("打印…")),
                                 ("pdf", "packPdf", self.tr("导出会议材料 PDF…"))):
            button = QPushButton(text, self.pack_box)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, w=what: self.meeting_pack_requested.emit(w))
            pack_row.addWidget(button)
            self.pack_buttons[what] = button
        pack_column = QVBoxLayout(self.pack_box)
        pack_column.addWidget(pack_note)
        pack_column.addLayout(pack_row)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("exportProgress")
        self.progress_bar.setRange(0, 0)
        self.progress_bar.hide()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLine")
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.exports)
        layout.addWidget(self.pack_box)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.exports.job_requested.connect(self.run_in_background)
        self.exports.done.connect(self.show_done)
        self.exports.template_import_requested.connect(self.template_import_requested)
        self.refresh()

    def refresh(self) -> None:
        self.exports.refresh()
        self.exports.set_busy(self.is_busy())

    def is_busy(self) -> bool:
        return self.job is not None

    def run_in_background(self, work, on_finished) -> bool:
        """One export at a time; False (with a note) while one is running."""
        if self.is_busy():
            self.status_label.setText(self.tr("正在导出上一个文件，请等它完成。"))
            return False
        self._on_finished = on_finished
        self.job = start_job(self, self.storage, work)
        self.job.progress.connect(self._show_progress)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.status_label.setText(self.tr("正在导出……"))
        self.exports.set_busy(True)
        self.job.start()
        return True

    def _show_progress(self, done: int, total: int, name: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _ended(self) -> None:
        self._job_ended()
        self.progress_bar.hide()
        self.status_label.setText("")
        self.exports.set_busy(False)

    def _finished(self, result) -> None:
        self._ended()
        self._on_finished(result)

    def _failed(self, exc: BaseException) -> None:
        self._ended()
        self.status_label.setText(self.tr("未完成：{0}").format(message_of(exc)))
        show_error(self, exc)

    def show_done(self, title: str, text: str) -> None:
        """Say where a file went: in the status line, and in a message box."""
        self.status_label.setText(text.replace("\n", " "))
        show_info(self, title, text)
