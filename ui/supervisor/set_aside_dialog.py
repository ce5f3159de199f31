"""「未计入统计的答卷」: the empty or nearly empty answers an import set aside, to look at and take in (or back out)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from burden_survey.store import set_aside
from ui.common.table_model import RowsModel
from ui.common.widgets import record_table


def _tr(text: str) -> str:
    return QCoreApplication.translate("SetAsideDialog", text)


def missing_text(row: set_aside.SetAside) -> str:
    """What the answer lacks, each part in the user's language (the parts are the export dialog's own words)."""
    parts = [QCoreApplication.translate("completeness", part) for part in row.missing.splitlines() if part]
    return "；".join(p for p in parts if p) or _tr("没有可计入的内容")


class SetAsideModel(RowsModel):
    COLUMNS = [
        (QT_TRANSLATE_NOOP("columns", "答卷编号"), lambda r: r.respondent_id),
        (QT_TRANSLATE_NOOP("columns", "批次"), lambda r: r.wave_id or ""),
        (QT_TRANSLATE_NOOP("columns", "乡镇"), lambda r: r.township or _tr("未填")),
        (QT_TRANSLATE_NOOP("columns", "缺少"), missing_text),
        (QT_TRANSLATE_NOOP("columns", "状态"), lambda r: _tr("已纳入统计") if r.taken_in else _tr("未计入统计")),
    ]


class SetAsideDialog(QDialog):
    """Lists the answers set aside; 「纳入统计」 counts the selected ones after all, 「移出统计」 leaves them out again."""

    def __init__(self, storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.setWindowTitle(self.tr("未计入统计的答卷"))
        self.resize(900, 420)
        intro = QLabel(self.tr(
            "这些答卷导入时是空的，或者没有任何工具和用时，只有基本情况或少量规定对照回答。它们已经保存，"
            "但不计入看板、会议材料和表格中的任何数字，也不算回收份数。确认某份答卷确实是填报人的回答后，"
            "可以选中它，点击「纳入统计」。"), self)
        intro.setWordWrap(True)
        self.model = SetAsideModel(self)
        self.table = record_table(self, self.model, "setAsideTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()  # what the answer lacks gets the room, the ids their own width
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.take_in_button = QPushButton(self.tr("纳入统计"), self)
        self.take_in_button.setObjectName("takeIn")
        self.leave_out_button = QPushButton(self.tr("移出统计"), self)
        self.leave_out_button.setObjectName("leaveOut")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.addButton(self.take_in_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.leave_out_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.status = QLabel(self)
        self.status.setObjectName("setAsideStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.take_in_button.clicked.connect(lambda: self._mark(True))
        self.leave_out_button.clicked.connect(lambda: self._mark(False))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.table.resizeRowsToContents()  # once the wrapped column has its width

    def refresh(self) -> None:
        self.model.set_rows(set_aside.listed(self.storage))
        self.table.resizeRowsToContents()
        self._update_buttons()

    def selected(self) -> list[set_aside.SetAside]:
        return [self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.take_in_button.setEnabled(any(not r.taken_in for r in chosen))
        self.leave_out_button.setEnabled(any(r.taken_in for r in chosen))

    def _mark(self, taken: bool) -> None:
        changed = set_aside.take_in(self.storage, [r.respondent_id for r in self.selected()], taken)
        self.status.setText((self.tr("已纳入统计 {0} 份。") if taken else self.tr("已移出统计 {0} 份。")).format(changed))
        self.refresh()
