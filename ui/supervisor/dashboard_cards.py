"""The dashboard's key-figure cards: the meeting pack's key figures (burden_survey/indicators/key_figures.py), every
one of them, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from burden_survey.indicators.figures import Indicators
from burden_survey.indicators.key_figures import CONTEXT, DASHBOARD, LABELS, Text, key_figures

# (key, caption) in the order shown.
CARDS = [(key, LABELS[key]) for key in DASHBOARD]


def shown(text: Text) -> str:
    """A key figure's text as shown: its template through Qt's translator, then filled in."""
    return QCoreApplication.translate(CONTEXT, text.template).format(*text.args)


def card_texts(ind: Indicators) -> dict[str, tuple[str, str]]:
    """(value, context) for every card of CARDS."""
    return {f.key: (shown(f.value), shown(f.note)) for f in key_figures(ind) if f.key in DASHBOARD}


def caption(text: str) -> str:
    """A card caption of CARDS, translated."""
    return QCoreApplication.translate(CONTEXT, text)
