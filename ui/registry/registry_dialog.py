"""The dialog for one registry entry (DOMAIN.md §4): every field, on three tabs so it fits a 1366×768 screen."""

from __future__ import annotations

from dataclasses import asdict, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from burden_survey.registry import app_fields, registry
from burden_survey.registry.registry import RegistryApp
from burden_survey.survey import fields
from ui.common.record_dialog import RecordDialog
from ui.common.record_form import RecordForm, field_text
from ui.common.screen_fit import ScrollingPage
from ui.common.widgets import ChoiceCombo, choice_label

# Offered in the target-platform box; any other platform can be typed in.
KNOWN_PLATFORMS = ["苏服办", "浙里办", "粤省事", "皖事通", "闽政通", "赣服通", "渝快办", "一网通办", "本级统一平台"]


class PlatformBox(QComboBox):
    """A platform picked from the known ones or typed in."""

    def __init__(self, placeholder: str, parent: QWidget):
        super().__init__(parent)
        self.setEditable(True)
        self.addItems([""] + KNOWN_PLATFORMS)
        self.lineEdit().setPlaceholderText(placeholder)

    def value(self) -> str:
        return self.currentText().strip()

    def set_value(self, text: str) -> None:
        self.setCurrentText(text or "")


class StatusField(QWidget):
    """A new entry picks its starting status; afterwards only the status dialog moves it, so history stays whole:
    then the status is shown, not edited."""

    def __init__(self, is_new: bool, parent: QWidget):
        super().__init__(parent)
        self.is_new = is_new
        self.combo = ChoiceCombo(app_fields.APP_STATUSES, self)
        self.label = QLabel(self)
        self.label.setObjectName("statusText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo if is_new else self.label)
        self.combo.setVisible(is_new)
        self.label.setVisible(not is_new)
        self._code = None

    def value(self) -> str | None:
        return (self.combo.value() or self._code) if self.is_new else self._code

    def set_value(self, code: str | None) -> None:
        self._code = code
        self.combo.set_value(code)
        self.label.setText(self.tr("{0}（用「变更状态…」修改）").format(choice_label(app_fields.APP_STATUSES, code)))


class RegistryAppDialog(RecordDialog):
    """Fill in one registry entry; OK saves it through the registry and stays open if the registry refuses.
    Its widgets come from the registry's field table (burden_survey/registry/app_fields.py)."""

    SECTIONS = (("basics", QT_TRANSLATE_NOOP("RegistryAppDialog", "基本信息")),
                ("use", QT_TRANSLATE_NOOP("RegistryAppDialog", "使用与强制")),
                ("disposal", QT_TRANSLATE_NOOP("RegistryAppDialog", "处置")))
    tab_of_section = {section: tab for tab, (section, _) in enumerate(SECTIONS)}

    def __init__(self, storage, app: RegistryApp | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.original = app if app is not None else RegistryApp(name="")
        self.is_new = self.original.id is None
        self.setObjectName("registryAppDialog")
        self.setWindowTitle(self.tr("登记应用") if self.is_new else self.tr("编辑「{0}」").format(self.original.name))
        self.status = StatusField(self.is_new, self)
        platform = fields.by_key(app_fields.APP_FIELDS)["target_platform"]
        own = {"status": self.status, "target_platform": PlatformBox(field_text(platform.example), self)}
        self.form = RecordForm(app_fields.APP_FIELDS, self, own=own, text_tip="")
        self._lay_out()
        self.form.load(asdict(self.original))

    def _lay_out(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        for section, title in self.SECTIONS:
            page = QWidget(self)
            self.form.add_rows(QFormLayout(page), section)
            self.tabs.addTab(ScrollingPage(page, self), self.tr(title))  # scrolls on a small screen
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(640, 460)

    def app(self) -> RegistryApp:
        """The entry as the widgets describe it, keeping the original's id, status history and retirement."""
        values = self.form.values()
        values["kind"] = values["kind"] or "app"
        return replace(self.original, **values)

    def save(self) -> RegistryApp:
        return registry.save_app(self.storage, self.app())
