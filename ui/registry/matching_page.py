"""「名称匹配」: confirm or reject suggested matches of reported tool names to the registry; list unregistered tools."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from burden_survey.disclosure.guard import policy_for
from burden_survey.disclosure.policy import Policy
from burden_survey.registry import matching
from burden_survey.registry.matching import Suggestion
from burden_survey.survey.choices import TOOL_KINDS
from burden_survey.system.errors import BurdenSurveyError
from ui.common.errors import show_error
from ui.common.page import Page
from ui.common.table_model import RowsModel
from ui.common.widgets import choice_label, empty_state, record_table
from ui.common.worker import BackgroundJob, BackgroundWorkMixin, start_job


class CountedModel(RowsModel):
    """Names typed by fewer than k respondents are never counted out loud: the core gives None, shown as "<k"."""

    COUNT_COLUMN = 1
    hidden_text = Policy().short_text  # the database's own, set with each load

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == self.COUNT_COLUMN:
            count = self.COLUMNS[self.COUNT_COLUMN][1](self.rows[index.row()])
            return self.hidden_text if count is None else str(count)
        return super().data(index, role)


class SuggestionModel(CountedModel):
    COLUMNS = [
        (QT_TRANSLATE_NOOP("columns", "上报名称"), lambda s: s.reported),
        (QT_TRANSLATE_NOOP("columns", "人数"), lambda s: s.respondents),
        (QT_TRANSLATE_NOOP("columns", "建议匹配"), lambda s: s.app_name),
        (QT_TRANSLATE_NOOP("columns", "依据"), lambda s: s.reason),
        (QT_TRANSLATE_NOOP("columns", "相似度"), lambda s: f"{s.score:.0%}"),
    ]
    CORE_TEXT_COLUMNS = frozenset({3})  # why the core suggests the match


class UnregisteredModel(CountedModel):
    """Rows are unregistered() tuples: (name, kind, respondents, minutes); a small group's minutes stay hidden too."""

    COLUMNS = [
        (QT_TRANSLATE_NOOP("columns", "上报名称"), lambda r: r[0]),
        (QT_TRANSLATE_NOOP("columns", "类型"), lambda r: choice_label(TOOL_KINDS, r[1])),
        (QT_TRANSLATE_NOOP("columns", "人数"), lambda r: r[2]),
        (QT_TRANSLATE_NOOP("columns", "累计用时（分钟）"), lambda r: "—" if r[3] is None else r[3]),
    ]
    COUNT_COLUMN = 2


def load_matches(storage, progress=None, cancelled=None) -> tuple[list[Suggestion], list[tuple], Policy]:
    """The background work: both lists are a scan of every reported tool, slow on a big county database."""
    return matching.suggest_matches(storage), matching.unregistered(storage), policy_for(storage)


class MatchingPage(BackgroundWorkMixin, Page):
    """A decision removes its row at once and selects the next; both lists are then reloaded in the background."""

    def __init__(self, storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.job: BackgroundJob | None = None
        self._decisions = 0  # counts decisions, so a load that started before the latest one is redone
        self._loaded_at = -1
        self._create_widgets()
        self._lay_out()
        self._connect()

    def _create_widgets(self) -> None:
        self.intro = QLabel(self.tr(
            "干部填写的工具名称五花八门。逐条确认下面的建议：确认后，这个名称（以及今后导入的同名写法）都计入对应的登记应用；"
            "拒绝后不再提示。"), self)
        self.intro.setWordWrap(True)
        self.busy_line = QLabel(self.tr("正在比对名称……"), self)
        self.busy_line.setObjectName("busyLine")
        self.busy_line.hide()
        self.model = SuggestionModel(self)
        self.table = record_table(self, self.model, "suggestionTable")
        self.confirm_action = self._table_action("confirmMatch", self.tr("确认匹配"), self.tr("这个名称就是建议的登记应用（回车）"),
                                                 [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.reject_action = self._table_action("rejectMatch", self.tr("拒绝"), self.tr("不是这个应用，以后不再建议（Delete）"),
                                                [QKeySequence(Qt.Key.Key_Delete)])
        self.unregistered_action = self._table_action(
            "markUnregistered", self.tr("不在登记册中"), self.tr("这是登记册里没有的工具，列入「未登记的工具」（Ctrl+U）"),
            [QKeySequence("Ctrl+U")])
        self.buttons = []
        for action in (self.confirm_action, self.reject_action, self.unregistered_action):
            button = QPushButton(action.text(), self)
            button.setObjectName(action.objectName() + "Button")
            button.setToolTip(action.toolTip())
            button.setAutoDefault(False)
            self.buttons.append(button)
        self.suggestion_empty = empty_state(self)
        self.suggestion_stack = QStackedWidget(self)

        self.unregistered_model = UnregisteredModel(self)
        self.unregistered_table = record_table(self, self.unregistered_model, "unregisteredTable")
        self.unregistered_empty = empty_state(self)
        self.unregistered_stack = QStackedWidget(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLine")

    def _table_action(self, name: str, text: str, tip: str, keys: list[QKeySequence]) -> QAction:
        """Keys act only while the suggestion table has the focus: Delete elsewhere must not reject anything."""
        action = QAction(text, self.table)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(action)
        return action

    def _lay_out(self) -> None:
        for table in (self.table, self.unregistered_table):
            for c in range(1, table.model().columnCount()):
                table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.suggestion_stack.addWidget(self.table)
        self.suggestion_stack.addWidget(self.suggestion_empty)
        self.unregistered_stack.addWidget(self.unregistered_table)
        self.unregistered_stack.addWidget(self.unregistered_empty)
        buttons = QHBoxLayout()
        for button in self.buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.busy_line)
        suggestions = QGroupBox(self.tr("匹配建议"), self)
        column = QVBoxLayout(suggestions)
        column.addLayout(buttons)
        column.addWidget(self.suggestion_stack, 1)
        unregistered = QGroupBox(self.tr("未登记的工具"), self)
        column = QVBoxLayout(unregistered)
        self.note = QLabel(self._note_text(Policy().k), self)
        self.note.setWordWrap(True)
        column.addWidget(self.note)
        column.addWidget(self.unregistered_stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(suggestions, 3)
        layout.addWidget(unregistered, 2)
        layout.addWidget(self.status_label)

    def _connect(self) -> None:
        self.confirm_action.triggered.connect(self.confirm_selected)
        self.reject_action.triggered.connect(self.reject_selected)
        self.unregistered_action.triggered.connect(self.mark_selected_unregistered)
        for button, action in zip(self.buttons, (self.confirm_action, self.reject_action, self.unregistered_action)):
            button.clicked.connect(action.trigger)
        self.table.doubleClicked.connect(self.confirm_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)

    def _note_text(self, k: int) -> str:
        return self.tr("与任何登记应用都对不上的名称——关停应用换了「马甲」的小程序、工作群等会出现在这里。"
                       "少于 {0} 人填报的不显示人数和用时。").format(k)

    # loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload both lists in the background; what is on show stays until the new lists arrive."""
        self.busy_line.show()
        if self.job is not None:
            return  # _loaded sees the job is stale and starts another
        started_at = self._decisions
        self.job = start_job(self, self.storage, load_matches)
        self._job_started_at = started_at
        # A bound method, not a lambda holding `self`: when the finished job is deleted, Qt drops its connections, and
        # a lambda's last reference to this page would delete the page, the job's parent, in the middle of that.
        self.job.finished.connect(self._job_finished)
        self.job.failed.connect(self._failed)
        self.job.start()

    def is_busy(self) -> bool:
        return self.job is not None

    def _job_finished(self, result) -> None:
        self._loaded(result, self._job_started_at)

    def _loaded(self, result, started_at: int) -> None:
        self._job_ended()
        if started_at != self._decisions:
            self.refresh()  # a decision was made meanwhile: this result may still offer its row
            return
        self.busy_line.hide()
        suggestions, unregistered, policy = result
        self.model.hidden_text = self.unregistered_model.hidden_text = policy.short_text
        self.note.setText(self._note_text(policy.k))
        current = self.selected_suggestion()
        row = self.table.currentIndex().row()
        self.model.set_rows(suggestions)
        self.unregistered_model.set_rows(unregistered)
        keys = [(s.normalized, s.app_id) for s in suggestions]
        if current is not None and (current.normalized, current.app_id) in keys:
            row = keys.index((current.normalized, current.app_id))
        self._select_row(row)
        self._show_states()

    def _failed(self, exc: BaseException) -> None:
        self._job_ended()
        self.busy_line.hide()
        show_error(self, exc)

    def _show_states(self) -> None:
        self.suggestion_empty.setText(self.tr(
            "没有待确认的匹配建议。导入答卷或在「应用登记」页登记应用后，这里会列出可能是同一个应用的名称。"))
        self.unregistered_empty.setText(self.tr("所有填报的工具都已对应到登记应用。"))
        self.suggestion_stack.setCurrentWidget(self.table if self.model.rows else self.suggestion_empty)
        self.unregistered_stack.setCurrentWidget(
            self.unregistered_table if self.unregistered_model.rows else self.unregistered_empty)
        self._update_actions()

    def _select_row(self, row: int) -> None:
        if self.model.rows:
            self.table.selectRow(min(max(row, 0), len(self.model.rows) - 1))

    def _update_actions(self, *_) -> None:
        enabled = self.selected_suggestion() is not None
        for action, button in zip((self.confirm_action, self.reject_action, self.unregistered_action), self.buttons):
            action.setEnabled(enabled)
            button.setEnabled(enabled)

    def selected_suggestion(self) -> Suggestion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # deciding ------------------------------------------------------------------------
    def confirm_selected(self, *_) -> None:
        self._decide(lambda s: matching.confirm(self.storage, s.reported, s.app_id),
                     self.tr("已确认：「{0}」就是「{1}」"))

    def reject_selected(self) -> None:
        self._decide(lambda s: matching.reject(self.storage, s.reported, s.app_id),
                     self.tr("已拒绝：「{0}」不是「{1}」，不再提示"))

    def mark_selected_unregistered(self) -> None:
        self._decide(lambda s: matching.mark_unregistered(self.storage, s.reported),
                     self.tr("「{0}」已列入未登记的工具（不是「{1}」）"))

    def _decide(self, save, message: str) -> None:
        suggestion = self.selected_suggestion()
        if suggestion is None:
            return
        try:
            save(suggestion)
        except BurdenSurveyError as exc:
            show_error(self, exc)
            return
        self._decisions += 1
        # The row leaves now and the next one is selected, so the supervisor can keep pressing keys.
        row = self.model.rows.index(suggestion)
        self.model.set_rows([s for s in self.model.rows if s is not suggestion])
        self._select_row(row)
        self._show_states()
        self.table.setFocus()
        self.status_label.setText(message.format(suggestion.reported, suggestion.app_name))
        self.changed.emit()
        self.refresh()  # a rejected name may have a second-best app; unregistered tools change too
