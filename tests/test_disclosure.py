"""The disclosure guard's rules: the same cell always gets the same noise, counts and totals move within the
documented bounds, k never goes below 5, histogram bars hold k or more."""

import pytest

from burden_survey.disclosure.cell_key import COUNT_TABLE, TOTAL_SHARE_MAX, TOTAL_SHARE_MIN, CellKeys
from burden_survey.disclosure.guard import Guard, guard_for
from burden_survey.disclosure.policy import Policy

PEOPLE = [f"R{n:04d}" for n in range(200)]


def guard(secret=b"s" * 32, k=5):
    return Guard(Policy(k), CellKeys(secret))


def test_the_same_people_asked_the_same_thing_get_the_same_number_however_they_are_listed():
    g = guard()
    assert g.count("rule:Q7:problems", PEOPLE[:40]) == g.count("rule:Q7:problems", reversed(PEOPLE[:40]))
    values = {p: float(i) for i, p in enumerate(PEOPLE[:40])}
    assert g.total("minutes:all", values) == g.total("minutes:all", dict(reversed(values.items())))


def test_another_database_or_another_statistic_gets_other_noise():
    draws = {CellKeys(bytes([n]) * 32).draw("minutes:all", PEOPLE[:30]) for n in range(20)}
    assert len(draws) == 20
    keys = CellKeys(b"s" * 32)
    assert keys.draw("a", PEOPLE[:30]) != keys.draw("b", PEOPLE[:30])


def test_a_cell_is_its_people_however_they_are_handed_over_and_its_key_is_the_sum_of_theirs():
    """The cell key is summed by C loops now (issue 17: a dashboard asks ~180 cells of the same 50,000 people): the
    same people as a list with repeats, a set or a dict of contributions draw the same, and the key is still the
    sum of their record keys."""
    import hashlib

    keys = CellKeys(b"s" * 32)
    people = PEOPLE[:30]
    draws = {keys.draw("x", people + people[:5]), keys.draw("x", set(people)), keys.draw("x", frozenset(people)),
             keys.draw("x", {p: 1.0 for p in people}), CellKeys(b"s" * 32).draw("x", reversed(people))}
    assert len(draws) == 1
    cell = sum(keys.record_key(p) for p in people)
    mixed = hashlib.blake2b(cell.to_bytes(16, "big") + b"x", digest_size=8, key=(b"s" * 32)[:32]).digest()
    assert draws == {int.from_bytes(mixed, "big") / 2.0**64}


def test_counts_move_by_at_most_two_and_an_empty_cell_stays_empty():
    moves = []
    for n in range(300):
        g = guard(secret=n.to_bytes(32, "big"))
        moves.append(g.count("x", PEOPLE[:20]) - 20)
    assert set(moves) <= {noise for _, noise in COUNT_TABLE} and 0 in moves and len(set(moves)) == 5
    assert sum(moves) / len(moves) == pytest.approx(0, abs=0.25)  # right on average
    assert guard().count("x", []) == 0
    assert guard().count("x", PEOPLE[:3], most=3) <= 3


def test_a_total_always_moves_by_a_share_of_its_largest_contribution():
    values = {p: 10.0 for p in PEOPLE[:30]} | {"R9999": 200.0}
    for n in range(100):
        moved = guard(secret=n.to_bytes(32, "big")).total("x", values) - sum(values.values())
        assert TOTAL_SHARE_MIN * 200 <= abs(moved) <= TOTAL_SHARE_MAX * 200


def test_a_histogram_has_no_bar_of_fewer_than_k_and_none_at_all_for_a_small_group():
    exact = Guard(Policy(), keys=None)
    values = {p: float(i % 97) for i, p in enumerate(PEOPLE)} | {"R9999": 600.0}
    bins = exact.histogram("m", values, 10)
    assert all(b.count >= 5 for b in bins) and bins[-1].high is None and sum(b.count for b in bins) == 201
    assert exact.histogram("m", dict(list(values.items())[:19]), 10) == []


def test_k_may_be_raised_never_lowered(storage):
    assert Policy.raised_to(None).k == 5 and Policy.raised_to(3).k == 5 and Policy.raised_to(10).k == 10
    with pytest.raises(ValueError):
        Policy(3)
    assert guard_for(storage, k=8).hidden(7)


def test_a_database_keeps_its_secret_and_another_has_its_own(tmp_path):
    from burden_survey.store.storage import Storage

    first, second = Storage.open(tmp_path / "a.db"), Storage.open(tmp_path / "b.db")
    draw = lambda s: guard_for(s)._keys.draw("x", PEOPLE[:9])  # noqa: E731
    assert draw(first) == draw(first) != draw(second)
    first.close(), second.close()


def test_an_empty_count_among_a_group_may_read_one_or_two_so_a_zero_proves_nothing():
    seen = {Guard(Policy(), CellKeys(n.to_bytes(32, "big"))).count("x", [], among=PEOPLE[:30]) for n in range(60)}
    assert seen == {0, 1, 2}
    assert guard().count("x", []) == 0  # a list of names has no row for an empty cell


def test_a_respondent_alone_in_their_township_or_unit_type_is_left_out_of_the_microdata():
    from burden_survey.spreadsheets.deidentify import plan

    # (id, wave, province, city, county, township, unit type, post, tenure, staffing, work phone)
    crowd = [(f"R{n}", None, "320000", "320200", "320205", "东港镇" if n % 2 else "锡北镇", "township_organ",
              "staff", "1_3", "civil_servant", 0) for n in range(40)]
    lonely = [("LONE-TOWN", None, "320000", "320200", "320205", "小河镇", "township_organ", "staff", "1_3",
               "civil_servant", 0),
              ("LONE-UNIT", None, "320000", "320200", "320205", "东港镇", "other", "staff", "1_3", "civil_servant", 0)]
    exported = plan(crowd + lonely, 5)
    assert "LONE-TOWN" not in exported.ids and "LONE-UNIT" not in exported.ids
    assert exported.suppressed >= 2 and len(exported.ids) == 40


def test_hidden_townships_that_are_k_or_more_together_stay_in_the_microdata():
    from burden_survey.spreadsheets.deidentify import _isolated

    # Twenty cadres in seven small townships: every township is hidden, and together they are twenty, as the county.
    small = [(f"R{n}", None, "", "", "", f"镇{n % 7}", "township_organ") for n in range(20)]
    assert _isolated(small, 5) == set()
    assert _isolated(small + [("LONE", None, "", "", "", "镇0", "other")], 5) == {"LONE"}
