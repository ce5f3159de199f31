"""95 % intervals (issue 15): a percentile bootstrap for a mean over respondents, Wilson's score interval for a share.

A mean from 12 cadres must not print like one from 1,200. The bootstrap resamples the respondents with replacement
and takes the 2.5th and 97.5th percentiles of the resampled means; it assumes nothing of the shape of the minutes
(which are skewed: a few cadres far above the rest). Its draws are seeded by the statistic and its people, so the
same figure always shows the same interval. Wilson's interval is computed from the published count and n only.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping

import numpy as np

DRAWS = 2000  # resamples: the percentiles of 2,000 means move by well under the rounding step
Z = 1.959963984540054  # the 97.5th percentile of the standard normal
_CHUNK = 2_000_000  # resampled values held at once (16 MB): a county of thousands stays small


def bootstrap_mean(statistic: str, values: Mapping[str, float]) -> tuple[float, float, float]:
    """(exact mean, 2.5th, 97.5th percentile of the bootstrap means) of one value per respondent."""
    ids = sorted(values)
    data = np.array([values[i] for i in ids], dtype=float)
    seed = hashlib.sha256("\n".join([statistic, *ids]).encode("utf-8")).digest()
    rng = np.random.default_rng(int.from_bytes(seed[:8], "big"))
    n = len(data)
    per_chunk = max(1, _CHUNK // n)
    means = []
    for start in range(0, DRAWS, per_chunk):
        draws = min(per_chunk, DRAWS - start)
        means.append(data[rng.integers(0, n, size=(draws, n), dtype=np.int32)].mean(axis=1))
    low, high = np.percentile(np.concatenate(means), [2.5, 97.5])
    return float(data.mean()), float(low), float(high)


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
