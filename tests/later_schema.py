"""The migration set of a later program: this program's, and one more at its end."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from burden_survey.store import migrations as schema
from burden_survey.system.connections import connect


def extended(name: str, fn) -> Migrations:
    """Stand it in with `monkeypatch.setattr(schema, "migrations", extended(...))`."""
    later = Migrations(schema.set_name())
    for migration in schema.pending(Database(connect())):  # an empty database: every migration of ours
        later(name=migration.name, transactional=migration.transactional)(migration.fn)
    later(name=name)(fn)
    return later
