"""Sealed survey files: X25519, HKDF-SHA256 and AES-256-GCM from `cryptography`; the private key under a passphrase."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import unicodedata
from dataclasses import dataclass
from datetime import date

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from burden_survey.system.errors import BurdenSurveyError, InputRejected

MIN_PASSPHRASE = 8
WRAP_MAGIC = "BSKEY1-scrypt-aesgcm"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
MAGIC = b"BSSEALv1"
INFO = b"burden-survey sealed survey file v1"
MAX_HEADER_BYTES = 4096  # a real header is ~200 bytes; a bigger length field means a damaged or forged file
TAG_BYTES = 16
# Everything a sealed file adds to the plain one, at most: what a size limit on sealed input must allow for.
MAX_OVERHEAD = len(MAGIC) + 4 + MAX_HEADER_BYTES + TAG_BYTES

ALTERED = "文件在传递过程中被改动（解密校验未通过），请让填报人重新导出并发送。"
UNREADABLE_HEADER = "文件在传递过程中被改动或损坏（加密文件的文件头无法读取），请让填报人重新导出并发送。"


class WrongPassphrase(BurdenSurveyError):
    title = "口令不正确"

    def __init__(self, message: str = "口令不正确。", advice: str = "请检查大小写和输入法（全角/半角）后重新输入。"):
        super().__init__(message, advice)


class SealBroken(BurdenSurveyError):
    """A sealed file that cannot be opened: altered on the way, damaged, or not meant for this key."""

    title = "文件无法解密"

    def __init__(self, reason: str = ALTERED):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class KeyPair:
    key_id: str
    public_pem: str
    private_pem: str  # wrapped under the passphrase (wrap_private)


UNIT_KEYS = ("county", "township", "code")  # what a header may say of the place a file comes from


@dataclass(frozen=True)
class SealedHeader:
    wave_id: str
    key_id: str
    created_at: str
    # The unit a cadre's file comes from, as its profile names it (county code, township name, division code):
    # a collecting township counts the files it cannot read by it. Never a person. Empty in files of earlier
    # programs and in aggregates.
    county: str = ""
    township: str = ""
    code: str = ""


def new_keypair(passphrase: str) -> KeyPair:
    """A fresh X25519 key pair for a wave; only the passphrase opens the private half."""
    secret = check_passphrase(passphrase)
    private = X25519PrivateKey.generate()
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")
    return KeyPair(key_id_of(public_pem), public_pem, wrap_private(private, secret))


def wrap_private(private: X25519PrivateKey, secret: bytes) -> str:
    """The private key under the passphrase: scrypt (about 0.35 s and 128 MB here, so each guess costs as much)
    and AES-256-GCM. Written as one header line naming the cost, and the salt, nonce and ciphertext in base64.
    (PKCS#8 from `cryptography` used PBKDF2 with 2,048 rounds: thousands of guesses a second.)"""
    salt, nonce = os.urandom(16), os.urandom(12)
    header = f"{WRAP_MAGIC} n={SCRYPT_N} r={SCRYPT_R} p={SCRYPT_P}"
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    sealed = AESGCM(_wrapping_key(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(nonce, raw, header.encode())
    return header + "\n" + base64.b64encode(salt + nonce + sealed).decode("ascii") + "\n"


def is_old_wrapping(private_pem: str) -> bool:
    """A key wrapped by the program before scrypt (PKCS#8): unlocking it once re-wraps it (wave_keys)."""
    return private_pem.startswith("-----BEGIN")


def _wrapping_key(secret: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret)


def _unwrap(private_pem: str, secret: bytes) -> X25519PrivateKey:
    header, _, body = private_pem.partition("\n")
    words = header.split()
    cost = dict(w.split("=", 1) for w in words[1:] if "=" in w)
    n, r, p = int(cost["n"]), int(cost["r"]), int(cost["p"])
    if words[:1] != [WRAP_MAGIC] or not (2**10 <= n <= 2**22 and 1 <= r <= 32 and 1 <= p <= 16):
        raise ValueError("not a wrapped wave key")  # a cost out of range could make unlocking hang
    data = base64.b64decode(body.strip(), validate=True)
    salt, nonce, sealed = data[:16], data[16:28], data[28:]
    raw = AESGCM(_wrapping_key(secret, salt, n, r, p)).decrypt(nonce, sealed, header.encode())
    return X25519PrivateKey.from_private_bytes(raw)


def check_passphrase(passphrase: str) -> bytes:
    """The passphrase as the key derivation sees it; InputRejected when it is too short to protect anything."""
    secret = passphrase_bytes(passphrase)
    if len(secret.decode("utf-8")) < MIN_PASSPHRASE:
        raise InputRejected("口令", f"至少需要 {MIN_PASSPHRASE} 个字符。", "请用一句只有您知道、不会忘记的话作口令。")
    return secret


def unlock(private_pem: str, passphrase: str) -> X25519PrivateKey:
    """The private key, or WrongPassphrase; a damaged stored key is reported the same way (nothing else to try)."""
    secret = passphrase_bytes(passphrase)
    if not secret:
        raise WrongPassphrase("没有输入口令。", "请输入创建批次密钥时设定的口令。")
    try:
        if is_old_wrapping(private_pem):
            key = serialization.load_pem_private_key(private_pem.encode("ascii"), password=secret)
        else:
            key = _unwrap(private_pem, secret)
    except (ValueError, TypeError, KeyError, UnicodeEncodeError, InvalidTag, binascii.Error) as error:
        raise WrongPassphrase() from error
    if not isinstance(key, X25519PrivateKey):
        raise WrongPassphrase("保存的私钥不是本程序生成的批次密钥。", "请用创建批次时的数据文件。")
    return key


def key_id_of(public_pem: str) -> str:
    """16 hex digits of SHA-256 of the raw public key; ValueError when the text is not an X25519 public key."""
    return _key_id(_public_key(public_pem))


def shown_key_id(key_id: str) -> str:
    """In groups of four, easy to read out on the phone: 3F2A-91C0-77D1-0B4E."""
    plain = key_id.replace("-", "").upper()
    return "-".join(plain[i:i + 4] for i in range(0, len(plain), 4))


def is_sealed(head: bytes) -> bool:
    return head.startswith(MAGIC)


def seal(plain: bytes, public_pem: str, wave_id: str, unit: dict[str, str] | None = None) -> bytes:
    """Encrypt and authenticate a whole file for the holder of the private key; header and body both covered.
    `unit`: the place a cadre's file comes from (UNIT_KEYS), readable without the key; the date, never a time."""
    recipient = _public_key(public_pem)
    ephemeral = X25519PrivateKey.generate()
    nonce = os.urandom(12)
    epk = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    fields = {
        "wave_id": wave_id, "key_id": _key_id(recipient), "epk": base64.b64encode(epk).decode("ascii"),
        "nonce": base64.b64encode(nonce).decode("ascii"), "created_at": date.today().isoformat(),
    }
    if unit:
        fields["unit"] = {k: str(unit.get(k) or "")[:UNIT_LENGTH] for k in UNIT_KEYS}
    header = json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")
    prefix = MAGIC + len(header).to_bytes(4, "big") + header
    return prefix + AESGCM(_derive(ephemeral, recipient)).encrypt(nonce, plain, prefix)


def sealed_header(data: bytes) -> SealedHeader:
    """What the header says (wave, key); needs only the first bytes of the file. SealBroken when unreadable."""
    fields, _ = _parse(data)
    unit = fields.get("unit") or {}
    return SealedHeader(fields["wave_id"], fields["key_id"], fields["created_at"],
                        *(unit.get(k, "") for k in UNIT_KEYS))


def open_sealed(data: bytes, private_key: X25519PrivateKey) -> bytes:
    """The plain file; SealBroken when anything in header or body was changed, or the key is not the right one."""
    fields, end = _parse(data)
    if _key_id(private_key.public_key()) != fields["key_id"]:
        raise SealBroken(f"文件是加密发给另一把密钥的（密钥编号 {shown_key_id(fields['key_id'])}），无法用这一批次的密钥解密。")
    if len(data) - end < TAG_BYTES:
        raise SealBroken(ALTERED)
    try:
        peer = X25519PublicKey.from_public_bytes(fields["epk"])
        return AESGCM(_derive(private_key, peer)).decrypt(fields["nonce"], data[end:], data[:end])
    except (InvalidTag, ValueError) as error:
        raise SealBroken(ALTERED) from error


# ------------------------------------------------------------------------------------------
def passphrase_bytes(passphrase: str) -> bytes:
    # NFKC: a full-width "Ａ" typed with a Chinese input method is the same key as "A".
    return unicodedata.normalize("NFKC", passphrase or "").encode("utf-8")


def _public_key(public_pem: str) -> X25519PublicKey:
    try:
        key = serialization.load_pem_public_key(public_pem.encode("ascii"))
    except (ValueError, TypeError, UnicodeEncodeError, AttributeError) as error:
        raise ValueError("not a PEM public key") from error
    if not isinstance(key, X25519PublicKey):
        raise ValueError("not an X25519 public key")
    try:  # a low-order point (all zeros, and the few like it) gives every sender the same, public, shared secret
        X25519PrivateKey.generate().exchange(key)
    except ValueError as error:
        raise ValueError("a low-order X25519 key") from error
    return key


def _key_id(public: X25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16].upper()


def _derive(private: X25519PrivateKey, peer: X25519PublicKey) -> bytes:
    shared = private.exchange(peer)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=INFO).derive(shared)


def _parse(data: bytes) -> tuple[dict, int]:
    """The header's fields (epk and nonce decoded) and where the ciphertext starts."""
    if not is_sealed(data) or len(data) < len(MAGIC) + 4:
        raise SealBroken(UNREADABLE_HEADER)
    length = int.from_bytes(data[len(MAGIC):len(MAGIC) + 4], "big")
    end = len(MAGIC) + 4 + length
    if length > MAX_HEADER_BYTES or len(data) < end:
        raise SealBroken(UNREADABLE_HEADER)
    try:
        fields = json.loads(data[len(MAGIC) + 4:end].decode("utf-8"))
        if not isinstance(fields, dict) or not all(
                isinstance(fields.get(k), str) for k in ("wave_id", "key_id", "epk", "nonce", "created_at")):
            raise ValueError("missing fields")
        fields["epk"] = base64.b64decode(fields["epk"], validate=True)
        fields["nonce"] = base64.b64decode(fields["nonce"], validate=True)
    except (ValueError, binascii.Error) as error:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise SealBroken(UNREADABLE_HEADER) from error
    if len(fields["epk"]) != 32 or len(fields["nonce"]) != 12 or not _unit_ok(fields.get("unit", {})):
        raise SealBroken(UNREADABLE_HEADER)
    return fields, end


UNIT_LENGTH = 60


def _unit_ok(unit: object) -> bool:
    """A header's unit, read by a township that cannot open the file: only our keys, short plain texts."""
    return isinstance(unit, dict) and set(unit) <= set(UNIT_KEYS) and all(
        isinstance(v, str) and len(v) <= UNIT_LENGTH and v.isprintable() for v in unit.values())
