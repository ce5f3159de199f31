"""What a response's fingerprint covers: its content columns, pinned per content version.

A survey file proves its answers unchanged by a SHA-256 over them. If that covered whatever columns the program has
today, adding one field would make every file written before it fail as "altered". So the columns are pinned: those
of version 1 are written out below, and each later version adds the fields declared with that `since`
(survey/fields.py). A fingerprint names its version ("2:…"; version 1 is plain hex, as every file written
before versions existed), and travels per response, so an aggregate may mix versions and each is checked by its own.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3

from burden_survey.survey import fields

CONTENT_VERSION = 1  # raise it, with `since` on the new fields, whenever a content column is added
CONTENT_TABLES = ("respondent", "tool", "daily_minutes", "quota", "rule_answer")

# Version 1, as every file written before versions existed: never edit.
_VERSION_1 = {
    "respondent": ("province_code", "city_code", "county_code", "division_year", "township_name", "township_code",
                   "unit_type", "post", "tenure", "staffing", "work_phone", "wave_id"),
    "tool": ("name", "kind", "platform", "sponsor_level", "line_department", "installed", "obligation", "frequency",
             "after_hours", "actions", "formality_share", "ranked", "rank_metric", "rank_frequency", "consequences",
             "same_data_as", "usefulness", "note", "group_purpose", "group_temporary_undissolved", "group_size",
             "group_instant_response", "group_messages", "group_overlaps"),
    "quota": ("tool_name", "assigned_by", "target_group", "target_count", "target_basis", "target_share_percent",
              "deadline", "counted_in_assessment", "methods", "achieved_count", "hours_spent", "note"),
}
_FINGERPRINT = re.compile(r"(?:([2-9]|[1-9][0-9]{1,3}):)?([0-9a-f]{64})")


def columns(table: str, version: int | None = None) -> tuple[str, ...]:
    """The columns of `table` that a fingerprint of `version` (this program's by default) covers, in their fixed
    order."""
    version = CONTENT_VERSION if version is None else version
    added = tuple(f.key for f in fields.RECORDS[table] if 1 < f.since <= version)
    return _VERSION_1[table] + added


def newer_columns(table: str, version: int) -> tuple[str, ...]:
    """The columns of `table` that this program has and a fingerprint of `version` does not cover."""
    return tuple(f.key for f in fields.RECORDS.get(table, ()) if f.since > version)


def response_content(conn: sqlite3.Connection, schema: str, respondent_id: str, version: int | None = None) -> str:
    """A canonical JSON text of one response, computed by SQLite itself (fast, and the same everywhere); ids and
    time stamps are left out, so the same answers give the same text in the cadre's database, the file and any
    aggregate."""
    live_tools = f"SELECT id, row_number() OVER (ORDER BY id) AS n FROM {schema}.tool WHERE respondent_id = ?1 AND deleted_at IS NULL"
    parts = [
        f"SELECT json_array({', '.join(columns('respondent', version))}) FROM {schema}.respondent WHERE id = ?1",
        f"""SELECT json_group_array(json_array({', '.join(columns('tool', version))})) FROM
            (SELECT * FROM {schema}.tool WHERE respondent_id = ?1 AND deleted_at IS NULL ORDER BY id)""",
        f"""SELECT json_group_array(json_array(n, day, minutes)) FROM
            (SELECT o.n, m.day, m.minutes FROM {schema}.daily_minutes m JOIN ({live_tools}) o ON o.id = m.tool_id
             ORDER BY o.n, m.day)""",
        f"""SELECT json_group_array(json_array({', '.join(columns('quota', version))})) FROM
            (SELECT * FROM {schema}.quota WHERE respondent_id = ?1 AND deleted_at IS NULL ORDER BY id)""",
        f"""SELECT json_group_array(json_array(question, answer, details)) FROM
            (SELECT * FROM {schema}.rule_answer WHERE respondent_id = ?1 ORDER BY question)""",
    ]
    texts = [conn.execute(sql, [respondent_id]).fetchone()[0] or "null" for sql in parts]
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
