"""One response's rows as a JSON text and back: what a replaced version keeps, so that undoing the import that
replaced it puts it back whole — every column (free text, signature, deleted rows included), not only the content
its fingerprint covers."""

from __future__ import annotations

import json
import sqlite3

from . import response_tables
from .response_tables import belongs, children


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return list(_defaults(conn, table))


def _defaults(conn: sqlite3.Connection, table: str) -> dict[str, str]:
    """Column → its default as SQL text of our own schema ('NULL' when it has none)."""
    return {row[1]: row[4] or "NULL" for row in conn.execute(f"PRAGMA main.table_info({table})")}


def rows_json(conn: sqlite3.Connection, respondent_id: str) -> str:
    """{"respondent": [{column: value}], "tool": [...], …}: every row of the response in this database, computed by
    SQLite (values keep their types; the import checks admit no binary value into a response)."""
    parts = []
    for table in response_tables.tables():
        pairs = ", ".join(f"'{c}', \"{c}\"" for c in _columns(conn, table.name))
        parts.append(f"""'{table.name}', (SELECT json_group_array(json_object({pairs})) FROM main.{table.name}
                                            WHERE {belongs(table.name, 'main', '?1')})""")
    return conn.execute(f"SELECT json_object({', '.join(parts)})", [respondent_id]).fetchone()[0]


def restore_rows(conn: sqlite3.Connection, rows: str) -> None:
    """Write back a response kept by rows_json (its own rows must be gone). Rows with ids of their own get new ones,
    numbered on from the database's, and their children follow them: the old ids may have been taken since."""
    json.loads(rows)  # a damaged record stops here, before any row is written
    mapped = set()
    for table in response_tables.tables():
        source = f"SELECT value FROM json_each(:rows, '$.{table.name}')"
        replace: dict[str, str | None] = {}
        if table.own_id and children(table.name):
            conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS restored_{table.name}_id "
                         "(old INTEGER PRIMARY KEY, new INTEGER NOT NULL)")
            conn.execute(f"DELETE FROM temp.restored_{table.name}_id")
            conn.execute(f"""INSERT INTO temp.restored_{table.name}_id (old, new)
                             SELECT json_extract(value, '$.id'), (SELECT coalesce(max(id), 0) FROM main.{table.name})
                                    + row_number() OVER (ORDER BY json_extract(value, '$.id'))
                             FROM ({source})""", {"rows": rows})
            mapped.add(table.name)
            replace["id"] = f"(SELECT new FROM temp.restored_{table.name}_id WHERE old = json_extract(value, '$.id'))"
        elif table.own_id:
            replace["id"] = None
        if table.parent in mapped:
            replace[table.link] = (f"(SELECT new FROM temp.restored_{table.parent}_id "
                                   f"WHERE old = json_extract(value, '$.{table.link}'))")
        defaults = _defaults(conn, table.name)
        columns = [c for c in defaults if replace.get(c, "") is not None]
        # A column added after the version was kept takes its default, as the migration gave the other rows.
        values = ", ".join(replace.get(c) or f"CASE WHEN json_type(value, '$.{c}') IS NULL THEN {defaults[c]} "
                                             f"ELSE json_extract(value, '$.{c}') END" for c in columns)
        conn.execute(f"""INSERT INTO main.{table.name} ({', '.join(f'"{c}"' for c in columns)})
                         SELECT {values} FROM ({source})""", {"rows": rows})
