"""One dashboard chart in a box: its title, the chart, its finding, and 保存为图片… / 复制."""

from __future__ import annotations

import io
import re
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from burden_survey.system.errors import BurdenSurveyError

from .appearance import current_font_scale, scaled_style_sheet
from .errors import show_error
from .file_widgets import FileDialogs, remember_folder, remembered_folder
from .said import english, said
from .widgets import empty_state

FOLDER_KEY = "dashboard/chart_folder"
COPY_DPI = 150
# On screen a chart is its printed self scaled to the column: between these dots per inch, times the text size
# chosen in 设置 (at 200 % the chart's text is as large against the page's as at 100 %). Below the lower bound the
# figure gets narrower instead (text would become unreadable); above the upper one, wider. Saved and copied
# pictures keep the size the chart was drawn for.
MIN_SCREEN_DPI = 85
MAX_SCREEN_DPI = 100
STYLE = """
QFrame#chartBox { background: white; border: 1px solid #d5dde6; border-radius: 6px; }
QLabel#chartTitle { font-size: 11pt; font-weight: bold; color: #243447; }
QLabel#chartFinding { color: #333333; }
"""


@lru_cache(maxsize=1)
def canvas_class():
    """The Qt canvas for a Figure, loaded on first use (matplotlib is slow to import)."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    class ChartCanvas(FigureCanvasQTAgg):
        """Keeps the chart's proportions as the column width changes, and lets the dashboard scroll over it."""

        def __init__(self, figure, scale: float = 1.0):
            self.design_inches = figure.get_size_inches().copy()
            self.scale = scale
            super().__init__(figure)
            self.setFixedHeight(round(self.design_inches[1] * MAX_SCREEN_DPI * scale))

        def resizeEvent(self, event) -> None:
            width = event.size().width()
            if width > 0:
                dpi = min(max(width / self.design_inches[0], MIN_SCREEN_DPI * self.scale), MAX_SCREEN_DPI * self.scale)
                # matplotlib scales its dpi by the screen's pixel ratio from this base (a private attribute).
                self.figure._original_dpi = dpi
                self.figure._set_dpi(dpi * self.device_pixel_ratio, forward=False)
                height = round(self.design_inches[1] * dpi)
                if height != self.minimumHeight() or height != self.maximumHeight():
                    self.setFixedHeight(height)
                # Size the figure for the height the widget is about to get: a widget still being shown
                # receives no further resize event for it.
                event = QResizeEvent(QSize(width, height), event.oldSize())
            super().resizeEvent(event)

        def wheelEvent(self, event) -> None:
            event.ignore()  # otherwise the page stops scrolling whenever the mouse is over a chart

    return ChartCanvas


def in_ui_language(chart):
    """The chart as the UI's language reads it: its title, finding and every text drawn on it (ticks, legend,
    labels on the bars) through said(); the core draws them in Chinese, as the meeting pack prints them."""
    if not english():
        return chart
    from dataclasses import replace

    if chart.figure is not None:
        from matplotlib.text import Text
        from matplotlib.ticker import FuncFormatter

        for axes in chart.figure.get_axes():
            for axis, said_tick in ((axes.xaxis, _column_text), (axes.yaxis, _row_text)):
                # Tick labels are drawn again from the formatter at each draw.
                if type(axis.get_major_formatter()).__name__ == "ScalarFormatter":
                    continue  # numbers only (and its offset text needs it as it is)
                axis.set_major_formatter(FuncFormatter(
                    lambda value, position, shown=axis.get_major_formatter(), said_tick=said_tick:
                    said_tick(shown(value, position))))
        for text in chart.figure.findobj(Text):
            if text.get_text():
                text.set_text(_drawn_text(text.get_text()))
    return replace(chart, title=said(chart.title), finding=said(chart.finding))


def _row_text(text: str) -> str:
    """A row's label, translated: English runs about twice as long as Chinese, and a label far longer than the
    one the chart was laid out for squeezes its bars to nothing, so it is cut after a whole word, with 「…」."""
    said_text = _drawn_text(text)
    room = round(1.6 * sum(2 if "\u4e00" <= c <= "\u9fff" else 1 for c in text))
    if said_text == text or len(said_text) <= room or " " not in said_text[:room]:
        return said_text
    return said_text[:room].rsplit(" ", 1)[0].rstrip(",;:(") + "…"


def _column_text(text: str) -> str:
    """A column's label, translated and wrapped onto lines of a few words: columns stand side by side."""
    import textwrap

    said_text = _drawn_text(text)
    return said_text if said_text == text else textwrap.fill(said_text.replace("\n", " "), 12, break_long_words=False)


def _drawn_text(text: str) -> str:
    """A label the chart wrapped onto two lines is translated whole, and wrapped again if it grew long."""
    if "\n" in text:
        joined = said(text.replace("\n", ""))
        if joined != text.replace("\n", ""):
            import textwrap

            return textwrap.fill(joined, 18, break_long_words=False)
    return said(text)


@contextmanager
def design_size(figure, size_inches):
    """Save or copy a chart at the size it was drawn for, not at the size the window happens to give it."""
    shown = figure.get_size_inches().copy()
    figure.set_size_inches(size_inches, forward=False)
    try:
        yield figure
    finally:
        figure.set_size_inches(shown, forward=False)


def file_stem(title: str) -> str:
    """A chart title as a file name: characters Windows refuses become 「_」."""
    return re.sub(r'[\\/:*?"<>|\s]+', "_", title).strip("_") or "chart"


class ChartBox(QFrame):
    """Shows one dashboard_charts.Chart (a chart with nothing to draw shows why); tells the page what was saved or copied."""

    saved = Signal(object)  # the Path written
    copied = Signal()

    def __init__(self, chart, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart = chart = in_ui_language(chart)
        self.setObjectName("chartBox")
        self.setProperty("chartKey", chart.key)
        self.setStyleSheet(scaled_style_sheet(STYLE, current_font_scale()))
        self.title = QLabel(chart.title, self)
        self.title.setObjectName("chartTitle")
        self.title.setWordWrap(True)
        if chart.figure is not None:
            self.size_inches = chart.figure.get_size_inches().copy()
            self.canvas = canvas_class()(chart.figure, current_font_scale())
            self.canvas.setObjectName("chartCanvas")
            self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        else:
            self.canvas = empty_state(self, chart.finding)
        self.finding = QLabel(chart.finding, self)
        self.finding.setObjectName("chartFinding")
        self.finding.setWordWrap(True)
        self.finding.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("保存为图片…"), self)
        self.save_button.setObjectName("saveChart")
        self.save_button.setToolTip(self.tr("保存为 PNG 图片或 SVG 矢量图（可放大不失真），用于汇报材料"))
        self.copy_button = QPushButton(self.tr("复制"), self)
        self.copy_button.setObjectName("copyChart")
        self.copy_button.setToolTip(self.tr("复制图表，可直接粘贴到 WPS、Word 或微信"))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.canvas)
        layout.addWidget(self.finding)
        layout.addLayout(buttons)
        layout.addStretch(1)  # beside a taller chart, an empty one keeps its text at the top

        for widget in (self.finding, self.save_button, self.copy_button):
            widget.setVisible(chart.figure is not None)  # with nothing drawn, the box says why and nothing else
        self.save_button.clicked.connect(self.save)
        self.copy_button.clicked.connect(self.copy)

    def save(self) -> None:
        suggested = remembered_folder(FOLDER_KEY) / f"{file_stem(self.chart.title)}.png"
        path = FileDialogs.save_file(self, self.tr("保存图表"), suggested,
                                     self.tr("PNG 图片 (*.png);;SVG 矢量图 (*.svg)"))
        if path is None:
            return
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + ".png")
        self.save_to(path)

    def save_to(self, path: Path) -> None:
        from burden_survey.charts.dashboard_charts import save_chart

        try:
            with design_size(self.chart.figure, self.size_inches):
                save_chart(self.chart, path)
        except OSError as exc:
            show_error(self, BurdenSurveyError(
                self.tr("图表没有保存：无法写入「{0}」（{1}）。").format(path, exc.strerror or exc),
                self.tr("请换一个文件夹或文件名再试。")))
            return
        finally:
            self.canvas.draw_idle()
        remember_folder(FOLDER_KEY, path.parent)
        self.saved.emit(path)

    def image(self) -> QImage:
        """The chart as a picture at print-like resolution (what 复制 puts on the clipboard)."""
        buffer = io.BytesIO()
        with design_size(self.chart.figure, self.size_inches):
            self.chart.figure.savefig(buffer, format="png", dpi=COPY_DPI, facecolor="white")
        self.canvas.draw_idle()
        return QImage.fromData(buffer.getvalue(), "PNG")

    def copy(self) -> None:
        QApplication.clipboard().setImage(self.image())
        self.copied.emit()
