"""The outcome of imports as the supervisor reads it: one row per file, one row per past import, a summary line."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from burden_survey.survey_files.importer import STATUS_LABELS, STATUSES, FileResult, ImportReport
from ui.common.said import said
from ui.common.table_model import RowsModel

# Short words for the summary line and the history headers; STATUS_LABELS says more in the results table.
SHORT_LABELS = {
    "imported": QT_TRANSLATE_NOOP("columns", "已导入"), "duplicate": QT_TRANSLATE_NOOP("columns", "重复"),
    "replaced": QT_TRANSLATE_NOOP("columns", "已替换"), "stale": QT_TRANSLATE_NOOP("columns", "旧版本"),
    "rejected": QT_TRANSLATE_NOOP("columns", "已拒绝"),
}
# The core's word for each outcome (importer.STATUS_LABELS), marked here so that English comes from the .qm file.
STATUS_TEXTS = {
    "imported": QT_TRANSLATE_NOOP("importStatus", "已导入"),
    "duplicate": QT_TRANSLATE_NOOP("importStatus", "重复（已跳过）"),
    "replaced": QT_TRANSLATE_NOOP("importStatus", "已替换旧版本"),
    "stale": QT_TRANSLATE_NOOP("importStatus", "旧版本（已跳过）"),
    "rejected": QT_TRANSLATE_NOOP("importStatus", "已拒绝"),
}
REJECTED_TEXT, REJECTED_BACKGROUND = QColor("#9b2c1a"), QColor("#fde8e4")


def status_text(status: str) -> str:
    """「已导入」, or its translation."""
    return QCoreApplication.translate("importStatus", STATUS_LABELS.get(status, status))


def short_name(name: str) -> str:
    """「东港镇.bsurvey」 rather than the whole path; an archive member keeps its archive's name in front."""
    if " › " in name:
        archive, member = name.split(" › ", 1)
        return f"{Path(archive).name} › {member}"
    return Path(name).name or name


class ResultsModel(RowsModel):
    """One row per file of the last import; refused files in red, the full path and reason as tooltips."""

    COLUMNS = [
        (QT_TRANSLATE_NOOP("columns", "文件"), lambda r: short_name(r.name)),
        (QT_TRANSLATE_NOOP("columns", "结果"), lambda r: status_text(r.status)),
        (QT_TRANSLATE_NOOP("columns", "说明"), lambda r: r.reason),
    ]
    CORE_TEXT_COLUMNS = frozenset({2})  # the import's finding

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        result: FileResult = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return result.name if index.column() == 0 else said(result.reason) or None
        if result.status == "rejected":
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(REJECTED_TEXT)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(REJECTED_BACKGROUND)
        return super().data(index, role)


def _when(stamp: str | None) -> str:
    return datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M") if stamp else ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportPage", text)


def _state(batch: dict) -> str:
    if batch.get("undone_at"):
        return _tr("已撤销")
    if batch["cancelled"]:
        return _tr("已取消")
    # No finish time: the program was closed or crashed mid-import; the files before that are kept.
    return _tr("完成") if batch["finished_at"] else _tr("未完成")


class HistoryModel(RowsModel):
    """One row per past import (import_history), newest first."""

    COLUMNS = [
        (QT_TRANSLATE_NOOP("columns", "开始时间"), lambda b: _when(b["started_at"])),
        (QT_TRANSLATE_NOOP("columns", "文件"), lambda b: b["files"]),
        (QT_TRANSLATE_NOOP("columns", "写入答卷"), lambda b: b["responses"]),
        *[(SHORT_LABELS[status], lambda b, s=status: b[s]) for status in STATUSES],
        (QT_TRANSLATE_NOOP("columns", "状态"), lambda b: _state(b)),
    ]
    NUMERIC_COLUMNS = frozenset(range(1, len(COLUMNS) - 1))


def summary(report: ImportReport, total: int) -> str:
    """「共 120 个文件：已导入 117，重复 2，已拒绝 1」, and on cancel how many were left alone."""
    counts = _tr("，").join(f"{QCoreApplication.translate('columns', SHORT_LABELS[s])} {report.count(s)}"
                          for s in STATUSES if report.count(s))
    done = len(report.results)
    if report.cancelled:
        return _tr("已取消：处理了 {0} 个文件（共 {1} 个）：{2}。其余 {3} 个文件未导入。").format(
            done, total, counts or _tr("无"), max(total - done, 0))
    held = sum(r.set_aside for r in report.results)
    text = _tr("共 {0} 个文件：{1}").format(done, counts)
    return text + _tr("；其中 {0} 份答卷是空的或几乎是空的，未计入统计").format(held) if held else text


# Problems first: with a thousand files, a refused one must not hide on page 40.
ORDER = {"rejected": 0, "stale": 1, "replaced": 2, "duplicate": 3, "imported": 4}


def reason_head(reason: str) -> str:
    """What files with one cause share: the reason, in the UI's language, up to its first 「：」, 「。」 or 「；」
    (": ", ". ", "; " in English; the advice and the file's own details follow those), at most 60 characters."""
    reason = said(reason)
    cut = min((i for i in (reason.find(mark) for mark in ("：", "。", "；", ": ", ". ", "; ")) if i >= 0),
              default=len(reason))
    return reason[:min(cut, 60)]


def in_order(results: list[FileResult]) -> list[FileResult]:
    """The results table's rows: by outcome (problems first), then by cause, so one cause's files stand together."""
    return sorted(results, key=lambda r: (ORDER.get(r.status, 5), reason_head(r.reason), r.name))


def groups_text(report: ImportReport) -> str:
    """One line per outcome and cause, problems first, with how many files: 「已拒绝 · 未知的调查批次「XS」 201」.
    Files taken as they were are one line per outcome; the table lists each file."""
    counts: dict[tuple[str, str], int] = {}
    for r in in_order(report.results):
        cause = reason_head(r.reason) if r.status in ("rejected", "stale") else ""
        counts[r.status, cause] = counts.get((r.status, cause), 0) + 1
    return "\n".join(
        f"{QCoreApplication.translate('columns', SHORT_LABELS[status])}"
        f"{' · ' + cause if cause else ''}  {count}" for (status, cause), count in counts.items())


def resend_text(report: ImportReport) -> str:
    """The refused files and why, a line each: what to ask each sender to send again (copied for a message)."""
    refused = [r for r in in_order(report.results) if r.status == "rejected"]
    lines = [_tr("需要重新发送的文件（{0} 个）：").format(len(refused))]
    lines += [f"{short_name(r.name)} — {said(r.reason)}" for r in refused]
    return "\n".join(lines)
