"""Widgets shared by the pages: choice boxes, check-box sets, a yes/no box, record tables, actions, a flow layout."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QTableView,
    QWidget,
)

from burden_survey.survey.choices import Vocabulary


def choice_label(vocabulary: Vocabulary, code: str | None) -> str:
    """A vocabulary label as shown: through Qt's translator, so English comes from the .qm file."""
    label = vocabulary.label(code)
    return QCoreApplication.translate("choices", label) if label else ""


class ChoiceCombo(QComboBox):
    """Pick one code of a vocabulary; the first entry, 「请选择」, stands for no answer (None)."""

    def __init__(self, vocabulary: Vocabulary, parent: QWidget | None = None, empty_text: str | None = None):
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.addItem(empty_text if empty_text is not None else self.tr("（请选择）"), None)
        for choice in vocabulary:
            self.addItem(choice_label(vocabulary, choice.code), choice.code)

    def value(self) -> str | None:
        return self.currentData()

    def showPopup(self) -> None:
        """The list as wide as its longest entry: a combo kept narrow in a form (a rule question's follow-up)
        opened a list as narrow as itself, its entries cut off."""
        view = self.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width())
        super().showPopup()

    def set_value(self, code: str | None) -> None:
        index = self.findData(code) if code is not None else 0
        self.setCurrentIndex(max(index, 0))


class MultiChoice(QWidget):
    """Tick any number of codes of a vocabulary, laid out in a grid."""

    changed = Signal()

    def __init__(self, vocabulary: Vocabulary, columns: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.boxes: dict[str, QCheckBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for choice in vocabulary:
            box = QCheckBox(choice_label(vocabulary, choice.code), self)
            box.setObjectName(f"{vocabulary.name}_{choice.code}")
            box.toggled.connect(self.changed)
            self.boxes[choice.code] = box
        # Fewer columns where the labels are long (English, large text): three columns of them made a dialog wider
        # than a 1366-pixel screen, scrolled sideways. Half the screen's width is what a form's field column gets.
        screen = QApplication.primaryScreen()
        room = screen.availableGeometry().width() // 2 if screen is not None else 680
        widest = max((box.sizeHint().width() for box in self.boxes.values()), default=1)
        columns = max(1, min(columns, room // max(widest, 1)))
        for i, box in enumerate(self.boxes.values()):
            layout.addWidget(box, i // columns, i % columns)

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, codes: list[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


class YesNoCombo(QComboBox):
    """是 / 否 / no answer, for the optional yes-or-no fields (True, False, None)."""

    def __init__(self, parent: QWidget | None = None, required: bool = False):
        super().__init__(parent)
        if not required:  # a required one (an installed app) always holds an answer
            self.addItem(self.tr("（请选择）"), None)
        self.addItem(self.tr("是"), True)
        self.addItem(self.tr("否"), False)

    def value(self) -> bool | None:
        return self.currentData()

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(next((i for i in range(self.count()) if self.itemData(i) is value), 0))


FIT_ROWS = 200  # the rows a table's column widths are measured on
FIT_CHARACTERS = 14  # the widest a table's column grows by itself, in Chinese characters


def record_table(parent: QWidget, model, name: str) -> QTableView:
    """A read-only table of records: whole rows selected one at a time, edited through a dialog."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    # A name cut short keeps its beginning and its end (「智慧…管理平台」, not 「智…」); the tooltip has it whole.
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    # Each column as wide as its heading and values whenever the rows change, so that at 200 % text 「要求方式」 or a
    # date is not cut to 「要…」, but none wider than FIT_CHARACTERS (a long name is cut in the middle, whole in its
    # tooltip); the last one takes what is left, and the user may still drag any. Columns a page sizes its own way
    # (stretched, or to contents always) keep that. Sized from the first rows only: a thousand rows stay fast.
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(FIT_ROWS)
    header.setStretchLastSection(True)
    model.modelReset.connect(lambda: fit_columns(view))
    return view


def fit_columns(view: QTableView) -> None:
    """Size the freely sized columns of a table to their contents, at most FIT_CHARACTERS wide."""
    header = view.horizontalHeader()
    widest = FIT_CHARACTERS * view.fontMetrics().horizontalAdvance("中")
    last = header.count() - 1
    for column in range(header.count()):
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive or column == last:
            continue
        view.resizeColumnToContents(column)
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)


def page_action(page: QWidget, name: str, text: str, tip: str, keys: list[QKeySequence]) -> QAction:
    """An action of one page; its shortcuts act only while the page has the focus, since pages share keys."""
    action = QAction(text, page)
    action.setObjectName(name)
    action.setToolTip(tip)
    action.setShortcuts(keys)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    page.addAction(action)
    return action


def empty_state(parent: QWidget, text: str = "") -> QLabel:
    """The centred grey line that tells a user with no records yet how to start (styled in style.qss)."""
    label = QLabel(text, parent)
    label.setObjectName("emptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def edit_on_enter(table: QTableView, slot) -> QAction:
    """Enter (either key) on a record table opens the selected record; only while the table has the focus,
    so it never steals Enter from a filter box or a field."""
    enter = QAction(table)
    enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
    enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    enter.triggered.connect(slot)
    table.addAction(enter)
    return enter


class FlowLayout(QLayout):
    """Items side by side, wrapping onto another row when the width runs out (after Qt's Flow Layout example).

    Rows of buttons and filters stay on one line on a wide window and never force sideways scrolling in the
    large-text mode or in English. With `even=True` the items become equal columns, as many as fit, at least
    `column` pixels wide (key-figure cards); items in a row share its height.
    """

    def __init__(self, parent: QWidget | None = None, even: bool = False, spacing: int = -1, column: int = 0):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.even = even
        self.column = column
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Everything on one row: what a wide window gives it."""
        shown = self._shown()
        gap = self._gap(Qt.Orientation.Horizontal)
        width = sum(self._hint(item).width() for item in shown) + gap * max(len(shown) - 1, 0)
        height = max((self._hint(item).height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """One item per row: the widest item's minimum is all the width it needs."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]  # a hidden widget takes no room

    @staticmethod
    def _hint(item: QLayoutItem) -> QSize:
        return item.sizeHint().expandedTo(item.minimumSize())

    def _gap(self, orientation: Qt.Orientation) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (QStyle.PixelMetric.PM_LayoutHorizontalSpacing if orientation == Qt.Orientation.Horizontal
                  else QStyle.PixelMetric.PM_LayoutVerticalSpacing)
        return max(parent.style().pixelMetric(metric, None, parent), 6)

    def _rows(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        """(item, width) per row for the available width."""
        shown, gap = self._shown(), self._gap(Qt.Orientation.Horizontal)
        if self.even and shown:
            column = max([self.column] + [item.minimumSize().width() for item in shown])
            columns = max(1, min(len(shown), (width + gap) // (column + gap)))
            columns = -(-len(shown) // -(-len(shown) // columns))  # balanced rows: 3 + 2 rather than 4 + 1
            each = max(column, (width - gap * (columns - 1)) // columns)
            return [[(item, each) for item in shown[i:i + columns]] for i in range(0, len(shown), columns)]
        rows: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        for item in shown:
            item_width = max(item.minimumSize().width(), min(self._hint(item).width(), width))
            if rows[-1] and used + gap + item_width > width:
                rows.append([])
                used = 0
            used += (gap if rows[-1] else 0) + item_width
            rows[-1].append((item, item_width))
        return rows

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in rect (or only measure); returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        h_gap, v_gap = self._gap(Qt.Orientation.Horizontal), self._gap(Qt.Orientation.Vertical)
        y = area.y()
        for number, row in enumerate(self._rows(area.width())):
            if number:
                y += v_gap
            heights = [item.heightForWidth(w) if item.hasHeightForWidth() else self._hint(item).height()
                       for item, w in row]
            row_height = max(heights)
            if move:
                x = area.x()
                for (item, w), h in zip(row, heights):
                    # Equal columns fill the row's height (cards line up); others are centred in it.
                    top = y if self.even else y + (row_height - h) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(w, row_height if self.even else h)))
                    x += w + h_gap
            y += row_height
        return y - area.y() + margins.top() + margins.bottom()


def labelled(parent: QWidget, text: str, field: QWidget) -> QWidget:
    """「调查批次 [▼]」 as one piece, so that a flow layout never puts the label and its field on different rows."""
    pair = QWidget(parent)
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text, pair)
    label.setBuddy(field)
    row.addWidget(label)
    row.addWidget(field, 1)
    pair.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return pair


def shrinkable(combo: QComboBox, characters: int) -> QComboBox:
    """A combo box that is as wide as its entries when there is room, but may shrink to `characters` characters
    (eliding the text) rather than make the page scroll sideways. Its open list still shows the entries whole."""
    length = combo.minimumContentsLength()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    narrowest = combo.minimumSizeHint().width()
    # Follows its entries (also those loaded after it was first shown), since it can no longer widen the page.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(min(length, characters))
    # An explicit minimum width overrides the minimum size hint, which for a combo is the width of its longest entry.
    combo.setMinimumWidth(narrowest)
    return combo


def run_modal(dialog: QDialog, result: Callable[[QDialog], Any]) -> Any:
    """Show `dialog` modally and delete it afterwards: `result(dialog)` when it was accepted, else None."""
    try:
        return result(dialog) if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
