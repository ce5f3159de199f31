"""A key-figure card (a caption, a big number, a line of context), shared by the cadre's and the supervisor's pages."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget



class FigureCard(QFrame):
    """A key figure: a caption, a big number, a line of context."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(unbroken_remarks(caption), self)
        self.caption.setWordWrap(True)  # a long caption (large text, English) wraps rather than widening the page
        self.value = QLabel("—", self)
        self.value.setObjectName("figureValue")
        self.context = QLabel("", self)
        self.context.setObjectName("figureContext")
        self.context.setWordWrap(True)
        layout = QVBoxLayout(self)
        for label in (self.caption, self.value, self.context):
            layout.addWidget(label)
        layout.addStretch(1)  # in a row of cards the big numbers line up however long each context line is

    def show_figure(self, value: str, context: str = "") -> None:
        self.value.setText(value)
        self.context.setText(context)


WORD_JOINER = "\u2060"  # no line break here; drawn as nothing


def unbroken_remarks(text: str) -> str:
    """A short remark in brackets moves to the next line whole: Chinese breaks between any two characters, and a
    narrow card read 「每人要用的工具（平」 over 「均）」."""
    return re.sub(r"（[^（）]{1,8}）", lambda m: WORD_JOINER.join(m.group(0)), text)


def card_width(widget: QWidget) -> int:
    """The narrowest a key-figure card may be: about nine characters of text."""
    return 9 * widget.fontMetrics().horizontalAdvance("中")
