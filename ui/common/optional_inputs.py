"""Input widgets the registry dialogs share: a date that may be unknown, a count or amount that may be blank."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDoubleSpinBox, QHBoxLayout, QSpinBox, QWidget


class OptionalDate(QWidget):
    """A calendar date with a 「未定」 box: many registry dates are not fixed yet, and None must stay None."""

    def __init__(self, parent: QWidget | None = None, unknown_text: str | None = None):
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.unknown = QCheckBox(unknown_text if unknown_text is not None else self.tr("未定"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.unknown)
        self.unknown.toggled.connect(lambda unknown: self.edit.setEnabled(not unknown))
        self.set_value(None)

    def value(self) -> date | None:
        return None if self.unknown.isChecked() else self.edit.date().toPython()

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self.edit.setDate(QDate(value))
        self.unknown.setChecked(value is None)
        self.edit.setEnabled(value is not None)


class OptionalCount(QSpinBox):
    """A whole number of people; the lowest step, shown as 「未填」, stands for not known (None)."""

    def __init__(self, parent: QWidget | None = None, suffix: str = ""):
        super().__init__(parent)
        self.setRange(-1, 2_000_000_000)
        self.setSpecialValueText(self.tr("未填"))
        self.setSuffix(suffix)
        self.setGroupSeparatorShown(True)
        self.setValue(-1)

    def number(self) -> int | None:
        return None if self.value() < 0 else self.value()

    def set_number(self, value: int | None) -> None:
        self.setValue(-1 if value is None else value)


class OptionalAmount(QDoubleSpinBox):
    """An amount of money in 万元; the lowest step, shown as 「未填」, stands for not known (None)."""

    def __init__(self, parent: QWidget | None = None, suffix: str = ""):
        super().__init__(parent)
        self.setDecimals(2)
        self.setRange(-1, 1_000_000_000)
        self.setSpecialValueText(self.tr("未填"))
        self.setSuffix(suffix)
        self.setGroupSeparatorShown(True)
        self.setValue(-1)

    def number(self) -> float | None:
        return None if self.value() < 0 else self.value()

    def set_number(self, value: float | None) -> None:
        self.setValue(-1 if value is None else value)
