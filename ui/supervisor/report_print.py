"""Print preview, print and 「导出会议材料 PDF」 of the meeting pack: the same A4 pages as the PDF, drawn as vectors.

The pages come from burden_survey.report.report.report_pages (matplotlib Figures), made off the GUI thread and turned
into SVG there, text kept as text (svg.fonttype "none") and tidied for Qt's printer (print_svg). QSvgRenderer
then paints each page onto the printer: lines stay lines, and the printer or PDF gets real characters in the
bundled font, not a bitmap.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from functools import lru_cache

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QObject, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from burden_survey.indicators.figures import Filters
from burden_survey.system.errors import BurdenSurveyError
from burden_survey.system.paths import font_path
from ui.common.errors import show_error
from ui.common.file_widgets import FileDialogs, remember_folder, remembered_folder, show_info
from ui.common.print_svg import printable_svg
from ui.common.worker import BackgroundJob, BackgroundWorkMixin, start_job

FOLDER_KEY = "report/folder"


def tr(text: str) -> str:
    return QCoreApplication.translate("report_print", text)


class PrintFailed(BurdenSurveyError):
    title = "无法打印"


@lru_cache(maxsize=1)
def register_font() -> None:
    """The pages name the bundled font; Qt must know it to draw (and embed) the Chinese text."""
    QFontDatabase.addApplicationFont(str(font_path()))


def page_svgs(pages) -> list[bytes]:
    """Each page Figure as SVG, its text left as text in the bundled font (matplotlib would draw glyph outlines)."""
    import matplotlib

    out = []
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        for figure in pages:
            buffer = io.BytesIO()
            figure.savefig(buffer, format="svg")
            out.append(printable_svg(buffer.getvalue()))
    return out


def build_page_svgs(storage, filters: Filters) -> list[bytes]:
    """The background work of preview and print: the very pages write_pdf saves, as SVG."""
    from burden_survey.report.report import report_pages

    return page_svgs(report_pages(storage, filters))


def a4_printer(mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    printer = QPrinter(mode)
    # The pages carry their own margins; a real printer still keeps to its printable area.
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    printer.setDocName(tr("会议材料"))
    return printer


def paint_pages(printer: QPrinter, pages: list[bytes]) -> None:
    """Paint the SVG pages onto the printer (or preview, or PDF writer), one sheet each, centred and scaled to fit."""
    register_font()
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(tr("打印机没有响应，会议材料没有打印。"), tr("请检查打印机是否开机、联网，或先导出 PDF 再打印。"))
    try:
        for number, svg in enumerate(pages):
            if number:
                printer.newPage()
            renderer = QSvgRenderer(QByteArray(svg))
            sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
            size = QSizeF(renderer.defaultSize()).scaled(sheet.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(sheet.x() + (sheet.width() - size.width()) / 2,
                            sheet.y() + (sheet.height() - size.height()) / 2, size.width(), size.height())
            renderer.render(painter, target)
    finally:
        painter.end()


class PrintDialogs:
    """The modal print dialogs; tests replace these classmethods (a modal dialog would block a headless run)."""

    @classmethod
    def preview(cls, parent: QWidget | None, printer: QPrinter, paint: Callable[[QPrinter], None]) -> None:
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(tr("会议材料 · 打印预览"))
        dialog.paintRequested.connect(paint)
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        dialog.resize(min(900, screen.width()), int(screen.height() * 0.9))  # a whole page in view
        dialog.exec()

    @classmethod
    def choose_printer(cls, parent: QWidget | None, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(tr("打印会议材料"))
        return dialog.exec() == QDialog.DialogCode.Accepted


class MeetingPack(BackgroundWorkMixin, QObject):
    """The 文件 menu's 打印预览… / 打印… / 导出会议材料 PDF… for what the dashboard's filters pick.

    Building the pages or the PDF runs as a BackgroundJob behind a progress window; one job at a time.
    """

    done = Signal(str, object)  # "preview" / "print" / "pdf", and the page count or the PDF's path
    failed = Signal(object)

    def __init__(self, storage, filters: Callable[[], Filters], parent: QWidget):
        super().__init__(parent)
        self.storage = storage
        self.filters = filters
        self.window = parent
        self.job: BackgroundJob | None = None
        self.progress: QProgressDialog | None = None

    def is_busy(self) -> bool:
        return self.job is not None

    def preview(self) -> None:
        def show(pages: list[bytes]) -> None:
            PrintDialogs.preview(self.window, a4_printer(), lambda printer: paint_pages(printer, pages))
            self.done.emit("preview", len(pages))

        self._run(build_page_svgs, show, self.tr("正在准备打印预览……"))

    def print_(self) -> None:
        printer = a4_printer()
        if self.is_busy() or not PrintDialogs.choose_printer(self.window, printer):
            return

        def paint(pages: list[bytes]) -> None:
            try:
                paint_pages(printer, pages)
            except BurdenSurveyError as exc:
                show_error(self.window, exc)
                return
            self.done.emit("print", len(pages))

        self._run(build_page_svgs, paint, self.tr("正在准备打印……"))

    def export_pdf(self) -> None:
        if self.is_busy():
            return
        filters = self.filters()
        suggested = remembered_folder(FOLDER_KEY) / self.tr("会议材料_{0}_{1}.pdf").format(
            filters.wave_id or self.tr("全部批次"), date.today().strftime("%Y%m%d"))
        path = FileDialogs.save_file(self.window, self.tr("导出会议材料 PDF"), suggested, self.tr("PDF 文件 (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        remember_folder(FOLDER_KEY, path.parent)

        def work(storage, filters):
            from burden_survey.report.report import ReportOptions, write_pdf

            try:
                return write_pdf(storage, path, filters, ReportOptions())
            except OSError as exc:
                raise BurdenSurveyError(tr("会议材料没有保存：无法写入「{0}」（{1}）。").format(path, exc.strerror or exc),
                                        tr("请换一个文件夹或文件名再试；如果这个文件正在其他程序中打开，请先关闭它。")) from exc

        def written(_) -> None:
            show_info(self.window, self.tr("已导出"), self.tr("会议材料已保存到：\n{0}").format(path))
            self.done.emit("pdf", path)

        self._run(work, written, self.tr("正在生成会议材料 PDF……"))

    # one job at a time, behind a progress window ---------------------------------------
    def _run(self, work, on_result: Callable[[object], None], label: str) -> None:
        if self.is_busy():
            return
        filters = self.filters()
        self.job = start_job(self, self.storage, lambda storage, progress, cancelled: work(storage, filters))
        self._on_result = on_result
        # A bound method, not a lambda holding `self`: when the finished job is deleted, Qt drops its connections, and
        # a lambda's last reference to this object would delete it, the job's parent, in the middle of that.
        self.job.finished.connect(self._job_finished)
        self.job.failed.connect(self._failed)
        self.progress = QProgressDialog(label, "", 0, 0, self.window)
        self.progress.setObjectName("reportProgress")
        self.progress.setWindowTitle(self.tr("会议材料"))
        self.progress.setCancelButton(None)  # building pages cannot stop half-way; it takes seconds
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setValue(0)
        self.job.start()

    def _job_finished(self, result) -> None:
        self._job_ended()
        self._on_result(result)

    def _failed(self, exc: BaseException) -> None:
        self._job_ended()
        self.failed.emit(exc)
        show_error(self.window, exc)

    def _job_ended(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        super()._job_ended()
