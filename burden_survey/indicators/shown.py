"""Figures as people read them, in one place for every output: the dashboard's cards and charts, the meeting pack,
the CLI. Whole numbers are rounded half away from zero (as people round; Python's round() makes 82.5 into 82),
minutes keep a tenth below ten so that small burdens do not all read 0, a figure resting on fewer than MIN_GROUP
people reads 「<5」 and a figure that does not exist reads 「—」."""

from __future__ import annotations

import math

from burden_survey.disclosure.policy import K_DEFAULT, Policy

MIN_GROUP = K_DEFAULT  # the disclosure policy's floor; an output that has the figures uses their own k
SUPPRESSED_TEXT = Policy().short_text
DASH = "—"


def whole(value: float) -> int:
    # Rounded to 9 places first: 23/40 × 100 is 57.49999… in binary and would round down.
    return int(math.copysign(math.floor(abs(round(value, 9)) + 0.5), value))


def number(value: float | None, digits: int = 0) -> str:
    if value is None:
        return DASH
    if digits == 0:
        return f"{whole(value):,}"
    step = 10 ** digits
    return f"{whole(value * step) / step:,.{digits}f}"


def hours(value: float | None) -> str:
    """Hours to a tenth, as a total of minutes is stored: 「1,355.5」 (the card and the table alike)."""
    return number(value, 1)


def minutes(value: float | None) -> str:
    """Whole minutes, or one decimal below ten where it is not a whole number: 「4.5」, 「5」, 「12」."""
    if value is None:
        return DASH
    tenths = whole(value * 10)
    if abs(value) < 10 and tenths % 10:
        return f"{tenths / 10:.1f}"
    return number(value)


def span(interval: tuple[float, float] | None, written=None) -> str:
    """A 95 % interval as 「89–118」, each end written like the figure (`written`: minutes, amount, percent)."""
    if interval is None:
        return DASH
    written = written or minutes
    low, high = written(interval[0]), written(interval[1])
    if written is amount and ("." in low) != ("." in high):  # 「26.6–29.0」, not 「26.6–29」: both ends alike
        low, high = number(interval[0], 1), number(interval[1], 1)
    return f"{low}–{high}"


def amount(value: float | None) -> str:
    """A count per person to a tenth, whole when the tenth is 0: 「2」, 「2.5」 (3.96 reads 「4」)."""
    if value is None:
        return DASH
    tenths = whole(value * 10)
    return f"{tenths / 10:,.1f}" if tenths % 10 else number(value)


def percent(rate: float | None) -> str:
    return DASH if rate is None else f"{whole(rate * 100)}%"


def share(figure) -> str:
    """An indicators.Share: 「37%（12/32）」, or 「<5」 when fewer than k stand behind it."""
    if figure.suppressed:
        return Policy(figure.k).short_text
    return f"{percent(figure.rate)}（{figure.count}/{figure.n}）"


def quotas_suppressed(q) -> bool:
    """Quota totals (an indicators.QuotaFigures) rest on the respondents who reported a quota: fewer than k and
    they read "<k"."""
    return q.suppressed
