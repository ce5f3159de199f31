"""All SQL of the application: one SQLite file, opened, migrated and read or written here."""

from __future__ import annotations

import json
import secrets
import sqlite3
import sys
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path


def _import_sqlite_utils():
    """sqlite-utils imports numpy and pandas when they are installed, only to name column types for their values,
    which we never store; numpy alone would add a third to the time the window takes to appear, so it is kept out
    of this one import (when nothing has loaded it yet) and loaded later only by the charts that need it."""
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # makes `import numpy` fail, which sqlite-utils takes as "not installed"
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            del sys.modules[name]
    return sqlite_utils


# Before .migrations, which imports sqlite-utils too.
Database = _import_sqlite_utils().Database

from burden_survey.survey import fields as field_rules
from burden_survey.survey import validation
from burden_survey.survey.choices import WORK_GROUP, entry_delay
from burden_survey.survey.fields import PROFILE_FIELDS, QUOTA_FIELDS, TOOL_FIELDS
from burden_survey.survey.model import DailyTotal, Profile, Quota, RuleAnswer, Tool
from burden_survey.system import volumes
from burden_survey.system.connections import connect
from burden_survey.system.errors import PLACE_ADVICE, DatabaseUnavailable, InputRejected, place_problem

from . import migrations as schema
from . import group_summaries, response_tables, summaries, workday_calendar
from .identity import settle as settle_identity

_USUAL_MINUTES = field_rules.by_key(PROFILE_FIELDS)["usual_minutes"]

SELF_KEY = "self_respondent_id"
# Migrations after which a database's summaries are counted again, once, and whose: m015 changed which days count (a
# wave's diary window: those who logged a day outside it), m020 what the summaries hold (everyone). RECOUNT_DUE says
# so until that is done: RECOUNT_EVERYONE, or any other value for those outside their windows.
RECOUNTED_BY = {"m015_diary_window": "1", "m020_no_day_summary": "everyone",
                "m022_kind_and_answer_summaries": "everyone"}
RECOUNT_DUE = "summaries_recount_due"
RECOUNT_EVERYONE = "everyone"


def now() -> str:
    """Local time with its UTC offset, to the second."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def say_recount_due(db: Database, pending: list) -> None:
    """Note which recount these pending migrations make due (RECOUNTED_BY), before they run: a kill between the
    two still recounts at the next start (Storage.recount_if_due). A database killed while it was first made may
    hold the migrations' own table and nothing else: no settings, and no summaries to recount either."""
    due = {RECOUNTED_BY[m.name] for m in pending if m.name in RECOUNTED_BY}
    if due and db["settings"].exists():
        with db.atomic():
            db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                       [RECOUNT_DUE, RECOUNT_EVERYONE if RECOUNT_EVERYONE in due else next(iter(due))])


def new_respondent_id() -> str:
    """A random id that says nothing about the person (no name, no machine, no time)."""
    return "R" + secrets.token_hex(8).upper()


class Storage:
    """A survey database on disk. Every write that touches several rows is one transaction."""

    def __init__(self, db: Database, path: Path | None):
        self.db = db
        self.path = path
        self._self_id: str | None = None

    @classmethod
    def open(cls, path: Path | str, identity: bool = True) -> "Storage":
        """Open (or create) the file, back it up if a migration is due, and migrate it.

        `identity`: settle the file's own id (store/identity.py). False for the program's scratch databases (a received
        file migrated on the way in, a converted template), whose settings come from elsewhere."""
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Installed sqlite-utils plugins have no business with our file, and finding them scans every package.
            db = Database(connect(path), execute_plugins=False)
            db.execute(f"PRAGMA journal_mode={journal_mode_for(path)}")
            db.execute("PRAGMA foreign_keys=ON")
            _check_not_newer(db, path)
            pending = schema.pending(db)
            if pending and db.table_names():
                backup(db, path.with_name(f"{path.stem}.before-{pending[0].name}.bak"))
                say_recount_due(db, pending)
            schema.apply(db)
            storage = cls(db, path)
            if identity:
                settle_identity(storage)
                workday_calendar.sync(db)
                storage.recount_if_due()
        except sqlite3.DatabaseError as exc:
            if place_problem(exc):  # before: a read-only folder was "not our file, restore a backup"
                raise DatabaseUnavailable(str(path), f"无法读写这个文件：{place_problem(exc)}。", PLACE_ADVICE) from exc
            raise DatabaseUnavailable(
                str(path), "这不是本程序的数据文件，或文件已损坏。",
                "请选择另一个文件；如果是原来的数据文件，请用备份（.bak）恢复。",
            ) from exc
        except OSError as exc:
            raise DatabaseUnavailable(str(path), f"无法读写这个文件（{exc.strerror}）。",
                                      "请检查文件夹是否存在、是否有写入权限。") from exc
        return storage

    def recount_if_due(self) -> None:
        """The recount a migration made due (say_recount_due), in one transaction with the removal of its note."""
        recount = self.get_setting(RECOUNT_DUE)
        if recount:
            with self.db.atomic():  # the recount and its setting's removal, or neither
                if recount == RECOUNT_EVERYONE:
                    summaries.refresh(self.db.conn, [row[0] for row in self.db.execute("SELECT id FROM respondent")])
                else:
                    summaries.refresh_outside_windows(self.db.conn)
                self.db.execute("DELETE FROM settings WHERE key = ?", [RECOUNT_DUE])

    @classmethod
    def in_memory(cls) -> "Storage":
        db = Database(connect(), execute_plugins=False)
        db.execute("PRAGMA foreign_keys=ON")
        schema.apply(db)
        workday_calendar.sync(db)
        return cls(db, None)

    def close(self) -> None:
        self.db.close()

    # settings and notice -------------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, value])

    def notice_acknowledged_at(self) -> str | None:
        row = self.db.execute("SELECT acknowledged_at FROM notice_ack ORDER BY id DESC LIMIT 1").fetchone()
        return row[0] if row else None

    def acknowledge_notice(self, version: str) -> str:
        at = now()
        with self.db.atomic():
            self.db.execute("INSERT INTO notice_ack (notice_version, acknowledged_at) VALUES (?, ?)", [version, at])
        return at

    # the respondent ------------------------------------------------------------------
    @property
    def self_id(self) -> str:
        """The id of the person using this app; created, at random, on first use."""
        if self._self_id is None:
            rid = self.get_setting(SELF_KEY)
            if rid is None:
                rid = self.add_respondent(Profile())
                self.set_setting(SELF_KEY, rid)
            self._self_id = rid
        return self._self_id

    def add_respondent(self, profile: Profile) -> str:
        rid = profile.respondent_id or new_respondent_id()
        stamp = now()
        with self.db.atomic():
            self.db.execute("INSERT INTO respondent (id, created_at, updated_at) VALUES (?, ?, ?)", [rid, stamp, stamp])
            self._write_profile(rid, profile)
        return rid

    def load_profile(self, respondent_id: str | None = None) -> Profile:
        rid = respondent_id or self.self_id
        row = self._row("SELECT * FROM respondent WHERE id = ?", [rid])
        return Profile(respondent_id=rid, **field_rules.from_db(PROFILE_FIELDS, row))

    def save_profile(self, profile: Profile) -> None:
        validation.check_township_code(profile.township_code, profile.county_code)
        field_rules.check_value(_USUAL_MINUTES, profile.usual_minutes)
        with self.db.atomic():
            self._write_profile(profile.respondent_id or self.self_id, profile)

    def _write_profile(self, rid: str, profile: Profile) -> None:
        values = field_rules.to_db(PROFILE_FIELDS, asdict(profile))
        values.pop("respondent_id")
        sets = ", ".join(f"{k} = ?" for k in values)
        self.db.execute(f"UPDATE respondent SET {sets}, updated_at = ? WHERE id = ?", [*values.values(), now(), rid])

    # tools ---------------------------------------------------------------------------
    def list_tools(self, respondent_id: str | None = None) -> list[Tool]:
        rows = self._rows(
            "SELECT * FROM tool WHERE respondent_id = ? AND deleted_at IS NULL ORDER BY kind = ?, id",
            [respondent_id or self.self_id, WORK_GROUP],
        )
        return [_tool_from_row(r) for r in rows]

    def get_tool(self, tool_id: int) -> Tool:
        return _tool_from_row(self._row("SELECT * FROM tool WHERE id = ?", [tool_id]))

    def save_tool(self, tool: Tool, respondent_id: str | None = None, summarise: bool = True) -> Tool:
        """Insert a new tool or update an existing one; returns it with its id. `summarise` False leaves the
        summaries to the caller, who refreshes them in the same transaction (a whole respondent written at once)."""
        tool.name = validation.check_name(tool.name)
        values = field_rules.settle(TOOL_FIELDS, tool)
        stamp = now()
        with self.db.atomic():
            if tool.id is None:
                self._check_room("tool", respondent_id, response_tables.MOST_TOOLS, "数字任务")
                values.update(respondent_id=respondent_id or self.self_id, created_at=stamp, updated_at=stamp)
                cols = ", ".join(values)
                marks = ", ".join("?" for _ in values)
                cursor = self.db.execute(f"INSERT INTO tool ({cols}) VALUES ({marks})", list(values.values()))
                tool.id = cursor.lastrowid
            else:
                sets = ", ".join(f"{k} = ?" for k in values)
                self.db.execute(f"UPDATE tool SET {sets}, updated_at = ? WHERE id = ?", [*values.values(), stamp, tool.id])
            # No minutes yet, but one more tool of its kind, and one more respondent naming it; a new kind or
            # trace-leaving share changes the summaries of every day logged on it.
            if summarise:
                self._refresh_summaries_of_tool(tool.id)
        return tool

    def save_tools(self, tools: list[Tool]) -> list[Tool]:
        """Several tools in one transaction (the checklist's): all are saved, or none is."""
        with self.db.atomic():
            return [self.save_tool(tool) for tool in tools]

    def delete_tool(self, tool_id: int) -> None:
        """Hide a tool and its minutes; restore_tool() brings both back (undo)."""
        with self.db.atomic():
            self.db.execute("UPDATE tool SET deleted_at = ? WHERE id = ?", [now(), tool_id])
            self._refresh_summaries_of_tool(tool_id)

    def restore_tool(self, tool_id: int) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE tool SET deleted_at = NULL WHERE id = ?", [tool_id])
            self._refresh_summaries_of_tool(tool_id)

    def _refresh_summaries_of_tool(self, tool_id: int) -> None:
        row = self.db.execute("SELECT respondent_id FROM tool WHERE id = ?", [tool_id]).fetchone()
        if row:
            summaries.refresh(self.db.conn, [row[0]])

    def known_tool_names(self) -> list[str]:
        """Names the cadre typed before, deleted tools included, most recent first."""
        rows = self.db.execute(
            "SELECT name FROM tool WHERE respondent_id = ? GROUP BY name ORDER BY max(updated_at) DESC",
            [self.self_id],
        ).fetchall()
        return [r[0] for r in rows]

    # daily minutes -------------------------------------------------------------------
    def minutes_between(self, start: date, end: date, respondent_id: str | None = None) -> dict[tuple[int, date], int]:
        """Logged minutes per (tool id, day) for start ≤ day ≤ end, live tools only."""
        rows = self.db.execute(
            """SELECT m.tool_id, m.day, m.minutes FROM daily_minutes m JOIN tool t ON t.id = m.tool_id
               WHERE t.respondent_id = ? AND t.deleted_at IS NULL AND m.day BETWEEN ? AND ?""",
            [respondent_id or self.self_id, start.isoformat(), end.isoformat()],
        ).fetchall()
        return {(tool_id, date.fromisoformat(day)): minutes for tool_id, day, minutes in rows}

    def set_minutes(self, tool_id: int, day: date, minutes: int | None, today: date | None = None) -> None:
        """Record (or, with None, clear) one cell of the week grid."""
        self.set_minutes_many([(tool_id, day, minutes)], today)

    def set_minutes_many(self, entries: list[tuple[int, date, int | None]], today: date | None = None) -> None:
        """Write several cells at once: all are checked first, then written in one transaction."""
        today = today or date.today()
        checked = []
        for tool_id, day, minutes in entries:
            validation.check_not_future(day, today)
            checked.append((tool_id, day, None if minutes is None else validation.check_minutes(minutes)))
        with self.db.atomic():
            for tool_id, day, minutes in checked:
                if minutes is None:
                    self.db.execute("DELETE FROM daily_minutes WHERE tool_id = ? AND day = ?", [tool_id, day.isoformat()])
                else:
                    # A correction keeps the band of the first entry: how late the day was first recalled.
                    self.db.execute(
                        """INSERT INTO daily_minutes (tool_id, day, minutes, entered) VALUES (?, ?, ?, ?)
                           ON CONFLICT (tool_id, day) DO UPDATE SET minutes = excluded.minutes""",
                        [tool_id, day.isoformat(), minutes, entry_delay(day, today)],
                    )
            # Checked after writing, inside the transaction: a refusal rolls every cell back.
            for day in sorted({day for _, day, _ in checked}):
                validation.check_day_total(day, self._day_total(day))
            summaries.refresh(self.db.conn, [self.self_id])

    def copy_day(self, source: date, target: date, today: date | None = None) -> int:
        """Copy the source day's minutes over the target day's; returns how many tools were copied."""
        source_minutes = self.minutes_between(source, source)
        target_minutes = self.minutes_between(target, target)
        entries: list[tuple[int, date, int | None]] = [
            (tool_id, target, None) for (tool_id, _) in target_minutes if (tool_id, source) not in source_minutes
        ]
        entries += [(tool_id, target, minutes) for (tool_id, _), minutes in source_minutes.items()]
        self.set_minutes_many(entries, today)
        return len(source_minutes)

    def _day_total(self, day: date) -> int:
        row = self.db.execute(
            """SELECT coalesce(sum(m.minutes), 0) FROM daily_minutes m JOIN tool t ON t.id = m.tool_id
               WHERE t.respondent_id = ? AND t.deleted_at IS NULL AND m.day = ?""",
            [self.self_id, day.isoformat()],
        ).fetchone()
        return row[0]

    def daily_totals(self, start: date, end: date, respondent_id: str | None = None) -> list[DailyTotal]:
        """(day, total minutes, formality minutes, minutes on tools whose share was given) for each logged day."""
        rows = self.db.execute(
            """SELECT m.day, sum(m.minutes), total(m.minutes * t.formality_share / 100.0),
                      total(CASE WHEN t.formality_share IS NOT NULL THEN m.minutes END)
               FROM daily_minutes m JOIN tool t ON t.id = m.tool_id
               WHERE t.respondent_id = ? AND t.deleted_at IS NULL AND m.day BETWEEN ? AND ?
               GROUP BY m.day ORDER BY m.day""",
            [respondent_id or self.self_id, start.isoformat(), end.isoformat()],
        ).fetchall()
        return [DailyTotal(date.fromisoformat(d), total, formality, int(given)) for d, total, formality, given in rows]

    def latest_logged_day(self) -> date | None:
        row = self.db.execute(
            """SELECT max(m.day) FROM daily_minutes m JOIN tool t ON t.id = m.tool_id
               WHERE t.respondent_id = ? AND t.deleted_at IS NULL""", [self.self_id]
        ).fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    # quotas --------------------------------------------------------------------------
    def list_quotas(self, respondent_id: str | None = None) -> list[Quota]:
        rows = self._rows(
            "SELECT * FROM quota WHERE respondent_id = ? AND deleted_at IS NULL ORDER BY id",
            [respondent_id or self.self_id],
        )
        return [_quota_from_row(r) for r in rows]

    def _check_room(self, table: str, respondent_id: str | None, most: int, what: str) -> None:
        """A response holds at most `most` live rows of a table: the import refuses more (response_tables.py)."""
        live = self.db.execute(f"SELECT count(*) FROM {table} WHERE respondent_id = ? AND deleted_at IS NULL",
                               [respondent_id or self.self_id]).fetchone()[0]
        if live >= most:
            raise InputRejected(what, f"已有 {live} 项，最多 {most} 项。", "请先删除重复或不再使用的项。")

    def save_quota(self, quota: Quota, respondent_id: str | None = None) -> Quota:
        quota.tool_name = validation.check_name(quota.tool_name, "应用名称")
        values = field_rules.settle(QUOTA_FIELDS, quota)
        stamp = now()
        with self.db.atomic():
            if quota.id is None:
                self._check_room("quota", respondent_id, response_tables.MOST_QUOTAS, "摊派下载任务")
                values.update(respondent_id=respondent_id or self.self_id, created_at=stamp, updated_at=stamp)
                cols = ", ".join(values)
                marks = ", ".join("?" for _ in values)
                quota.id = self.db.execute(f"INSERT INTO quota ({cols}) VALUES ({marks})", list(values.values())).lastrowid
            else:
                sets = ", ".join(f"{k} = ?" for k in values)
                self.db.execute(f"UPDATE quota SET {sets}, updated_at = ? WHERE id = ?", [*values.values(), stamp, quota.id])
        return quota

    def delete_quota(self, quota_id: int) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE quota SET deleted_at = ? WHERE id = ?", [now(), quota_id])

    def restore_quota(self, quota_id: int) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE quota SET deleted_at = NULL WHERE id = ?", [quota_id])

    # rule answers --------------------------------------------------------------------
    def load_answers(self, respondent_id: str | None = None) -> dict[str, RuleAnswer]:
        rows = self._rows("SELECT * FROM rule_answer WHERE respondent_id = ?", [respondent_id or self.self_id])
        return {r["question"]: RuleAnswer(r["question"], r["answer"], json.loads(r["details"])) for r in rows}

    def save_answer(self, answer: RuleAnswer, respondent_id: str | None = None) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO rule_answer (respondent_id, question, answer, details, updated_at) VALUES (?, ?, ?, ?, ?)",
                [respondent_id or self.self_id, answer.question, answer.answer,
                 json.dumps(answer.details, ensure_ascii=False), now()],
            )
            group_summaries.changed(self.db.conn, [respondent_id or self.self_id])  # their stratum's answers

    # survey waves --------------------------------------------------------------------
    def add_wave(self, wave) -> None:
        """Register a survey wave (a survey_file.Wave); an existing id keeps what it has (its k only rises through
        store/wave_k.py, audited)."""
        with self.db.atomic():
            self.db.execute(
                """INSERT OR IGNORE INTO wave
                       (id, title, questionnaire_version, period_start, period_end, k, workdays_only, sampling,
                        created_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [wave.id, wave.title, wave.questionnaire_version, wave.period_start and wave.period_start.isoformat(),
                 wave.period_end and wave.period_end.isoformat(), wave.k, int(wave.workdays_only), wave.sampling,
                 now()],
            )

    def list_waves(self) -> list:
        from burden_survey.survey.survey_file import Wave

        rows = self._rows("SELECT * FROM wave ORDER BY created_at, rowid", [])
        return [Wave(r["id"], r["title"], r["questionnaire_version"],
                     r["period_start"] and date.fromisoformat(r["period_start"]),
                     r["period_end"] and date.fromisoformat(r["period_end"]), r["k"], bool(r["workdays_only"]),
                     r["sampling"])
                for r in rows]

    def responses_per_wave(self) -> dict[str, int]:
        """How many responses each wave holds (waves without any are left out)."""
        rows = self.db.execute("SELECT wave_id, count(*) FROM respondent WHERE wave_id IS NOT NULL GROUP BY wave_id")
        return dict(rows.fetchall())

    # bulk ----------------------------------------------------------------------------
    def add_respondent_bundle(self, profile: Profile, tools: list[Tool], minutes: list[tuple],
                              quotas: list[Quota], answers: list[RuleAnswer], wave_id: str | None = None) -> str:
        """One whole respondent in one transaction (of a registered wave, when given: the sample county); minutes are
        (index of the tool in `tools`, day, minutes) and may add how late they were entered (choices.ENTRY_DELAYS;
        none for a paper sheet)."""
        with self.db.atomic():
            rid = self.add_respondent(profile)
            if wave_id is not None:
                self.db.execute("UPDATE respondent SET wave_id = ? WHERE id = ?", [wave_id, rid])
            for tool in tools:
                self.save_tool(tool, rid, summarise=False)  # refreshed once, below
            self.db.conn.executemany(
                "INSERT INTO daily_minutes (tool_id, day, minutes, entered) VALUES (?, ?, ?, ?)",
                [(tools[i].id, day.isoformat(), m, rest[0] if rest else None) for i, day, m, *rest in minutes],
            )
            for quota in quotas:
                self.save_quota(quota, rid)
            for answer in answers:
                self.save_answer(answer, rid)
            summaries.refresh(self.db.conn, [rid])
        return rid

    def counts(self) -> dict[str, int]:
        """Rows per table, live rows only: what a test or the CLI reports."""
        q = "SELECT count(*) FROM {} WHERE deleted_at IS NULL"
        return {
            "respondents": self.db.execute("SELECT count(*) FROM respondent").fetchone()[0],
            "tools": self.db.execute(q.format("tool")).fetchone()[0],
            "quotas": self.db.execute(q.format("quota")).fetchone()[0],
            "daily_minutes": self.db.execute("SELECT count(*) FROM daily_minutes").fetchone()[0],
            "rule_answers": self.db.execute("SELECT count(*) FROM rule_answer").fetchone()[0],
        }

    def _rows(self, sql: str, params: list) -> list[dict]:
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def _row(self, sql: str, params: list) -> dict:
        rows = self._rows(sql, params)
        if not rows:
            raise KeyError(params)
        return rows[0]


def journal_mode_for(path: Path | str | None) -> str:
    """WAL (readers never wait for the writer) on a local disk or USB stick; the rollback journal on a network
    drive, where WAL's shared memory does not work (burden_survey/system/volumes.py)."""
    return "DELETE" if path is not None and volumes.is_network_path(path) else "WAL"


def backup(db: Database, target: Path) -> Path:
    """A consistent copy of the open database through SQLite's backup API."""
    destination = connect(target)
    try:
        db.conn.backup(destination)
    finally:
        destination.close()
    return target


def _check_not_newer(db: Database, path: Path) -> None:
    known = set(schema.names())
    unknown = [name for name in schema.applied(db) if name not in known]
    if unknown:
        raise DatabaseUnavailable(str(path), "这个数据文件由更新版本的程序创建。", "请升级本程序后再打开。")


def _tool_from_row(row: dict) -> Tool:
    return Tool(id=row["id"], **field_rules.from_db(TOOL_FIELDS, row))


def _quota_from_row(row: dict) -> Quota:
    return Quota(id=row["id"], **field_rules.from_db(QUOTA_FIELDS, row))
