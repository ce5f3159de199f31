"""The SQL of the app registry: parameterised reads and writes of registry_app, its status history and data plans.

Rows travel as plain dicts with database values (ISO dates as text, lists as JSON text); registry.py turns them
into dataclasses and checks them before anything is written here.
"""

from __future__ import annotations

from burden_survey.store.storage import Storage

from .app_fields import APP_FIELDS

APP_COLUMNS = tuple(f.key for f in APP_FIELDS)
PLAN_COLUMNS = ("category", "action", "planned_date", "done_date", "signed_off_by")
# The statuses at which an app no longer runs and its data must have been dealt with ("一应用一方案").
ENDED_STATUSES = ("migrated", "closed", "deregistered")


def _dicts(storage: Storage, sql: str, params) -> list[dict]:
    cursor = storage.db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def app_rows(storage: Storage, include_retired: bool) -> list[dict]:
    return _dicts(storage, f"""SELECT id, {', '.join(APP_COLUMNS)}, retired_at FROM registry_app
                               WHERE (:all OR retired_at IS NULL) ORDER BY name COLLATE NOCASE, owner_unit, id""",
                  {"all": int(include_retired)})


def app_row(storage: Storage, app_id: int) -> dict | None:
    rows = _dicts(storage, f"SELECT id, {', '.join(APP_COLUMNS)}, retired_at FROM registry_app WHERE id = ?",
                  [app_id])
    return rows[0] if rows else None


def find_app_id(storage: Storage, name: str, owner_unit: str) -> int | None:
    """The app with this name and owning unit; a live entry wins over a retired one."""
    row = storage.db.execute(
        """SELECT id FROM registry_app WHERE name = ? AND owner_unit = ?
           ORDER BY retired_at IS NOT NULL, id LIMIT 1""", [name, owner_unit]).fetchone()
    return row[0] if row else None


def insert_app(storage: Storage, values: dict, stamp: str) -> int:
    columns = [*APP_COLUMNS, "created_at", "updated_at"]
    params = [values[c] for c in APP_COLUMNS] + [stamp, stamp]
    cursor = storage.db.execute(
        f"INSERT INTO registry_app ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})", params)
    return cursor.lastrowid


def update_app(storage: Storage, app_id: int, values: dict, stamp: str) -> None:
    sets = ", ".join(f"{c} = ?" for c in APP_COLUMNS)
    storage.db.execute(f"UPDATE registry_app SET {sets}, updated_at = ? WHERE id = ?",
                       [*(values[c] for c in APP_COLUMNS), stamp, app_id])


def set_status(storage: Storage, app_id: int, status: str, done_date: str | None, stamp: str) -> None:
    storage.db.execute("UPDATE registry_app SET status = ?, done_date = ?, updated_at = ? WHERE id = ?",
                       [status, done_date, stamp, app_id])


def set_retired(storage: Storage, app_id: int, retired_at: str | None) -> None:
    storage.db.execute("UPDATE registry_app SET retired_at = ? WHERE id = ?", [retired_at, app_id])


def add_history(storage: Storage, app_id: int, from_status: str | None, to_status: str, changed_on: str,
                note: str, stamp: str) -> None:
    storage.db.execute(
        """INSERT INTO registry_status_history (app_id, from_status, to_status, changed_on, note, recorded_at)
           VALUES (?, ?, ?, ?, ?, ?)""", [app_id, from_status, to_status, changed_on, note, stamp])


def history_rows(storage: Storage, app_id: int) -> list[dict]:
    # In the order recorded: the workflow only moves one step at a time, so that is also the order of the steps.
    return _dicts(storage, """SELECT app_id, from_status, to_status, changed_on, note, recorded_at
                              FROM registry_status_history WHERE app_id = ? ORDER BY id""", [app_id])


def plan_rows(storage: Storage, app_id: int) -> list[dict]:
    return _dicts(storage, f"SELECT id, {', '.join(PLAN_COLUMNS)} FROM registry_data_plan WHERE app_id = ? ORDER BY id",
                  [app_id])


def all_plan_rows(storage: Storage) -> list[dict]:
    """Every live app's plan rows with the app's name and unit, for the spreadsheet export."""
    return _dicts(storage, f"""SELECT a.name AS app_name, a.owner_unit, {', '.join('p.' + c for c in PLAN_COLUMNS)}
                               FROM registry_data_plan p JOIN registry_app a ON a.id = p.app_id
                               WHERE a.retired_at IS NULL ORDER BY a.name COLLATE NOCASE, a.owner_unit, p.id""", [])


def replace_plan(storage: Storage, app_id: int, rows: list[dict]) -> None:
    storage.db.execute("DELETE FROM registry_data_plan WHERE app_id = ?", [app_id])
    for row in rows:
        storage.db.execute(
            f"INSERT INTO registry_data_plan (app_id, {', '.join(PLAN_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?)",
            [app_id, *(row[c] for c in PLAN_COLUMNS)])


def ids_lacking_plan(storage: Storage) -> list[int]:
    """Ended live apps with no plan rows, or with a row not yet done or not signed off."""
    marks = ", ".join("?" for _ in ENDED_STATUSES)
    return [row[0] for row in storage.db.execute(
        f"""SELECT a.id FROM registry_app a
            WHERE a.retired_at IS NULL AND a.status IN ({marks})
              AND (NOT EXISTS (SELECT 1 FROM registry_data_plan p WHERE p.app_id = a.id)
                   OR EXISTS (SELECT 1 FROM registry_data_plan p WHERE p.app_id = a.id
                              AND (p.done_date IS NULL OR trim(p.signed_off_by) = '')))
            ORDER BY a.name COLLATE NOCASE, a.owner_unit, a.id""", list(ENDED_STATUSES)).fetchall()]
