"""The widgets of a record dialog, made from the record's field table (burden_survey/survey/fields.py).

One widget per field, chosen by what the field holds; its label, tooltip and placeholder come from the table through
Qt's translator, so a field added to the table shows up in its dialog's section without touching the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from burden_survey.survey import fields
from burden_survey.survey.fields import Field
from burden_survey.survey.validation import MAX_NAME_LENGTH

from .optional_inputs import OptionalDate
from .widgets import ChoiceCombo, MultiChoice, YesNoCombo


def field_text(text: str) -> str:
    """A label, tip or example of the field tables, as shown: through Qt's translator."""
    return QCoreApplication.translate("fields", text) if text else ""


class RecordForm(QObject):
    """The widgets of one record's fields; `changed(key)` when the user changes one."""

    changed = Signal(str)

    def __init__(self, declared: tuple[Field, ...], parent: QWidget, own: dict[str, QWidget] | None = None,
                 text_tip: str = fields.ANONYMITY_TIP):
        """`own`: widgets the dialog makes itself for some fields, with value() and set_value(); `text_tip`: the
        tooltip of a free text that has none of its own (a survey's: stay anonymous)."""
        super().__init__(parent)
        self.fields = declared
        self._by_key = fields.by_key(declared)
        own = own or {}
        self.widgets: dict[str, QWidget] = {}
        for field in declared:
            widget = own[field.key] if field.key in own else self._make(field, parent)
            widget.setObjectName(field.key)
            tip = field.tip or (text_tip if field.kind == fields.TEXT else "")
            widget.setToolTip(field_text(tip))
            self.widgets[field.key] = widget
        self.changed.connect(self.update_asked)

    def __getitem__(self, key: str) -> QWidget:
        return self.widgets[key]

    # build ---------------------------------------------------------------------------
    def _make(self, field: Field, parent: QWidget) -> QWidget:
        def changed(*_):
            self.changed.emit(field.key)

        if field.kind == fields.TEXT and field.lines > 1:
            widget = QPlainTextEdit(parent)
            widget.setPlaceholderText(field_text(field.example))
            widget.setFixedHeight(widget.fontMetrics().lineSpacing() * field.lines)
            widget.textChanged.connect(changed)
        elif field.kind in (fields.NAME, fields.TEXT):
            widget = QLineEdit(parent)
            widget.setPlaceholderText(field_text(field.example))
            if field.kind == fields.NAME:
                widget.setMaxLength(MAX_NAME_LENGTH)
            widget.textChanged.connect(changed)
        elif field.kind == fields.CODES:
            widget = MultiChoice(field.vocabulary, 3, parent)
            widget.changed.connect(changed)
        elif field.vocabulary is not None:
            widget = ChoiceCombo(field.vocabulary, parent)
            widget.currentIndexChanged.connect(changed)
        elif field.kind == fields.YES_NO:
            widget = YesNoCombo(parent, required=field.required)
            widget.currentIndexChanged.connect(changed)
        elif field.kind in (fields.INT, fields.NUMBER):
            widget = QSpinBox(parent) if field.kind == fields.INT else QDoubleSpinBox(parent)
            # One below the lowest shows 「未填」, so that "not answered" and zero stay different answers.
            widget.setRange(int(field.low) - 1 if field.kind == fields.INT else field.low - 0.5, field.high)
            if field.kind == fields.NUMBER:
                widget.setDecimals(field.decimals)
                widget.setSingleStep(0.5)
            widget.setGroupSeparatorShown(field.high >= 100_000)  # 2,000,000 users: readable at a glance
            widget.setSpecialValueText(self.tr("未填"))
            if field.unit:
                widget.setSuffix(f" {field_text(field.unit)}")
            widget.valueChanged.connect(changed)
        else:
            widget = OptionalDate(parent, field_text(field.example) or None)  # a date's example: its unknown box
            widget.unknown.toggled.connect(changed)
            widget.edit.dateChanged.connect(changed)
        return widget

    def add_rows(self, layout: QFormLayout, section: str) -> None:
        """A labelled row for each field of the section, in the table's order."""
        for field in self.fields:
            if field.section == section:
                layout.addRow(field_text(field.short_label), self.widgets[field.key])

    def free_texts(self) -> list[str]:
        """What the cadre typed freely, the text that is checked for phone and ID numbers."""
        return [self.value(f.key) for f in self.fields if f.kind == fields.TEXT]

    def field_named(self, label: str) -> Field | None:
        """The field a refusal names by its label (with or without its remark); None when none has it."""
        return next((f for f in self.fields if label in (f.label, f.short_label)), None)

    # values --------------------------------------------------------------------------
    def load(self, values: dict) -> None:
        for field in self.fields:
            widget, value = self.widgets[field.key], values.get(field.key, field.empty())
            if isinstance(widget, QLineEdit):
                widget.setText(value or "")
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
                widget.setValue(widget.minimum() if value is None else value)
            elif isinstance(widget, ChoiceCombo) and field.kind == fields.INT:
                widget.set_value(None if value is None else str(value))
            else:
                widget.set_value(value)
        self.update_asked()

    def value(self, key: str) -> object:
        field, widget = self._by_key[key], self.widgets[key]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        if isinstance(widget, QLineEdit):
            return widget.text() if field.kind == fields.NAME else widget.text().strip()
        if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            return None if widget.value() < field.low else widget.value()
        value = widget.value()
        return int(value) if field.kind == fields.INT and value is not None else value

    def values(self) -> dict:
        """Every field's value; a field that is not asked of what the form now says is empty."""
        return fields.clear_unasked(self.fields, {f.key: self.value(f.key) for f in self.fields})

    def update_asked(self, *_) -> None:
        """A field asked only under a condition (a ranking's details) is enabled only while it holds."""
        for field in self.fields:
            if field.when is not None:
                other, codes = field.when
                self.widgets[field.key].setEnabled(self.value(other) in codes)
