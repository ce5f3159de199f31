"""「调查批次」: the supervisor's survey waves — new waves with a key, and the wave file handed to cadres."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QInputDialog, QLabel, QStackedWidget, QToolBar, QVBoxLayout, QWidget

from burden_survey.report.slips import write_slips
from burden_survey.survey import divisions
from burden_survey.store.wave_k import raise_wave_k
from burden_survey.survey.survey_file import K_CEILING, K_FLOOR, Wave
from burden_survey.survey_files.crypto import shown_key_id
from burden_survey.survey_files.participation import make_codes
from burden_survey.survey_files.wave_file import EXTENSION, write_wave_file
from burden_survey.survey_files.wave_keys import WaveKey, wave_key
from burden_survey.system.errors import BurdenSurveyError
from ui.common.errors import show_error
from ui.common.file_widgets import FileDialogs, remember_folder, remembered_folder, show_info
from ui.common.page import Page
from ui.common.table_model import RowsModel
from ui.common.widgets import edit_on_enter, empty_state, page_action, record_table

from .participation_dialog import ParticipationDialog
from .wave_dialog import WaveDialog

FOLDER_KEY = "waves/folder"


def _tr(text: str) -> str:
    return QCoreApplication.translate("WavesModel", text)


@dataclass(frozen=True)
class WaveRow:
    wave: Wave
    key: WaveKey | None
    responses: int


def period_text(wave: Wave) -> str:
    """The diary window: its dates, and whether only workdays count."""
    if not wave.period_start and not wave.period_end:
        dates = _tr("未定")
    else:
        start = wave.period_start.isoformat() if wave.period_start else _tr("未定")
        end = wave.period_end.isoformat() if wave.period_end else _tr("未定")
        dates = _tr("{0} 至 {1}").format(start, end)
    return _tr("{0}，只计工作日").format(dates) if wave.workdays_only else dates


def key_text(key: WaveKey | None) -> str:
    """What the encryption column says; a key without its private half is one this database only sends to."""
    if key is None:
        return _tr("未加密")
    if key.has_private:
        return _tr("已加密 · 密钥编号 {0}").format(shown_key_id(key.key_id))
    return _tr("发给组织者的公钥 · 密钥编号 {0}").format(shown_key_id(key.key_id))


class WavesModel(RowsModel):
    COLUMNS = [
        (QT_TRANSLATE_NOOP("columns", "编号"), lambda r: r.wave.id),
        (QT_TRANSLATE_NOOP("columns", "名称"), lambda r: r.wave.title),
        (QT_TRANSLATE_NOOP("columns", "起止日期"), lambda r: period_text(r.wave)),
        (QT_TRANSLATE_NOOP("columns", "加密"), lambda r: key_text(r.key)),
        (QT_TRANSLATE_NOOP("columns", "已导入答卷"), lambda r: r.responses),
        (QT_TRANSLATE_NOOP("columns", "最少显示人数"), lambda r: r.wave.k or K_FLOOR),
    ]
    NUMERIC_COLUMNS = frozenset({4, 5})


class WavesPage(Page):
    """List the waves; make one (with a key), give an old one a key, and write the wave file for cadres."""

    def __init__(self, storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self._create_widgets()
        self._lay_out()
        self._connect()
        self.refresh()

    def _create_widgets(self) -> None:
        self.intro = QLabel(self.tr(
            "每一轮调查是一个批次。新建批次时设置口令，填报人交来的答卷就会加密，只有您能打开；"
            "把「批次文件」发给填报人，他们载入后导出的答卷就属于这个批次。"), self)
        self.intro.setObjectName("wavesIntro")
        self.intro.setWordWrap(True)
        self.new_action = page_action(self, "newWave", self.tr("新建批次…"), self.tr("建立一个调查批次（Ctrl+N）"),
                                      [QKeySequence("Ctrl+N"), QKeySequence(Qt.Key.Key_Insert)])
        self.key_action = page_action(self, "setWaveKey", self.tr("为批次设置密钥…"),
                                      self.tr("给还没有密钥的批次设置口令，此后交来的答卷加密"), [])
        self.file_action = page_action(self, "exportWaveFile", self.tr("导出批次文件…"),
                                       self.tr("保存发给填报人的批次文件（编号、名称、日期、应交单位和公钥）"), [])
        self.codes_action = page_action(self, "participationCodes", self.tr("参与码纸条…"),
                                        self.tr("为选中的批次打印一次性参与码：防止有人编造答卷（选用）"), [])
        self.k_action = page_action(self, "raiseWaveK", self.tr("提高最少显示人数…"),
                                    self.tr("看板、报告和表格只显示至少这么多人的数字；只能提高，不能降低"), [])
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("wavesToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.key_action, self.file_action, self.codes_action, self.k_action):
            self.toolbar.addAction(action)
        self.model = WavesModel(self)
        self.table = record_table(self, self.model, "wavesTable")
        self.table.setAccessibleName(self.tr("调查批次列表"))
        header = self.table.horizontalHeader()
        for column in range(len(WavesModel.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the title takes what is left
        edit_on_enter(self.table, self.open_selected)
        self.empty_label = empty_state(self, self.tr(
            "还没有调查批次。点击「新建批次…」（或按 Ctrl+N）建立一个：\n"
            "填写编号和名称，设置口令让答卷加密，再「导出批次文件…」发给各填报人。"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLine")
        self.status_label.setWordWrap(True)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status_label)

    def _connect(self) -> None:
        self.new_action.triggered.connect(self.new_wave)
        self.key_action.triggered.connect(self.set_key)
        self.file_action.triggered.connect(self.export_wave_file)
        self.codes_action.triggered.connect(self.print_codes)
        self.k_action.triggered.connect(self.raise_k)
        self.table.doubleClicked.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

    # loading -------------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        """Reload from storage, keeping the selection (or selecting `select_id`)."""
        selected = self.selected_row()
        wanted = select_id or (selected.wave.id if selected else None)
        counts = self.storage.responses_per_wave()
        rows = [WaveRow(w, wave_key(self.storage, w.id), counts.get(w.id, 0)) for w in self.storage.list_waves()]
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty_label)
        for number, row in enumerate(rows):
            if row.wave.id == wanted:
                self.table.selectRow(number)
        self._update_actions()

    def selected_row(self) -> WaveRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_actions(self, *_) -> None:
        row = self.selected_row()
        self.key_action.setEnabled(row is not None and row.key is None)
        self.file_action.setEnabled(row is not None)
        self.codes_action.setEnabled(row is not None)
        self.k_action.setEnabled(row is not None and (row.wave.k or K_FLOOR) < K_CEILING)

    def _changed(self, message: str, wave_id: str) -> None:
        self.status_label.setText(message)
        self.refresh(select_id=wave_id)
        self.changed.emit()

    # actions -------------------------------------------------------------------------
    def new_wave(self) -> None:
        wave = WaveDialog.ask(self, self.storage)
        if wave is None:
            return
        key = wave_key(self.storage, wave.id)
        if key is None:
            message = self.tr("已建立批次「{0}」（答卷不加密）。").format(wave.id)
        else:
            message = self.tr("已建立批次「{0}」，密钥编号 {1}。下一步：「导出批次文件…」发给填报人。").format(
                wave.id, shown_key_id(key.key_id))
        self._changed(message, wave.id)

    def set_key(self) -> None:
        row = self.selected_row()
        if row is None or row.key is not None:
            return
        if WaveDialog.ask(self, self.storage, row.wave) is not None:
            key = wave_key(self.storage, row.wave.id)
            self._changed(self.tr("批次「{0}」已设置密钥，密钥编号 {1}。以后交来的答卷将加密；请重新导出批次文件发给填报人。")
                          .format(row.wave.id, shown_key_id(key.key_id) if key else ""), row.wave.id)

    def open_selected(self, *_) -> None:
        """Enter or a double click: a wave without a key gets one; otherwise its wave file is written."""
        row = self.selected_row()
        if row is not None:
            (self.set_key if row.key is None else self.export_wave_file)()

    def export_wave_file(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        path = FileDialogs.save_file(self, self.tr("导出批次文件"), remembered_folder(FOLDER_KEY) / f"{row.wave.id}{EXTENSION}",
                                     self.tr("批次文件 (*{0})").format(EXTENSION))
        if path is None:
            return
        path = path if path.suffix.lower() == EXTENSION else path.with_name(path.name + EXTENSION)
        try:
            written = write_wave_file(self.storage, row.wave.id, path, organiser=self._organiser())
        except (BurdenSurveyError, OSError) as exc:
            show_error(self, exc)
            return
        remember_folder(FOLDER_KEY, path.parent)
        self.status_label.setText(self.tr("批次文件已保存到：{0}").format(path))
        text = self.tr("批次文件已保存到：\n{0}\n\n请把这个文件发给各填报人：他们在「导出调查文件」里点击「载入批次文件…」。").format(path)
        if written.key_id:
            text += "\n\n" + self.tr("再打电话把密钥编号 {0} 念给他们，请他们核对载入后显示的编号："
                                     "编号一致，才说明文件没有被调换。").format(shown_key_id(written.key_id))
        else:
            text += "\n\n" + self.tr("这个批次没有密钥，交来的答卷不加密。要加密，请先「为批次设置密钥…」。")
        show_info(self, self.tr("已导出批次文件"), text)

    def print_codes(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        counts = ParticipationDialog.ask(self, row.wave, row.key.roster if row.key else [])
        if not counts:
            return
        path = FileDialogs.save_file(self, self.tr("保存参与码纸条"),
                                     remembered_folder(FOLDER_KEY) / self.tr("{0} 参与码.pdf").format(row.wave.id),
                                     self.tr("PDF 文件 (*.pdf)"))
        if path is None:
            return
        path = path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
        try:
            made = make_codes(self.storage, row.wave.id, counts,
                              lambda codes: write_slips(row.wave, codes, path, self._organiser()))
        except (BurdenSurveyError, OSError) as exc:
            show_error(self, exc)
            return
        remember_folder(FOLDER_KEY, path.parent)
        total = sum(len(codes) for codes in made.values())
        self._changed(self.tr("已生成 {0} 个参与码（{1} 个单位），纸条已保存到：{2}").format(total, len(made), path),
                      row.wave.id)
        show_info(self, self.tr("已保存参与码纸条"), self.tr(
            "纸条已保存到：\n{0}\n\n打印后沿虚线剪开，随机发给各单位的填报人。从现在起，这个批次的答卷必须带参与码"
            "才能导入；码只保存在本机的数据库里，纸条丢了无法补印同一个码，可以再生成一批。").format(path))

    def raise_k(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        current = row.wave.k or K_FLOOR
        k, ok = QInputDialog.getInt(
            self, self.tr("提高最少显示人数"),
            self.tr("批次「{0}」现在只显示至少 {1} 人的数字。\n"
                    "提高以后，人数不到新设定的乡镇、单位类型和工具都只显示「少于 … 人」；\n"
                    "已经发出的报告不受影响。最少显示人数只能提高，不能再降低。\n\n新的最少显示人数：")
            .format(row.wave.id, current), current, current, K_CEILING)
        if not ok or k == current:
            return
        try:
            raise_wave_k(self.storage, row.wave.id, k)
        except BurdenSurveyError as exc:
            show_error(self, exc)
            return
        self._changed(self.tr("批次「{0}」的最少显示人数已提高到 {1} 人；看板和报告按新的人数显示。").format(row.wave.id, k),
                      row.wave.id)

    def _organiser(self) -> str:
        """Who hands the wave out, as the cadre will read it: the supervisor's place, when the profile has one."""
        profile = self.storage.load_profile()
        place = divisions.full_name(profile.county_code) or ""
        return f"{place} {profile.township_name}".strip() if place else ""
