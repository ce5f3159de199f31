"""95 % intervals (issue 15): Student's t interval for a mean over respondents and for a ratio of two sums over
them (by linearisation), Wilson's score interval for a share.

A mean from 12 cadres must not print like one from 1,200. The interval of a mean is mean ± t·s/√n. Its s comes
from a perturbed sum of squares (guard.py), never from the exact values: a percentile bootstrap of the exact values
was tried first, and comparing its widths before and after one more cadre's file (or for two groups that differ by
one person) gave that cadre's minutes to within a few minutes. Wilson's interval is computed from the published
count and n only.
"""

from __future__ import annotations

import math

Z = 1.959963984540054  # the 97.5th percentile of the standard normal
# The 97.5th percentile of Student's t by degrees of freedom (1–30, then 40, 60, 120): wider than z for the small
# groups a township sends, so that a mean from 6 cadres is not printed surer than it is.
_T975 = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
         2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042)
_T975_LARGE = ((40, 2.021), (60, 2.000), (120, 1.980))


def t975(df: int) -> float:
    """Student's t 97.5th percentile for df degrees of freedom, read from the table's next lower row beyond 30
    (so never narrower than the exact value)."""
    if df <= len(_T975):
        return _T975[max(df, 1) - 1]
    value = _T975[-1]
    for at_least, t in _T975_LARGE:
        if df >= at_least:
            value = t
    return value if df < 1000 else Z


def mean_interval(mean: float, mean_square: float, n: int) -> tuple[float, float]:
    """mean ± t·s/√n, with s² = n/(n−1)·(mean of the squares − mean²), for n ≥ 2 values."""
    variance = max(mean_square - mean * mean, 0.0) * n / (n - 1)
    half = t975(n - 1) * math.sqrt(variance / n)
    return mean - half, mean + half


def ratio_interval(ratio: float, residual_square_mean: float, mean_denominator: float, n: int) -> tuple[float, float]:
    """ratio ± t·se for a ratio of two sums over n respondents (Σy ÷ Σx), by linearisation: se² = Σ(y − R·x)² ÷
    (n·(n−1)) ÷ x̄², given the mean of the squared residuals (y − R·x)²."""
    half = t975(n - 1) * math.sqrt(max(residual_square_mean, 0.0) / (n - 1)) / mean_denominator
    return ratio - half, ratio + half


def outward(low: float, high: float, step: float, floor: float = 0.0, ceiling: float | None = None) -> tuple:
    """The interval written to the figure's step, rounded outwards (never narrower than computed), within bounds."""
    low = max(floor, math.floor(round(low / step, 9)) * step)
    high = math.ceil(round(high / step, 9)) * step
    return round(low, 9), round(high if ceiling is None else min(ceiling, high), 9)


def wilson(count: int, n: int) -> tuple[float, float] | None:
    """Wilson's score interval for count of n (None without n): never outside 0–1, sound near 0 and 1 and for
    small n, where the usual p ± 1.96·√(p(1−p)/n) is not."""
    if n <= 0:
        return None
    p = min(max(count / n, 0.0), 1.0)
    centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n)
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / (1 + Z * Z / n)
    return max(0.0, round(centre - half, 12)), min(1.0, round(centre + half, 12))
