"""Names for screen readers on controls without visible label text, and buddies for labels beside fields.

Pages build their widgets in their own modules; this pass runs once over each page as it is made
(MainWindow._make_page), so that a new page gets the same treatment without repeating the code.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

# Tables and filters whose meaning the eye takes from the page around them; a screen reader needs it said.
NAMES = {
    "toolsTable": QT_TRANSLATE_NOOP("accessibility", "我的数字任务列表"),
    "weekTable": QT_TRANSLATE_NOOP("accessibility", "本周每日用时表：行是工具，列是日期，单位分钟"),
    "quotas_table": QT_TRANSLATE_NOOP("accessibility", "摊派下载任务列表"),
    "historyTable": QT_TRANSLATE_NOOP("accessibility", "导入记录"),
    "resultsTable": QT_TRANSLATE_NOOP("accessibility", "本次导入结果"),
    "returnsTable": QT_TRANSLATE_NOOP("accessibility", "各单位回收情况"),
    "registryTable": QT_TRANSLATE_NOOP("accessibility", "应用登记表"),
    "suggestionTable": QT_TRANSLATE_NOOP("accessibility", "名称匹配建议"),
    "unregisteredTable": QT_TRANSLATE_NOOP("accessibility", "未登记的工具"),
    "burdenTable": QT_TRANSLATE_NOOP("accessibility", "各应用的负担"),
    "candidateTable": QT_TRANSLATE_NOOP("accessibility", "关停并转建议清单"),
    "kindFilter": QT_TRANSLATE_NOOP("accessibility", "按工具类型筛选"),
    "statusFilter": QT_TRANSLATE_NOOP("accessibility", "按状态筛选"),
    "exportWave": QT_TRANSLATE_NOOP("accessibility", "要导出的调查批次"),
    "returnsWave": QT_TRANSLATE_NOOP("accessibility", "调查批次"),
    "governanceWave": QT_TRANSLATE_NOOP("accessibility", "负担数字所用的调查批次"),
}
CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QTableView, QAbstractSpinBox)


def has_name(widget: QWidget, root: QWidget) -> bool:
    """What a screen reader can announce: an accessible name, a button's own text, or a label's buddy."""
    if widget.accessibleName():
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    return any(label.buddy() is widget and label.text().strip() for label in root.findChildren(QLabel))


def controls(root: QWidget) -> list[QWidget]:
    """The user's controls under root, without Qt's own parts (header corner buttons, spin box editors)."""
    return [
        widget for widget in root.findChildren(QWidget)
        if isinstance(widget, CONTROLS) and not widget.objectName().startswith("qt_")
        and not isinstance(widget.parent(), (QComboBox, QAbstractSpinBox))
    ]


def _label_before(widget: QWidget) -> QLabel | None:
    """The plain-text label laid out just before widget in a row, as in 「调查批次 [▼]」."""
    parent = widget.parentWidget()
    if parent is None:
        return None
    for layout in parent.findChildren(QBoxLayout) + ([parent.layout()] if isinstance(parent.layout(), QBoxLayout) else []):
        index = layout.indexOf(widget)
        if index > 0:
            before = layout.itemAt(index - 1).widget()
            if isinstance(before, QLabel) and before.buddy() is None and before.text().strip():
                return before
    return None


def label_controls(root: QWidget) -> None:
    """Give every control of root a buddy label or an accessible name when it has neither."""
    for widget in controls(root):
        if has_name(widget, root):
            continue
        label = _label_before(widget)
        if label is not None:
            label.setBuddy(widget)
        elif widget.objectName() in NAMES:
            widget.setAccessibleName(QCoreApplication.translate("accessibility", NAMES[widget.objectName()]))
        elif widget.toolTip():
            # A tooltip is the best description a control without a label has.
            widget.setAccessibleName(widget.toolTip().splitlines()[0])


def focus_page(page: QWidget) -> None:
    """Put the keyboard focus where the page's work happens: its first visible table, else its first field.

    Ctrl+1 … Ctrl+0 switch pages; the page's own shortcuts (Ctrl+N, Delete, typing minutes) act only while
    the focus is inside it.
    """
    focusable = [
        widget for widget in page.findChildren(QWidget)
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not widget.objectName().startswith("qt_")
    ]
    tables = [widget for widget in focusable if isinstance(widget, QAbstractItemView)
              and not isinstance(widget.parent(), QComboBox)]
    target = (tables or focusable or [page])[0]
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)
