"""「我的负担」: this week's and this month's figures, tools by kind, quotas, and one chart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from burden_survey.indicators.metrics import BurdenSummary, PeriodSummary, my_burden
from burden_survey.survey.choices import TOOL_KINDS
from ui.common.appearance import current_font_scale
from ui.common.figure_card import FigureCard, card_width
from ui.common.page import Page
from ui.common.said import joined
from ui.common.widgets import FlowLayout, choice_label


class BurdenPage(Page):

    def __init__(self, storage, parent: QWidget | None = None, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.storage = storage
        self.today = today
        self.summary: BurdenSummary | None = None

        self.week_card = FigureCard(self.tr("本周每个工作日"), self)
        self.month_card = FigureCard(self.tr("本月每个工作日"), self)
        self.formality_card = FigureCard(self.tr("本月留痕占比"), self)
        self.tools_card = FigureCard(self.tr("要用的工具"), self)
        self.quota_card = FigureCard(self.tr("摊派下载任务"), self)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("warningNote")
        self.warnings.setWordWrap(True)
        self.empty = QLabel(self.tr("还没有记录每日用时——请在「每日用时」页填写，这里会显示您的负担。"), self)
        self.empty.setObjectName("emptyState")
        self.chart_box = QVBoxLayout()
        self.canvas = None

        # Equal columns, as many as fit: more rows with large text or in English.
        cards = FlowLayout(even=True, column=card_width(self))
        for card in (self.week_card, self.month_card, self.formality_card, self.tools_card, self.quota_card):
            cards.addWidget(card)
        layout = QVBoxLayout(self)
        layout.addLayout(cards)
        layout.addWidget(self.warnings)
        layout.addWidget(self.empty)
        layout.addLayout(self.chart_box, 1)

    def refresh(self) -> None:
        today = self.today()
        self.summary = summary = my_burden(self.storage, today)
        self.week_card.show_figure(*self._per_workday(summary.week))
        self.month_card.show_figure(*self._per_workday(summary.month))
        share = summary.month.formality_share
        unanswered = summary.share_unanswered
        self.formality_card.show_figure(
            f"{share:.0%}" if share is not None else self.tr("未填") if unanswered else "—",
            self.tr("{0} 个工具的留痕占比未填，未计入；请在「我的数字任务」中补填").format(len(unanswered))
            if unanswered else self.tr("打卡、截图、刷积分等只为留痕的时间"),
        )
        kinds = joined(f"{choice_label(TOOL_KINDS, k)} {n}" for k, n in summary.tools_by_kind.items())
        self.tools_card.show_figure(self.tr("{0} 个").format(sum(summary.tools_by_kind.values())), kinds)
        q = summary.quotas
        self.quota_card.show_figure(
            self.tr("{0} 项").format(q.count),
            self.tr("指标 {0}，已完成 {1}，耗时 {2:.1f} 小时").format(q.target_total, q.achieved_total, q.hours_total) if q.count else "",
        )
        self.warnings.setText("\n".join(summary.warnings))
        self.warnings.setVisible(bool(summary.warnings))
        has_data = bool(summary.last_30_days)
        self.empty.setVisible(not has_data)
        self._show_chart(today if has_data else None)

    def _per_workday(self, period: PeriodSummary) -> tuple[str, str]:
        if period.minutes_per_workday is None:
            return "—", self.tr("尚无工作日记录")
        if period.formality_per_workday is None:
            detail = self.tr("{0} 个工作日的平均；有工具未填留痕占比").format(period.logged_workdays)
        else:
            detail = self.tr("其中留痕 {0:.0f} 分钟（{1} 个工作日的平均）").format(
                period.formality_per_workday, period.logged_workdays)
        return self.tr("{0:.0f} 分钟").format(period.minutes_per_workday), detail

    def _show_chart(self, today: date | None) -> None:
        if self.canvas is not None:
            self.chart_box.removeWidget(self.canvas)
            self.canvas.deleteLater()
            self.canvas = None
        if today is None:
            return
        # matplotlib is loaded only when there is something to draw: it is slow to import.
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from burden_survey.charts.charts import daily_minutes_chart

        figure = daily_minutes_chart(self.summary.last_30_days, today)
        figure.set_dpi(figure.dpi * current_font_scale())  # the chart's text grows with the large-text mode
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setObjectName("burdenChart")
        self.canvas.setMinimumHeight(round(260 * current_font_scale()))
        self.chart_box.addWidget(self.canvas)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
