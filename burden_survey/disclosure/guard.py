"""The numbers an output may show about a group of respondents: suppressed below k, perturbed by cell key, rounded
to what the group's size supports. Every supervisor output asks a Guard; none computes a figure around it.

A statistic is named (for example "rule:Q7:problems") so that two statistics of the same people get independent
noise, and the same statistic of the same people always the same.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from burden_survey.store.wave_k import largest_k

from . import intervals
from .cell_key import TOTAL_SHARE_MAX, CellKeys, count_noise, database_secret, total_share
from .policy import Policy, to_step


# How much farther than a total a sum of squares is moved (mean_interval): a spread is read through a square root,
# which halves a relative error, and two prints' widths must give one person's value no better than their means.
SPREAD_REACH = 3.0


@dataclass(frozen=True)
class Cell:
    """The people a number rests on, as much as its noise needs: how many (`n`) and the sum of their record keys
    (`key`). Kept at write time for groups (store/group_summaries.py) or made by Guard.cell from the ids: either way
    the same people give the same noise."""

    n: int
    key: int


@dataclass(frozen=True)
class Sum:
    """The contributions to a total as its noise needs them: their exact sum, least and largest (one per person)."""

    exact: float
    low: float
    high: float

    @staticmethod
    def of(values: Iterable[float]) -> "Sum":
        values = list(values)
        return Sum(float(sum(values)), min(values), max(values)) if values else Sum(0.0, 0.0, 0.0)


@dataclass(frozen=True)
class Bin:
    """One bar of a histogram: [low, high) — high None for the open top bin — and its (perturbed) count."""

    low: float
    high: float | None
    count: int


class Guard:
    """Suppression, noise and rounding under one policy. `keys` None leaves out the noise (thresholds and rounding
    still apply): only the tests that check the sums by hand build one; every output gets `guard_for(storage)`."""

    def __init__(self, policy: Policy, keys: CellKeys | None):
        self.policy = policy
        self._keys = keys

    @property
    def k(self) -> int:
        return self.policy.k

    def hidden(self, n: int) -> bool:
        return self.policy.hidden(n)

    def count(self, statistic: str, counted: Iterable[str], most: int | None = None,
              among: Iterable[str] | None = None) -> int:
        """How many of the `counted` respondents (or items, one id each), moved by the perturbation table, never
        below 0 nor above `most` (the group it is a share of).

        An empty cell has no key of its own. Given the group it was counted `among`, it takes that group's key:
        then a 0 may read 1 or 2 as well, and the townships' zeros no longer prove that the county's count is the
        one hidden person's. Without `among` (a list of names, where an empty cell is no row) it stays 0."""
        people = set(counted)
        if self._keys is None:
            return len(people)
        group = self.cell(among) if not people and among is not None else None
        return self.count_cell(statistic, self.cell(people), most, group)

    def cell(self, people: Iterable[str]) -> Cell:
        """The cell of these people (key 0 without noise: nothing reads it then)."""
        chosen = people if isinstance(people, (set, frozenset, dict)) else set(people)  # a dict's keys are a set
        return Cell(len(chosen), self._keys.cell_key(chosen) if self._keys is not None else 0)

    @property
    def keyed(self) -> bool:
        """Whether this guard adds noise (a test of the arithmetic passes one without)."""
        return self._keys is not None

    def count_cell(self, statistic: str, cell: Cell, most: int | None = None, among: Cell | None = None) -> int:
        """count() of the people of `cell` (counted `among` those of another, which keys an empty one)."""
        if self._keys is None:
            return cell.n
        if not cell.n:
            if among is None or not among.n:
                return 0
            value = max(0, count_noise(self._keys.draw_by_key(f"{statistic}:none", among.key)))
        else:
            value = max(0, cell.n + count_noise(self._keys.draw_by_key(statistic, cell.key)))
        return min(value, most) if most is not None else value

    def total(self, statistic: str, contributions: Mapping[str, float], reach: float = 1.0,
              cell: Cell | None = None) -> float:
        """Σ of the respondents' contributions, moved by a keyed share of the largest one (`reach` times as far);
        never below 0 when none is negative. `cell`: theirs, when the caller has it already (Guard.cell): the
        same noise, one sum of keys fewer (here and in mean, mean_interval and spread)."""
        values = contributions.values()
        exact = float(sum(values))
        if self._keys is None or not contributions:
            return exact
        # C loops: a total of 50,000 people is asked dozens of times
        return self.total_cell(statistic, cell if cell is not None else self.cell(contributions),
                               Sum(exact, min(values), max(values)), reach)

    def total_cell(self, statistic: str, cell: Cell, values: Sum, reach: float = 1.0) -> float:
        """total() of the contributions `values` of the people of `cell`, one each."""
        if self._keys is None or not cell.n:
            return values.exact
        largest = max(abs(values.low), abs(values.high))
        moved = values.exact + reach * total_share(self._keys.draw_by_key(statistic, cell.key)) * largest
        return max(moved, 0.0) if values.low >= 0 else moved

    def mean(self, statistic: str, values: Mapping[str, float], n: int | None = None,
             unit: str = "minutes", cell: Cell | None = None) -> float | None:
        """The perturbed total over `n` (the group's size, by default one value per respondent), written as
        finely as n supports; None for a group below k."""
        n = len(values) if n is None else n
        if self.hidden(n) or not n:
            return None
        return to_step(self.total(statistic, values, cell=cell) / n, self.policy.mean_step(n, unit))

    def mean_interval(self, statistic: str, values: Mapping[str, float], mean: float | None,
                      unit: str = "minutes", cell: Cell | None = None) -> tuple[float, float] | None:
        """The 95 % interval of a published mean (intervals.py), around that perturbed mean. Its spread comes from a
        sum of squares moved as a total is (by a keyed share of the largest square, SPREAD_REACH times as far), then
        raised by the most that move could have taken off: never narrower than the exact interval, so a small
        group's interval is wide rather than falsely sure. The exact spread would tell, across two prints that
        differ by one person, that person's value. Written outwards to the mean's step, one step either side at
        least."""
        n = len(values)
        if mean is None or self.hidden(n) or n < 2:
            return None
        squares = {person: value * value for person, value in values.items()}
        low, high = intervals.mean_interval(mean, self.spread(f"{statistic}:squares", squares, cell) / n, n)
        step = self.policy.mean_step(n, unit)
        return intervals.outward(min(low, mean - step), max(high, mean + step), step)

    def ratio_interval(self, statistic: str, pairs: Mapping[str, tuple[float, float]], ratio: float | None,
                       mean_denominator: float | None, ceiling: float | None = None) -> tuple[float, float] | None:
        """The 95 % interval of a published ratio Σy ÷ Σx over respondents (`pairs`: person → (y, x)), around it,
        given the published mean of x. The squared residuals (y − ratio·x)² are summed and moved as a spread is
        (mean_interval), never used exact. Written outwards to the rate's step and at least one step either side."""
        n = len(pairs)
        if ratio is None or not mean_denominator or self.hidden(n) or n < 2:
            return None
        residuals = {person: (y - ratio * x) ** 2 for person, (y, x) in pairs.items()}
        low, high = intervals.ratio_interval(ratio, self.spread(f"{statistic}:residuals", residuals) / n,
                                             mean_denominator, n)
        step = self.policy.rate_step(n)
        return intervals.outward(min(low, ratio - step), max(high, ratio + step), step, ceiling=ceiling)

    def spread(self, statistic: str, squares: Mapping[str, float], cell: Cell | None = None) -> float:
        """Σ squares (of values, residuals or item counts), moved by ±[0.10, 0.45) × SPREAD_REACH × the largest
        square and then raised by 0.45 × the same: from the exact sum up to 0.9 × SPREAD_REACH × the largest square
        above it, never below it, so whatever is read from it is never surer than the exact would be."""
        exact = float(sum(squares.values()))
        if self._keys is None or not squares:
            return exact
        return self.total(statistic, squares, reach=SPREAD_REACH, cell=cell) + SPREAD_REACH * TOTAL_SHARE_MAX * max(
            squares.values())

    def rate(self, count: int, n: int) -> float | None:
        if self.hidden(n) or not n:
            return None
        return to_step(count / n, self.policy.rate_step(n))

    def median(self, values: Collection[float], unit: str = "minutes") -> float | None:
        n = len(values)
        if n < self.policy.median_min:
            return None
        ordered = sorted(values)
        middle = n // 2
        exact = ordered[middle] if n % 2 else (ordered[middle - 1] + ordered[middle]) / 2
        return to_step(exact, self.policy.quantile_step(n, unit))

    def p90(self, values: Collection[float], unit: str = "minutes") -> float | None:
        """Nearest rank ⌈0.9·n⌉ (in integers, so 0.9·n never rounds up by a floating-point hair)."""
        n = len(values)
        if n < self.policy.p90_min:
            return None
        return to_step(sorted(values)[(9 * n + 9) // 10 - 1], self.policy.quantile_step(n, unit))

    def histogram(self, statistic: str, values: Mapping[str, float], width: float) -> list[Bin]:
        """Bins of `width` from 0, neighbours merged until each holds at least k respondents (the top bin left
        open), each count perturbed; no histogram at all below policy.histogram_min respondents."""
        if len(values) < self.policy.histogram_min:
            return []
        ordered = sorted(values.items(), key=lambda item: item[1])
        bins: list[tuple[float, list[str]]] = []
        for person, value in ordered:
            low = (value // width) * width
            if not bins or low > bins[-1][0] and len(bins[-1][1]) >= self.k:
                bins.append((low, [person]))
            else:
                bins[-1][1].append(person)
        if len(bins) > 1 and len(bins[-1][1]) < self.k:  # a thin top bin joins the one below it
            low, people = bins.pop()
            bins[-1][1].extend(people)
        shown = []
        for i, (low, people) in enumerate(bins):
            high = bins[i + 1][0] if i + 1 < len(bins) else None
            shown.append(Bin(0.0 if i == 0 else low, high, self.count(f"{statistic}:bin:{low}", people)))
        return shown


def policy_for(storage, k: int | None = None) -> Policy:
    """The rules of every output from this database: the highest k any of its waves asks for (or `k`, if higher).
    One k for every filter: a threshold that changed with the chosen wave would let a group hidden in one view be
    read off another."""
    return Policy.raised_to(max(k or 0, largest_k(storage) or 0))


def guard_for(storage, k: int | None = None) -> Guard:
    """The guard of every output from this database: policy_for's rules and its secret's cell keys."""
    return Guard(policy_for(storage, k), CellKeys(database_secret(storage)))
