"""Before a wave file's key is kept, the cadre sees who sent it and its key id and confirms; replacing one asks more."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from burden_survey.survey_files.wave_file import WaveFile, keep_wave_file, read_wave_file
from burden_survey.survey_files.wave_keys import WaveKey, wave_key
from burden_survey.system.errors import BurdenSurveyError
from ui.common.errors import show_error
from ui.common.screen_fit import FittedDialog
from ui.common.widgets import run_modal


def _plain(text: str, parent: QWidget) -> QLabel:
    """A label for what the file says: plain text always, so a hostile file cannot style or link anything."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class WaveKeyDialog(FittedDialog):
    """What a wave file says about itself; 「载入」 keeps it. When the wave already has another key, the cadre
    must tick that they checked the new key id with the organiser before 「替换密钥」 can be clicked."""

    def __init__(self, loaded: WaveFile, known: WaveKey | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.replacing = known is not None and bool(loaded.key_id) and known.key_id != loaded.key_id
        self.setObjectName("waveKeyDialog")
        self.setWindowTitle(self.tr("替换批次密钥") if self.replacing else self.tr("核对批次文件"))
        wave = loaded.wave
        period = "—"
        if wave.period_start or wave.period_end:
            period = self.tr("{0} 至 {1}").format(wave.period_start or "…", wave.period_end or "…")
        if self.replacing:
            intro = self.tr("这个批次已经有一把密钥（密钥编号 {0}）。这份批次文件带来另一把密钥。"
                            "来历不明的批次文件可能是冒充的：换成它以后，您的答卷只有它的制作者能打开。").format(
                known.shown_key_id)
        elif loaded.key_id:
            intro = self.tr("答卷将用这份批次文件中的密钥加密，只有持有它的人能打开。"
                            "请与组织者的通知（公文、电话）中的密钥编号核对，一致再载入。")
        else:
            intro = self.tr("这份批次文件没有密钥：这个批次的答卷不加密，交给谁都能打开。")
        self.intro = _plain(intro, self)
        # One short line: runs of (ideographic) spaces and a long text could otherwise draw a fake 「密钥编号」 line
        # under the organiser's name, above the real one (found by the red-team pass).
        organiser = " ".join(loaded.organiser.split())
        organiser = organiser if len(organiser) <= 40 else organiser[:39] + "…"
        self.organiser_label = _plain(organiser or self.tr("（文件未写明）"), self)
        self.organiser_label.setWordWrap(False)
        self.organiser_label.setObjectName("organiser")
        self.wave_label = _plain(f"{wave.title}（{wave.id}）", self)
        self.key_label = _plain(loaded.shown_key_id or self.tr("无（不加密）"), self)
        self.key_label.setObjectName("keyId")
        font = self.key_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.key_label.setFont(font)

        form = QFormLayout()
        form.addRow(self.tr("组织者"), self.organiser_label)
        form.addRow(self.tr("调查批次"), self.wave_label)
        form.addRow(self.tr("调查期"), _plain(period, self))
        if wave.k:  # only a collector's figures use it; a cadre need not think about it unless it was raised
            form.addRow(self.tr("最少显示人数"), _plain(self.tr("{0} 人").format(wave.k), self))
        if self.replacing:
            form.addRow(self.tr("原密钥编号"), _plain(known.shown_key_id, self))
        form.addRow(self.tr("新密钥编号") if self.replacing else self.tr("密钥编号"), self.key_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("替换密钥") if self.replacing else self.tr("载入"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.checked_box = QCheckBox(self.tr("我已向组织者核实：新的密钥编号 {0} 是正确的").format(loaded.shown_key_id),
                                     self)
        self.checked_box.setObjectName("checkedWithOrganiser")

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        if self.replacing:
            layout.addWidget(self.checked_box)
            self.ok_button.setEnabled(False)
            self.checked_box.toggled.connect(self.ok_button.setEnabled)
            # Enter must never replace a key by accident: the safe answer is the default.
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        else:
            self.checked_box.hide()
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @classmethod
    def ask(cls, parent: QWidget | None, loaded: WaveFile, known: WaveKey | None) -> bool:
        """True when the cadre confirmed. Tests replace this classmethod to click the real dialog."""
        return bool(run_modal(cls(loaded, known, parent), lambda dialog: True))


def load_confirmed(parent: QWidget | None, storage, path: Path) -> WaveFile | None:
    """Read a wave file, show the cadre what it says and keep it once confirmed; None when refused or cancelled.
    What is kept is what was shown: the file is read once."""
    try:
        loaded = read_wave_file(path)
        known = wave_key(storage, loaded.wave.id)
        # A file without a key never takes away the one kept: answers stay sealed, nothing to confirm.
        same = known is not None and (known.key_id == loaded.key_id or not loaded.key_id)
        if not same and not WaveKeyDialog.ask(parent, loaded, known):
            return None
        return keep_wave_file(storage, loaded, path.name, replace_key=not same)
    except BurdenSurveyError as exc:
        show_error(parent, exc)
        return None
