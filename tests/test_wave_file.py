"""A supervisor makes a wave key and hands out a wave file; a cadre loads it; a damaged or forged one is refused."""

import json
from datetime import date

import pytest

from burden_survey.store import audit

from burden_survey.survey_files import crypto
from burden_survey.store.storage import Storage
from burden_survey.survey.survey_file import Wave
from burden_survey.survey_files.wave_file import (
    WaveFileRejected,
    load_wave_file,
    read_wave_file,
    write_wave_file,
)
from burden_survey.survey_files.wave_keys import WaveKeyError, create_wave_key, unlock_wave, wave_key

PASSPHRASE = "锡山区减负办2026"
WAVE = Wave("XS2026A", "锡山区2026年第四季度", "2026.1", date(2026, 11, 1), date(2026, 11, 30))
ROSTER = ["东港镇", " 羊尖镇 ", "", "东港镇", "锡北镇"]


@pytest.fixture
def supervisor(storage):
    storage.add_wave(WAVE)
    return storage


@pytest.fixture
def keyed(supervisor):
    create_wave_key(supervisor, WAVE.id, PASSPHRASE, ROSTER)
    return supervisor


@pytest.fixture
def handout(keyed, tmp_path):
    path = tmp_path / "XS2026A.bwave"
    write_wave_file(keyed, WAVE.id, path, organiser="锡山区减负办")
    return path


@pytest.fixture
def cadre(tmp_path):
    store = Storage.open(tmp_path / "cadre.db")
    yield store
    store.close()


def test_a_wave_key_keeps_the_private_half_under_the_passphrase(keyed):
    key = wave_key(keyed, WAVE.id)
    assert key.has_private and key.roster == ["东港镇", "羊尖镇", "锡北镇"]
    assert key.key_id == crypto.key_id_of(key.public_pem)
    stored = keyed.db.execute("SELECT private_key FROM wave_key").fetchone()[0]
    assert stored.startswith(crypto.WRAP_MAGIC) and "PRIVATE" not in stored
    assert unlock_wave(keyed, WAVE.id, PASSPHRASE) is not None
    with pytest.raises(crypto.WrongPassphrase, match=f"批次「{WAVE.id}」的口令不正确"):
        unlock_wave(keyed, WAVE.id, "不对的口令12345")


def test_making_the_key_leaves_an_audit_line_with_the_shown_key_id(keyed):
    [line] = audit.entries(keyed, "key")
    assert line.wave_id == WAVE.id and wave_key(keyed, WAVE.id).shown_key_id in line.detail


def test_a_key_needs_a_known_wave_and_is_never_replaced(keyed, supervisor):
    with pytest.raises(WaveKeyError, match="没有调查批次「NOPE」"):
        create_wave_key(supervisor, "NOPE", PASSPHRASE)
    before = wave_key(keyed, WAVE.id)
    with pytest.raises(WaveKeyError, match="已有密钥"):
        create_wave_key(keyed, WAVE.id, "另一句口令12345")
    assert wave_key(keyed, WAVE.id) == before and len(audit.entries(keyed, "key")) == 1


def test_a_wave_without_a_key_has_none(supervisor):
    assert wave_key(supervisor, WAVE.id) is None


def test_the_wave_file_carries_the_wave_roster_and_public_key_but_never_the_private_key(keyed, handout):
    text = handout.read_text(encoding="utf-8")
    assert "PRIVATE" not in text
    data = json.loads(text)
    assert data["format"] == "burden-survey-wave" and data["format_version"] == 1
    read = read_wave_file(handout)
    key = wave_key(keyed, WAVE.id)
    assert read.wave == WAVE and read.organiser == "锡山区减负办"
    assert (read.key_id, read.public_pem, read.roster) == (key.key_id, key.public_pem, key.roster)
    [line] = audit.entries(keyed, "wave_file")
    assert handout.name in line.detail and key.shown_key_id in line.detail


def test_a_wave_without_a_key_hands_out_a_file_without_one(supervisor, tmp_path):
    made = write_wave_file(supervisor, WAVE.id, tmp_path / "plain.bwave")
    assert made.key_id is None and made.public_pem is None
    assert json.loads((tmp_path / "plain.bwave").read_text(encoding="utf-8"))["public_key"] is None
    assert read_wave_file(tmp_path / "plain.bwave").key_id is None


def test_a_wave_file_for_an_unknown_wave_is_not_written(supervisor, tmp_path):
    with pytest.raises(WaveFileRejected, match="没有调查批次「NOPE」"):
        write_wave_file(supervisor, "NOPE", tmp_path / "x.bwave")
    assert not (tmp_path / "x.bwave").exists()


def test_a_cadre_keeps_the_public_key_only_and_loading_twice_is_harmless(handout, keyed, cadre):
    load_wave_file(cadre, handout)
    load_wave_file(cadre, handout)
    key = wave_key(cadre, WAVE.id)
    assert not key.has_private and key.key_id == wave_key(keyed, WAVE.id).key_id
    assert cadre.db.execute("SELECT private_key FROM wave_key").fetchall() == [(None,)]
    assert cadre.list_waves() == [WAVE]
    assert len(audit.entries(cadre, "wave_file")) == 2


def test_a_different_key_for_a_wave_already_loaded_is_refused(handout, cadre, tmp_path):
    load_wave_file(cadre, handout)
    other = Storage.open(tmp_path / "impostor.db")
    other.add_wave(WAVE)
    create_wave_key(other, WAVE.id, "冒充者的口令12345")
    write_wave_file(other, WAVE.id, tmp_path / "impostor.bwave")
    other.close()
    with pytest.raises(WaveFileRejected, match="已有另一把密钥") as refused:
        load_wave_file(cadre, tmp_path / "impostor.bwave")
    assert "核对密钥编号" in refused.value.advice
    assert wave_key(cadre, WAVE.id).key_id == read_wave_file(handout).key_id


def edited(handout, tmp_path, **changes):
    data = json.loads(handout.read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is KeyError:
            del data[key]
        else:
            data[key] = value
    path = tmp_path / "edited.bwave"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("changes, words", [
    ({"format": "something-else"}, "不是批次文件"),
    ({"format_version": 2}, "更新版本的程序"),
    ({"format_version": "1"}, "「format_version」"),
    ({"id": "锡山 2026"}, "「id」不是有效的批次编号"),
    ({"id": KeyError}, "「id」"),
    ({"title": ""}, "「title」"),
    ({"questionnaire_version": 3}, "「questionnaire_version」"),
    ({"period_start": "2026-13-01"}, "「period_start」不是有效的日期"),
    ({"period_end": "2026-10-01"}, "「period_end」早于调查开始日期"),
    ({"key_id": "0000000000000000"}, "「key_id」与公钥不符"),
    ({"public_key": "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"}, "「public_key」不是有效的公钥"),
    ({"public_key": None}, "「public_key」缺失"),
    ({"roster": "东港镇"}, "「roster」"),
    ({"organiser": ["x"]}, "「organiser」"),
])
def test_a_damaged_or_edited_wave_file_is_refused_naming_the_field(handout, tmp_path, changes, words):
    path = edited(handout, tmp_path, **changes)
    with pytest.raises(WaveFileRejected) as refused:
        read_wave_file(path)
    assert words in refused.value.message and "edited.bwave" in refused.value.message
    assert refused.value.advice


def test_a_public_key_swapped_together_with_its_key_id_is_what_the_phone_check_catches(handout, tmp_path):
    """Who forges both key and id makes a consistent file: the id read out on the phone is then different."""
    forged = crypto.new_keypair("伪造者的口令12345")
    path = edited(handout, tmp_path, public_key=forged.public_pem, key_id=forged.key_id)
    assert read_wave_file(path).key_id != read_wave_file(handout).key_id


@pytest.mark.parametrize("content, words", [
    (b"{not json", "不是批次文件"),
    (b"\xff\xfe\x00garbage", "不是批次文件"),
    (b"[1, 2, 3]", "不是批次文件"),
    (b" " * (1024 * 1024 + 1), "太大"),
])
def test_junk_is_not_a_wave_file(tmp_path, content, words):
    path = tmp_path / "junk.bwave"
    path.write_bytes(content)
    with pytest.raises(WaveFileRejected, match=words):
        read_wave_file(path)


def test_a_missing_wave_file_says_so(tmp_path):
    with pytest.raises(WaveFileRejected, match="无法读取批次文件"):
        read_wave_file(tmp_path / "nowhere.bwave")


def test_a_wave_file_saved_by_notepad_with_a_byte_order_mark_still_loads(handout, tmp_path):
    path = tmp_path / "bom.bwave"
    path.write_bytes(b"\xef\xbb\xbf" + handout.read_bytes())
    assert read_wave_file(path) == read_wave_file(handout)


def test_a_low_order_public_key_is_refused_when_the_wave_file_is_read(handout, tmp_path):
    """Found in the attack on format 1: an all-zero X25519 key was accepted; every sealed export then crashed and
    left the cadre's answers in plain SQLite as <dest>.part on the USB stick."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    zero = X25519PublicKey.from_public_bytes(bytes(32)).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")
    path = edited(handout, tmp_path, public_key=zero, key_id="0" * 16)
    with pytest.raises(WaveFileRejected) as refused:
        read_wave_file(path)
    assert "「public_key」不是有效的公钥" in refused.value.message


def test_a_key_wrapped_by_the_older_program_is_rewrapped_under_scrypt_when_first_unlocked(keyed):
    """Found in the attack on format 1: PBKDF2 with 2,048 rounds let a stolen database be guessed at thousands of
    passphrases a second. Keys are now wrapped with scrypt; an old one is re-wrapped at the next unlock."""
    from cryptography.hazmat.primitives import serialization
    private = unlock_wave(keyed, WAVE.id, PASSPHRASE)
    old = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.BestAvailableEncryption(PASSPHRASE.encode("utf-8"))).decode("ascii")
    with keyed.db.atomic():
        keyed.db.execute("UPDATE wave_key SET private_key = ?", [old])
    assert unlock_wave(keyed, WAVE.id, PASSPHRASE).public_key().public_bytes_raw() == private.public_key().public_bytes_raw()
    stored = keyed.db.execute("SELECT private_key FROM wave_key").fetchone()[0]
    assert stored.startswith(f"{crypto.WRAP_MAGIC} n={2**17} r=8 p=1")
    assert unlock_wave(keyed, WAVE.id, PASSPHRASE) is not None


def test_the_organisers_own_database_never_swaps_its_key_for_a_wave_file(keyed, handout, tmp_path):
    """Replacing a key would lose the private half that opens every sealed answer."""
    organiser = keyed
    before = wave_key(organiser, WAVE.id)
    other = Storage.open(tmp_path / "other.db")
    other.add_wave(WAVE)
    create_wave_key(other, WAVE.id, "另一把口令2026abc")
    write_wave_file(other, WAVE.id, tmp_path / "other.bwave")
    other.close()
    with pytest.raises(WaveFileRejected, match="私钥"):
        load_wave_file(organiser, tmp_path / "other.bwave", replace_key=True)
    assert wave_key(organiser, WAVE.id) == before


@pytest.mark.parametrize("field_name, value", [("organiser", "县委办\x1b[2J"), ("title", "标题\n=HYPERLINK()"),
                                               ("roster", ["东港镇\x00"])])
def test_control_characters_in_what_the_cadre_is_shown_refuse_the_wave_file(handout, tmp_path, field_name, value):
    data = json.loads(handout.read_text(encoding="utf-8"))
    data[field_name] = value
    bad = tmp_path / "bad.bwave"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(WaveFileRejected, match=f"「{field_name}」"):
        read_wave_file(bad)
