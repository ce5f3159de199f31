"""「回收情况」: load the roster of units that owe answers, then see returned and missing per unit (41/46 已回收)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from burden_survey.spreadsheets.roster import RosterRejected, UnitReturn, load_roster, returns, write_roster_template
from burden_survey.survey_files.forwarding import held_by_unit
from burden_survey.survey_files.participation import code_returns
from burden_survey.system.errors import BurdenSurveyError
from ui.common.errors import show_error
from ui.common.file_widgets import FileDialogs, ProblemList, WaveCombo, remember_folder, remembered_folder, show_info
from ui.common.page import Page
from ui.common.progress_run import CANCELLED, run_with_progress
from ui.common.table_model import RowsModel
from ui.common.widgets import empty_state, record_table

FOLDER_KEY = "returns/folder"


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReturnsModel", text)


def returns_text(row: UnitReturn) -> str:
    """「41/46 已回收」 in the UI's language (the core's UnitReturn.label is the spreadsheet's Chinese): before,
    the English UI read 「32/40 已回收」."""
    if row.kind == "off_roster":
        return _tr("名单外 {0} 份").format(row.returned)
    text = _tr("{0}/{1} 已回收").format(row.returned, row.expected)
    if row.kind == "total" and row.off_roster:
        text += _tr("，另有名单外 {0} 份").format(row.off_roster)
    return text


class ReturnsModel(RowsModel):
    """One row per roster unit, then the townships that sent answers but are not on the roster (grey)."""

    COLUMNS = [
        (QT_TRANSLATE_NOOP("columns", "单位"), lambda r: r.unit_name),
        (QT_TRANSLATE_NOOP("columns", "区划代码"), lambda r: r.division_code),
        (QT_TRANSLATE_NOOP("columns", "应交"), lambda r: _number(r.expected)),
        (QT_TRANSLATE_NOOP("columns", "已交"), lambda r: r.returned),
        (QT_TRANSLATE_NOOP("columns", "未交"), lambda r: r.missing if r.kind == "unit" else ""),
        (QT_TRANSLATE_NOOP("columns", "回收情况"), returns_text),
    ]
    NUMERIC_COLUMNS = frozenset({2, 3, 4})

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: UnitReturn = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return super().data(index, role)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.kind == "off_roster":
                return QBrush(QColor("#666666"))
            if row.missing and index.column() in (4, 5):
                return QBrush(QColor("#b2452f"))  # units still owing answers stand out
        if role == Qt.ItemDataRole.FontRole and row.kind == "off_roster":
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)


class ReturnsPage(Page):
    """Roster in, returns out; every count comes from roster.returns() on the database as it is now."""

    def __init__(self, storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self._create_widgets()
        self._lay_out()
        self._connect()
        self.refresh()

    def _create_widgets(self) -> None:
        self.wave_combo = WaveCombo(self)
        self.wave_combo.setObjectName("returnsWave")
        self.load_button = QPushButton(self.tr("载入名单…"), self)
        self.load_button.setObjectName("loadRoster")
        self.load_button.setToolTip(self.tr("从 Excel 表格（.xlsx）载入各单位应交的份数，替换本批次原有的名单"))
        self.template_button = QPushButton(self.tr("下载名单模板…"), self)
        self.template_button.setObjectName("rosterTemplate")
        self.template_button.setToolTip(self.tr("保存一个空白名单表格：每行一个单位和应交份数"))
        self.model = ReturnsModel(self)
        self.table = record_table(self, self.model, "returnsTable")
        self.empty_label = empty_state(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("returnsTotal")
        self.codes_label = QLabel(self)
        self.codes_label.setObjectName("codeReturns")
        self.codes_label.setWordWrap(True)
        self.codes_label.hide()
        self.sealed_label = QLabel(self)
        self.sealed_label.setObjectName("sealedReturns")
        self.sealed_label.setWordWrap(True)
        self.sealed_label.hide()
        self.problems = ProblemList(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLine")

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("调查批次"), self))
        top.addWidget(self.wave_combo)
        top.addStretch(1)
        top.addWidget(self.load_button)
        top.addWidget(self.template_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.codes_label)
        layout.addWidget(self.sealed_label)
        layout.addWidget(self.problems)
        layout.addWidget(self.status_label)

    def _connect(self) -> None:
        self.wave_combo.wave_changed.connect(self._show_returns)
        self.load_button.clicked.connect(self.load_roster)
        self.template_button.clicked.connect(self.save_roster_template)

    def refresh(self) -> None:
        """Reload the waves (imports may have added one) and the returns of the chosen wave."""
        self.wave_combo.set_waves(self.storage)

    def _show_returns(self, *_) -> None:
        wave = self.wave_combo.wave()
        self.load_button.setEnabled(wave is not None)
        rows = returns(self.storage, wave.id) if wave else []
        total = rows.pop() if rows else None
        self.model.set_rows(rows)
        has_roster = any(r.kind == "unit" for r in rows)
        if wave is None:
            self.empty_label.setText(self.tr(
                "还没有调查批次。先在「导入答卷」页导入干部交来的调查文件，\n"
                "再在这里载入回收名单，就能看到每个单位交了几份、还差几份。"))
        elif not has_roster:
            self.empty_label.setText(self.tr(
                "还没有「{0}」的回收名单。\n"
                "点击「下载名单模板…」，在表格里每行填写一个单位（乡镇/街道或村/社区）和应交份数，\n"
                "保存后点击「载入名单…」。").format(wave.title or wave.id))
        self.stack.setCurrentWidget(self.table if has_roster else self.empty_label)
        if total is None:
            self.total_label.clear()
        elif has_roster:
            still = (self.tr("还差 {0} 份").format(total.missing) if total.missing else self.tr("已全部交齐"))
            self.total_label.setText(self.tr("合计：{0}；{1}").format(returns_text(total), still))
        else:
            self.total_label.setText(self.tr("本批次已收到 {0} 份答卷。").format(total.off_roster))
        held = held_by_unit(self.storage, wave.id) if wave else []
        self.sealed_label.setVisible(bool(held))
        self.sealed_label.setText(self.tr(
            "其中 {0} 份是加密答卷：本库没有这一批次的私钥，无法读取，按加密文件头写明的单位计数"
            "（{1}），导出汇总文件时原样转交上级。").format(
            sum(n for _, n in held), self.tr("，").join(
                self.tr("{0} {1} 份").format(unit or self.tr("未写明单位"), n) for unit, n in held)))
        codes = code_returns(self.storage, wave.id) if wave else []
        self.codes_label.setVisible(bool(codes))
        self.codes_label.setText(self.tr("参与码已用（已用/发出）：") + self.tr("，").join(
            f"{c.unit} {c.used}/{c.made}" for c in codes))

    def load_roster(self) -> None:
        wave = self.wave_combo.wave()
        if wave is None:
            return
        path = FileDialogs.open_file(self, self.tr("载入回收名单"), remembered_folder(FOLDER_KEY),
                                     self.tr("Excel 表格 (*.xlsx)"))
        if path is None:
            return
        remember_folder(FOLDER_KEY, path.parent)
        try:
            count = run_with_progress(self, self.storage, lambda own, watch: load_roster(own, path, wave.id, watch),
                                      self.tr("正在读取「{0}」……").format(path.name))
        except RosterRejected as exc:
            self.problems.show_rejection(exc)
            self.status_label.setText(self.tr("名单未载入：「{0}」需要修改，原有名单不变。").format(path.name))
            show_error(self, exc)
            return
        except BurdenSurveyError as exc:
            show_error(self, exc)
            return
        self.problems.clear()
        if count is CANCELLED:
            self.status_label.setText(self.tr("已取消：原有名单不变。"))
            return
        self.status_label.setText(self.tr("已载入「{0}」：{1} 个单位。").format(path.name, count))
        self._show_returns()

    def save_roster_template(self) -> None:
        suggested = remembered_folder(FOLDER_KEY) / self.tr("回收名单.xlsx")
        path = FileDialogs.save_file(self, self.tr("保存名单模板"), suggested, self.tr("Excel 表格 (*.xlsx)"))
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            write_roster_template(path)
        except BurdenSurveyError as exc:
            show_error(self, exc)
            return
        remember_folder(FOLDER_KEY, path.parent)
        self.status_label.setText(self.tr("名单模板已保存：{0}").format(path))
        show_info(self, self.tr("已保存"), self.tr("名单模板已保存到：\n{0}\n\n每行填写一个单位和应交份数，保存后点击「载入名单…」。")
                  .format(path))
