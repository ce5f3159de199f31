"""A sealed file opens only with the wave's private key and its passphrase; any changed byte is caught."""

import pytest

from burden_survey.survey_files import crypto
from burden_survey.system.errors import InputRejected

PASSPHRASE = "锡山区减负办2026"
PLAIN = b"SQLite format 3\x00" + "钉钉打卡小程序 答卷内容".encode("utf-8") * 200


@pytest.fixture(scope="module")
def pair():
    return crypto.new_keypair(PASSPHRASE)


@pytest.fixture(scope="module")
def sealed(pair):
    return crypto.seal(PLAIN, pair.public_pem, "XS2026A")


def test_a_key_id_is_sixteen_hex_digits_read_out_in_four_groups(pair):
    assert len(pair.key_id) == 16 and int(pair.key_id, 16) >= 0 and pair.key_id == pair.key_id.upper()
    assert crypto.key_id_of(pair.public_pem) == pair.key_id
    shown = crypto.shown_key_id(pair.key_id)
    assert shown.split("-") == [pair.key_id[i:i + 4] for i in (0, 4, 8, 12)]


def test_the_private_key_is_stored_encrypted(pair):
    assert pair.private_pem.startswith(f"{crypto.WRAP_MAGIC} n={2**17} r=8 p=1\n")
    assert "PRIVATE" not in pair.public_pem


def test_a_short_passphrase_is_refused_naming_the_field():
    with pytest.raises(InputRejected) as refused:
        crypto.new_keypair("1234567")
    assert refused.value.field == "口令" and "至少需要 8 个字符" in refused.value.message


def test_the_right_passphrase_unlocks_and_a_wrong_one_says_so_in_chinese(pair, sealed):
    key = crypto.unlock(pair.private_pem, PASSPHRASE)
    assert crypto.open_sealed(sealed, key) == PLAIN
    with pytest.raises(crypto.WrongPassphrase) as wrong:
        crypto.unlock(pair.private_pem, "锡山区减负办2027")
    assert wrong.value.title == "口令不正确" and "口令不正确" in wrong.value.message
    with pytest.raises(crypto.WrongPassphrase, match="没有输入口令"):
        crypto.unlock(pair.private_pem, "")


def test_full_width_digits_typed_with_a_chinese_input_method_are_the_same_passphrase(pair):
    assert crypto.unlock(pair.private_pem, "锡山区减负办２０２６") is not None


def test_the_sealed_bytes_show_neither_the_sqlite_header_nor_any_answer(sealed):
    assert crypto.is_sealed(sealed) and not crypto.is_sealed(PLAIN)
    assert b"SQLite format 3" not in sealed
    assert "钉钉".encode("utf-8") not in sealed


def test_sealing_twice_gives_different_bytes(pair, sealed):
    assert crypto.seal(PLAIN, pair.public_pem, "XS2026A") != sealed


def test_the_header_names_wave_and_key_and_is_read_from_the_first_bytes_only(pair, sealed):
    header = crypto.sealed_header(sealed[:300])
    assert (header.wave_id, header.key_id) == ("XS2026A", pair.key_id)
    assert header.created_at[:2] == "20"


def changed(data: bytes, position: int) -> bytes:
    flipped = bytearray(data)
    flipped[position] ^= 0x01
    return bytes(flipped)


def header_end(data: bytes) -> int:
    return len(crypto.MAGIC) + 4 + int.from_bytes(data[8:12], "big")


@pytest.mark.parametrize("where", ["header", "ciphertext", "tag"])
def test_any_changed_byte_is_caught_as_altered(pair, sealed, where):
    key = crypto.unlock(pair.private_pem, PASSPHRASE)
    if where == "header":  # a digit of the time stamp: still a readable header, but no longer the one sealed
        position = sealed.index(b'"created_at": "') + len('"created_at": "') + 3
    else:
        position = {"ciphertext": header_end(sealed) + 100, "tag": len(sealed) - 1}[where]
    with pytest.raises(crypto.SealBroken) as broken:
        crypto.open_sealed(changed(sealed, position), key)
    assert broken.value.reason == crypto.ALTERED
    assert "被改动" in broken.value.reason and "重新导出" in broken.value.reason


def test_a_cut_file_and_a_garbled_header_are_caught(pair, sealed):
    key = crypto.unlock(pair.private_pem, PASSPHRASE)
    for damaged in (sealed[:header_end(sealed) + 10], sealed[:-1], changed(sealed, 20), sealed[:30]):
        with pytest.raises(crypto.SealBroken, match="被改动"):
            crypto.open_sealed(damaged, key)
    with pytest.raises(crypto.SealBroken):
        crypto.sealed_header(crypto.MAGIC + (10 ** 6).to_bytes(4, "big") + b"{}")


def test_a_file_sealed_for_another_key_says_so(sealed):
    other = crypto.new_keypair("另一位组织者的口令")
    with pytest.raises(crypto.SealBroken, match="另一把密钥"):
        crypto.open_sealed(sealed, crypto.unlock(other.private_pem, "另一位组织者的口令"))


def test_a_key_id_of_something_that_is_not_a_public_key_is_a_value_error():
    with pytest.raises(ValueError):
        crypto.key_id_of("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")


def test_a_stored_key_that_names_an_absurd_cost_is_refused_rather_than_run(pair):
    """A damaged or forged key asking for scrypt with n = 2^40 would hang the unlock (and eat the memory)."""
    forged = pair.private_pem.replace(f"n={2**17}", f"n={2**40}")
    with pytest.raises(crypto.WrongPassphrase):
        crypto.unlock(forged, PASSPHRASE)
