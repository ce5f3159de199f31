"""A long read of a registry or roster workbook off the GUI thread, behind a progress dialog with 取消."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from burden_survey.spreadsheets.sheet_cells import ReadCancelled, Watch

from .worker import start_job

CANCELLED = object()  # what run_with_progress returns when the user clicked 取消


def run_with_progress(parent: QWidget, storage, work, label: str) -> Any:
    """Run `work(storage, watch)` on its own thread and connection while a window-modal progress dialog counts the
    rows; the window repaints meanwhile and 取消 stops the work at its next row (nothing is kept). Returns the
    work's result or CANCELLED; raises what the work raised, on the GUI thread."""
    dialog = QProgressDialog(label, parent.tr("取消"), 0, 0, parent)
    dialog.setObjectName("workProgress")
    dialog.setWindowTitle(parent.tr("请稍候"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # a small file is done before the dialog would flash up
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def show_progress(done: int, total: int, sheet: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        dialog.setLabelText(parent.tr("{0}\n已读取 {1}/{2} 行").format(label, done, total))

    def ended(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    job = start_job(parent, storage, lambda own, progress, cancelled: work(own, Watch(progress, cancelled)))
    job.progress.connect(show_progress)
    job.finished.connect(lambda result: ended("result", result))
    job.failed.connect(lambda error: ended("error", error))
    dialog.canceled.connect(job.cancel)
    job.start()
    try:
        if not outcome:
            loop.exec()  # events keep flowing: the window is never frozen
    finally:
        if not outcome:  # the loop ended without the job (the program is quitting): stop it before it is deleted
            job.stop_and_wait()
        dialog.close()
        dialog.deleteLater()
        job.deleteLater()
    if not outcome:
        return CANCELLED
    error = outcome.get("error")
    if isinstance(error, ReadCancelled):
        return CANCELLED
    if error is not None:
        raise error
    return outcome.get("result")
