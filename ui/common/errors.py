"""One error path to the user: typed core errors become a message in the UI's language; anything else, a crash
dialog."""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from burden_survey.system.errors import BurdenSurveyError

from .said import said


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user what went wrong and what to do; never a traceback for a known error."""
    if isinstance(exc, BurdenSurveyError):
        box = QMessageBox(QMessageBox.Icon.Warning, said(exc.title), said(exc.message),
                          QMessageBox.StandardButton.Ok, parent)
        if exc.advice:
            box.setInformativeText(said(exc.advice))
    else:
        box = crash_box(parent, exc)
    box.setObjectName("errorBox")
    present(box)


def present(box: QMessageBox) -> None:
    """Show a message modally; headless runs (tests, CI) must not block on it, so there it only flashes."""
    if QApplication.platformName() == "offscreen":
        box.show()
        box.close()
    else:
        box.exec()


def crash_box(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    from burden_survey.system.logging_setup import log_crash, scrub  # logging.handlers is not needed to show the window

    # The home folder is often named after the person, so the report says ~ instead.
    report = scrub("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        tr("程序出错"),
        tr("程序遇到了意外错误，刚才的操作可能没有完成。已保存的数据不受影响。"),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    saved = log_crash(report)
    advice = tr("请点击「显示详细信息」查看报告，或点击「复制报告」，发给技术支持人员。")
    if saved is not None:
        advice += "\n" + tr("报告也已保存在日志文件中：{0}").format(saved)
    box.setInformativeText(advice)
    box.setDetailedText(report)
    copy = box.addButton(tr("复制报告"), QMessageBox.ButtonRole.ActionRole)
    copy.setObjectName("copyReport")
    # The details pane is selectable too; this button is for users who do not know how to select text.
    copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    return box


def install_excepthook() -> None:
    """Anything not caught elsewhere ends in the crash dialog, not in a silent exit."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        previous(exc_type, exc, tb)
        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
