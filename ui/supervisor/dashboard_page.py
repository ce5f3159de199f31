"""「负担看板」: key figures and charts of the respondents picked by the filters, recomputed in the background."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from burden_survey.indicators.figures import Filters, Indicators
from burden_survey.survey.choices import TOOL_KINDS, UNIT_TYPES
from ui.common.appearance import current_font_scale
from ui.common.chart_box import ChartBox
from ui.common.errors import show_error
from ui.common.figure_card import FigureCard, card_width
from ui.common.file_widgets import WaveCombo
from ui.common.page import Page
from ui.common.page_stack import CurrentPageStack
from ui.common.said import joined, message_of
from ui.common.widgets import ChoiceCombo, FlowLayout, empty_state, labelled, shrinkable
from ui.common.worker import BackgroundJob, BackgroundWorkMixin, start_job

from .dashboard_cards import CARDS, caption, card_texts

TWO_COLUMNS_FROM = 900  # viewport width (px) from which charts sit side by side, at normal text size
LOCAL_STYLE = """
QLabel#busyLine { color: #3d5a80; }
"""


def compute_dashboard(storage, filters: Filters):
    """The background work: indicators, then charts (plain matplotlib Figures, wrapped in canvases later)."""
    from burden_survey.charts.dashboard_charts import all_charts
    from burden_survey.indicators.indicators import compute

    indicators = compute(storage, filters)
    return filters, indicators, (all_charts(indicators) if indicators.respondents else [])


class DashboardPage(BackgroundWorkMixin, Page):
    """At most one computation runs; a filter changed meanwhile is computed as soon as it ends."""

    computed = Signal(object)  # the Indicators now on show

    def __init__(self, storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.job: BackgroundJob | None = None
        self.indicators: Indicators | None = None
        self.boxes: list[ChartBox] = []
        self._columns = 0
        # Townships seen per wave: results under any filter add to it, so the list only grows.
        self._townships: dict[str | None, set[str]] = {}
        self._create_widgets()
        self._lay_out()
        self._connect()
        self._load_waves()  # cheap, and the meeting pack may ask for the filters before the page is shown

    def _create_widgets(self) -> None:
        self.setStyleSheet(LOCAL_STYLE)
        # The filters may shrink (eliding long wave titles and labels) rather than widen the page.
        self.wave_combo = WaveCombo(self, with_all=True)
        self.wave_combo.setObjectName("dashboardWave")
        shrinkable(self.wave_combo, 18)
        self.township_combo = QComboBox(self)
        self.township_combo.setObjectName("dashboardTownship")
        self.township_combo.setMinimumContentsLength(8)
        self.township_combo.addItem(self.tr("全部"), None)
        self.unit_combo = shrinkable(ChoiceCombo(UNIT_TYPES, self, empty_text=self.tr("全部")), 8)
        self.unit_combo.setObjectName("dashboardUnitType")
        self.kind_combo = shrinkable(ChoiceCombo(TOOL_KINDS, self, empty_text=self.tr("全部")), 8)
        self.kind_combo.setObjectName("dashboardToolKind")
        self.kind_combo.setToolTip(self.tr("只统计这一类工具的数量和用时；答卷人数不变"))
        self.busy_line = QLabel(self.tr("正在计算……"), self)
        self.busy_line.setObjectName("busyLine")
        self.cards = {key: FigureCard(caption(text), self) for key, text in CARDS}
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLine")
        self.status_label.setWordWrap(True)

        self.charts_widget = QWidget(self)
        self.charts_grid = QGridLayout()
        self.charts_grid.setSpacing(12)
        self.charts_column = QVBoxLayout(self.charts_widget)
        self.charts_column.setContentsMargins(0, 0, 4, 0)
        self.charts_column.setSpacing(12)
        self.charts_column.addLayout(self.charts_grid)
        self.charts_column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("chartsArea")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.charts_widget)
        # It takes the height that is left and scrolls itself: the page around it never needs to scroll as well.
        self.scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.empty_label = empty_state(self)
        self.body = QWidget(self)
        self.stack = CurrentPageStack(self)

    def _lay_out(self) -> None:
        # Filters and cards flow onto more rows when the text is large or English, instead of widening the page.
        filters = FlowLayout(spacing=round(12 * current_font_scale()))
        for label, combo in ((self.tr("调查批次"), self.wave_combo), (self.tr("乡镇/街道"), self.township_combo),
                             (self.tr("单位类型"), self.unit_combo), (self.tr("工具类型"), self.kind_combo)):
            filters.addWidget(labelled(self, label, combo))
        filters.addWidget(self.busy_line)
        cards = FlowLayout(even=True, column=card_width(self))
        for card in self.cards.values():
            cards.addWidget(card)
        # The cards scroll with the charts: with large text on a small screen they would leave the charts no room.
        self.charts_column.insertLayout(0, cards)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.scroll, 1)
        self.stack.addWidget(self.body)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status_label)

    def _connect(self) -> None:
        self.scroll.viewport().installEventFilter(self)
        self.wave_combo.wave_changed.connect(self._wave_changed)
        for combo in (self.township_combo, self.unit_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self.recompute)

    # filters -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the waves (an import may have added one) and recompute: the data may have changed."""
        self._load_waves()
        self.recompute()

    def _load_waves(self) -> None:
        self.wave_combo.blockSignals(True)  # the caller recomputes once
        self.wave_combo.set_waves(self.storage)
        self.wave_combo.blockSignals(False)

    def filters(self) -> Filters:
        """What the filters pick now: the dashboard's figures and the meeting pack both follow them."""
        return Filters(wave_id=self.wave_combo.wave_id(), township=self.township_combo.currentData(),
                       unit_type=self.unit_combo.value(), tool_kind=self.kind_combo.value())

    def scope_text(self) -> str:
        """The filters in words, for the status line and file names."""
        parts = [self.wave_combo.currentText().split("  ")[0]]
        parts += [combo.currentText() for combo in (self.township_combo, self.unit_combo, self.kind_combo)
                  if combo.currentData() is not None]
        return joined(parts)

    def _wave_changed(self, *_) -> None:
        # Townships differ between waves: start from all of them.
        self.township_combo.blockSignals(True)
        self.township_combo.setCurrentIndex(0)
        self.township_combo.blockSignals(False)
        self.recompute()

    def _set_townships(self, names: list[str]) -> None:
        if names == [self.township_combo.itemData(i) for i in range(1, self.township_combo.count())]:
            return
        current = self.township_combo.currentData()
        self.township_combo.blockSignals(True)
        self.township_combo.clear()
        self.township_combo.addItem(self.tr("全部"), None)
        for name in names:
            self.township_combo.addItem(name or self.tr("（未填乡镇）"), name)
        self.township_combo.setCurrentIndex(max(self.township_combo.findData(current), 0) if current else 0)
        self.township_combo.blockSignals(False)

    # computing -----------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self.job is not None

    def recompute(self, *_) -> None:
        """Compute for the current filters; while a computation runs, the old figures stay in view."""
        self.busy_line.setText(self.tr("正在计算……") if self.indicators is None
                               else self.tr("正在重新计算……（下面仍是上次的结果）"))
        self.busy_line.show()
        if self.is_busy():
            return  # the running job's result will be stale: _computed starts a new one for these filters
        filters = self.filters()
        self.job = start_job(self, self.storage, lambda storage, progress, cancelled: compute_dashboard(storage, filters))
        self.job.finished.connect(self._computed)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _computed(self, result) -> None:
        self._job_ended()
        filters, indicators, charts = result
        if filters != self.filters():
            self.recompute()  # a filter changed while this ran: its figures answer an old question
            return
        self.busy_line.hide()
        known = self._townships.setdefault(filters.wave_id, set())
        known.update(t.township for t in indicators.township_kinds)
        self._set_townships(sorted(known))
        self.indicators = indicators
        self._show(indicators, charts)
        self.computed.emit(indicators)

    def _failed(self, exc: BaseException) -> None:
        self._job_ended()
        self.busy_line.hide()
        self.status_label.setText(self.tr("看板未能更新：{0}").format(message_of(exc)))
        show_error(self, exc)

    # showing -------------------------------------------------------------------------
    def _show(self, indicators: Indicators, charts: list) -> None:
        for key, (value, context) in card_texts(indicators).items():
            self.cards[key].show_figure(value, context)
        self._replace_charts(charts)
        if indicators.respondents:
            self.stack.setCurrentWidget(self.body)
            self.status_label.setText(self.tr("范围：{0}。少于 {1} 人的格子显示为「<{1}」，不画进图表。")
                                      .format(self.scope_text(), indicators.k))
            return
        no_filter = self.filters() == Filters(wave_id=self.filters().wave_id)
        self.empty_label.setText(self.tr(
            "还没有答卷。先在「导入答卷」页导入干部交来的调查文件，这里就会显示关键数字和图表。") if no_filter
            else self.tr("没有符合筛选条件的答卷。请放宽筛选条件（选「全部」）。"))
        self.stack.setCurrentWidget(self.empty_label)
        self.status_label.clear()

    def _replace_charts(self, charts: list) -> None:
        for box in self.boxes:
            self.charts_grid.removeWidget(box)
            box.deleteLater()
        self.boxes = [ChartBox(chart, self.charts_widget) for chart in charts]
        for box in self.boxes:
            box.saved.connect(lambda path: self.status_label.setText(self.tr("图表已保存：{0}").format(path)))
            box.copied.connect(lambda: self.status_label.setText(self.tr("图表已复制，可以粘贴到文档或聊天窗口。")))
        self._columns = 0
        self._arrange()

    def _arrange(self) -> None:
        """One column on a narrow window, two when there is room; rearranged only when that changes."""
        # Charts grow with the text (chart_box), so large text needs a wider window for two columns.
        columns = 2 if self.scroll.viewport().width() >= TWO_COLUMNS_FROM * current_font_scale() else 1
        if columns == self._columns:
            return
        self._columns = columns
        for box in self.boxes:
            self.charts_grid.removeWidget(box)
        for i, box in enumerate(self.boxes):
            self.charts_grid.addWidget(box, i // columns, i % columns)
        for column in range(2):
            self.charts_grid.setColumnStretch(column, 1 if column < columns else 0)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._arrange()
        return super().eventFilter(watched, event)
