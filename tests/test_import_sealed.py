"""A cadre's file sealed for the organiser travels unreadable, opens only with the passphrase, and any change is caught."""

import hashlib
import os
import shutil
import sqlite3
import zipfile

import pytest
from test_import import TODAY, WAVE, Cadre

from burden_survey.store import audit

from burden_survey.survey_files import crypto

from burden_survey.survey import survey_file
from burden_survey.survey_files.filestore import ExportFailed, export_aggregate, export_response
from burden_survey.survey_files.importer import import_paths
from burden_survey.survey.model import Tool
from burden_survey.store.storage import Storage
from burden_survey.survey_files.wave_file import load_wave_file, read_wave_file, write_wave_file
from burden_survey.survey_files.wave_keys import (
    KeyRing,
    create_wave_key,
    sealed_waves,
    unlock_wave,
    wave_key,
    waves_needing_passphrase,
)

PASSPHRASE = "锡山区减负办2026"
TYPED_TOOL = "东港镇网格巡查打卡小程序"  # what a cadre typed: must never be readable in the file on its way
LOGS = ('INSERT INTO "import_batch"', 'INSERT INTO "import_result"', 'INSERT INTO "audit_log"')


@pytest.fixture
def supervisor(storage, tmp_path):
    """The organiser: a wave with a key, and the wave file handed out."""
    storage.add_wave(WAVE)
    create_wave_key(storage, WAVE.id, PASSPHRASE)
    write_wave_file(storage, WAVE.id, tmp_path / "XS2026A.bwave", organiser="锡山区减负办")
    return storage


@pytest.fixture
def cadres(tmp_path, supervisor):
    made = []

    def make(seed: int = 1, wave_file: bool = True) -> Cadre:
        cadre = Cadre(tmp_path / "cadres", seed)
        cadre.storage.save_tool(Tool(TYPED_TOOL, kind="mini_program"))
        if wave_file:
            load_wave_file(cadre.storage, tmp_path / "XS2026A.bwave")
        made.append(cadre)
        return cadre

    yield make
    for cadre in made:
        cadre.storage.close()


def ring(storage, passphrase: str = PASSPHRASE) -> KeyRing:
    keys = KeyRing()
    keys.add(wave_key(storage, WAVE.id).key_id, unlock_wave(storage, WAVE.id, passphrase))
    return keys


def dump(storage) -> list[str]:
    """Every table, schema and rows, apart from the logs that record the attempt itself."""
    return [line for line in storage.db.conn.iterdump() if not line.startswith(LOGS)]


def changed(path, position: int):
    data = bytearray(path.read_bytes())
    data[position] ^= 0x01
    altered = path.with_name("altered.bsurvey")
    altered.write_bytes(bytes(data))
    return altered


def refused(storage, path, words: str, keys=None) -> str:
    before, decrypted = dump(storage), audit.entries(storage, "decrypt")
    [result] = import_paths(storage, [path], today=TODAY, keys=keys).results
    assert (result.status, result.responses) == ("rejected", 0) and words in result.reason, result.reason
    assert dump(storage) == before and audit.entries(storage, "decrypt") == decrypted
    return result.reason


def test_a_sealed_file_goes_from_cadre_to_organiser_with_every_answer(supervisor, cadres):
    path = cadres().export()
    [result] = import_paths(supervisor, [path], today=TODAY, keys=ring(supervisor)).results
    assert (result.status, result.responses) == ("imported", 1)
    names = [row[0] for row in supervisor.db.execute("SELECT name FROM tool")]
    assert TYPED_TOOL in names
    # The import history keeps the fingerprint of the file as it arrived (sealed), to match it with the sender's.
    stored = supervisor.db.execute("SELECT file_sha256 FROM import_result").fetchone()[0]
    assert stored == hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_file_on_its_way_shows_neither_a_database_nor_what_the_cadre_typed(supervisor, cadres, tmp_path):
    path = cadres().export()
    data = path.read_bytes()
    assert data.startswith(crypto.MAGIC) and b"SQLite format 3" not in data
    assert TYPED_TOOL.encode("utf-8") not in data and TYPED_TOOL.encode("utf-16-le") not in data
    assert list(path.parent.glob("*.part")) == []


def test_exports_and_decryptions_leave_audit_lines_naming_files_not_people(supervisor, cadres):
    cadre = cadres()
    path = cadre.export()
    [export] = audit.entries(cadre.storage, "export")
    key = wave_key(supervisor, WAVE.id)
    assert path.name in export.detail and "已加密" in export.detail and key.shown_key_id in export.detail
    import_paths(supervisor, [path], today=TODAY, keys=ring(supervisor))
    [decrypt] = audit.entries(supervisor, "decrypt")
    assert decrypt.wave_id == WAVE.id and path.name in decrypt.detail and key.shown_key_id in decrypt.detail


def test_a_wrong_passphrase_is_refused_in_chinese(supervisor):
    with pytest.raises(crypto.WrongPassphrase, match="口令不正确"):
        ring(supervisor, "锡山区减负办2027")


@pytest.mark.parametrize("where", ["header", "ciphertext", "tag"])
def test_a_byte_changed_on_the_way_is_refused_as_altered_and_nothing_changes(supervisor, cadres, where):
    path = cadres().export()
    data = path.read_bytes()
    end = len(crypto.MAGIC) + 4 + int.from_bytes(data[8:12], "big")
    position = {"header": data.index(b'"created_at": "') + 18, "ciphertext": end + 500, "tag": len(data) - 3}[where]
    reason = refused(supervisor, changed(path, position), "被改动", keys=ring(supervisor))
    assert reason == crypto.ALTERED


def test_a_sealed_file_without_the_passphrase_asks_for_it(supervisor, cadres):
    refused(supervisor, cadres().export(), "文件已加密（批次 XS2026A）。请输入这一批次的口令后再导入。")


def test_a_file_sealed_for_another_organiser_says_whose_key_it_needs(supervisor, cadres, tmp_path):
    other = Storage.open(tmp_path / "other.db")
    other.add_wave(WAVE)
    create_wave_key(other, WAVE.id, "另一位组织者的口令")
    path = cadres().export()
    reason = refused(other, path, "加密发给另一位组织者", keys=ring(other, "另一位组织者的口令"))
    assert wave_key(supervisor, WAVE.id).shown_key_id in reason
    other.close()


def test_a_cadres_own_database_cannot_open_what_it_sealed(cadres):
    """It holds the wave's public key only, as a township collecting for the organiser does: the file is kept sealed
    for the organiser (survey_files/forwarding.py), and not one answer in it is read."""
    cadre = cadres()
    before = cadre.storage.db.execute("SELECT count(*) FROM respondent").fetchone()[0]
    [result] = import_paths(cadre.storage, [cadre.export()], today=TODAY).results
    assert (result.status, result.responses) == ("imported", 0) and "已收存加密答卷" in result.reason
    assert cadre.storage.db.execute("SELECT count(*) FROM respondent").fetchone()[0] == before
    assert audit.entries(cadre.storage, "decrypt") == []


def test_a_file_sealed_for_a_key_this_database_does_not_know_is_refused(cadres, tmp_path):
    other = Storage.open(tmp_path / "other.db")
    other.add_wave(WAVE)
    refused(other, cadres().export(), "另一位组织者")
    other.close()


def test_what_is_inside_a_sealed_file_is_still_checked(supervisor, tmp_path):
    path = tmp_path / "sealed-junk.bsurvey"
    path.write_bytes(crypto.seal("这不是调查文件".encode("utf-8") * 100, wave_key(supervisor, WAVE.id).public_pem, WAVE.id))
    refused(supervisor, path, "不是调查文件", keys=ring(supervisor))


def test_a_sealed_file_over_the_size_limit_is_refused_before_it_is_read(supervisor, cadres, monkeypatch):
    path = cadres().export()
    monkeypatch.setattr(survey_file, "MAX_FILE_BYTES", path.stat().st_size - 1)
    refused(supervisor, path, "文件太大", keys=ring(supervisor))


def test_a_wave_without_a_key_keeps_working_unencrypted(storage, tmp_path):
    storage.add_wave(WAVE)
    cadre = Cadre(tmp_path / "cadres", 3)
    path = cadre.export()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    [export] = audit.entries(cadre.storage, "export")
    assert "未加密" in export.detail
    cadre.storage.close()
    [result] = import_paths(storage, [path], today=TODAY, keys=KeyRing()).results
    assert result.status == "imported" and audit.entries(storage, "decrypt") == []


def test_an_unsealed_file_of_a_keyed_wave_is_still_accepted(supervisor, cadres):
    """Older app versions and paper intake send plain files for a wave that has a key."""
    path = cadres(wave_file=False).export()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    [result] = import_paths(supervisor, [path], today=TODAY, keys=ring(supervisor)).results
    assert result.status == "imported"


def test_sealed_files_in_folders_and_zip_archives_are_found_and_imported(supervisor, cadres, tmp_path):
    first, second = cadres(1).export(), cadres(2).export()
    folder = tmp_path / "received" / "东港镇"
    folder.mkdir(parents=True)
    (folder / first.name).write_bytes(first.read_bytes())
    (folder / "说明.txt").write_text("不是调查文件")
    (folder / "坏.bsurvey").write_bytes(crypto.MAGIC + b"\xff\xff\xff\xff")
    archive = tmp_path / "乡镇.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(second, "下级/" + second.name)
        zipped.writestr("readme.txt", "x")
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not an archive")
    inputs = [tmp_path / "received", archive, broken, tmp_path / "nowhere.bsurvey"]
    key = wave_key(supervisor, WAVE.id)
    assert sealed_waves(inputs) == {WAVE.id: key.key_id}
    assert [k.wave_id for k in waves_needing_passphrase(supervisor, inputs)] == [WAVE.id]
    report = import_paths(supervisor, [folder / first.name, archive], today=TODAY, keys=ring(supervisor))
    assert [r.status for r in report.results] == ["imported", "imported"]
    assert len(audit.entries(supervisor, "decrypt")) == 2


def test_nothing_needs_a_passphrase_when_no_file_is_sealed(supervisor, tmp_path):
    cadre = Cadre(tmp_path / "plain", 5)
    path = cadre.export()
    cadre.storage.close()
    assert sealed_waves([path]) == {} and waves_needing_passphrase(supervisor, [path]) == []


def test_a_cadres_database_needs_no_passphrase_for_files_it_cannot_open(cadres):
    cadre = cadres()
    assert waves_needing_passphrase(cadre.storage, [cadre.export()]) == []


def test_an_aggregate_goes_up_sealed_for_the_level_above(supervisor, cadres, tmp_path):
    """Township imports its cadres' files, then seals its aggregate for the county's wave file."""
    import_paths(supervisor, [cadres(1).export(), cadres(2).export()], today=TODAY, keys=ring(supervisor))
    county = Storage.open(tmp_path / "county.db")
    county.add_wave(WAVE)
    create_wave_key(county, WAVE.id, "县里的口令12345678")
    write_wave_file(county, WAVE.id, tmp_path / "county.bwave")
    up = tmp_path / "up.bsurvey"
    export_aggregate(supervisor, WAVE.id, up, seal_for=read_wave_file(tmp_path / "county.bwave"))
    assert up.read_bytes().startswith(crypto.MAGIC) and TYPED_TOOL.encode("utf-8") not in up.read_bytes()
    [export] = audit.entries(supervisor, "export")
    assert up.name in export.detail and "2 份答卷" in export.detail
    assert wave_key(county, WAVE.id).shown_key_id in export.detail
    [result] = import_paths(county, [up], today=TODAY, keys=ring(county, "县里的口令12345678")).results
    assert (result.status, result.responses) == ("imported", 2)
    county.close()


def test_an_aggregate_is_sealed_only_for_a_keyed_wave_file_of_the_same_wave(supervisor, tmp_path, storage):
    plain = tmp_path / "plain.db"
    other = Storage.open(plain)
    other.add_wave(WAVE)
    write_wave_file(other, WAVE.id, tmp_path / "nokey.bwave")
    other.close()
    with pytest.raises(ExportFailed, match="没有公钥"):
        export_aggregate(supervisor, WAVE.id, tmp_path / "up.bsurvey", seal_for=read_wave_file(tmp_path / "nokey.bwave"))
    handout = read_wave_file(tmp_path / "XS2026A.bwave")
    storage.add_wave(survey_file.Wave("XS2027A", "下一批次", "2026.1"))
    with pytest.raises(ExportFailed, match="属于批次「XS2026A」"):
        export_aggregate(storage, "XS2027A", tmp_path / "up.bsurvey", seal_for=handout)
    assert not (tmp_path / "up.bsurvey").exists()


def test_the_plain_bytes_never_sit_at_the_final_name(supervisor, cadres, monkeypatch):
    """If sealing fails, no file (and no plain leftover) is found next to where the file was to be."""
    cadre = cadres()

    def failing(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(crypto, "seal", failing)
    with pytest.raises(ExportFailed, match="无法写入"):
        export_response(cadre.storage, WAVE, cadre.folder / "x.bsurvey")
    assert not (cadre.folder / "x.bsurvey").exists() and list(cadre.folder.glob("*.part")) == []
    with pytest.raises(sqlite3.OperationalError):  # the cadre's database is not left with the file attached
        cadre.storage.db.execute("SELECT * FROM survey_out.manifest")


def test_a_bad_key_kept_from_before_keys_were_checked_stops_the_export_and_writes_nothing(cadres, tmp_path):
    """Found in the attack on format 1: with an all-zero key every export crashed and left the answers in plain
    SQLite as <dest>.part. A key stored by an older program is now a clear message, and nothing reaches the stick."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from burden_survey.survey_files.filestore import ExportFailed
    cadre = cadres()
    zero = X25519PublicKey.from_public_bytes(bytes(32)).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")
    with cadre.storage.db.atomic():
        cadre.storage.db.execute("UPDATE wave_key SET public_key = ?", [zero])
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(ExportFailed) as failed:
        cadre.export(name="../stick/answers.bsurvey")
    assert "公钥无效" in failed.value.message
    assert list(stick.iterdir()) == []


def test_a_sealed_file_whose_header_names_another_wave_than_its_manifest_is_refused(supervisor, cadres, tmp_path):
    """Found in the attack on format 1: the sealed header's wave was not tied to the manifest's."""
    plain = cadres(wave_file=False).export()
    key = wave_key(supervisor, WAVE.id)
    forged = tmp_path / "forged.bsurvey"
    forged.write_bytes(crypto.seal(plain.read_bytes(), key.public_pem, "XS2099Z"))
    reason = refused(supervisor, forged, "加密文件头写的是批次「XS2099Z」", keys=ring(supervisor))
    assert "XS2099Z" in reason


def test_the_passphrase_scan_refuses_what_the_import_refuses(supervisor, cadres, tmp_path, monkeypatch):
    """Before: the scan of sealed headers opened every member of any archive (no member cap, no bomb check)
    and opened pipes in folders, so asking which passphrase was needed could hang or read without end."""
    from burden_survey.survey_files import inputs
    sealed = cadres(1).export()
    crowded = tmp_path / "crowded.zip"
    with zipfile.ZipFile(crowded, "w") as out:
        for number in range(4):
            out.writestr(f"{number}.bsurvey", sealed.read_bytes())
    monkeypatch.setattr(inputs, "MAX_ARCHIVE_MEMBERS", 3)
    assert sealed_waves([crowded]) == {}  # the import refuses this archive whole, so nothing in it needs a key
    monkeypatch.setattr(inputs, "MAX_ARCHIVE_MEMBERS", 5000)
    assert sealed_waves([crowded]) == {WAVE.id: wave_key(supervisor, WAVE.id).key_id}
    if hasattr(os, "mkfifo"):
        folder = tmp_path / "with-a-pipe"
        folder.mkdir()
        os.mkfifo(folder / "pipe.bsurvey")
        shutil.copy(sealed, folder / "real.bsurvey")
        assert sealed_waves([folder]) == {WAVE.id: wave_key(supervisor, WAVE.id).key_id}
