"""The schema as a list of named migrations; applied ones are never edited, new ones are added."""

from __future__ import annotations

import re

from sqlite_utils import Database, Migrations

from burden_survey.system.connections import connect

migrations = Migrations("burden_survey")


TABLE = Migrations.migrations_table


def _empty() -> Database:
    return Database(connect(), execute_plugins=False)


# The program's schema goes through these, never the set's internals, so a test can stand in a later program's
# set (tests/later_schema.py).
def names() -> list[str]:
    """Every migration this program has, in order (what an empty database would still need)."""
    return [m.name for m in migrations.pending(_empty())]


def pending(db: Database) -> list:
    return migrations.pending(db)


def applied(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def apply(db: Database, stop_before: str | None = None) -> None:
    migrations.apply(db, stop_before=stop_before)


def set_name() -> str:
    return migrations.name


def _run(db: Database, script: str) -> None:
    """Run statements one by one: executescript() would COMMIT the migration's transaction early."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)

# Every table carries respondent_id, so one schema serves a cadre's own file and a
# supervisor's database of thousands of respondents alike.


@migrations(name="m001_initial")
def m001_initial(db: Database) -> None:
    _run(db,
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE notice_ack (
            id INTEGER PRIMARY KEY,
            notice_version TEXT NOT NULL,
            acknowledged_at TEXT NOT NULL
        );
        CREATE TABLE respondent (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            province_code TEXT,
            city_code TEXT,
            county_code TEXT,
            division_year INTEGER,
            township_name TEXT NOT NULL DEFAULT '',
            township_code TEXT NOT NULL DEFAULT '',
            unit_type TEXT,
            post TEXT,
            tenure TEXT,
            staffing TEXT,
            work_phone INTEGER
        );
        CREATE TABLE tool (
            id INTEGER PRIMARY KEY,
            respondent_id TEXT NOT NULL REFERENCES respondent(id),
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            platform TEXT,
            sponsor_level TEXT,
            line_department TEXT NOT NULL DEFAULT '',
            installed INTEGER NOT NULL DEFAULT 1,
            obligation TEXT,
            frequency TEXT,
            after_hours TEXT,
            actions TEXT NOT NULL DEFAULT '[]',
            formality_share INTEGER NOT NULL DEFAULT 0 CHECK (formality_share BETWEEN 0 AND 100),
            ranked TEXT,
            rank_metric TEXT NOT NULL DEFAULT '',
            rank_frequency TEXT,
            consequences TEXT NOT NULL DEFAULT '[]',
            same_data_as TEXT NOT NULL DEFAULT '',
            usefulness INTEGER CHECK (usefulness BETWEEN 1 AND 5),
            note TEXT NOT NULL DEFAULT '',
            group_purpose TEXT,
            group_temporary_undissolved INTEGER,
            group_size TEXT,
            group_instant_response TEXT,
            group_messages TEXT,
            group_overlaps TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE TABLE daily_minutes (
            tool_id INTEGER NOT NULL REFERENCES tool(id),
            day TEXT NOT NULL,
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 600),
            PRIMARY KEY (tool_id, day)
        );
        CREATE TABLE quota (
            id INTEGER PRIMARY KEY,
            respondent_id TEXT NOT NULL REFERENCES respondent(id),
            tool_name TEXT NOT NULL,
            assigned_by TEXT,
            target_group TEXT,
            target_count INTEGER CHECK (target_count >= 0),
            target_basis TEXT,
            target_share_percent REAL,
            deadline TEXT,
            counted_in_assessment INTEGER,
            methods TEXT NOT NULL DEFAULT '[]',
            achieved_count INTEGER CHECK (achieved_count >= 0),
            hours_spent REAL CHECK (hours_spent >= 0),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE TABLE rule_answer (
            respondent_id TEXT NOT NULL REFERENCES respondent(id),
            question TEXT NOT NULL,
            answer TEXT,
            details TEXT NOT NULL DEFAULT '{}',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (respondent_id, question)
        );
        """
    )


@migrations(name="m002_respondent_indexes")
def m002_respondent_indexes(db: Database) -> None:
    # The week grid and the burden page read one respondent's rows; a supervisor's
    # database holds thousands of respondents, so look them up by index.
    _run(db,
        """
        CREATE INDEX tool_by_respondent ON tool(respondent_id);
        CREATE INDEX quota_by_respondent ON quota(respondent_id);
        CREATE INDEX daily_minutes_by_day ON daily_minutes(day);
        """
    )


@migrations(name="m003_survey_files")
def m003_survey_files(db: Database) -> None:
    # Survey waves, the manifest a survey file carries, the history of replaced responses,
    # the import log and the roster of expected returns. The same tables exist (empty or not)
    # in a cadre's database, a survey file and a supervisor's database: one schema for all.
    _run(db,
        """
        CREATE TABLE wave (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            questionnaire_version TEXT NOT NULL,
            period_start TEXT,
            period_end TEXT,
            created_at TEXT NOT NULL
        );
        ALTER TABLE respondent ADD COLUMN wave_id TEXT REFERENCES wave(id);
        ALTER TABLE respondent ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE respondent ADD COLUMN content_sha256 TEXT;
        CREATE INDEX respondent_by_wave ON respondent(wave_id);
        CREATE TABLE manifest (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE manifest_response (
            respondent_id TEXT PRIMARY KEY,
            wave_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            content_sha256 TEXT NOT NULL
        );
        CREATE TABLE response_history (
            id INTEGER PRIMARY KEY,
            respondent_id TEXT NOT NULL,
            wave_id TEXT,
            revision INTEGER NOT NULL,
            content_sha256 TEXT,
            replaced_at TEXT NOT NULL,
            replaced_by_revision INTEGER NOT NULL,
            content TEXT NOT NULL
        );
        CREATE TABLE import_batch (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            cancelled INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE import_result (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES import_batch(id),
            file_name TEXT NOT NULL,
            file_sha256 TEXT,
            status TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            responses INTEGER NOT NULL DEFAULT 0,
            at TEXT NOT NULL
        );
        CREATE TABLE roster (
            id INTEGER PRIMARY KEY,
            wave_id TEXT,
            unit_name TEXT NOT NULL,
            division_code TEXT NOT NULL DEFAULT '',
            expected INTEGER NOT NULL CHECK (expected >= 0)
        )
        """)


@migrations(name="m004_summaries")
def m004_summaries(db: Database) -> None:
    # Small summary tables, kept up to date whenever minutes, tools or imports change, so the
    # dashboard reads a few rows per respondent instead of scanning millions of daily minutes.
    # Survey files carry them empty; the importer rebuilds them from the rows it copies.
    _run(db,
        """
        CREATE TABLE summary_day_kind (
            respondent_id TEXT NOT NULL,
            day TEXT NOT NULL,
            kind TEXT NOT NULL,
            workday INTEGER NOT NULL,
            minutes INTEGER NOT NULL,
            formality_minutes REAL NOT NULL,
            PRIMARY KEY (respondent_id, day, kind)
        );
        CREATE TABLE summary_respondent (
            respondent_id TEXT PRIMARY KEY,
            logged_days INTEGER NOT NULL,
            logged_workdays INTEGER NOT NULL,
            workday_minutes INTEGER NOT NULL,
            workday_formality_minutes REAL NOT NULL
        );
        INSERT INTO summary_day_kind
            SELECT t.respondent_id, m.day, t.kind, strftime('%w', m.day) NOT IN ('0', '6'),
                   sum(m.minutes), sum(m.minutes * t.formality_share / 100.0)
            FROM daily_minutes m JOIN tool t ON t.id = m.tool_id
            WHERE t.deleted_at IS NULL GROUP BY t.respondent_id, m.day, t.kind;
        INSERT INTO summary_respondent
            SELECT respondent_id, count(DISTINCT day), count(DISTINCT CASE WHEN workday THEN day END),
                   coalesce(sum(CASE WHEN workday THEN minutes END), 0),
                   coalesce(sum(CASE WHEN workday THEN formality_minutes END), 0)
            FROM summary_day_kind GROUP BY respondent_id
        """)


@migrations(name="m005_summary_tool")
def m005_summary_tool(db: Database) -> None:
    # Minutes per tool, for the top-tools, sponsor-level and line-department figures: with it the
    # dashboard never reads the daily minutes at all.
    _run(db,
        """
        CREATE TABLE summary_tool (
            tool_id INTEGER PRIMARY KEY,
            respondent_id TEXT NOT NULL,
            minutes INTEGER NOT NULL,
            workday_minutes INTEGER NOT NULL
        );
        CREATE INDEX summary_tool_by_respondent ON summary_tool(respondent_id);
        INSERT INTO summary_tool
            SELECT t.id, t.respondent_id, sum(m.minutes),
                   sum(CASE WHEN strftime('%w', m.day) NOT IN ('0', '6') THEN m.minutes ELSE 0 END)
            FROM daily_minutes m JOIN tool t ON t.id = m.tool_id GROUP BY t.id
        """)


@migrations(name="m006_registry")
def m006_registry(db: Database) -> None:
    # The county's app registry (户籍制, DOMAIN.md §4): every government app, what happens to it and to
    # its data; and the aliases that tie the names cadres type to registry entries.
    _run(db,
        """
        CREATE TABLE registry_app (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            owner_unit TEXT NOT NULL DEFAULT '',
            owner_code TEXT NOT NULL DEFAULT '',
            owner_level TEXT,
            functions TEXT NOT NULL DEFAULT '',
            audience TEXT NOT NULL DEFAULT '[]',
            forced_features TEXT NOT NULL DEFAULT '[]',
            forced_basis TEXT NOT NULL DEFAULT '',
            registered_users INTEGER CHECK (registered_users >= 0),
            monthly_actives INTEGER CHECK (monthly_actives >= 0),
            launch_date TEXT,
            filing_number TEXT NOT NULL DEFAULT '',
            yearly_budget REAL CHECK (yearly_budget >= 0),
            similar_apps TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'in_use',
            disposition TEXT,
            target_platform TEXT NOT NULL DEFAULT '',
            planned_date TEXT,
            done_date TEXT,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            retired_at TEXT
        );
        CREATE TABLE registry_status_history (
            id INTEGER PRIMARY KEY,
            app_id INTEGER NOT NULL REFERENCES registry_app(id),
            from_status TEXT,
            to_status TEXT NOT NULL,
            changed_on TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX registry_history_by_app ON registry_status_history(app_id);
        CREATE TABLE registry_data_plan (
            id INTEGER PRIMARY KEY,
            app_id INTEGER NOT NULL REFERENCES registry_app(id),
            category TEXT NOT NULL,
            action TEXT NOT NULL,
            planned_date TEXT,
            done_date TEXT,
            signed_off_by TEXT NOT NULL DEFAULT '',
            UNIQUE (app_id, category)
        );
        CREATE TABLE tool_alias (
            normalized TEXT PRIMARY KEY,
            app_id INTEGER REFERENCES registry_app(id),
            decision TEXT NOT NULL,
            example TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL
        );
        CREATE TABLE tool_alias_rejection (
            normalized TEXT NOT NULL,
            app_id INTEGER NOT NULL REFERENCES registry_app(id),
            decided_at TEXT NOT NULL,
            PRIMARY KEY (normalized, app_id)
        )
        """)


@migrations(name="m007_trust")
def m007_trust(db: Database) -> None:
    # Issue 7: a wave's key pair (the public key travels to cadres in the wave file; the private key stays with
    # the supervisor, encrypted by a passphrase), how long a wave's answers are kept, what was done to the data
    # (audit log) and what was destroyed when its time was up (kept after the data itself is gone).
    _run(db,
        """
        ALTER TABLE wave ADD COLUMN retain_until TEXT;
        CREATE TABLE wave_key (
            wave_id TEXT PRIMARY KEY REFERENCES wave(id),
            key_id TEXT NOT NULL,
            public_key TEXT NOT NULL,
            private_key TEXT,
            roster TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL
        );
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            wave_id TEXT,
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX audit_log_by_time ON audit_log(at);
        CREATE TABLE destruction_record (
            id INTEGER PRIMARY KEY,
            wave_id TEXT NOT NULL,
            wave_title TEXT NOT NULL,
            retain_until TEXT NOT NULL,
            destroyed_at TEXT NOT NULL,
            responses INTEGER NOT NULL,
            rows_deleted INTEGER NOT NULL,
            backups_removed INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT ''
        )
        """)


@migrations(name="m008_signed_responses")
def m008_signed_responses(db: Database) -> None:
    # Issue 13 (survey file format 2): each response carries the public key its id derives from and its signature,
    # in the file's manifest and in every database and aggregate it passes through (survey_files/signing.py).
    _run(db,
        """
        ALTER TABLE respondent ADD COLUMN public_key TEXT;
        ALTER TABLE respondent ADD COLUMN signature TEXT;
        ALTER TABLE manifest_response ADD COLUMN public_key TEXT;
        ALTER TABLE manifest_response ADD COLUMN signature TEXT
        """)


@migrations(name="m009_participation_codes")
def m009_participation_codes(db: Database) -> None:
    # Issue 13: optional one-time participation codes per wave against invented respondents. The organiser keeps
    # only each code's hash and its unit; a response carries its code (covered by its signature), and the code is
    # marked used by that response's id. Who got which slip is recorded nowhere.
    _run(db,
        """
        CREATE TABLE participation_code (
            code_hash TEXT PRIMARY KEY,
            wave_id TEXT NOT NULL REFERENCES wave(id),
            unit TEXT NOT NULL,
            respondent_id TEXT,
            used_at TEXT
        );
        CREATE INDEX participation_code_wave ON participation_code (wave_id, unit);
        ALTER TABLE respondent ADD COLUMN participation_code TEXT;
        ALTER TABLE manifest_response ADD COLUMN participation_code TEXT
        """)


@migrations(name="m010_roll_up")
def m010_roll_up(db: Database) -> None:
    # Issue 14 (content version 2): free text stays with the level that collected it. A response's fingerprint
    # covers its free text through `local_sha256`, a SHA-256 over a random `local_salt` and the text; an aggregate
    # drops the text and the salt and keeps the digest, so every level above still checks the cadre's signature
    # and none can confirm a guess of the text (survey_files/content.py). `sealed_file`: files a collecting
    # township holds for the organiser without being able to read them, counted by the unit their header names
    # and forwarded unchanged (survey_files/forwarding.py).
    _run(db,
        """
        ALTER TABLE respondent ADD COLUMN local_salt TEXT;
        ALTER TABLE respondent ADD COLUMN local_sha256 TEXT;
        CREATE TABLE sealed_file (
            id INTEGER PRIMARY KEY,
            wave_id TEXT NOT NULL REFERENCES wave(id),
            key_id TEXT NOT NULL,
            file_sha256 TEXT NOT NULL UNIQUE,
            county_code TEXT NOT NULL DEFAULT '',
            township_name TEXT NOT NULL DEFAULT '',
            township_code TEXT NOT NULL DEFAULT '',
            received_on TEXT NOT NULL,
            data BLOB NOT NULL
        );
        CREATE INDEX sealed_file_by_wave ON sealed_file (wave_id)
        """)


@migrations(name="m011_wave_k")
def m011_wave_k(db: Database) -> None:
    # Issue 14: a wave may raise k, the smallest group its figures describe (NULL: the floor of 5). The highest k
    # of the database's waves applies to every output (disclosure/guard.py).
    _run(db, "ALTER TABLE wave ADD COLUMN k INTEGER CHECK (k IS NULL OR k BETWEEN 5 AND 50)")


@migrations(name="m012_workday_calendar")
def m012_workday_calendar(db: Database) -> None:
    # Issue 15: workdays follow the State Council's schedule (public holidays off, 调休 weekends on), not Monday to
    # Friday. The table holds only the days that differ from Monday to Friday; Storage.open fills it from the program's
    # calendar and recomputes the summaries it changes (store/workday_calendar.py). A survey file's copy stays empty:
    # the reading database's own calendar counts its days.
    _run(db, "CREATE TABLE workday_calendar (day TEXT PRIMARY KEY, workday INTEGER NOT NULL CHECK (workday IN (0, 1)))")


_SHARE_GUESSED = "formality_share INTEGER NOT NULL DEFAULT 0 CHECK (formality_share BETWEEN 0 AND 100)"
_SHARE_ASKED = "formality_share INTEGER CHECK (formality_share IS NULL OR formality_share BETWEEN 0 AND 100)"


@migrations(name="m013_formality_unanswered", transactional=False)
def m013_formality_unanswered(db: Database) -> None:
    # Issue 15: 留痕占比 is asked, never filled in from the ticked actions; NULL is 「未填」 and stays out of the
    # formality figures. The shares stored before are kept as given (nothing tells a guess from an answer).
    # SQLite cannot drop NOT NULL in place, so the table is rebuilt, which needs foreign keys off, which SQLite allows
    # only outside a transaction: the rebuild runs in a transaction of its own and is skipped when it is done already
    # (a stop between its commit and the migration's record).
    if db.conn.in_transaction:
        raise RuntimeError("m013 rebuilds a table and must run outside a transaction")
    [old] = [row[0] for row in db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'tool'")]
    [keys_on] = db.execute("PRAGMA foreign_keys").fetchone()
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        with db.atomic():
            if _SHARE_GUESSED in old:
                # A table renamed before is stored as CREATE TABLE "tool" (: both spellings are this table.
                new = re.sub(r'^CREATE TABLE "?tool"? \(', "CREATE TABLE tool_m013 (",
                             old.replace(_SHARE_GUESSED, _SHARE_ASKED))
                # A damaged or hostile file may break its keys already; the importer refuses those. The rebuild
                # itself must break none: the count of broken keys is the same after it.
                broken = len(db.execute("PRAGMA foreign_key_check").fetchall())
                _run(db, f"""
                    {new};
                    INSERT INTO tool_m013 SELECT * FROM tool;
                    DROP TABLE tool;
                    ALTER TABLE tool_m013 RENAME TO tool;
                    CREATE INDEX tool_by_respondent ON tool(respondent_id)
                    """)
                if len(db.execute("PRAGMA foreign_key_check").fetchall()) > broken:
                    raise RuntimeError("m013: the rebuilt tool table lost rows that minutes refer to")
            # (m020 drops the day summary: a record of this one lost after that has no column left to add.)
            day_kind = db["summary_day_kind"]
            if day_kind.exists() and "share_given_minutes" not in day_kind.columns_dict:
                # The minutes on tools whose share was given: the denominator of the formality share.
                _run(db, """
                    ALTER TABLE summary_day_kind ADD COLUMN share_given_minutes INTEGER NOT NULL DEFAULT 0;
                    UPDATE summary_day_kind SET share_given_minutes = minutes;
                    ALTER TABLE summary_respondent ADD COLUMN workday_share_given_minutes INTEGER NOT NULL DEFAULT 0;
                    UPDATE summary_respondent SET workday_share_given_minutes = workday_minutes
                    """)
    finally:
        db.execute(f"PRAGMA foreign_keys = {int(keys_on)}")


@migrations(name="m014_diary_and_recall")
def m014_diary_and_recall(db: Database) -> None:
    # Issue 15 (content version 3): the cadre's own estimate of a workday's minutes, asked once per wave, and per
    # logged minutes how late they were entered, as a band (same day / 1–2 days / later; never a time). The summary
    # counts, per respondent, the logged days whose every entry has a band and those entered within two days.
    _run(db,
        """
        ALTER TABLE respondent ADD COLUMN usual_minutes INTEGER
            CHECK (usual_minutes IS NULL OR usual_minutes BETWEEN 0 AND 1440);
        ALTER TABLE daily_minutes ADD COLUMN entered TEXT;
        ALTER TABLE summary_respondent ADD COLUMN banded_days INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE summary_respondent ADD COLUMN prompt_days INTEGER NOT NULL DEFAULT 0
        """)


@migrations(name="m015_diary_window")
def m015_diary_window(db: Database) -> None:
    # Issue 15: a wave's diary window is its period (period_start … period_end, either open) and, with
    # workdays_only, only the workdays in it. Days outside the window count in no figure of that wave's respondents
    # (store/summaries.py), whatever a file carries; a cadre's export leaves them out.
    _run(db, "ALTER TABLE wave ADD COLUMN workdays_only INTEGER NOT NULL DEFAULT 0 CHECK (workdays_only IN (0, 1))")


@migrations(name="m016_set_aside")
def m016_set_aside(db: Database) -> None:
    # Issue 15: an empty or nearly empty answer is set aside at import and left out of every figure until the
    # supervisor takes it in (store/set_aside.py). The supervisor's decision, not the answer: no file carries it.
    _run(db,
        """
        CREATE TABLE set_aside (
            respondent_id TEXT PRIMARY KEY,
            missing TEXT NOT NULL DEFAULT '',
            set_at TEXT NOT NULL,
            taken_in_at TEXT
        )
        """)


@migrations(name="m017_wave_sampling")
def m017_wave_sampling(db: Database) -> None:
    # Issue 15: how a wave's respondents were chosen, entered with the wave and printed on the pack's cover
    # (choices.SAMPLING_METHODS; NULL: not said). The organiser's declaration: a survey file never sets it.
    _run(db, "ALTER TABLE wave ADD COLUMN sampling TEXT CHECK (sampling IS NULL OR sampling IN ('census', 'assigned', "
             "'open'))")


@migrations(name="m018_import_undo")
def m018_import_undo(db: Database) -> None:
    # Issue 17: an import is undone from the database's own records instead of a copy of the whole database made
    # before it (minutes and gigabytes at a city's size). Each response knows the import that brought its current
    # version; a replaced version keeps every row (as JSON), the import that replaced it and the one that had
    # brought it; a held sealed file knows its import. Imports made before this migration left no such record:
    # they stay undoable only through the backups made before them.
    _run(db,
        """
        CREATE TABLE response_origin (
            respondent_id TEXT PRIMARY KEY,
            batch_id INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX response_origin_by_batch ON response_origin(batch_id);
        ALTER TABLE response_history ADD COLUMN replaced_in_batch INTEGER;
        ALTER TABLE response_history ADD COLUMN origin_batch INTEGER;
        ALTER TABLE response_history ADD COLUMN rows TEXT;
        CREATE INDEX response_history_by_batch ON response_history(replaced_in_batch);
        ALTER TABLE sealed_file ADD COLUMN batch_id INTEGER;
        ALTER TABLE import_batch ADD COLUMN recorded INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE import_batch ADD COLUMN undone_at TEXT;
        UPDATE import_batch SET recorded = 0
        """)


@migrations(name="m019_lean_tables")
def m019_lean_tables(db: Database) -> None:
    # Issue 17: the tables that grow with respondents × days (and the rule answers) keep their rows in their primary
    # key's order (WITHOUT ROWID) instead of a row table plus an index of the same key, and the index of the minutes
    # by day goes: no frequent read looks minutes up by day alone (the calendar's yearly change scans them once).
    # 51 → about 26 KB per respondent of the sample county. Meaning, columns and checks are as before.
    _run(db,
        """
        CREATE TABLE daily_minutes_lean (
            tool_id INTEGER NOT NULL REFERENCES tool(id),
            day TEXT NOT NULL,
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 600),
            entered TEXT,
            PRIMARY KEY (tool_id, day)
        ) WITHOUT ROWID;
        INSERT INTO daily_minutes_lean (tool_id, day, minutes, entered)
            SELECT tool_id, day, minutes, entered FROM daily_minutes;
        DROP TABLE daily_minutes;
        ALTER TABLE daily_minutes_lean RENAME TO daily_minutes;
        CREATE TABLE summary_day_kind_lean (
            respondent_id TEXT NOT NULL,
            day TEXT NOT NULL,
            kind TEXT NOT NULL,
            workday INTEGER NOT NULL,
            minutes INTEGER NOT NULL,
            formality_minutes REAL NOT NULL,
            share_given_minutes INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (respondent_id, day, kind)
        ) WITHOUT ROWID;
        INSERT INTO summary_day_kind_lean SELECT respondent_id, day, kind, workday, minutes, formality_minutes,
                                                 share_given_minutes FROM summary_day_kind;
        DROP TABLE summary_day_kind;
        ALTER TABLE summary_day_kind_lean RENAME TO summary_day_kind;
        CREATE TABLE rule_answer_lean (
            respondent_id TEXT NOT NULL REFERENCES respondent(id),
            question TEXT NOT NULL,
            answer TEXT,
            details TEXT NOT NULL DEFAULT '{}',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (respondent_id, question)
        ) WITHOUT ROWID;
        INSERT INTO rule_answer_lean SELECT respondent_id, question, answer, details, updated_at FROM rule_answer;
        DROP TABLE rule_answer;
        ALTER TABLE rule_answer_lean RENAME TO rule_answer
        """)


@migrations(name="m020_no_day_summary")
def m020_no_day_summary(db: Database) -> None:
    # Issue 17: the summary per respondent, day and kind held a third of a city's database (8 of 28 KB per
    # respondent) and served two sums: summary_respondent, now made straight from the days, and the span of days the
    # pack's cover prints, now each tool's first and last day in summary_tool. The summaries are then counted again
    # by Storage.open (RECOUNTED_BY), by the rules of the program that opens the file, not those of this migration.
    _run(db,
        """
        DROP TABLE summary_day_kind;
        ALTER TABLE summary_tool ADD COLUMN first_day TEXT;
        ALTER TABLE summary_tool ADD COLUMN last_day TEXT
        """)


@migrations(name="m021_group_summaries")
def m021_group_summaries(db: Database) -> None:
    # Issue 17: the per-tool figures of a city were 750,000 tool rows grouped at every read. The groups are kept
    # per stratum (wave, township, unit type) instead, each with what its noise needs (store/group_summaries.py);
    # every filter is a sum of strata. Empty here: the first read brings every stratum up to date.
    _run(db,
        """
        CREATE TABLE summary_member (
            respondent_id TEXT PRIMARY KEY,
            wave_id TEXT NOT NULL,
            township TEXT NOT NULL,
            unit_type TEXT NOT NULL,
            counted INTEGER NOT NULL,
            record_key INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE summary_stale (
            wave_id TEXT NOT NULL,
            township TEXT NOT NULL,
            unit_type TEXT NOT NULL,
            PRIMARY KEY (wave_id, township, unit_type)
        ) WITHOUT ROWID;
        CREATE TABLE summary_group (
            wave_id TEXT NOT NULL,
            township TEXT NOT NULL,
            unit_type TEXT NOT NULL,
            kind TEXT NOT NULL,
            dimension TEXT NOT NULL,
            label TEXT NOT NULL,
            n INTEGER NOT NULL,
            key_sum INTEGER NOT NULL,
            minutes INTEGER NOT NULL,
            minutes_low INTEGER NOT NULL,
            minutes_high INTEGER NOT NULL,
            workday_minutes INTEGER NOT NULL,
            workday_low INTEGER NOT NULL,
            workday_high INTEGER NOT NULL,
            workdays INTEGER NOT NULL,
            members TEXT,
            PRIMARY KEY (wave_id, kind, dimension, township, unit_type, label)
        ) WITHOUT ROWID
        """)


@migrations(name="m022_kind_and_answer_summaries")
def m022_kind_and_answer_summaries(db: Database) -> None:
    # Issue 17: what the figures read of every tool besides its groups — minutes, formality and tools by kind, work
    # groups demanding an instant response, the most frequent after-hours demand — kept per respondent and kind
    # (about 5 rows a respondent instead of 15 tool rows; counted by Storage.open, RECOUNTED_BY), and the rule answers
    # per stratum as the tool groups are (store/group_summaries.py): every stratum is counted again at the next read.
    _run(db,
        """
        CREATE TABLE summary_respondent_kind (
            respondent_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            tools INTEGER NOT NULL,
            workday_minutes INTEGER NOT NULL,
            workday_formality_minutes REAL NOT NULL,
            workday_share_given_minutes INTEGER NOT NULL,
            instant_groups INTEGER NOT NULL,
            after_hours_rank INTEGER,
            PRIMARY KEY (respondent_id, kind)
        ) WITHOUT ROWID;
        CREATE TABLE summary_answer (
            wave_id TEXT NOT NULL,
            township TEXT NOT NULL,
            unit_type TEXT NOT NULL,
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            n INTEGER NOT NULL,
            key_sum INTEGER NOT NULL,
            PRIMARY KEY (wave_id, question, answer, township, unit_type)
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO summary_stale (wave_id, township, unit_type)
            SELECT wave_id, township, unit_type FROM summary_member
        """)


@migrations(name="m023_group_days")
def m023_group_days(db: Database) -> None:
    # Issue 17: the first and last day logged on each group's tools, so that the meeting pack's cover reads its span
    # of days from the groups (a few thousand rows) rather than from every tool's summary. Every stratum is counted
    # again at the next read.
    _run(db,
        """
        ALTER TABLE summary_group ADD COLUMN first_day TEXT;
        ALTER TABLE summary_group ADD COLUMN last_day TEXT;
        INSERT OR IGNORE INTO summary_stale (wave_id, township, unit_type)
            SELECT wave_id, township, unit_type FROM summary_member
        """)
