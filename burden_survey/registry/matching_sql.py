"""The SQL of name matching: reported tools, registry names, and the alias decisions supervisors keep."""

from __future__ import annotations

from typing import NamedTuple

from sqlite_utils import Database


class ReportedTool(NamedTuple):
    tool_id: int
    respondent_id: str
    name: str
    kind: str
    minutes: int  # every logged day, from summary_tool


class RegistryName(NamedTuple):
    app_id: int
    name: str
    kind: str
    retired: bool


class AliasDecision(NamedTuple):
    app_id: int | None
    decision: str  # 'confirmed' or 'unregistered'


def reported_tools(db: Database, wave_id: str | None = None) -> list[ReportedTool]:
    """Every live (not deleted) tool with its logged minutes; of one wave's respondents when `wave_id` is set."""
    rows = db.execute(
        """SELECT t.id, t.respondent_id, t.name, t.kind, coalesce(s.minutes, 0)
           FROM tool t JOIN respondent r ON r.id = t.respondent_id
           LEFT JOIN summary_tool s ON s.tool_id = t.id
           WHERE t.deleted_at IS NULL AND (:wave IS NULL OR r.wave_id = :wave)
           ORDER BY t.id""", {"wave": wave_id}).fetchall()
    return [ReportedTool(*row) for row in rows]


def registry_names(db: Database) -> list[RegistryName]:
    """Every registry entry, retired ones included (confirmed aliases to them still stand)."""
    rows = db.execute("SELECT id, name, kind, retired_at IS NOT NULL FROM registry_app ORDER BY id").fetchall()
    return [RegistryName(app_id, name, kind, bool(retired)) for app_id, name, kind, retired in rows]


def app_exists(db: Database, app_id: int) -> bool:
    return db.execute("SELECT 1 FROM registry_app WHERE id = ?", [app_id]).fetchone() is not None


def alias_decisions(db: Database) -> dict[str, AliasDecision]:
    """Normalized reported name → the supervisor's decision about it."""
    rows = db.execute("SELECT normalized, app_id, decision FROM tool_alias").fetchall()
    return {normalized: AliasDecision(app_id, decision) for normalized, app_id, decision in rows}


def rejections(db: Database) -> set[tuple[str, int]]:
    """(normalized reported name, app id) pairs a supervisor said are not the same tool."""
    return {(normalized, app_id) for normalized, app_id in
            db.execute("SELECT normalized, app_id FROM tool_alias_rejection").fetchall()}


def save_decision(db: Database, normalized: str, app_id: int | None, decision: str, example: str,
                  decided_at: str) -> None:
    """Record (or replace) the decision for one normalized name; a confirmation lifts an earlier rejection."""
    with db.atomic():
        db.execute(
            """INSERT INTO tool_alias (normalized, app_id, decision, example, decided_at) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (normalized) DO UPDATE SET app_id = excluded.app_id, decision = excluded.decision,
                   example = excluded.example, decided_at = excluded.decided_at""",
            [normalized, app_id, decision, example, decided_at])
        if app_id is not None:
            db.execute("DELETE FROM tool_alias_rejection WHERE normalized = ? AND app_id = ?", [normalized, app_id])


def save_rejection(db: Database, normalized: str, app_id: int, decided_at: str) -> None:
    """Remember that this name is not this app; a confirmed alias of the same pair is withdrawn."""
    with db.atomic():
        db.execute(
            """INSERT INTO tool_alias_rejection (normalized, app_id, decided_at) VALUES (?, ?, ?)
               ON CONFLICT (normalized, app_id) DO UPDATE SET decided_at = excluded.decided_at""",
            [normalized, app_id, decided_at])
        db.execute("DELETE FROM tool_alias WHERE normalized = ? AND app_id = ? AND decision = 'confirmed'",
                   [normalized, app_id])
