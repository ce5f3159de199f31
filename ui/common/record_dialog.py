"""The frame every record dialog shares: 保存 and 取消, saving through the core, a refusal that keeps the dialog open
with the message shown and the cursor in the field it names, and a question before Esc, 取消 or the window's close
button drops what was typed (issue 16: Esc closed the three-tab tool form and lost it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget, QWidget

from burden_survey.system.errors import InputRejected

from .confirm import Confirm
from .errors import show_error
from .record_form import RecordForm
from .screen_fit import FittedDialog
from .widgets import run_modal


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordDialog", text)


class RecordDialog(FittedDialog):
    """Subclasses build `self.form` (a RecordForm) and lay it out, and say how to `save()`; `self.saved` is the
    saved record. A dialog with tabs sets `self.tabs` and `tab_of_section` (a field's section → its tab)."""

    tab_of_section: dict[str, int] = {}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.saved = None
        self._as_shown: dict | None = None  # the form's values when it was first shown
        self.form: RecordForm | None = None
        self.tabs: QTabWidget | None = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        # By name, not self.tr(): the subclass's name would be the context.
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        self.buttons.button(ok).setText(QCoreApplication.translate("RecordDialog", "保存"))
        self.buttons.button(cancel).setText(QCoreApplication.translate("RecordDialog", "取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.form is None or not self.form.fields:
            return
        if self._as_shown is None:
            self._as_shown = self.form.values()
        # The buttons are made first, so they head the tab chain: the cursor starts in the first field instead.
        focused = self.focusWidget()
        if focused is None or not any(w is focused or w.isAncestorOf(focused) for w in self.form.widgets.values()):
            self.form[self.form.fields[0].key].setFocus()

    def save(self):
        """Save what the form holds through the core and return the saved record; InputRejected when refused."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.saved = self.save()
        except InputRejected as exc:
            self.refused(exc)
            return
        super().accept()

    def has_unsaved_edits(self) -> bool:
        return self.form is not None and self._as_shown is not None and self.form.values() != self._as_shown

    def reject(self) -> None:
        """Esc, 取消 and the close button all come here: with edits not saved, ask first."""
        if self.saved is None and self.has_unsaved_edits() and not Confirm.ask(
                self, _tr("放弃修改？"), _tr("填写的内容还没有保存。"),
                _tr("点「放弃修改」关闭窗口，刚才填写的不保存；点「继续填写」回到表单。"), _tr("放弃修改"), _tr("继续填写")):
            return
        super().reject()

    def refused(self, exc: InputRejected) -> None:
        show_error(self, exc)
        field = self.form.field_named(exc.field) if self.form is not None else None
        if field is not None:
            if self.tabs is not None:
                self.tabs.setCurrentIndex(self.tab_of_section.get(field.section, 0))
            self.form[field.key].setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, storage, record=None):
        """Show the dialog; the saved record, or None if the user cancelled."""
        return run_modal(cls(storage, record, parent), lambda dialog: dialog.saved)
