"""What a response's fingerprint covers: its content columns, pinned per content version.

A survey file proves its answers unchanged by a SHA-256 over them. If that covered whatever columns the program has
today, adding one field would make every file written before it fail as "altered". So the content is pinned: each
table's columns and row order as fingerprints first covered it are written out below, each later version adds the
fields declared with that `since` (survey/fields.py) and the tables that joined with it (store/response_tables.py). A fingerprint names its version ("2:…"; version 1 is plain hex, as every file written
before versions existed), and travels per response, so an aggregate may mix versions and each is checked by its own.

From version 2 the free text in the cadre's words (fields.local_fields) stays with the level that collected it: the
fingerprint covers it only through `local_sha256`, a SHA-256 over a random salt and the text, so an aggregate drops
text and salt, keeps the digest, and every level above still checks the cadre's signature; without the salt nobody
can confirm a guess of the text.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import sqlite3

from burden_survey.store import response_tables
from burden_survey.store.response_tables import ResponseTable
from burden_survey.survey import fields

CONTENT_VERSION = 3  # raise it, with `since` on the new fields, whenever a content column is added
LOCAL_SINCE = 2  # the version whose fingerprints cover free text through its salted digest only

# Each response table as fingerprints first covered it: its columns, and the order of its rows (the fingerprint
# proves that too). Never edit an entry: a column added later is a field with `since`, a table added later is a new
# entry (with `since` in store/response_tables.py). The first five are version 1, as every file written before
# versions existed.
_PINNED = {
    "respondent": (("province_code", "city_code", "county_code", "division_year", "township_name", "township_code",
                    "unit_type", "post", "tenure", "staffing", "work_phone", "wave_id"), None),
    "tool": (("name", "kind", "platform", "sponsor_level", "line_department", "installed", "obligation", "frequency",
              "after_hours", "actions", "formality_share", "ranked", "rank_metric", "rank_frequency", "consequences",
              "same_data_as", "usefulness", "note", "group_purpose", "group_temporary_undissolved", "group_size",
              "group_instant_response", "group_messages", "group_overlaps"), "id"),
    "daily_minutes": (("day", "minutes"), "day"),
    "quota": (("tool_name", "assigned_by", "target_group", "target_count", "target_basis", "target_share_percent",
               "deadline", "counted_in_assessment", "methods", "achieved_count", "hours_spent", "note"), "id"),
    "rule_answer": (("question", "answer", "details"), "question"),
}
_FINGERPRINT = re.compile(r"(?:([2-9]|[1-9][0-9]{1,3}):)?([0-9a-f]{64})")


def columns(table: str, version: int | None = None) -> tuple[str, ...]:
    """The columns of `table` that a fingerprint of `version` (this program's by default) covers, in their fixed
    order; from version 2 without the free text, which only its digest covers."""
    version = CONTENT_VERSION if version is None else version
    joined = response_tables.table(table).since
    added = tuple(f.key for f in fields.RECORDS.get(table, ()) if joined < f.since <= version)
    listed = _PINNED[table][0] + added
    if version < LOCAL_SINCE:
        return listed
    return tuple(c for c in listed if c not in local_columns(table))


def local_columns(table: str) -> tuple[str, ...]:
    """The free-text columns of `table`: in a cadre's file and the database that imported it, in no aggregate."""
    return tuple(f.key for f in fields.local_fields(fields.RECORDS.get(table, ())))


def new_salt() -> str:
    return secrets.token_hex(16)


def template_salt(respondent_id: str) -> str:
    """The salt of a paper template's response: it has no PC of its own to keep one, and the same filled sheet must
    give the same response. (Its id is already a hash of its answers, free text included: spreadsheets/.)"""
    return hashlib.sha256(f"burden-survey template salt\n{respondent_id}".encode("utf-8")).hexdigest()[:32]


def tables(version: int | None = None) -> tuple[ResponseTable, ...]:
    """The response's tables that a fingerprint of `version` covers."""
    version = CONTENT_VERSION if version is None else version
    return tuple(t for t in response_tables.tables() if t.since <= version)


def newer_columns(table: str, version: int) -> tuple[str, ...]:
    """The columns of `table` that this program has and a fingerprint of `version` does not cover."""
    return tuple(f.key for f in fields.RECORDS.get(table, ()) if f.since > version)


def response_content(conn: sqlite3.Connection, schema: str, respondent_id: str, version: int | None = None) -> str:
    """A canonical JSON text of one response, computed by SQLite itself (fast, and the same everywhere); ids and
    time stamps are left out, so the same answers give the same text in the cadre's database, the file and any
    aggregate. From version 2 it ends in a line with the digest of the free text (local_digest)."""
    version = CONTENT_VERSION if version is None else version
    parts = [_part(table, schema, version) for table in tables(version)]
    texts = [conn.execute(sql, [respondent_id]).fetchone()[0] or "null" for sql in parts]
    text = "[" + ",".join(texts) + "]"
    return text if version < LOCAL_SINCE else text + "\n" + local_digest(conn, schema, respondent_id)


def local_digest(conn: sqlite3.Connection, schema: str, respondent_id: str) -> str:
    """SHA-256 of the response's salt and free text. A response without its salt (in an aggregate) gives the
    digest it carries, provided it carries no free text; otherwise the digest of what it holds, which then no
    longer matches its fingerprint."""
    salted = any(row[1] == "local_salt" for row in conn.execute(f"PRAGMA {schema}.table_info(respondent)"))
    row = salted and conn.execute(f"SELECT local_salt, local_sha256 FROM {schema}.respondent WHERE id = ?",
                                  [respondent_id]).fetchone()
    salt, kept = row or (None, None)  # a file of the schema before m010_roll_up has neither
    text = local_text(conn, schema, respondent_id)
    if salt is None and kept is not None and text == local_text(conn, schema, respondent_id, blank=True):
        return kept
    return hashlib.sha256(f"{salt or ''}\n{text}".encode("utf-8")).hexdigest()


def local_text(conn: sqlite3.Connection, schema: str, respondent_id: str, blank: bool = False) -> str:
    """The free text of a response as JSON, its rows in the content's order (`blank`: as an aggregate holds it)."""
    texts = []
    for table in response_tables.tables():
        listed = local_columns(table.name)
        if not listed or table.parent != "respondent":  # (a grandchild table with free text would need positions)
            continue
        live = " AND deleted_at IS NULL" if table.soft_deleted else ""
        values = ", ".join("''" if blank else f"coalesce({c}, '')" for c in listed)
        texts.append(conn.execute(
            f"""SELECT json_group_array(json_array({values})) FROM (SELECT * FROM {schema}.{table.name}
                WHERE {table.link} = ?1{live} ORDER BY {_PINNED[table.name][1]})""", [respondent_id]).fetchone()[0])
    return "[" + ",".join(texts) + "]"


def fingerprint(content: str, version: int | None = None) -> str:
    version = CONTENT_VERSION if version is None else version
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    return digest if version == 1 else f"{version}:{digest}"


def version_of(fingerprint_text: object) -> int | None:
    """The content version a fingerprint was made at; None when it is not a fingerprint at all."""
    match = _FINGERPRINT.fullmatch(fingerprint_text) if isinstance(fingerprint_text, str) else None
    if match is None:
        return None
    return int(match.group(1) or 1)


def fingerprint_of(conn: sqlite3.Connection, schema: str, respondent_id: str, version: int | None = None) -> str:
    """The fingerprint of a stored response at `version`."""
    return fingerprint(response_content(conn, schema, respondent_id, version), version)


def _part(table: ResponseTable, schema: str, version: int | None) -> str:
    """The SQL giving one table's share of the content: its rows' content columns in their fixed order; a row of a
    grandchild table names its parent by the parent's position in the response (ids differ between databases)."""
    listed = ", ".join(columns(table.name, version))
    if table.parent is None:
        return f"SELECT json_array({listed}) FROM {schema}.{table.name} WHERE id = ?1"
    live = " AND deleted_at IS NULL" if table.soft_deleted else ""
    if table.parent == "respondent":
        return f"""SELECT json_group_array(json_array({listed})) FROM
            (SELECT * FROM {schema}.{table.name} WHERE {table.link} = ?1{live} ORDER BY {_PINNED[table.name][1]})"""
    parent = response_tables.table(table.parent)
    parent_live = " AND deleted_at IS NULL" if parent.soft_deleted else ""
    positions = f"""SELECT id, row_number() OVER (ORDER BY {_PINNED[parent.name][1]}) AS n FROM {schema}.{parent.name}
                    WHERE {parent.link} = ?1{parent_live}"""
    inner = ", ".join(f"c.{c}" for c in columns(table.name, version))
    return f"""SELECT json_group_array(json_array(n, {listed})) FROM
        (SELECT o.n, {inner} FROM {schema}.{table.name} c JOIN ({positions}) o ON o.id = c.{table.link}
         WHERE 1{live.replace(" deleted_at", " c.deleted_at")} ORDER BY o.n, c.{_PINNED[table.name][1]})"""
