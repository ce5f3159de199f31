"""The dialog for a new survey wave, or for giving an existing wave its key: id, title, period, roster, passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from burden_survey.survey.choices import SAMPLING_METHODS
from burden_survey.survey.questions import QUESTIONNAIRE_VERSION
from burden_survey.store.wave_k import raise_wave_k
from burden_survey.survey.survey_file import K_CEILING, K_FLOOR, Wave, valid_wave_id
from burden_survey.survey_files.crypto import MIN_PASSPHRASE
from burden_survey.survey_files.passphrase_strength import FAIR, STRONG, WEAK, strength
from burden_survey.survey_files.wave_keys import WaveKey, clean_roster, create_wave_key
from burden_survey.system.errors import BurdenSurveyError, InputRejected
from ui.common.errors import show_error
from ui.common.optional_inputs import OptionalDate
from ui.common.screen_fit import FittedDialog
from ui.common.widgets import ChoiceCombo, run_modal

MAX_TITLE = 80


class WaveDialog(FittedDialog):
    """New wave (`wave` None) or a key for an existing wave; OK saves, and stays open while a field is wrong."""

    def __init__(self, storage, wave: Wave | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.wave = wave
        self.is_new = wave is None
        self.saved_wave: Wave | None = None
        self.saved_key: WaveKey | None = None
        self._other_waves: list[str] | None = None  # the database's wave ids and titles, for the passphrase hint
        self.setObjectName("waveDialog")
        self.setWindowTitle(self.tr("新建调查批次") if self.is_new else self.tr("为批次「{0}」设置密钥").format(wave.id))
        self._create_widgets()
        self._lay_out()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.encrypt_box.toggled.connect(self._encryption_toggled)
        self._encryption_toggled(self.encrypt_box.isChecked())
        self.passphrase_edit.textChanged.connect(self._show_strength)
        for edit in (self.id_edit, self.title_edit, self.roster_edit):  # the wave's own words count against it
            edit.textChanged.connect(lambda *_: self._show_strength(self.passphrase_edit.text()))
        self._show_strength("")
        (self.id_edit if self.is_new else self.passphrase_edit).setFocus()

    def _create_widgets(self) -> None:
        self.id_edit = QLineEdit(self)
        self.id_edit.setObjectName("waveId")
        self.id_edit.setMaxLength(40)
        self.id_edit.setPlaceholderText(self.tr("字母、数字、- 和 _，例如 XS2026A"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("waveTitle")
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setPlaceholderText(self.tr("例如：锡山区2026年第四季度"))
        self.start_date = OptionalDate(self)
        self.start_date.setObjectName("periodStart")
        self.end_date = OptionalDate(self)
        self.end_date.setObjectName("periodEnd")
        self.workdays_only_box = QCheckBox(self.tr("只记工作日（周末和节假日的记录不计入）"), self)
        self.workdays_only_box.setObjectName("workdaysOnly")
        self.workdays_only_box.setToolTip(self.tr(
            "勾选后，填报人导出的答卷只带起止日期内工作日的用时，统计也只算这些天；不勾选，起止日期内的每一天都计入。"
            "工作日按国务院公布的节假日安排（调休上班的周末算工作日）。"))
        self.sampling_combo = ChoiceCombo(SAMPLING_METHODS, self)
        self.sampling_combo.setObjectName("sampling")
        self.sampling_combo.setToolTip(self.tr(
            "填报人是怎样选出的。会议材料的封面会写明：公开征集（自愿填报）的结果不代表全体干部。"))
        self.wave_label = QLabel(self)
        self.wave_label.setObjectName("waveName")
        if self.wave is not None:
            self.wave_label.setText(f"{self.wave.id}  {self.wave.title}")
        self.k_spin = QSpinBox(self)
        self.k_spin.setObjectName("waveK")
        self.k_spin.setRange(K_FLOOR, K_CEILING)
        self.k_spin.setValue(K_FLOOR)
        self.k_spin.setSuffix(self.tr(" 人"))
        self.k_spin.setToolTip(self.tr(
            "看板、报告和表格只显示至少这么多填报人的数字，人数更少的只显示「少于 … 人」，保护填报人不被认出。"
            "默认 5 人；以后只能提高，不能降低。"))
        self.roster_edit = QPlainTextEdit(self)
        self.roster_edit.setObjectName("roster")
        self.roster_edit.setPlaceholderText(self.tr("选填：每行一个单位，例如\n东港镇\n锡北镇"))
        self.roster_edit.setMaximumHeight(110)
        self.encrypt_box = QCheckBox(self.tr("加密答卷（推荐）"), self)
        self.encrypt_box.setObjectName("encrypt")
        self.encrypt_box.setChecked(True)
        self.encrypt_box.setToolTip(self.tr("填报人导出的答卷只有您（持有口令的组织者）能打开，传递途中被改动也能发现"))
        self.passphrase_edit = self._password("passphrase")
        self.repeat_edit = self._password("passphraseRepeat")
        self.passphrase_hint = QLabel(self.tr(
            "口令至少 {0} 个字符。导入加密答卷时要输入它。\n"
            "口令无法找回：忘记口令，这一批次的加密答卷就再也打不开。请牢记，或抄在纸上锁好保管；"
            "不要把口令发给填报人，他们只需要批次文件。").format(MIN_PASSPHRASE), self)
        self.strength_label = QLabel(self)
        self.strength_label.setObjectName("passphraseStrength")
        self.strength_label.setWordWrap(True)
        self.passphrase_hint.setObjectName("warningNote")  # the yellow note of style.qss: it must not be missed
        self.passphrase_hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("建立批次") if self.is_new else self.tr("设置密钥"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

    def _password(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _lay_out(self) -> None:
        form = QFormLayout()
        if self.is_new:
            form.addRow(self.tr("批次编号"), self.id_edit)
            form.addRow(self.tr("批次名称"), self.title_edit)
            form.addRow(self.tr("开始日期"), self.start_date)
            form.addRow(self.tr("截止日期"), self.end_date)
            form.addRow("", self.workdays_only_box)
            form.addRow(self.tr("抽样方式"), self.sampling_combo)
            form.addRow(self.tr("最少显示人数"), self.k_spin)
        else:
            form.addRow(self.tr("批次"), self.wave_label)
        form.addRow(self.tr("应交单位"), self.roster_edit)
        if self.is_new:
            form.addRow("", self.encrypt_box)
        form.addRow(self.tr("口令"), self.passphrase_edit)
        form.addRow("", self.strength_label)
        form.addRow(self.tr("再输一次口令"), self.repeat_edit)
        form.addRow("", self.passphrase_hint)
        for widget in (self.id_edit, self.title_edit, self.start_date, self.end_date, self.workdays_only_box,
                       self.sampling_combo, self.k_spin, self.encrypt_box):
            widget.setVisible(self.is_new)
        self.wave_label.setVisible(not self.is_new)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _encryption_toggled(self, on: bool) -> None:
        # Without a key there is no wave file roster to keep: the returns page takes its own roster.
        for widget in (self.passphrase_edit, self.repeat_edit, self.passphrase_hint, self.roster_edit):
            widget.setEnabled(on)
        self.roster_edit.setToolTip("" if on else self.tr("不加密的批次不保存应交单位；回收名单可在「回收情况」页导入"))

    def _show_strength(self, passphrase: str) -> None:
        """A hint while typing, never a refusal: how long the passphrase holds against a stolen copy."""
        self.strength_label.setVisible(bool(passphrase))
        if not passphrase:
            return
        if self._other_waves is None:  # read once, not at every keystroke on the GUI thread
            self._other_waves = [word for wave in self.storage.list_waves() for word in (wave.id, wave.title)]
        known = [self.id_edit.text(), self.title_edit.text(), *self.roster_edit.toPlainText().splitlines(),
                 *self._other_waves]
        found = strength(passphrase, known)
        level = [self.tr("弱"), self.tr("一般"), self.tr("强")][found.level]
        if found.years < 1 / 365:
            held = self.tr("不到一天")
        elif found.years < 1:
            held = self.tr("几天到几个月")
        elif found.years < 100:
            held = self.tr("几年到几十年")
        else:
            held = self.tr("一百年以上")
        text = self.tr("口令强度：{0}。若有人拿到数据库或备份的副本，逐个猜大约需要{1}。").format(level, held)
        if found.uses_known:
            text += self.tr("口令里含有批次编号、名称或单位名，熟人容易猜到；请换成只有您知道的词句。")
        elif found.level < STRONG:
            text += self.tr("再加一两个不常见的词，或用一整句只有您知道的话（中文也可以）。")
        self.strength_label.setText(text)
        colour = {WEAK: "#c0392b", FAIR: "#9a6700", STRONG: "#1e7e34"}[found.level]
        self.strength_label.setStyleSheet(f"color: {colour}")

    # checking and saving -------------------------------------------------------------
    def typed_wave(self) -> Wave:
        """The new wave as typed; InputRejected naming the field when something cannot be right."""
        wave_id, title = self.id_edit.text().strip(), self.title_edit.text().strip()
        if not valid_wave_id(wave_id):
            raise InputRejected(self.tr("批次编号"), self.tr("只能由字母、数字、- 和 _ 组成（1–40 个字符）。"),
                                self.tr("例如 XS2026A；填报人要照着它填写或载入。"))
        if wave_id in {w.id for w in self.storage.list_waves()}:
            raise InputRejected(self.tr("批次编号"), self.tr("「{0}」已经有了。").format(wave_id),
                                self.tr("请换一个编号；要给已有的批次加密，请在列表中选中它，点击「为批次设置密钥…」。"))
        if not title:
            raise InputRejected(self.tr("批次名称"), self.tr("不能为空。"), self.tr("例如：锡山区2026年第四季度。"))
        start, end = self.start_date.value(), self.end_date.value()
        if start and end and end < start:
            raise InputRejected(self.tr("截止日期"), self.tr("早于开始日期。"), self.tr("请检查两个日期，或把不确定的日期设为「未定」。"))
        return Wave(wave_id, title, QUESTIONNAIRE_VERSION, start, end,
                    workdays_only=self.workdays_only_box.isChecked(), sampling=self.sampling_combo.value())

    def typed_passphrase(self) -> str:
        passphrase = self.passphrase_edit.text()
        if len(passphrase) < MIN_PASSPHRASE:
            raise InputRejected(self.tr("口令"), self.tr("至少要 {0} 个字符。").format(MIN_PASSPHRASE),
                                self.tr("长一点的口令更安全，例如一句只有您知道的话。"))
        if self.repeat_edit.text() != passphrase:
            raise InputRejected(self.tr("再输一次口令"), self.tr("与「口令」不一致。"), self.tr("请把同一个口令再输一次。"))
        return passphrase

    def accept(self) -> None:
        encrypt = self.encrypt_box.isChecked() or not self.is_new
        try:
            wave = self.typed_wave() if self.is_new else self.wave
            passphrase = self.typed_passphrase() if encrypt else ""
            # The wave and its key are saved together: a refused key leaves no wave behind.
            with self.storage.db.atomic():
                if self.is_new:
                    self.storage.add_wave(wave)
                    if self.k_spin.value() > K_FLOOR:
                        raise_wave_k(self.storage, wave.id, self.k_spin.value())
                if encrypt:
                    self.saved_key = create_wave_key(self.storage, wave.id, passphrase,
                                                     clean_roster(self.roster_edit.toPlainText().splitlines()))
        except InputRejected as exc:
            show_error(self, exc)
            self._focus_field(exc.field)
            return
        except BurdenSurveyError as exc:
            show_error(self, exc)
            return
        self.saved_wave = wave
        super().accept()

    def _focus_field(self, field: str) -> None:
        edits = {self.tr("批次编号"): self.id_edit, self.tr("批次名称"): self.title_edit,
                 self.tr("截止日期"): self.end_date.edit, self.tr("口令"): self.passphrase_edit,
                 self.tr("再输一次口令"): self.repeat_edit}
        edit = edits.get(field, self.passphrase_edit if field == "口令" else None)
        if edit is not None:
            edit.setFocus()
            if isinstance(edit, QLineEdit):
                edit.selectAll()

    @classmethod
    def ask(cls, parent: QWidget | None, storage, wave: Wave | None = None) -> Wave | None:
        """Show the dialog; the saved wave, or None if the user cancelled."""
        return run_modal(cls(storage, wave, parent), lambda dialog: dialog.saved_wave)
