"""Survey file format 2: only the cadre's own PC can change their answers (issue 13, found in the attack on format 1)."""

import base64
import shutil
import sqlite3
from pathlib import Path

import pytest
from test_import import NEXT_WAVE, TODAY, WAVE, Cadre

from burden_survey.survey_files import content, signing
from burden_survey.survey_files.filestore import export_aggregate, read_manifest
from burden_survey.survey_files.importer import import_paths
from burden_survey.store.storage import Storage

GOLDEN = Path(__file__).parent / "data" / "written-2026-12.bsurvey"  # format 1, from the program of December 2026


@pytest.fixture
def township(storage, tmp_path):
    """A township supervisor who has imported two cadres' files; the cadres keep their databases."""
    storage.add_wave(WAVE)
    victim, other = Cadre(tmp_path / "victim", 1), Cadre(tmp_path / "other", 2)
    results = import_paths(storage, [victim.export(), other.export()], today=TODAY).results
    assert [r.status for r in results] == ["imported", "imported"]
    yield storage, victim, other
    victim.storage.close()
    other.storage.close()


def dump(storage) -> list[str]:
    return [line for line in storage.db.conn.iterdump()
            if not line.startswith(('INSERT INTO "import_batch"', 'INSERT INTO "import_result"', 'INSERT INTO "audit_log"'))]


def edited(path: Path, folder: Path, *statements: str) -> Path:
    """The file as an attacker with a database tool leaves it."""
    copy = folder / f"forged-{len(list(folder.glob('forged-*')))}.bsurvey"
    shutil.copyfile(path, copy)
    conn = sqlite3.connect(copy)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return copy


def takeover(attacker_file: Path, victim_id: str, revision: int, *, keep_signature: bool) -> list[str]:
    """Statements that give the attacker's own answers the victim's id and a higher revision, recomputing the
    fingerprint as anyone holding the open-source code can."""
    statements = [f"UPDATE {t} SET respondent_id = '{victim_id}'" for t in ("tool", "quota", "rule_answer")]
    statements += [f"UPDATE respondent SET id = '{victim_id}', revision = {revision}",
                   f"UPDATE manifest_response SET respondent_id = '{victim_id}', revision = {revision}"]
    if not keep_signature:
        statements += ["UPDATE respondent SET public_key = NULL, signature = NULL",
                       "UPDATE manifest_response SET public_key = NULL, signature = NULL"]
    return statements


def refingerprinted(path: Path) -> Path:
    conn = sqlite3.connect(path)
    [rid] = [r[0] for r in conn.execute("SELECT id FROM respondent")]
    sha = content.fingerprint(content.response_content(conn, "main", rid))
    conn.execute("UPDATE respondent SET content_sha256 = ?", [sha])
    conn.execute("UPDATE manifest_response SET content_sha256 = ?", [sha])
    conn.commit()
    conn.close()
    return path


def victim_id(storage, cadre) -> str:
    [rid] = [r.respondent_id for r in read_manifest(sqlite3.connect(cadre.export("again.bsurvey"))).responses]
    return rid


def test_every_exported_response_is_signed_and_its_id_derives_from_its_key(tmp_path):
    cadre = Cadre(tmp_path, 1)
    [response] = read_manifest(sqlite3.connect(cadre.export())).responses
    assert response.respondent_id == signing.respondent_id_of(response.public_key)
    assert not signing.problem(response.public_key, response.signature, WAVE.id, response.respondent_id,
                               response.revision, response.content_sha256)
    [again] = read_manifest(sqlite3.connect(cadre.export("second.bsurvey"))).responses
    assert (again.respondent_id, again.revision) == (response.respondent_id, 2)  # the same key, the next revision
    cadre.storage.close()


def test_a_file_carrying_another_cadres_id_and_a_higher_revision_no_longer_replaces_their_answers(township, tmp_path):
    """Before: the forged file replaced the victim's answers; a revision of 1,000,000 locked them out for good."""
    storage, victim, other = township
    target = victim_id(storage, victim)
    before = dump(storage)
    for keep_signature in (False, True):
        forged = refingerprinted(edited(other.export(), tmp_path, *takeover(other.export(), target, 1_000_000,
                                                                            keep_signature=keep_signature)))
        [result] = import_paths(storage, [forged], today=TODAY).results
        assert result.status == "rejected", result.reason
        assert ("没有签名" if not keep_signature else "答卷编号与签名公钥不符") in result.reason
    assert dump(storage) == before
    victim.change_an_answer()
    [result] = import_paths(storage, [victim.export("third.bsurvey")], today=TODAY).results
    assert result.status == "replaced"  # the real cadre's next revision still lands


def test_a_signed_response_replaces_an_unsigned_one_under_its_id_whatever_its_revision(storage, tmp_path):
    """An attacker who read a cadre's public key in an aggregate can claim the id first, unsigned and at revision
    1,000,000; the cadre's own signed file takes it back."""
    storage.add_wave(WAVE)
    victim, attacker = Cadre(tmp_path / "victim", 1), Cadre(tmp_path / "attacker", 2)
    real = victim.export()
    target = read_manifest(sqlite3.connect(real)).responses[0].respondent_id
    claim = refingerprinted(edited(attacker.export(), tmp_path, *takeover(attacker.export(), target, 1_000_000,
                                                                         keep_signature=False)))
    assert import_paths(storage, [claim], today=TODAY).results[0].status == "imported"
    [result] = import_paths(storage, [real], today=TODAY).results
    assert result.status == "replaced" and "有签名的第 1 版替换了未签名的版本" in result.reason
    assert storage.db.execute("SELECT revision, public_key IS NOT NULL FROM respondent WHERE id = ?",
                              [target]).fetchone() == (1, 1)
    victim.storage.close()
    attacker.storage.close()


def test_a_forged_aggregate_cannot_change_a_response_and_signatures_travel_up(township, tmp_path):
    """Before: a forged township aggregate replaced a response already imported from its original."""
    storage, victim, _ = township
    aggregate = export_aggregate(storage, WAVE.id, tmp_path / "township.bsurvey")
    assert all(r.signature for r in aggregate.responses)
    county = Storage.open(tmp_path / "county.db")
    county.add_wave(WAVE)
    [result] = import_paths(county, [tmp_path / "township.bsurvey"], today=TODAY).results
    assert (result.status, result.responses) == ("imported", 2)

    target = victim_id(storage, victim)
    forged = edited(tmp_path / "township.bsurvey", tmp_path,
                    f"UPDATE rule_answer SET answer = 'no' WHERE respondent_id = '{target}'",
                    f"UPDATE respondent SET revision = revision + 5 WHERE id = '{target}'",
                    f"UPDATE manifest_response SET revision = revision + 5 WHERE respondent_id = '{target}'")
    conn = sqlite3.connect(forged)
    sha = content.fingerprint(content.response_content(conn, "main", target))
    conn.execute("UPDATE respondent SET content_sha256 = ? WHERE id = ?", [sha, target])
    conn.execute("UPDATE manifest_response SET content_sha256 = ? WHERE respondent_id = ?", [sha, target])
    conn.commit()
    conn.close()
    before = dump(county)
    [result] = import_paths(county, [forged], today=TODAY).results
    assert result.status == "rejected" and "签名无效" in result.reason
    assert dump(county) == before
    county.close()


def test_a_format_1_file_still_imports_marked_unsigned_in_the_report_and_the_audit(storage, tmp_path):
    from burden_survey.store import audit
    storage.add_wave(WAVE)
    path = tmp_path / "old.bsurvey"
    shutil.copyfile(GOLDEN, path)
    [result] = import_paths(storage, [path], today=TODAY).results
    assert result.status == "imported" and "答卷未签名" in result.reason and result.unsigned == 1
    assert "写入的答卷中 1 份未签名" in audit.entries(storage, "import")[0].detail


def test_an_aggregate_may_carry_only_responses_from_the_division_it_declares(township, tmp_path):
    """Before: a forged township aggregate added invented respondents in another township."""
    from burden_survey.cli.demo import COUNTY
    storage, _, _ = township
    inventor = Cadre(tmp_path / "inventor", 5)
    inventor.storage.db.execute("UPDATE respondent SET county_code = '110101', township_code = '110101001000'")
    inventor.storage.db.conn.commit()
    import_paths(storage, [inventor.export()], today=TODAY)
    inventor.storage.close()
    export_aggregate(storage, WAVE.id, tmp_path / "forged.bsurvey", division=COUNTY[2])
    county = Storage.open(tmp_path / "county.db")
    county.add_wave(WAVE)
    [result] = import_paths(county, [tmp_path / "forged.bsurvey"], today=TODAY).results
    assert result.status == "rejected" and f"只含区划 {COUNTY[2]} 的答卷" in result.reason and "110101" in result.reason
    export_aggregate(storage, WAVE.id, tmp_path / "whole.bsurvey")  # no division declared: nothing to hold it to
    assert import_paths(county, [tmp_path / "whole.bsurvey"], today=TODAY).results[0].status == "imported"
    county.close()


ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def variant(key: str) -> str:
    """The same 32 bytes in another base64 text: the 2 unused bits of the last digit set."""
    assert key.endswith("=") and not key.endswith("==")
    last = ALPHABET.index(key[-2])
    assert last % 4 == 0
    text = key[:-2] + ALPHABET[last + 1] + "="
    assert base64.b64decode(text, validate=True) == base64.b64decode(key) and text != key
    return text


def test_a_replayed_response_with_its_key_written_another_way_cannot_lock_out_the_cadre(township, tmp_path):
    """Found by the red-team pass: the victim's own signed revision, read from the township's aggregate, reaches the county first with its key
    written another way; it verifies (same bytes, same id), is stored with that text, and then `r.public_key != key`
    refuses the victim's real later revisions and the township's whole legitimate aggregate."""
    storage, victim, _ = township
    export_aggregate(storage, WAVE.id, tmp_path / "township.bsurvey")
    real = victim.export("v1.bsurvey")  # any signed revision of the victim will do; here one from their files
    [response] = read_manifest(sqlite3.connect(real)).responses
    other = variant(response.public_key)
    replay = edited(real, tmp_path, f"UPDATE respondent SET public_key = '{other}'",
                    f"UPDATE manifest_response SET public_key = '{other}'")
    county = Storage.open(tmp_path / "county.db")
    county.add_wave(WAVE)
    [result] = import_paths(county, [replay], today=TODAY).results
    assert result.status == "rejected" and "签名无效" in result.reason  # the key text must be written as ours
    [result] = import_paths(county, [tmp_path / "township.bsurvey"], today=TODAY).results
    assert result.status in ("imported", "replaced", "duplicate"), result.reason
    victim.change_an_answer()
    [result] = import_paths(county, [victim.export("v3.bsurvey")], today=TODAY).results
    assert result.status == "replaced", result.reason
    county.close()


def test_an_unsigned_claim_in_another_wave_cannot_lock_out_the_cadre(storage, tmp_path):
    """Found by the red-team pass: the wave check came before the signed-replaces-unsigned rule: an unsigned response carrying the
    victim's id in an older wave makes every signed file (and any aggregate) with that id fail for good."""
    storage.add_wave(WAVE)
    storage.add_wave(NEXT_WAVE)
    victim, attacker = Cadre(tmp_path / "victim", 1), Cadre(tmp_path / "attacker", 2)
    real = victim.export(wave=NEXT_WAVE)
    target = read_manifest(sqlite3.connect(real)).responses[0].respondent_id  # also in any aggregate
    own = attacker.export()  # a WAVE file
    claim = refingerprinted(edited(own, tmp_path, *takeover(own, target, 1, keep_signature=False)))
    assert import_paths(storage, [claim], today=TODAY).results[0].status == "imported"
    [result] = import_paths(storage, [real], today=TODAY).results
    assert result.status in ("imported", "replaced"), result.reason
    victim.storage.close()
    attacker.storage.close()


def test_a_cadre_who_exported_with_format_1_still_signs_after_the_update(tmp_path):
    """Found by the red-team pass: the format-1 program stored wave_respondent:<wave>:<self> at every export; the new one takes that setting
    for a paper template's fixed id and exports unsigned for the rest of the wave, so anyone can replace it."""
    cadre = Cadre(tmp_path, 1)
    old_id = "R0123456789ABCDEF"  # what storage.new_respondent_id() gave the format-1 export
    cadre.storage.set_setting(f"wave_respondent:{WAVE.id}:{cadre.storage.self_id}", old_id)
    cadre.storage.set_setting(f"wave_revision:{WAVE.id}:{cadre.storage.self_id}", "1")
    [response] = read_manifest(sqlite3.connect(cadre.export())).responses
    assert response.public_key is not None and response.signature is not None
    cadre.storage.close()


def test_a_forged_answer_in_an_aggregate_is_refused_alone_and_the_townships_other_answers_land(township, tmp_path):
    """Before: one response conflicting with a signed one refused the whole aggregate, so a single unsigned claim
    on a cadre's id (the id is readable in any aggregate) kept a township's other answers out of the county."""
    storage, victim, _ = township
    target = victim_id(storage, victim)
    county = Storage.open(tmp_path / "county.db")
    county.add_wave(WAVE)
    export_aggregate(storage, WAVE.id, tmp_path / "up.bsurvey")
    import_paths(county, [tmp_path / "up.bsurvey"], today=TODAY)  # the victim's signed answer is at the county
    attacker, honest = Cadre(tmp_path / "attacker", 3), Cadre(tmp_path / "honest", 4)
    claim = refingerprinted(edited(attacker.export(), tmp_path, *takeover(attacker.export(), target, 7,
                                                                         keep_signature=False)))
    second = Storage.open(tmp_path / "second-township.db")  # never saw the victim: it takes the claim unsigned
    second.add_wave(WAVE)
    import_paths(second, [claim, honest.export()], today=TODAY)
    export_aggregate(second, WAVE.id, tmp_path / "second.bsurvey")
    before = county.db.execute("SELECT revision, content_sha256 FROM respondent WHERE id = ?", [target]).fetchone()

    [result] = import_paths(county, [tmp_path / "second.bsurvey"], today=TODAY).results

    assert (result.status, result.responses) == ("imported", 1)
    assert "新增 1，拒绝 1" in result.reason and target in result.reason and "不能替换它" in result.reason
    assert county.db.execute("SELECT revision, content_sha256 FROM respondent WHERE id = ?",
                             [target]).fetchone() == before
    for store in (county, second, attacker.storage, honest.storage):
        store.close()
