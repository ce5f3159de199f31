"""A supervisor imports survey files: new answers land, repeats and old revisions are skipped, newer ones replace."""

import shutil
import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from burden_survey.cli.demo import write_demo
from later_schema import extended
from burden_survey.survey_files.content import response_content
from burden_survey.survey_files.filestore import export_aggregate, export_response
from burden_survey.survey_files.importer import import_history, import_paths
from burden_survey.store import migrations as schema
from burden_survey.survey.model import RuleAnswer
from burden_survey.store.storage import Storage
from burden_survey.survey.survey_file import Wave

WAVE = Wave("XS2026A", "锡山区2026年第四季度", "2026.1")
NEXT_WAVE = Wave("XS2027A", "锡山区2027年第一季度", "2026.1")
DAY = date(2026, 11, 20)
TODAY = date(2026, 11, 22)


class Cadre:
    """A cadre's own database with one sample respondent (a few tools, a week of minutes), exporting files."""

    def __init__(self, folder: Path, seed: int):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        write_demo(folder / f"cadre{seed}.db", 1, seed, until=DAY, days=7, apps=(3, 4), groups=(2, 3))
        self.storage = Storage.open(folder / f"cadre{seed}.db")
        self.seed = seed

    def export(self, name: str | None = None, wave: Wave = WAVE) -> Path:
        path = self.folder / (name or f"cadre{self.seed}-{wave.id}.bsurvey")
        export_response(self.storage, wave, path)
        return path

    def change_an_answer(self) -> None:
        old = self.storage.load_answers()["Q1"].answer
        self.storage.save_answer(RuleAnswer("Q1", "no" if old != "no" else "yes"))


@pytest.fixture
def cadres(tmp_path):
    made = []

    def make(seed: int = 1, folder: str = "files") -> Cadre:
        made.append(Cadre(tmp_path / folder, seed))
        return made[-1]

    yield make
    for cadre in made:
        cadre.storage.close()


@pytest.fixture
def supervisor(storage):
    storage.add_wave(WAVE)
    return storage


def respondents(storage) -> list[tuple]:
    return storage.db.execute(
        "SELECT id, wave_id, revision FROM respondent WHERE wave_id IS NOT NULL ORDER BY id").fetchall()


def count(storage, table: str) -> int:
    return storage.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_one_file_lands_with_every_row_and_the_same_fingerprint(supervisor, cadres):
    cadre = cadres()
    path = cadre.export()
    report = import_paths(supervisor, [path], today=TODAY)
    assert [(r.name, r.status, r.responses) for r in report.results] == [(str(path), "imported", 1)]
    [(rid, wave_id, revision)] = respondents(supervisor)
    assert (wave_id, revision) == ("XS2026A", 1)
    assert count(supervisor, "tool") == len(cadre.storage.list_tools())
    home = response_content(sqlite3.connect(path), "main", rid)
    assert response_content(supervisor.db.conn, "main", rid) == home  # nothing lost or changed on the way


def test_the_same_file_twice_is_a_duplicate_and_changes_nothing(supervisor, cadres):
    path = cadres().export()
    import_paths(supervisor, [path], today=TODAY)
    tools = count(supervisor, "tool")
    report = import_paths(supervisor, [path], today=TODAY)
    assert [(r.status, r.responses) for r in report.results] == [("duplicate", 0)]
    assert "内容相同" in report.results[0].reason
    assert len(respondents(supervisor)) == 1 and count(supervisor, "tool") == tools


def test_a_higher_revision_replaces_the_old_one_which_stays_in_the_history(supervisor, cadres):
    cadre = cadres()
    first = cadre.export("first.bsurvey")
    cadre.change_an_answer()
    second = cadre.export("second.bsurvey")
    import_paths(supervisor, [first], today=TODAY)
    tools = count(supervisor, "tool")
    report = import_paths(supervisor, [second], today=TODAY)
    assert [(r.status, r.responses) for r in report.results] == [("replaced", 1)]
    assert "第 2 版替换了已导入的第 1 版" in report.results[0].reason
    [(rid, _, revision)] = respondents(supervisor)
    assert revision == 2 and count(supervisor, "tool") == tools  # replaced, not added
    history = supervisor.db.execute(
        "SELECT respondent_id, revision, replaced_by_revision, content FROM response_history").fetchall()
    assert [h[:3] for h in history] == [(rid, 1, 2)]
    assert history[0][3] == response_content(sqlite3.connect(first), "main", rid)


def test_a_lower_revision_is_skipped_as_stale(supervisor, cadres):
    cadre = cadres()
    first = cadre.export("first.bsurvey")
    cadre.change_an_answer()
    second = cadre.export("second.bsurvey")
    report = import_paths(supervisor, [second, first], today=TODAY)
    assert [r.status for r in report.results] == ["imported", "stale"]
    assert "第 1 版" in report.results[1].reason
    assert [r[2] for r in respondents(supervisor)] == [2]
    assert count(supervisor, "response_history") == 0


def test_the_same_revision_with_other_content_is_refused_and_the_first_kept(supervisor, cadres, tmp_path):
    cadre = cadres()
    first = cadre.export("first.bsurvey")
    cadre.storage.close()
    shutil.copyfile(cadre.folder / "cadre1.db", tmp_path / "second_pc.db")  # the cadre copied the app to a second PC
    cadre.storage = Storage.open(cadre.folder / "cadre1.db")
    cadre.change_an_answer()
    cadre.export("second.bsurvey")  # revision 2 at home …
    second_pc = Storage.open(tmp_path / "second_pc.db")
    second_pc.save_answer(RuleAnswer("Q2", "unknown"))
    other = tmp_path / "other.bsurvey"
    export_response(second_pc, WAVE, other)  # … and another revision 2, with other answers, on the second PC
    second_pc.close()
    report = import_paths(supervisor, [first, cadre.folder / "second.bsurvey", other], today=TODAY)
    assert [r.status for r in report.results] == ["imported", "replaced", "rejected"]
    assert "第 2 版已导入，但内容不同" in report.results[2].reason
    [(rid, _, revision)] = respondents(supervisor)
    assert revision == 2
    assert response_content(supervisor.db.conn, "main", rid) == \
        response_content(sqlite3.connect(cadre.folder / "second.bsurvey"), "main", rid)


def test_a_folder_is_searched_recursively_and_a_zip_is_opened(supervisor, cadres, tmp_path):
    in_folder = [cadres(seed, folder=f"inbox/{township}").export() for seed, township in ((1, "东港镇"), (2, "锡北镇"))]
    (tmp_path / "inbox" / "说明.txt").write_text("不是调查文件", encoding="utf-8")
    zipped = [cadres(seed, folder="mail").export() for seed in (3, 4)]
    archive = tmp_path / "mail.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        for path in zipped:
            out.write(path, f"回收/{path.name}")
    beside_the_archive = sorted(p.name for p in tmp_path.iterdir())
    report = import_paths(supervisor, [tmp_path / "inbox", archive], today=TODAY)
    from_zip = [f"{archive} › 回收/{p.name}" for p in zipped]
    assert [r.name for r in report.results] == [str(p) for p in in_folder] + from_zip
    assert report.count("imported") == 4 and len(respondents(supervisor)) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == beside_the_archive  # extracted elsewhere, and cleaned up


def test_tool_ids_of_different_cadres_do_not_collide(supervisor, cadres):
    files = [cadres(seed).export() for seed in (1, 2, 3)]
    import_paths(supervisor, files, today=TODAY)
    for path in files:
        rid = sqlite3.connect(path).execute("SELECT id FROM respondent").fetchone()[0]
        assert response_content(supervisor.db.conn, "main", rid) == response_content(sqlite3.connect(path), "main", rid)


def test_an_aggregate_and_one_of_its_originals_never_count_a_respondent_twice(tmp_path, cadres):
    township = Storage.open(tmp_path / "township.db")
    county = Storage.open(tmp_path / "county.db")
    try:
        files = [cadres(seed).export() for seed in (1, 2, 3)]
        township.add_wave(WAVE)
        import_paths(township, files, today=TODAY)
        aggregate = tmp_path / "township.bsurvey"
        export_aggregate(township, WAVE.id, aggregate, division="320205101")

        county.add_wave(WAVE)
        report = import_paths(county, [files[0], aggregate], today=TODAY)
        assert [(r.status, r.responses) for r in report.results] == [("imported", 1), ("imported", 2)]
        assert report.results[1].reason == "含 3 份答卷：新增 2，重复 1"
        again = import_paths(county, [aggregate, files[1]], today=TODAY)
        assert [r.status for r in again.results] == ["duplicate", "duplicate"]
        assert len(respondents(county)) == 3
    finally:
        township.close()
        county.close()


def test_cancelling_after_the_first_file_keeps_exactly_that_file(supervisor, cadres):
    files = [cadres(seed).export() for seed in (1, 2, 3)]
    seen = []
    report = import_paths(supervisor, files, today=TODAY, cancelled=lambda: len(seen) >= 1,
                          progress=lambda done, total, name: seen.append((done, total, name)))
    assert report.cancelled and [r.status for r in report.results] == ["imported"]
    assert seen == [(1, 3, str(files[0]))]
    assert len(respondents(supervisor)) == 1
    assert import_history(supervisor)[0]["cancelled"] is True


def test_two_waves_live_side_by_side(supervisor, cadres):
    cadre = cadres()
    files = [cadre.export(wave=WAVE), cadre.export(wave=NEXT_WAVE)]
    report = import_paths(supervisor, files, today=TODAY, accept_new_waves=True)
    assert [r.status for r in report.results] == ["imported", "imported"]
    assert sorted(r[1] for r in respondents(supervisor)) == ["XS2026A", "XS2027A"]
    assert [w.id for w in supervisor.list_waves()] == ["XS2026A", "XS2027A"]
    assert supervisor.list_waves()[1].title == "锡山区2027年第一季度"


def test_the_import_history_counts_each_batch_newest_first(supervisor, cadres):
    path = cadres().export()
    import_paths(supervisor, [path], today=TODAY)
    import_paths(supervisor, [path, path.with_name("missing.bsurvey")], today=TODAY)
    history = import_history(supervisor)
    assert [(h["files"], h["imported"], h["duplicate"], h["rejected"], h["responses"]) for h in history] == [
        (2, 0, 1, 1, 0), (1, 1, 0, 0, 1)]
    assert all(h["finished_at"] and not h["cancelled"] for h in history)
    rows = supervisor.db.execute("SELECT file_name, status, reason FROM import_result ORDER BY id").fetchall()
    assert rows[-1] == (str(path.with_name("missing.bsurvey")), "rejected", "找不到这个文件或文件夹。")


# older formats -----------------------------------------------------------------------------
def test_a_database_of_the_first_schema_is_rejected_as_it_has_no_manifest(supervisor, tmp_path):
    """Files of the first schema carried no manifest, so no wave or revision: we reject them and say why."""
    path = tmp_path / "old.bsurvey"
    old = Database(path)
    schema.apply(old, stop_before="m003_survey_files")
    old.execute("INSERT INTO respondent (id, created_at, updated_at, township_name) VALUES ('R1', 'x', 'x', '东港镇')")
    old.conn.commit()
    old.close()
    [result] = import_paths(supervisor, [path], today=TODAY).results
    assert result.status == "rejected"
    assert "旧版程序" in result.reason and "重新导出" in result.reason
    assert respondents(supervisor) == []


def test_a_file_of_an_older_schema_is_migrated_on_the_way_in(supervisor, cadres, monkeypatch):
    path = cadres().export()  # made before the program learnt its next migration

    def m900_import_test(db):
        db.execute("CREATE INDEX rule_answer_by_answer ON rule_answer(answer)")

    monkeypatch.setattr(schema, "migrations", extended("m900_import_test", m900_import_test))
    schema.apply(supervisor.db)
    applied = [r[0] for r in sqlite3.connect(path).execute("SELECT name FROM _sqlite_migrations")]
    assert "m900_import_test" not in applied and len(applied) == len(schema.names()) - 1
    before = path.read_bytes()
    [result] = import_paths(supervisor, [path], today=TODAY).results
    assert (result.status, result.responses) == ("imported", 1)
    assert path.read_bytes() == before  # the migration ran on a copy


def test_migrating_a_received_file_never_opens_a_path_the_file_names(supervisor, cadres, monkeypatch, tmp_path):
    """An older file may say where "it" was last opened: on Windows opening \\\\attacker\\share would log in there."""
    from burden_survey.store import identity

    path = cadres().export()
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?)",
                     [("database_path", r"\\attacker\share\bait.db"), ("database_id", "0123456789abcdef")])
    conn.commit()
    conn.close()

    def m900_import_test(db):
        db.execute("CREATE INDEX rule_answer_by_answer ON rule_answer(answer)")

    monkeypatch.setattr(schema, "migrations", extended("m900_import_test", m900_import_test))
    schema.apply(supervisor.db)
    looked_at = []
    monkeypatch.setattr(identity, "_database_id_of", lambda p: looked_at.append(p))
    import_paths(supervisor, [path], today=TODAY)
    assert looked_at == []
