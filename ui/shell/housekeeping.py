"""The day's housekeeping after start: what an earlier run could not delete, answers past their wave's retention
date destroyed, the daily backup made.

These can take seconds on a county's database (a VACUUM, a copy of the file), so they run on a worker thread,
after the window and its first page are on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from burden_survey.store import backups, retention
from burden_survey.system import scratch
from ui.common.errors import show_error
from ui.common.file_widgets import show_info
from ui.common.worker import BackgroundWorkMixin, start_job


def tidy(storage, progress, cancelled) -> list[retention.DestructionRecord]:
    """On the worker thread, with its own Storage: what an earlier run could not delete (a backup of destroyed
    answers, a scratch folder another program held) goes first."""
    backups.retry_pending(storage)
    scratch.clean_leftovers()
    destroyed = retention.destroy_due(storage)
    backups.daily_backup_if_due(storage)
    return destroyed


class Housekeeping(BackgroundWorkMixin, QObject):
    """Started once by the window; the window ends it (waiting for it) when it closes."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def start(self) -> None:
        if self.window.storage is None or self.window.storage.path is None:
            return
        self.job = start_job(self, self.window.storage, tidy)
        self.job.finished.connect(self._finished)  # bound methods: see MatchingPage.refresh
        self.job.failed.connect(self._failed)
        self.job.start()

    def _finished(self, destroyed) -> None:
        self._job_ended()
        if not destroyed:
            return
        line = QCoreApplication.translate("app", "批次 {0}（{1}）：{2} 份答卷，保留至 {3}")
        lines = "\n".join(line.format(r.wave_id, r.wave_title, r.responses, r.retain_until) for r in destroyed)
        show_info(self.window, QCoreApplication.translate("app", "已销毁到期数据"), QCoreApplication.translate(
            "app", "以下调查批次已过保留期限，答卷已按规定销毁，销毁记录保存在「数据安全」页：\n{0}").format(lines))
        self.window.refresh_current_page()

    def _failed(self, exc: BaseException) -> None:
        self._job_ended()
        show_error(self.window, exc)
