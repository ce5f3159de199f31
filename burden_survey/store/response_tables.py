"""The tables one response is made of: the single list that export, import, replacement and the fingerprint follow.

A new content table is one entry here (with the content version it joins in), its migration, and its content
columns in survey_files/content.py — a test fails until content.py covers it.
"""

from __future__ import annotations

from typing import NamedTuple


class ResponseTable(NamedTuple):
    name: str
    label: str  # how messages name it
    parent: str | None  # the table it hangs from (through `link`); None for the respondent itself
    link: str | None  # the column that holds the parent's id
    soft_deleted: bool  # rows with deleted_at set are no longer part of the response
    own_id: bool  # rows have an integer id of this database's own, which a copy into another one renumbers
    day: str | None = None  # the column naming the day a row is for: a cadre's file holds only the period's
    most: int | None = None  # rows per parent row at the most: more is no survey answer (plausibility warns far below)
    since: int = 1  # the content version whose fingerprint first covers it


MOST_TOOLS, MOST_QUOTAS, MOST_DAYS = 300, 100, 400  # per response, per response, per tool

# Parents before children: copy in this order, delete in the reverse one.
RESPONSE_TABLES = (
    ResponseTable("respondent", "基本情况", None, None, soft_deleted=False, own_id=False),
    ResponseTable("tool", "数字任务", "respondent", "respondent_id", soft_deleted=True, own_id=True, most=MOST_TOOLS),
    ResponseTable("daily_minutes", "每日用时", "tool", "tool_id", soft_deleted=False, own_id=False, day="day",
                  most=MOST_DAYS),
    ResponseTable("quota", "摊派下载", "respondent", "respondent_id", soft_deleted=True, own_id=True, most=MOST_QUOTAS),
    ResponseTable("rule_answer", "规定对照", "respondent", "respondent_id", soft_deleted=False, own_id=False),
)


def tables() -> tuple[ResponseTable, ...]:
    """The list, read when asked rather than when imported, so that every user sees the same one (a test's next
    program adds a table to it)."""
    return RESPONSE_TABLES


def table(name: str) -> ResponseTable:
    return next(t for t in tables() if t.name == name)


def names() -> tuple[str, ...]:
    return tuple(t.name for t in tables())


def belongs(name: str, schema: str, respondents: str, live: bool = False) -> str:
    """An SQL condition on the rows of table `name` in `schema`: they belong to a respondent whose id `respondents`
    (an SQL expression: a parameter, or a SELECT of ids) gives; with `live`, only rows (and parents) not deleted.
    Only our own names go into it."""
    entry = table(name)
    alive = " AND deleted_at IS NULL" if live and entry.soft_deleted else ""
    if entry.parent is None:
        return f"id IN ({respondents})"
    if entry.parent == "respondent":
        return f"{entry.link} IN ({respondents}){alive}"
    parents = belongs(entry.parent, schema, respondents, live)
    return f"{entry.link} IN (SELECT id FROM {schema}.{entry.parent} WHERE {parents}){alive}"


def children(table: str) -> tuple[ResponseTable, ...]:
    """The tables whose rows point at `table`'s ids."""
    return tuple(t for t in tables() if t.parent == table)
