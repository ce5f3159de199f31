"""The strip above the cadre's pages: the six steps with where each stands, the one on screen marked, and
「下一步」 to the next. A click on a step goes there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from burden_survey.store.storage import Storage
from ui.common.appearance import current_font_scale
from ui.common.widgets import FlowLayout

from . import steps


class StepBar(QWidget):
    go = Signal(str)  # the page key of the step asked for

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepBar")
        self.current: str | None = None
        self.buttons: dict[str, QPushButton] = {}
        flow = FlowLayout()  # a second row rather than sideways scrolling with large text or in English
        for number, (key, _) in enumerate(steps.STEPS, 1):
            button = QPushButton(self)
            button.setObjectName(f"step_{key}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the focus in the page, shortcuts working
            button.clicked.connect(lambda _=False, k=key: self.go.emit(k))
            button.setProperty("number", number)
            flow.addWidget(button)
            self.buttons[key] = button
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("nextStep")
        self.next_button.setToolTip(self.tr("按顺序去填下一步"))
        self.next_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.next_button.clicked.connect(self._next)
        row = QHBoxLayout(self)
        row.setContentsMargins(11, 2, 11, 2)
        row.addLayout(flow, 1)
        row.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignTop)

    def show_for(self, storage: Storage, key: str) -> None:
        """Where the steps stand now, with `key` the one on screen."""
        self.current = key
        # With large text six full steps take three rows and squeeze the page under them (the week grid showed
        # three tools at 200 %): the other steps then show their number and mark, the full text in the tooltip.
        compact = current_font_scale() >= 1.5
        for step in steps.where_steps_stand(storage):
            button = self.buttons[step.key]
            number = button.property("number")
            mark = " ✓" if step.done else ""
            state = f" · {step.state}" if step.state else ""
            whole = f"{number}{mark} {step.name}{state}"
            button.setText(f"{number}{mark}" if compact and step.key != key else whole)
            button.setChecked(step.key == key)
            button.setToolTip(self.tr("第 {0} 步：{1}").format(number, whole))
            button.setAccessibleName(button.toolTip())
        following = steps.next_step(key)
        self.next_button.setVisible(following is not None)
        if following is not None:
            self.next_button.setText(self.tr("下一步：{0} →").format(steps.title(following)))

    def _next(self) -> None:
        following = steps.next_step(self.current) if self.current else None
        if following is not None:
            self.go.emit(following)
