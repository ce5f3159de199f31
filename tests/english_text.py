"""What an English-speaking user reads on screen: every visible text of a window, charts included, less the data
the users typed themselves (tool, township and wave names), so that a test can ask for no Chinese left."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit,
                               QPlainTextEdit, QTabBar, QTextBrowser, QTextEdit, QWidget)

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+")  # ideographs and Chinese punctuation (「」，：（）)
TAGS = re.compile(r"<[^>]+>")


def data_values(db_path: Path) -> list[str]:
    """Every text the database holds (what users typed: names of tools, townships, waves, units), longest first."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        found = set()
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for column in con.execute(f'SELECT name, type FROM pragma_table_info("{table}")').fetchall():
                if column[1].upper() in ("TEXT", ""):
                    found.update(value for (value,) in con.execute(
                        f'SELECT DISTINCT "{column[0]}" FROM "{table}" WHERE typeof("{column[0]}") = \'text\' '
                        f'AND length("{column[0]}") < 200') if CJK.search(value))
    finally:
        con.close()
    return sorted(found, key=len, reverse=True)


def _item_texts(view: QAbstractItemView, rows: int = 40) -> list[str]:
    model = view.model()
    if model is None:
        return []
    from PySide6.QtCore import QModelIndex
    top = QModelIndex()
    def columns(parent):
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model keeps its one column private
            return 1

    texts = []
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = columns(top) if orientation == Qt.Orientation.Horizontal else min(model.rowCount(top), rows)
        texts += [str(model.headerData(i, orientation, Qt.ItemDataRole.DisplayRole) or "") for i in range(count)]

    def walk(parent, depth=0):
        for row in range(min(model.rowCount(parent), rows)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        texts.append(value)
                if column == 0 and depth < 2 and columns(top) > 1 and model.rowCount(index):
                    walk(index, depth + 1)
    walk(top)
    return texts


def _figure_texts(widget: QWidget) -> list[str]:
    figure = getattr(widget, "figure", None)
    if figure is None:
        return []
    from matplotlib.text import Text
    return [t.get_text() for t in figure.findobj(Text) if t.get_visible() and t.get_text()]


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for what the window shows: labels, buttons, titles, tabs, fields, lists, tables, charts, tips."""
    found: list[tuple[str, str]] = [("window title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        texts = [widget.toolTip(), widget.statusTip(), widget.whatsThis()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts += [widget.placeholderText()]
        elif isinstance(widget, (QTextEdit, QPlainTextEdit, QTextBrowser)):
            texts += [widget.toPlainText(), widget.placeholderText()]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())] + [widget.tabToolTip(i) for i in
                                                                              range(widget.count())]
        if isinstance(widget, QAbstractItemView):
            texts += _item_texts(widget)
        texts += _figure_texts(widget)
        for action in widget.actions():
            texts += [action.text(), action.toolTip()]
        found += [(name, TAGS.sub("", text)) for text in texts if text]
    return found


def chinese_left(texts: list[tuple[str, str]], data: list[str]) -> list[tuple[str, str]]:
    """The texts that still hold Chinese once the users' own data (and its shortened forms, 「名称…」) is taken out."""
    left = []
    for where, text in texts:
        rest = text
        for value in data:
            if value in rest:
                rest = rest.replace(value, "")
        for run in CJK.findall(rest):
            stem = run.rstrip("…")
            if len(stem) >= 2 and any(value.startswith(stem) or stem in value for value in data):
                rest = rest.replace(run, "", 1)
        if CJK.search(rest):
            left.append((where, text))
    return left
