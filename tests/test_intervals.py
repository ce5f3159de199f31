"""Means and shares say how sure they are (issue 15): Student's t interval for a mean, Wilson's for a share."""

from __future__ import annotations

import statistics

import pytest

from burden_survey.disclosure.guard import Guard
from burden_survey.disclosure.cell_key import CellKeys
from burden_survey.disclosure.intervals import mean_interval, t975, wilson
from burden_survey.disclosure.policy import Policy
from burden_survey.indicators import indicator_figures as fig
from burden_survey.indicators.figures import Share

EXACT = Guard(Policy(), keys=None)


def cadres(n: int) -> dict[str, float]:
    """n cadres whose minutes per workday repeat 40, 60, … 200 (mean 120): a spread like a county's."""
    return {f"R{i:05d}": 40.0 + 20 * (i % 9) for i in range(n)}


def test_wilsons_interval_matches_the_published_formula():
    assert wilson(5, 10) == pytest.approx((0.2366, 0.7634), abs=1e-4)
    assert wilson(0, 10) == pytest.approx((0.0, 0.2775), abs=1e-4)  # never below 0, and not empty at 0 %
    assert wilson(10, 10)[1] == 1.0


def test_a_mean_from_12_cadres_is_far_less_sure_than_one_from_1200():
    few = fig.distribution(EXACT, "minutes:all", cadres(12))
    many = fig.distribution(EXACT, "minutes:all", cadres(1200))
    assert few.interval[0] < few.mean < few.interval[1]
    assert many.interval[0] < many.mean < many.interval[1]
    assert (few.interval[1] - few.interval[0]) > 5 * (many.interval[1] - many.interval[0])


def exact_interval(values: dict[str, float]) -> tuple[float, float]:
    n = len(values)
    mean = sum(values.values()) / n
    return mean_interval(mean, sum(v * v for v in values.values()) / n, n)


def test_the_same_figure_always_shows_the_same_interval():
    guard = Guard(Policy(), CellKeys(b"s" * 32))
    first = fig.distribution(guard, "minutes:all", cadres(50))
    assert first.interval == fig.distribution(guard, "minutes:all", cadres(50)).interval


def test_an_interval_is_rounded_outwards_to_the_means_step():
    shown = fig.distribution(EXACT, "minutes:all", cadres(12))
    low, high = exact_interval(cadres(12))
    assert shown.interval[0] <= low and shown.interval[1] >= high
    assert all(bound % 5 == 0 for bound in shown.interval)  # twelve people: means are written to 5 minutes


def test_a_small_groups_interval_uses_students_t_not_the_normal_quantile():
    assert t975(5) == pytest.approx(2.571) and t975(11) == pytest.approx(2.201)
    assert t975(45) == pytest.approx(2.021)  # the next lower row of the table: never narrower than exact
    low, high = exact_interval(cadres(6))  # 40, 60, … 140: s = 37.4 over √6
    assert (high - low) / 2 == pytest.approx(2.571 * statistics.stdev(cadres(6).values()) / 6 ** 0.5)


def test_a_group_all_alike_still_shows_an_interval_of_a_step_either_side():
    same = {f"R{i}": 60.0 for i in range(30)}
    assert fig.distribution(EXACT, "minutes:all", same).interval == (59.0, 61.0)


def test_a_share_carries_wilsons_interval_and_a_hidden_one_none():
    assert Share(12, 40).interval == (0.15, 0.5)  # 30 % of 40: 18.1 %–45.4 %, outwards to 5 %
    assert Share(2, 4).interval is None


def test_a_share_of_days_is_as_sure_as_its_cadres_not_as_its_days():
    # Ten cadres, twenty logged days each: five enter every day at once, five every day late. 100 of 200 days, but
    # ten cadres' habits: the interval is that of ten, not of two hundred.
    days = {f"R{i}": 20 for i in range(10)}
    prompt = {f"R{i}": 20 if i < 5 else 0 for i in range(10)}
    shown = fig.item_share(EXACT, "entered_promptly", prompt, days)
    assert (shown.count, shown.n) == (100, 200)
    assert shown.interval == (0.2, 0.8)  # Wilson for 5 of 10, outwards to 10 %; as independent days: 43 %–57 %


def test_a_ratio_of_sums_is_as_sure_as_its_cadres_spread():
    # Twenty cadres whose diaries read half or the whole of their estimates: the ratio 75 % is far from sure.
    alike = {f"R{i}": (60.0, 100.0) for i in range(20)}
    spread = {f"R{i}": (50.0 if i % 2 else 100.0, 100.0) for i in range(20)}
    assert EXACT.ratio_interval("diary_check", alike, 0.6, 100.0) == (0.55, 0.65)  # one step (5 %) either side
    low, high = EXACT.ratio_interval("diary_check", spread, 0.75, 100.0)
    assert low <= 0.75 - 0.11 and high >= 0.75 + 0.11  # t(19) · 25.6 / √20 / 100 = 12 points
    assert EXACT.ratio_interval("formality_share:all", spread, 0.99, 100.0, ceiling=1.0)[1] == 1.0
