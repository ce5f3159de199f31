"""A long working day does not crash the program: Qt calls and signals leave Python's counts intact."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class Ticker(QObject):
    ticked = Signal(bool)


def test_thousands_of_qt_calls_and_signals_do_not_use_up_none_or_true(qtbot):
    # PySide6 6.12.0 on Python 3.11 dropped a reference to None per void call and to True per emit,
    # until the interpreter aborted; the pin in pyproject.toml keeps that build out.
    label = QLabel()
    qtbot.addWidget(label)
    ticker = Ticker()
    ticker.ticked.connect(lambda value: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("x")
        ticker.ticked.emit(True)
    assert sys.getrefcount(None) >= none_before - 50
    assert sys.getrefcount(True) >= true_before - 50
