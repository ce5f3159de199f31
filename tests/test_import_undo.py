"""「撤销这次导入」: an import is undone from the database's own records, without a copy of the database made before it
(issue 17), and the database is then as it was — answers, replaced versions, summaries and figures alike."""

import sqlite3

import pytest

from burden_survey.indicators.figures import Filters
from burden_survey.indicators.indicators import compute
from burden_survey.store import backups
from burden_survey.store import migrations as schema
from burden_survey.survey_files.import_undo import UndoRefused, undo_import, undo_problems
from burden_survey.survey_files.importer import import_history, import_paths
from burden_survey.store.storage import Storage
from fuzz_support import summaries_are_fresh
from test_import import TODAY, WAVE, Cadre

OWN_ID_TABLES = ("tool", "quota")


@pytest.fixture
def supervisor(storage):
    storage.add_wave(WAVE)
    return storage


@pytest.fixture
def cadres(tmp_path):
    made = []

    def make(seed: int = 1) -> Cadre:
        made.append(Cadre(tmp_path / "files", seed))
        return made[-1]

    yield make
    for cadre in made:
        cadre.storage.close()


def state(conn: sqlite3.Connection) -> dict:
    """Every row a response or its bookkeeping holds, with this database's own row ids replaced by the row's place
    among its respondent's (a restored version gets new ids; what it holds must be the same)."""
    place = {}
    for table in OWN_ID_TABLES:
        for rid, respondent, n in conn.execute(
                f"SELECT id, respondent_id, row_number() OVER (PARTITION BY respondent_id ORDER BY id) FROM {table}"):
            place[table, rid] = (respondent, n)

    def rows(sql: str, own: str | None = None, tool_column: int | None = None) -> list:
        found = []
        for row in conn.execute(sql):
            row = list(row)
            if own:
                row[0] = place[own, row[0]]
            if tool_column is not None:
                row[tool_column] = place["tool", row[tool_column]]
            found.append(tuple(row))
        return sorted(found, key=repr)

    return {
        "respondent": rows("SELECT * FROM respondent"),
        "tool": rows("SELECT * FROM tool", own="tool"),
        "quota": rows("SELECT * FROM quota", own="quota"),
        "daily_minutes": rows("SELECT * FROM daily_minutes", tool_column=0),
        "rule_answer": rows("SELECT * FROM rule_answer"),
        "history": rows("SELECT respondent_id, revision, content, rows FROM response_history"),
        "origin": rows("SELECT * FROM response_origin"),
        "set_aside": rows("SELECT respondent_id, missing FROM set_aside"),
        "summary_respondent": rows("SELECT * FROM summary_respondent"),
        "summary_respondent_kind": rows("SELECT * FROM summary_respondent_kind"),
        "summary_tool": rows("SELECT * FROM summary_tool", tool_column=0),
    }


def mean_minutes(storage) -> float | None:
    return compute(storage, Filters()).minutes_per_workday.mean


def test_an_import_makes_no_copy_of_the_database_and_its_undo_leaves_it_as_before(supervisor, cadres):
    import_paths(supervisor, [cadres(1).export()], today=TODAY)
    before, figure = state(supervisor.db.conn), mean_minutes(supervisor)
    report = import_paths(supervisor, [cadres(seed).export() for seed in (2, 3)], today=TODAY)
    assert [b.reason for b in backups.list_backups(supervisor)] == []  # before: a whole copy before each import

    undone = undo_import(supervisor, report.batch_id)

    assert (undone.removed, undone.restored) == (2, 0)
    assert "已撤销第 2 次导入：移除它新增的 2 份答卷" in undone.text()
    assert state(supervisor.db.conn) == before and summaries_are_fresh(supervisor.db.conn)
    assert mean_minutes(supervisor) == figure
    assert import_history(supervisor)[0]["undone_at"]
    assert "已" in undo_problems(supervisor)[report.batch_id] and "撤销" in undo_problems(supervisor)[report.batch_id]


def test_undoing_a_replacement_puts_the_old_version_back_whole_with_its_free_text(supervisor, cadres):
    cadre = cadres()
    cadre.storage.db.execute("UPDATE tool SET note = '每天截图三次' WHERE id = (SELECT min(id) FROM tool)")
    first = cadre.export("first.bsurvey")
    cadre.change_an_answer()
    cadre.storage.db.execute("UPDATE tool SET note = '' ")
    second = cadre.export("second.bsurvey")
    import_paths(supervisor, [first], today=TODAY)
    before = state(supervisor.db.conn)
    report = import_paths(supervisor, [second], today=TODAY)
    assert report.results[0].status == "replaced"

    undone = undo_import(supervisor, report.batch_id)

    assert (undone.removed, undone.restored) == (0, 1)
    assert state(supervisor.db.conn) == before and summaries_are_fresh(supervisor.db.conn)
    assert supervisor.db.execute("SELECT count(*) FROM tool WHERE note = '每天截图三次'").fetchone()[0] == 1
    again = import_paths(supervisor, [second], today=TODAY)  # the newer version can come in again
    assert [r.status for r in again.results] == ["replaced"]


def test_an_import_whose_answers_a_later_one_replaced_waits_until_that_one_is_undone(supervisor, cadres):
    cadre = cadres()
    first = import_paths(supervisor, [cadre.export("first.bsurvey")], today=TODAY)
    before_first = state(supervisor.db.conn)
    cadre.change_an_answer()
    second = import_paths(supervisor, [cadre.export("second.bsurvey")], today=TODAY)
    before = state(supervisor.db.conn)

    with pytest.raises(UndoRefused) as refused:
        undo_import(supervisor, first.batch_id)

    assert refused.value.message == "之后的第 2 次导入又替换了这次导入的答卷：请先撤销第 2 次导入。"
    assert state(supervisor.db.conn) == before  # refused: nothing changed
    undo_import(supervisor, second.batch_id)
    undo_import(supervisor, first.batch_id)
    assert state(supervisor.db.conn)["respondent"] == [] and before_first["respondent"]
    assert summaries_are_fresh(supervisor.db.conn)


def test_two_revisions_in_one_import_are_undone_back_to_the_version_before_it(supervisor, cadres):
    cadre = cadres()
    import_paths(supervisor, [cadre.export("first.bsurvey")], today=TODAY)
    before = state(supervisor.db.conn)
    newer = []
    for name in ("second.bsurvey", "third.bsurvey"):
        cadre.change_an_answer()
        newer.append(cadre.export(name))
    report = import_paths(supervisor, newer, today=TODAY)
    assert [r.status for r in report.results] == ["replaced", "replaced"]

    undone = undo_import(supervisor, report.batch_id)

    assert (undone.removed, undone.restored) == (0, 1)
    assert state(supervisor.db.conn) == before and summaries_are_fresh(supervisor.db.conn)


def test_an_answer_brought_and_replaced_in_the_same_import_leaves_with_it(supervisor, cadres):
    cadre = cadres()
    first = cadre.export("first.bsurvey")
    cadre.change_an_answer()
    report = import_paths(supervisor, [first, cadre.export("second.bsurvey")], today=TODAY)

    undone = undo_import(supervisor, report.batch_id)

    assert (undone.removed, undone.restored) == (1, 0)
    assert state(supervisor.db.conn)["respondent"] == [] and state(supervisor.db.conn)["history"] == []


def test_an_import_that_wrote_nothing_or_was_undone_already_is_not_undone_again(supervisor, cadres):
    path = cadres().export()
    import_paths(supervisor, [path], today=TODAY)
    duplicate = import_paths(supervisor, [path], today=TODAY)
    with pytest.raises(UndoRefused, match="没有写入任何答卷，无需撤销"):
        undo_import(supervisor, duplicate.batch_id)
    undo_import(supervisor, 1)
    with pytest.raises(UndoRefused, match="已于 .* 撤销"):
        undo_import(supervisor, 1)
    with pytest.raises(UndoRefused, match="没有第 9 次导入"):
        undo_import(supervisor, 9)


def test_an_import_made_before_this_version_points_to_its_backup(tmp_path):
    db_path = tmp_path / "old.db"
    old = Storage.open(db_path)
    old.close()
    conn = sqlite3.connect(db_path, isolation_level=None)
    for statement in ("DROP TABLE response_origin", "DROP INDEX response_history_by_batch",
                      *(f"ALTER TABLE response_history DROP COLUMN {c}" for c in ("replaced_in_batch", "origin_batch",
                                                                                  "rows")),
                      "ALTER TABLE sealed_file DROP COLUMN batch_id", "ALTER TABLE import_batch DROP COLUMN recorded",
                      "ALTER TABLE import_batch DROP COLUMN undone_at",
                      "DELETE FROM _sqlite_migrations WHERE name = 'm018_import_undo'",
                      "INSERT INTO import_batch (started_at, finished_at) VALUES ('2026-11-01', '2026-11-01')"):
        conn.execute(statement)
    conn.close()
    storage = Storage.open(db_path)  # migrated to this version
    try:
        assert "m018_import_undo" in schema.applied(storage.db)
        with pytest.raises(UndoRefused, match="升级之前.*「数据安全」里恢复它之前的备份"):
            undo_import(storage, 1)
    finally:
        storage.close()
