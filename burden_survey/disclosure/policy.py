"""The disclosure rules and their parameters, in one place: what docs/PRIVACY.md explains to a supervisor.

k is the smallest group a figure may describe. It defaults to 5, the floor of DOMAIN.md §6; a wave may raise it,
never lower it. Every other threshold follows from k, so raising k raises them all.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from burden_survey.survey.survey_file import K_FLOOR

K_DEFAULT = K_FLOOR  # the floor: a wave may ask for more, never for less
_MEAN_STEPS = {"minutes": (5.0, 1.0, 0.1), "count": (0.5, 0.1, 0.1)}  # below 20, below 100, from 100 respondents


@dataclass(frozen=True)
class Policy:
    k: int = K_DEFAULT

    def __post_init__(self):
        if self.k < K_DEFAULT:
            raise ValueError(f"k = {self.k} is below the floor of {K_DEFAULT}")

    @staticmethod
    def raised_to(k: int | None) -> Policy:
        """The policy of a wave that asks for `k` (None or anything below the floor: the floor)."""
        return Policy(max(K_DEFAULT, k or K_DEFAULT))

    def hidden(self, n: int) -> bool:
        """A figure resting on fewer than k respondents is not shown at all, not even its count."""
        return n < self.k

    @property
    def median_min(self) -> int:
        # k respondents on either side of the middle: the median is nobody's own value that a reader could place.
        return 2 * self.k

    @property
    def p90_min(self) -> int:
        # At least k respondents at or above the 90th percentile; below that it is the top person's own value.
        return 10 * self.k

    @property
    def histogram_min(self) -> int:
        # Room for at least four bins of k: fewer and a histogram says little that the mean does not.
        return 4 * self.k

    def mean_step(self, n: int, unit: str = "minutes") -> float:
        """How finely a mean over n respondents is written, by its unit ("minutes" or "count", e.g. tools per
        person): about the size of the noise a total of that unit gets, so that no digit shown is noise alone."""
        steps = _MEAN_STEPS[unit]
        return steps[0] if n < 20 else steps[1] if n < 100 else steps[2]

    def quantile_step(self, n: int, unit: str = "minutes") -> float:
        return 1.0 if unit == "count" or n >= 100 else 5.0

    def rate_step(self, n: int) -> float:
        """A share of n is written to 10 % below 20 people, 5 % below 100, then 1 %."""
        if n < 20:
            return 0.10
        if n < 100:
            return 0.05
        return 0.01

    @property
    def short_text(self) -> str:
        return f"<{self.k}"

    @property
    def hidden_text(self) -> str:
        return f"少于 {self.k} 人，不显示"

    @property
    def other_label(self) -> str:
        return f"其他（少于 {self.k} 人填报）"


def to_step(value: float | None, step: float) -> float | None:
    """`value` rounded half away from zero to a multiple of `step` (to 9 places first, as shown.whole does)."""
    if value is None:
        return None
    units = round(value / step, 9)
    rounded = math.copysign(math.floor(abs(units) + 0.5), units) * step
    return round(rounded, 6)
