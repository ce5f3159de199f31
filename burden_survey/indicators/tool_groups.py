"""The tools grouped by name, sponsor level and line department, one cell per group: read from the strata's group
summaries (store/group_summaries.py), or made from the tool rows where those cannot be read. Both give the same
cells, so the same figures and the same noise."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlite_utils import Database

from burden_survey.disclosure.guard import Cell, Guard, Sum
from burden_survey.store import group_summaries

from . import indicator_sql as sql
from .indicator_sql import ToolRow

DIMENSIONS = ("name", "level", "department")
RECOUNTS_MOST = 10_000  # transactions of recounting before a read gives up and reads the rows
NAMED = ("name", "department")  # typed by the cadres: a label below k goes into 「其他」


@dataclass(frozen=True)
class ToolCell:
    """One group: its respondents, their minutes and workday minutes (one contribution each), their logged workdays."""

    people: Cell
    minutes: Sum
    workday: Sum
    workdays: int


@dataclass(frozen=True)
class ToolGroups:
    cells: dict[str, dict[str, ToolCell]]  # dimension → label → cell
    other: dict[str, ToolCell]  # dimension (of NAMED) → the labels below k together (n 0 when there are none)


def cell_of(guard: Guard, people: Mapping[str, tuple[int, int, int]]) -> ToolCell:
    """The cell of respondent → (minutes, workday minutes, logged workdays)."""
    return ToolCell(guard.cell(people), Sum.of(m for m, _, _ in people.values()),
                    Sum.of(w for _, w, _ in people.values()), sum(d for _, _, d in people.values()))


def from_tools(guard: Guard, tools: Iterable[ToolRow], workdays: dict[str, int]) -> ToolGroups:
    """The groups of these tool rows, by their trimmed name, sponsor level and department."""
    tables: dict[str, dict[str, dict[str, list[int]]]] = {d: defaultdict(dict) for d in DIMENSIONS}
    for t in tools:
        for dimension, label in (("name", t.name), ("level", t.sponsor_level or ""),
                                 ("department", t.line_department or "")):
            entry = tables[dimension][label].setdefault(t.respondent_id, [0, 0, workdays.get(t.respondent_id, 0)])
            entry[0] += t.minutes
            entry[1] += t.workday_minutes
    cells = {d: {label: cell_of(guard, people) for label, people in table.items()} for d, table in tables.items()}
    other = {}
    for dimension in NAMED:
        rest: dict[str, list[int]] = {}
        for label, people in tables[dimension].items():
            if guard.hidden(len(people)):
                _add(rest, ((rid, m, w, d) for rid, (m, w, d) in people.items()))
        other[dimension] = cell_of(guard, rest)
    return ToolGroups(cells, other)


def summaries_ready(guard: Guard, db: Database) -> bool:
    """Bring the strata's group summaries up to date (one write transaction) so that figures can be read from them;
    False when they cannot be (a database opened read-only, or locked by another program; a k above what they list):
    the caller then reads the rows."""
    if not guard.keyed or guard.k > group_summaries.MEMBERS_MAX:
        return False
    try:
        for _ in range(RECOUNTS_MOST):  # the new cadres first: added, not recounted
            with db.atomic():
                if not group_summaries.add_uncounted(db.conn):
                    break
        else:
            return False  # written faster than counted: read the rows this time
        with db.atomic():
            group_summaries.restratify(db.conn)
        for _ in range(RECOUNTS_MOST):  # a few strata a transaction: others may write between them
            with db.atomic():
                if not group_summaries.recount_next(db.conn):
                    return True
    except sqlite3.OperationalError:
        return False
    return False  # written faster than counted: read the rows this time


def from_summaries(guard: Guard, conn: sqlite3.Connection, p: dict) -> ToolGroups | None:
    """The groups of the chosen respondents from the strata's group summaries (summaries_ready first); None when a
    stratum's part of a group below k is too big to be listed."""
    cells: dict[str, dict[str, ToolCell]] = {d: {} for d in DIMENSIONS}
    for g in sql.groups(conn, p):
        cells[g.dimension][g.label] = ToolCell(
            Cell(g.n, g.key_sum), Sum(float(g.minutes), g.minutes_low, g.minutes_high),
            Sum(float(g.workday_minutes), g.workday_low, g.workday_high), g.workdays)
    hidden = {d: sorted(label for label, cell in cells[d].items() if guard.hidden(cell.people.n)) for d in NAMED}
    other = {}
    for dimension, labels in hidden.items():
        members = sql.group_members(conn, p, [(dimension, label) for label in labels]) if labels else []
        if members is None:
            return None
        rest: dict[str, list[int]] = {}
        _add(rest, members)
        other[dimension] = cell_of(guard, rest)
    return ToolGroups(cells, other)


def _add(rest: dict[str, list[int]], members: Iterable) -> None:
    """Adds (respondent, minutes, workday minutes, logged workdays) rows up per respondent."""
    for rid, minutes, workday, days in members:
        entry = rest.setdefault(rid, [0, 0, days])
        entry[0] += minutes
        entry[1] += workday
