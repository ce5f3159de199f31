"""「清理进度」: clean-up progress of the registry, the 关停并转建议清单 and each app's burden, computed in the background."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from burden_survey.indicators.shown import minutes, number
from burden_survey.survey.survey_file import K_FLOOR
from burden_survey.registry import app_fields
from burden_survey.registry import governance
from burden_survey.registry.governance import AppBurden, CleanupProgress
from burden_survey.survey.choices import ACTIONS, TOOL_KINDS
from ui.common.errors import show_error
from ui.common.figure_card import FigureCard
from ui.common.file_widgets import WaveCombo
from ui.common.page import Page
from ui.common.said import joined, message_of
from ui.common.table_model import RowsModel
from ui.common.widgets import choice_label, empty_state, record_table
from ui.common.worker import BackgroundJob, BackgroundWorkMixin, start_job

NAMES_SHOWN = 6  # names listed on a card; the rest are counted, and all are in its tooltip


def people_figure(burden: AppBurden, value) -> str:
    """A figure resting on the burdened respondents: "<k" when they are too few to show, "—" when there are none."""
    if burden.respondents == 0:
        return "—"
    return burden.hidden_text if burden.suppressed else value


def _respondents(b: AppBurden) -> str:
    return b.hidden_text if b.suppressed and b.respondents else str(b.respondents)


def _forced(b: AppBurden) -> str:
    return joined(f"{choice_label(ACTIONS, a)} {n}" for a, n in b.forced_reported.items())


def _quotas(b: AppBurden) -> str:
    if b.quotas is None:
        return b.hidden_text  # held by fewer than k of the burdened: their totals would be theirs
    count, target, achieved = b.quotas
    return f"{count} 项，目标 {target:,}，完成 {achieved:,}" if count else ""


def _actives(b: AppBurden) -> str:
    if b.monthly_actives is None and b.registered_users is None:
        return ""
    return f"{'—' if b.monthly_actives is None else f'{b.monthly_actives:,}'} / " \
           f"{'—' if b.registered_users is None else f'{b.registered_users:,}'}"


class CandidateModel(RowsModel):
    COLUMNS = [
        (QT_TRANSLATE_NOOP("columns", "应用"), lambda c: c.burden.name),
        (QT_TRANSLATE_NOOP("columns", "建议"), lambda c: c.recommendation),
        (QT_TRANSLATE_NOOP("columns", "依据"), lambda c: "；".join(c.reasons)),
    ]
    CORE_TEXT_COLUMNS = frozenset({1, 2})  # the suggestion and its reasons, as the core words them


class BurdenModel(RowsModel):
    COLUMNS = [
        (QT_TRANSLATE_NOOP("columns", "应用"), lambda b: b.name),
        (QT_TRANSLATE_NOOP("columns", "类型"), lambda b: choice_label(TOOL_KINDS, b.kind)),
        (QT_TRANSLATE_NOOP("columns", "状态"), lambda b: choice_label(app_fields.APP_STATUSES, b.status)),
        (QT_TRANSLATE_NOOP("columns", "填报人数"), _respondents),
        (QT_TRANSLATE_NOOP("columns", "人均每工作日（分钟）"),
         lambda b: people_figure(b, minutes(b.minutes_per_workday))),
        (QT_TRANSLATE_NOOP("columns", "累计用时（分钟）"), lambda b: people_figure(b, number(b.total_minutes))),
        (QT_TRANSLATE_NOOP("columns", "被要求的功能（人）"), lambda b: people_figure(b, _forced(b))),
        (QT_TRANSLATE_NOOP("columns", "被排名（人）"), lambda b: people_figure(b, b.ranked_respondents)),
        (QT_TRANSLATE_NOOP("columns", "有用程度"),
         lambda b: people_figure(b, number(b.usefulness_mean, 1))),
        (QT_TRANSLATE_NOOP("columns", "摊派下载"), lambda b: people_figure(b, _quotas(b))),
        (QT_TRANSLATE_NOOP("columns", "规定问题（人）"), lambda b: people_figure(b, b.violations)),
        (QT_TRANSLATE_NOOP("columns", "月活 / 注册用户"), _actives),
    ]
    LONG_COLUMN = 6  # the forced features: a fixed width, so it may be cut short; its tooltip has it all

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == self.LONG_COLUMN:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)


def names_text(names: list[str]) -> str:
    shown = joined(names[:NAMES_SHOWN])
    return shown + (f" 等 {len(names)} 个" if len(names) > NAMES_SHOWN else "")


class GovernancePage(BackgroundWorkMixin, Page):
    """At most one computation runs; a wave picked meanwhile is computed as soon as it ends."""

    def __init__(self, storage, parent: QWidget | None = None, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.storage = storage
        self.today = today
        self.job: BackgroundJob | None = None
        self.progress: CleanupProgress | None = None
        self._create_widgets()
        self._lay_out()
        self._connect()

    def _create_widgets(self) -> None:
        self.wave_combo = WaveCombo(self, with_all=True)
        self.wave_combo.setObjectName("governanceWave")
        self.wave_combo.setMinimumContentsLength(18)
        self.wave_combo.setToolTip(self.tr("负担数字按所选批次的答卷计算；清理进度来自登记表，与批次无关"))
        self.busy_line = QLabel(self.tr("正在计算……"), self)
        self.busy_line.setObjectName("busyLine")
        self.busy_line.hide()
        self.cards = {key: FigureCard(text, self) for key, text in (
            ("total", self.tr("登记应用数")), ("planned", self.tr("已定处置")), ("done", self.tr("已完成")),
            ("overdue", self.tr("逾期")), ("lacking_plan", self.tr("缺处置方案")))}
        self.candidate_model = CandidateModel(self)
        self.candidate_table = record_table(self, self.candidate_model, "candidateTable")
        self.candidate_table.setWordWrap(True)
        self.candidate_empty = empty_state(self)
        self.candidate_stack = QStackedWidget(self)
        self.burden_model = BurdenModel(self)
        self.burden_table = record_table(self, self.burden_model, "burdenTable")
        self.body = QWidget(self)
        self.empty_label = empty_state(self)
        self.stack = QStackedWidget(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLine")
        self.status_label.setWordWrap(True)

    def _lay_out(self) -> None:
        header = self.candidate_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header = self.burden_table.horizontalHeader()
        for c in range(len(BurdenModel.COLUMNS)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BurdenModel.LONG_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(BurdenModel.LONG_COLUMN, 240)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("调查批次"), self))
        top.addWidget(self.wave_combo)
        top.addStretch(1)
        top.addWidget(self.busy_line)
        cards = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            card.layout().addStretch(1)
            cards.addWidget(card, 0, i)
            cards.setColumnStretch(i, 1)
        self.candidate_stack.addWidget(self.candidate_table)
        self.candidate_stack.addWidget(self.candidate_empty)
        candidates = QGroupBox(self.tr("关停并转建议清单"), self)
        column = QVBoxLayout(candidates)
        column.addWidget(self.candidate_stack)
        burdens = QGroupBox(self.tr("各应用的负担"), self)
        column = QVBoxLayout(burdens)
        column.addWidget(self.burden_table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(candidates)
        splitter.addWidget(burdens)
        splitter.setStretchFactor(1, 2)  # the suggestions are a few lines; the burden table has a row per app
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(cards)
        body.addWidget(splitter, 1)
        self.stack.addWidget(self.body)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status_label)

    def _connect(self) -> None:
        self.wave_combo.wave_changed.connect(self._wave_changed)

    # waves ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the waves (an import may have added one) and recompute: the registry or answers may have changed."""
        self._load_waves()
        self.recompute()

    def _load_waves(self) -> None:
        self.wave_combo.blockSignals(True)  # the caller recomputes once
        self.wave_combo.set_waves(self.storage)
        self.wave_combo.blockSignals(False)

    def wave_id(self) -> str | None:
        return self.wave_combo.wave_id()

    def _wave_changed(self, *_) -> None:
        self.recompute()

    # computing -----------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self.job is not None

    def recompute(self, *_) -> None:
        self.busy_line.show()
        if self.is_busy():
            return  # _computed sees the wave changed and starts again
        wave_id, today = self.wave_id(), self.today()
        self.job = start_job(self, self.storage,
                             lambda storage, progress, cancelled: (wave_id, governance.overview(storage, wave_id, today)))
        self.job.finished.connect(self._computed)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _computed(self, result) -> None:
        self._job_ended()
        wave_id, (burdens, candidates, progress) = result
        if wave_id != self.wave_id():
            self.recompute()
            return
        self.busy_line.hide()
        self.progress = progress
        self._show(burdens, candidates, progress)

    def _failed(self, exc: BaseException) -> None:
        self._job_ended()
        self.busy_line.hide()
        self.status_label.setText(self.tr("未能更新：{0}").format(message_of(exc)))
        show_error(self, exc)

    # showing -------------------------------------------------------------------------
    def _show(self, burdens: list[AppBurden], candidates: list, progress: CleanupProgress) -> None:
        if not progress.total:
            self.empty_label.setText(self.tr(
                "登记表还是空的。先在「应用登记」页登记本县的政务应用，这里就会显示清理进度、关停并转建议和各应用的负担。"))
            self.stack.setCurrentWidget(self.empty_label)
            self.status_label.clear()
            return
        self._show_progress(progress)
        self.candidate_model.set_rows(candidates)
        self.candidate_table.resizeRowsToContents()
        self.candidate_empty.setText(self.tr(
            "没有需要关停或整合的建议：在用和整改中的应用都不同时具备「负担重」「使用少」「功能重叠」中的两项。"))
        self.candidate_stack.setCurrentWidget(self.candidate_table if candidates else self.candidate_empty)
        self.burden_model.set_rows(burdens)
        self.stack.setCurrentWidget(self.body)
        k = burdens[0].k if burdens else K_FLOOR
        self.status_label.setText(self.tr(
            "建议清单列出同时具备「负担重」「使用少」「功能重叠」中两项以上的在用或整改中应用，依据里写明了数字。"
            "填报不足 {0} 人的应用，其负担数字显示为「<{0}」，也不作为建议依据。").format(k))

    def _show_progress(self, p: CleanupProgress) -> None:
        statuses = joined(f"{choice_label(app_fields.APP_STATUSES, code)} {n}" for code, n in p.by_status.items() if n)
        texts = {
            "total": (str(p.total), statuses),
            "planned": (str(p.planned), self.tr("处置方式不是「保留」的应用")),
            "done": (str(p.done), self.tr("已迁移、已关停或已注销备案")),
            "overdue": (str(len(p.overdue)), names_text(p.overdue) or self.tr("没有超过计划日期未完成的应用")),
            "lacking_plan": (str(len(p.lacking_plan)),
                             names_text(p.lacking_plan) or self.tr("已关停或迁移的应用都有完成的数据处置方案")),
        }
        for key, (value, context) in texts.items():
            self.cards[key].show_figure(value, context)
        self.cards["overdue"].setToolTip(joined(p.overdue))
        self.cards["lacking_plan"].setToolTip(joined(p.lacking_plan))
