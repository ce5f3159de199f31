"""Deterministic noise by cell keys, after the ONS method for Census 2021 (docs/PRIVACY.md).

Every respondent has a record key: a keyed hash of their random id under this database's secret, which never leaves
the database. A cell (the respondents a number rests on) has the sum of its record keys as its key, so the same
people always make the same key — however the cell was reached, through which filter, in which output — and the
same statistic of the same cell always gets the same noise: asking again reveals nothing new. Two different cells
get independent noise, which is what defeats subtraction: a total minus its visible parts leaves the hidden part
plus the noise of every cell used.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from burden_survey.store.record_keys import SECRET_SETTING, record_key, secret

# Noise added to a count, by cell key (a uniform draw in [0, 1)): the perturbation table. Symmetric, so a count is
# right on average; zero in two cells of five, so a total minus one part is hardly ever exact.
COUNT_TABLE = ((0.10, -2), (0.30, -1), (0.70, 0), (0.90, 1), (1.00, 2))

# A total is moved by a share of its largest single contribution (the person a subtraction would expose), between
# these bounds in either direction: never zero, so that no total is ever exactly the sum of its respondents.
TOTAL_SHARE_MIN = 0.10
TOTAL_SHARE_MAX = 0.45


def database_secret(storage) -> bytes:
    """This database's secret, made on first use. Copies and backups of the database keep it."""
    value = storage.get_setting(SECRET_SETTING)
    if value:
        return bytes.fromhex(value)
    with storage.db.atomic():
        return secret(storage.db.conn)


class CellKeys:
    """Record keys of respondents and the draws their cells give, under one secret."""

    def __init__(self, secret: bytes):
        self._secret = secret
        self._keys: dict[str, int] = {}

    def record_key(self, respondent_id: str) -> int:
        key = self._keys.get(respondent_id)
        if key is None:
            key = self._keys[respondent_id] = record_key(self._secret, respondent_id)
        return key

    def cell_key(self, people: Iterable[str]) -> int:
        """The key of the cell of these people: the sum of their record keys. 32-bit keys sum exactly in Python and in
        SQLite's 64-bit integers alike, for any county: a key summed at write time (store/group_summaries.py) is
        the key of the same people summed here."""
        chosen = people if isinstance(people, (set, frozenset, dict)) else set(people)  # each person once
        # Summed by C loops (map over the dict), not one Python call per person: a dashboard asks about 120 cells
        # of the same respondents, and at 50,000 cadres the per-person calls took seconds (issue 17). Each
        # respondent is hashed once per computation, when a cell first holds them.
        try:
            return sum(map(self._keys.__getitem__, chosen))
        except KeyError:
            for person in chosen:
                self.record_key(person)
            return sum(map(self._keys.__getitem__, chosen))

    def draw(self, statistic: str, people: Iterable[str]) -> float:
        """A uniform number in [0, 1) fixed by the cell (the set of `people`) and the statistic asked of it."""
        return self.draw_by_key(statistic, self.cell_key(people))

    def draw_by_key(self, statistic: str, cell: int) -> float:
        """draw() of the cell whose key is `cell`."""
        mixed = hashlib.blake2b(cell.to_bytes(16, "big") + statistic.encode("utf-8"), digest_size=8,
                                key=self._secret[:32]).digest()
        return int.from_bytes(mixed, "big") / 2.0**64


def count_noise(draw: float) -> int:
    for upper, noise in COUNT_TABLE:
        if draw < upper:
            return noise
    return COUNT_TABLE[-1][1]


def total_share(draw: float) -> float:
    """The signed share of the largest contribution by which a total moves: ±[TOTAL_SHARE_MIN, TOTAL_SHARE_MAX)."""
    sign = -1.0 if draw < 0.5 else 1.0
    within = (draw % 0.5) * 2
    return sign * (TOTAL_SHARE_MIN + (TOTAL_SHARE_MAX - TOTAL_SHARE_MIN) * within)
