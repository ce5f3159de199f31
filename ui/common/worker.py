"""Slow work off the GUI thread: one job on its own QThread, reporting progress, result and errors as signals.

A sqlite-utils Database belongs to the thread that opened it, so a job never touches the window's Storage:
it gets its own Storage on the same file, opened and closed inside the worker thread. The window's Storage
simply reads the new rows afterwards (in WAL mode reading while the job writes is safe; on a network drive, with
the rollback journal, a read waits out each commit through SQLite's busy timeout).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from burden_survey.store.storage import Storage

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
# What a job does: given its own Storage, a progress callback and a "was I cancelled?" question.
Work = Callable[[Storage, Progress, Cancelled], Any]


class _Runner(QObject):
    """Lives in the worker thread; its signals reach BackgroundJob queued, in the order they were sent."""

    progress = Signal(int, int, str)
    done = Signal(object)
    error = Signal(object)

    def __init__(self, db_path: Path, work: Work, cancel_flag: threading.Event):
        super().__init__()
        self.db_path = db_path
        self.work = work
        self.cancel_flag = cancel_flag

    @Slot()
    def run(self) -> None:
        try:
            storage = Storage.open(self.db_path)
            try:
                result = self.work(storage, self.progress.emit, self.cancel_flag.is_set)
            finally:
                storage.close()
        except Exception as exc:  # noqa: BLE001 — every failure goes back to the GUI thread, to show_error
            self.error.emit(exc)
        else:
            self.done.emit(result)


class BackgroundJob(QObject):
    """Run `work` once on a new thread. Connect to the signals, then call start().

    `progress(done, total, name)` as the work reports it; then exactly one of `finished(result)` or
    `failed(exception)`, both delivered on the GUI thread after the worker thread has ended.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, db_path: Path | str, work: Work, parent: QObject | None = None):
        super().__init__(parent)
        self._cancel_flag = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("backgroundJob")
        self.runner = _Runner(Path(db_path), work, self._cancel_flag)
        self.runner.moveToThread(self._thread)
        self._thread.started.connect(self.runner.run)
        self.runner.progress.connect(self._relay_progress)
        self.runner.done.connect(self._relay_done)
        self.runner.error.connect(self._relay_error)
        self._running = False

    def start(self) -> None:
        self._running = True
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check; what it finished stays done."""
        self._cancel_flag.set()

    def is_cancelled(self) -> bool:
        return self._cancel_flag.is_set()

    def is_running(self) -> bool:
        return self._running

    def stop_and_wait(self) -> None:
        """Cancel and block until the thread has ended: a QThread must not be destroyed while it runs."""
        self.cancel()
        self._end_thread()

    @Slot(int, int, str)
    def _relay_progress(self, done: int, total: int, name: str) -> None:
        self.progress.emit(done, total, name)

    @Slot(object)
    def _relay_done(self, result: object) -> None:
        self._end_thread()
        self.finished.emit(result)

    @Slot(object)
    def _relay_error(self, exc: object) -> None:
        self._end_thread()
        self.failed.emit(exc)

    def _end_thread(self) -> None:
        if self._running:
            self._thread.quit()
            self._thread.wait()
            self._running = False


def start_job(parent: QObject, storage: Storage, work: Work) -> BackgroundJob:
    """A BackgroundJob on the same database file as `storage`, not yet started (connect first)."""
    if storage.path is None:
        raise ValueError("a background job needs a database file, not an in-memory database")
    return BackgroundJob(storage.path, work, parent)


class BackgroundWorkMixin:
    """For pages that recompute in a BackgroundJob kept in `self.job`: end it cleanly when the page goes away."""

    job: BackgroundJob | None = None

    def _job_ended(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None

    def stop_background_work(self) -> None:
        """Before the page goes away: a running thread must end first (its result is then dropped)."""
        if self.job is not None:
            self.job.finished.disconnect()
            self.job.failed.disconnect()
            self.job.stop_and_wait()
            self._job_ended()

    def closeEvent(self, event) -> None:
        self.stop_background_work()
        super().closeEvent(event)
