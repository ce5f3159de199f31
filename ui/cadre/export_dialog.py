"""「导出调查文件」: the cadre names the survey wave, sees exactly what leaves the PC, and writes one survey file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from burden_survey.store.storage import Storage
from burden_survey.survey import divisions
from burden_survey.survey.choices import POSTS, STAFFING, TENURE_BANDS, UNIT_TYPES
from burden_survey.survey.completeness import Completeness, completeness, has_place
from burden_survey.survey.questions import QUESTIONNAIRE_VERSION, QUESTIONS
from burden_survey.survey.survey_file import EXTENSION, Wave, default_file_name, file_suffix, valid_wave_id
from burden_survey.survey_files.filestore import ExportFailed, export_response, participation_key
from burden_survey.survey_files.participation import normalised
from burden_survey.survey_files.participation import shown as shown_code
from burden_survey.survey_files.wave_file import EXTENSION as WAVE_FILE_EXTENSION
from burden_survey.survey_files.wave_keys import wave_key
from burden_survey.system.errors import InputRejected
from ui.common.errors import show_error
from ui.common.file_widgets import FileDialogs, remember_folder, remembered_folder, show_info
from ui.common.said import joined
from ui.common.screen_fit import FittedDialog
from ui.common.widgets import choice_label, run_modal

from .wave_key_dialog import load_confirmed

FOLDER_KEY = "export/folder"
WAVE_FILE_FOLDER_KEY = "export/wave_file_folder"
WAVE_ID_KEY = "export/wave_id"
WAVE_TITLE_KEY = "export/wave_title"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def profile_in_words(storage: Storage) -> str:
    """The profile as the supervisor will read it: place, then job, 「未填」 for what was left open."""
    profile = storage.load_profile()
    unset = _tr("未填")
    place = divisions.full_name(profile.county_code) or _tr("地区未填")
    if profile.township_name:
        place += " " + profile.township_name
    if profile.township_code:
        place += _tr("（区划代码 {0}）").format(profile.township_code)
    phone = {None: unset, True: _tr("是"), False: _tr("否")}[profile.work_phone]
    job = [
        _tr("单位类型：{0}").format(choice_label(UNIT_TYPES, profile.unit_type) or unset),
        _tr("岗位：{0}").format(choice_label(POSTS, profile.post) or unset),
        _tr("任职年限：{0}").format(choice_label(TENURE_BANDS, profile.tenure) or unset),
        _tr("编制：{0}").format(choice_label(STAFFING, profile.staffing) or unset),
        _tr("配发工作手机：{0}").format(phone),
        _tr("平时每个工作日用时估计：{0}").format(
            unset if profile.usual_minutes is None else _tr("{0} 分钟").format(profile.usual_minutes)),
    ]
    return place + _tr("；") + _tr("，").join(job)


def free_text_in_words(storage: Storage) -> str:
    """Which of the cadre's own words travel with the file: they are the only place a name could slip in."""
    tools, quotas = storage.list_tools(), storage.list_quotas()
    counts = [
        (_tr("工具备注"), sum(1 for t in tools if t.note.strip())),
        (_tr("重复报送说明"), sum(1 for t in tools if t.same_data_as.strip())),
        (_tr("工作群重叠说明"), sum(1 for t in tools if t.group_overlaps.strip())),
        (_tr("排名依据"), sum(1 for t in tools if t.rank_metric.strip())),
        (_tr("摊派备注"), sum(1 for q in quotas if q.note.strip())),
    ]
    present = [_tr("{0} {1} 条").format(label, n) for label, n in counts if n]
    if not present:
        return _tr("不包含任何备注文字（您没有填写备注）。")
    return _tr("包含您填写的文字：{0}。请确认其中没有任何人的姓名或电话。").format(joined(present))


def answer_completeness(storage: Storage, tools: int, minutes: dict, answered: int, quotas: int) -> Completeness:
    """What the cadre's answer still lacks, from the counts the preview read."""
    profile = storage.load_profile()
    return completeness(has_place(profile), tools,
                        len({day for _, day in minutes}), answered, len(QUESTIONS), quotas)


def missing_text(found: Completeness) -> str:
    """The warning above 导出: what is missing, and what it means for the figures; empty when nothing is."""
    if not found.missing:
        return ""
    parts = "；".join(QCoreApplication.translate("completeness", m) for m in found.missing)
    if found.empty:
        return _tr("这份答卷是空的：{0}。空答卷对统计没有用处，请先填写再导出。").format(parts)
    if found.set_aside:  # the supervisor's program leaves it out until someone takes it in (store/set_aside.py)
        return _tr("这份答卷几乎是空的：{0}。汇总时它会先不计入统计，由汇总人决定是否纳入；请先补上再导出。").format(parts)
    return _tr("这份答卷还缺：{0}。可以照样导出，但缺的部分无法计入相应的统计；能补上的请先补上。").format(parts)


def preview(storage: Storage) -> tuple[list[str], Completeness]:
    """Everything the survey file will hold, in words, one line per kind of content; and what it still lacks."""
    tools = storage.list_tools()
    groups = sum(1 for t in tools if t.is_group)
    minutes = storage.minutes_between(date.min, date.max)
    answered = sum(1 for a in storage.load_answers().values() if a.answer)
    quotas = storage.list_quotas()
    return [
        _tr("基本情况：{0}").format(profile_in_words(storage)),
        _tr("{0} 个工具（其中工作群 {1} 个）").format(len(tools), groups),
        _tr("{0} 条每日用时").format(len(minutes)),
        _tr("{0} 项摊派下载").format(len(quotas)),
        _tr("{0}/{1} 道规定对照").format(answered, len(QUESTIONS)),
        free_text_in_words(storage),
    ], answer_completeness(storage, len(tools), minutes, answered, len(quotas))


class ExportDialog(FittedDialog):
    """Wave id and title as given by the organiser, a preview, the target file, and 导出."""

    exported = Signal(Path)

    def __init__(self, storage: Storage, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.storage = storage
        self.today = today or date.today()
        self.exported_path: Path | None = None
        self._folder = remembered_folder(FOLDER_KEY)
        self._chosen_name: str | None = None  # set once the user picked a name in the file dialog
        self._suffix = file_suffix()  # fresh for this export: nothing in the name links it to another wave's file
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("导出调查文件"))
        self.setMinimumWidth(620)
        self._create_widgets()
        self._lay_out()
        self._connect()
        self._load_state()

    def _create_widgets(self) -> None:
        self.intro = QLabel(self.tr("把您的答卷导出为一个调查文件，再按组织者的要求交上去。"
                                    "组织者发来了批次文件（{0}）时，点击「载入批次文件…」；"
                                    "否则请照组织者给的批次编号和名称填写。").format(WAVE_FILE_EXTENSION), self)
        self.intro.setWordWrap(True)
        self.wave_id = QLineEdit(self)
        self.wave_id.setObjectName("waveId")
        self.wave_id.setPlaceholderText(self.tr("例如：XS2026A"))
        self.wave_id.setMaxLength(40)
        self.wave_title = QLineEdit(self)
        self.wave_title.setObjectName("waveTitle")
        self.wave_title.setPlaceholderText(self.tr("例如：锡山区2026年第四季度"))
        self.wave_hint = QLabel(self)
        self.wave_hint.setObjectName("waveHint")
        self.wave_hint.setWordWrap(True)
        self.load_wave_button = QPushButton(self.tr("载入批次文件…"), self)
        self.load_wave_button.setObjectName("loadWaveFile")
        self.load_wave_button.setToolTip(self.tr("载入组织者发来的批次文件：自动填好批次编号和名称，答卷按组织者的密钥加密"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("participationCode")
        self.code_edit.setMaxLength(20)
        self.code_edit.setPlaceholderText(self.tr("选填：组织者发的纸条上的参与码，例如 ACDEF-GHJKM"))
        self.code_edit.setToolTip(self.tr("参与码证明答卷来自发放范围内的人；它不记录您是谁。没有纸条可以不填。"))
        self.key_line = QLabel(self)
        self.key_line.setObjectName("waveKeyLine")
        self.key_line.setWordWrap(True)
        self.preview = QLabel(self)
        self.preview.setObjectName("exportPreview")
        self.preview.setWordWrap(True)
        self.missing = QLabel(self)
        self.missing.setObjectName("warningNote")  # the yellow note of style.qss
        self.missing.setWordWrap(True)
        self.missing.hide()
        self.privacy = QLabel(self.tr("不包含姓名、电话、身份证号；您的答卷只带一个随机编号。"), self)
        self.privacy.setObjectName("privacyLine")
        self.privacy.setWordWrap(True)
        bold = self.privacy.font()
        bold.setBold(True)
        self.privacy.setFont(bold)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("选择位置…"), self)
        self.choose_button.setObjectName("choosePath")
        self.buttons = QDialogButtonBox(self)
        self.export_button = QPushButton(self.tr("导出"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

    def _lay_out(self) -> None:
        form = QFormLayout()
        wave_row = QHBoxLayout()
        wave_row.addWidget(self.wave_id, 1)
        wave_row.addWidget(self.load_wave_button)
        form.addRow(self.tr("调查批次编号"), wave_row)
        form.addRow("", self.wave_hint)
        form.addRow(self.tr("批次名称"), self.wave_title)
        form.addRow("", self.key_line)
        form.addRow(self.tr("参与码"), self.code_edit)
        contents = QGroupBox(self.tr("将要导出的内容"), self)
        contents_layout = QVBoxLayout(contents)
        contents_layout.addWidget(self.preview)
        contents_layout.addWidget(self.missing)
        contents_layout.addWidget(self.privacy)
        target = QHBoxLayout()
        target.addWidget(self.path_edit, 1)
        target.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(contents)
        layout.addWidget(QLabel(self.tr("保存为"), self))
        layout.addLayout(target)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.wave_id.textChanged.connect(self._wave_id_changed)
        self.choose_button.clicked.connect(self.choose_path)
        self.load_wave_button.clicked.connect(self.load_wave_file)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

    def _load_state(self) -> None:
        settings = QSettings()
        waves = self.storage.list_waves()
        last = waves[-1] if waves else None
        self.wave_id.setText(settings.value(WAVE_ID_KEY, "") or (last.id if last else ""))
        self.wave_title.setText(settings.value(WAVE_TITLE_KEY, "") or (last.title if last else ""))
        items, found = preview(self.storage)
        self.preview.setText("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in items) + "</ul>")
        warning = missing_text(found)
        self.missing.setText(warning)
        self.missing.setVisible(bool(warning))
        self._wave_id_changed()
        self._fit_height()
        (self.wave_title if self.wave_id.text() else self.wave_id).setFocus()

    # the target file -----------------------------------------------------------------
    def target_path(self) -> Path:
        if self._chosen_name:
            return self._folder / self._chosen_name
        profile = self.storage.load_profile()
        wave_id = self.wave_id.text().strip()
        name = default_file_name(profile.county_code, profile.township_name,
                                 wave_id if valid_wave_id(wave_id) else "", self.today, suffix=self._suffix)
        return self._folder / name

    def _wave_id_changed(self) -> None:
        wave_id = self.wave_id.text().strip()
        ok = not wave_id or valid_wave_id(wave_id)
        self.wave_hint.setText("" if ok else self.tr("批次编号只能包含字母、数字、- 和 _，请照组织者给的编号填写。"))
        self.wave_hint.setVisible(not ok)
        self._show_key_line(wave_id if wave_id and ok else None)
        kept = self.storage.get_setting(participation_key(wave_id, self.storage.self_id)) if wave_id and ok else None
        self.code_edit.setText(shown_code(kept) if kept else "")  # the code typed at this wave's last export
        self.path_edit.setText(str(self.target_path()))

    def _show_key_line(self, wave_id: str | None) -> None:
        """Whether the typed wave's answers leave sealed: the cadre can compare the key id by phone."""
        key = wave_key(self.storage, wave_id) if wave_id else None
        if wave_id is None:
            self.key_line.setText("")
        elif key is not None:
            self.key_line.setText(self.tr("本批次的答卷将加密，只有组织者能打开（密钥编号 {0}）").format(key.shown_key_id))
        else:
            self.key_line.setText(self.tr("这个批次没有密钥，答卷不加密"))
        self.key_line.setVisible(wave_id is not None)
        if self.isVisible():
            self._fit_height()

    def _fit_height(self) -> None:
        """Word-wrapped labels are left out of a dialog's size hint: grow it so that the preview is not cut off."""
        width = max(self.width() if self.isVisible() else self.sizeHint().width(), self.minimumWidth())
        # The list's own margins are not in the label's height-for-width either: one more line of room.
        needed = self.heightForWidth(width) + self.fontMetrics().lineSpacing()
        if needed > self.height() or not self.isVisible():
            room = self.screen().availableGeometry().height() - 60  # the buttons must stay on a small screen
            self.resize(width, min(max(needed, self.sizeHint().height()), room))

    def load_wave_file(self) -> None:
        """Register the organiser's wave (and its public key) from a wave file and fill in its id and title."""
        path = FileDialogs.open_file(self, self.tr("载入批次文件"), remembered_folder(WAVE_FILE_FOLDER_KEY),
                                     self.tr("批次文件 (*{0})").format(WAVE_FILE_EXTENSION))
        if path is None:
            return
        loaded = load_confirmed(self, self.storage, path)
        if loaded is None:
            return
        remember_folder(WAVE_FILE_FOLDER_KEY, path.parent)
        self.wave_id.setText(loaded.wave.id)
        self.wave_title.setText(loaded.wave.title)
        self._wave_id_changed()

    def choose_path(self) -> None:
        chosen = FileDialogs.save_file(self, self.tr("保存调查文件"), self.target_path(),
                                       self.tr("调查文件 (*{0})").format(EXTENSION))
        if chosen is None:
            return
        if chosen.suffix != EXTENSION:
            chosen = chosen.with_name(chosen.name + EXTENSION)
        self._folder, self._chosen_name = chosen.parent, chosen.name
        self.path_edit.setText(str(self.target_path()))

    # exporting -----------------------------------------------------------------------
    def wave(self) -> Wave:
        """The wave as typed; refused with a message naming the field when the id cannot be right."""
        wave_id = self.wave_id.text().strip()
        if not valid_wave_id(wave_id):
            raise InputRejected(self.tr("调查批次编号"), self.tr("只能由字母、数字、- 和 _ 组成（1–40 个字符）。"),
                                self.tr("请照组织者发给您的编号原样填写，例如 XS2026A。"))
        known = {w.id: w for w in self.storage.list_waves()}.get(wave_id)
        title = self.wave_title.text().strip() or (known.title if known else wave_id)
        # A known wave (from its wave file) keeps its diary window and k; only the title typed here may differ.
        return replace(known, title=title) if known else Wave(wave_id, title, QUESTIONNAIRE_VERSION)

    def export(self) -> None:
        try:
            wave = self.wave()
            path = self.target_path()
            code = normalised(self.code_edit.text())
            self.storage.add_wave(wave)
            self.storage.set_setting(participation_key(wave.id, self.storage.self_id), code or "")
            export_response(self.storage, wave, path)
        except InputRejected as exc:
            show_error(self, exc)
            (self.code_edit if exc.field == "参与码" else self.wave_id).setFocus()
            return
        except ExportFailed as exc:
            show_error(self, exc)
            return
        except OSError as exc:
            show_error(self, ExportFailed(self.tr("无法写入 {0}（{1}）。").format(path, exc.strerror),
                                          self.tr("请点击「选择位置…」换一个文件夹，或检查U盘是否写保护。")))
            return
        settings = QSettings()
        remember_folder(FOLDER_KEY, path.parent)
        settings.setValue(WAVE_ID_KEY, wave.id)
        settings.setValue(WAVE_TITLE_KEY, wave.title)
        self.exported_path = path
        self.exported.emit(path)
        text = self.tr("调查文件已保存到：\n{0}\n\n请按组织者的要求把这个文件交上去。").format(path)
        if wave_key(self.storage, wave.id) is not None:
            text += "\n" + self.tr("文件已加密，只有组织者能打开。")
        show_info(self, self.tr("已导出"), text)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, storage: Storage) -> Path | None:
        """Show the dialog modally; the written file, or None if the user cancelled."""
        return run_modal(cls(storage, parent), lambda dialog: dialog.exported_path)
