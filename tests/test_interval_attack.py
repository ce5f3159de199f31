"""A mean's 95 % interval must not give away the one cadre by whom two prints differ (issue 15, red-team).

The supervisor prints a township's figures on Monday; on Tuesday a late file arrives from a cadre who spends eight
hours a day on the apps, and the township is printed again. A superior holding both prints knows n, the mean and
its interval each day. The interval's width is the spread of the group; adding one person far from the rest moves
it by an amount that, read exactly, is that person's distance from the mean (Welford's update:
M2 after = M2 before + (x − mean before)² · n before / n after). Each attack is run without the noise, to show it is
a real one, and as the outputs are, where it must tell no more than the means already do.
"""

from datetime import date

import pytest

from burden_survey.cli.demo import write_demo
from burden_survey.disclosure.guard import Guard
from burden_survey.disclosure.intervals import t975
from burden_survey.disclosure.policy import Policy
from burden_survey.indicators.figures import Filters
from burden_survey.indicators.indicators import compute
from burden_survey.store.storage import Storage
from burden_survey.survey.model import Profile, Tool

UNTIL = date(2026, 11, 20)
LATE_MINUTES = 480  # the late cadre's minutes on each of five workdays
SECRETS = [bytes([n]) * 32 for n in range(1, 25)]
NO_NOISE = Guard(Policy(), keys=None)


@pytest.fixture(scope="module")
def two_prints(tmp_path_factory):
    """Per guard (each secret, and none), the township's printed minutes figure before and after the late file."""
    storage = Storage.open(tmp_path_factory.mktemp("interval") / "county.db")
    write_demo(storage.path, 150, seed=11, until=UNTIL)
    storage.close()
    storage = Storage.open(storage.path)
    town = smallest_township(storage)
    guards = [None] * len(SECRETS) + [NO_NOISE]

    def prints():
        found = []
        for i, guard in enumerate(guards):
            if guard is None:
                storage.set_setting("disclosure_secret", SECRETS[i].hex())
            found.append(compute(storage, Filters(township=town), guard=guard).minutes_per_workday)
        return found

    before = prints()
    days = [date(2026, 11, d) for d in (16, 17, 18, 19, 20)]
    profile = Profile(province_code="320000", city_code="320200", county_code="320205", township_name=town,
                      unit_type="township_organ")
    storage.add_respondent_bundle(profile, [Tool("学习强国")], [(0, day, LATE_MINUTES) for day in days], [], [])
    after = prints()
    storage.close()
    return list(zip(before, after))


def smallest_township(storage) -> str:
    """A township of a dozen or so cadres: there one person moves the spread most."""
    rows = storage.db.execute("SELECT township_name, count(*) FROM respondent GROUP BY 1 HAVING count(*) >= 8 "
                              "ORDER BY 2, 1").fetchall()
    return rows[0][0]


def from_the_widths(before, after) -> float:
    """The late cadre's minutes, read off the two intervals (and the means for where they stand)."""
    def m2(figure):
        half = (figure.interval[1] - figure.interval[0]) / 2
        s = half * figure.n ** 0.5 / t975(figure.n - 1)
        return (figure.n - 1) * s * s

    moved = max(m2(after) - m2(before), 0.0) * after.n / before.n
    return before.mean + moved ** 0.5


def from_the_means(before, after) -> float:
    return after.mean * after.n - before.mean * before.n


def test_without_the_noise_the_widths_would_give_the_late_cadre_away(two_prints):
    before, after = two_prints[-1]
    assert after.n == before.n + 1
    assert from_the_widths(before, after) == pytest.approx(LATE_MINUTES, rel=0.1)


def test_with_the_noise_the_widths_tell_no_more_than_the_means(two_prints):
    widths = [abs(from_the_widths(b, a) - LATE_MINUTES) for b, a in two_prints[:-1]]
    means = [abs(from_the_means(b, a) - LATE_MINUTES) for b, a in two_prints[:-1]]
    # Off on average by a good part of the cadre's own eight hours, as the means are, and hardly ever within
    # ten minutes (the means: one or two prints of 24).
    assert sum(widths) / len(widths) > 0.2 * LATE_MINUTES
    assert sum(widths) / len(widths) > 0.6 * sum(means) / len(means)
    assert sum(w < 10 for w in widths) <= 4
