"""Signed responses (survey file format 2): only the cadre's own PC can change their answers.

Each cadre's PC makes an Ed25519 key pair per wave (and per respondent it exports for). The respondent id is derived
from the public key, so it stays random, is new every wave, and nobody can sign for an id that is not theirs. The
signature covers the wave, the id, the revision and the content fingerprint; it travels with the response into every
aggregate, so every level checks every response. Only a response signed with the same key replaces a signed one.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

DOMAIN = b"burden-survey signed response v2\n"  # a signature made for anything else never verifies here


def new_key() -> str:
    """A fresh private key, as stored in the cadre's own database (base64 of its 32 raw bytes)."""
    raw = Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                                      serialization.NoEncryption())
    return base64.b64encode(raw).decode("ascii")


def public_of(private_key: str) -> str:
    public = _private(private_key).public_key()
    return base64.b64encode(public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)).decode()


def respondent_id_of(public_key: str) -> str:
    """「R」 and 16 hex digits of SHA-256 of the raw public key: as random as before, and bound to the key."""
    return "R" + hashlib.sha256(_raw(public_key)).hexdigest()[:16].upper()


def statement(wave_id: str, respondent_id: str, revision: int, content_sha256: str, code: str | None = None) -> bytes:
    """What is signed. A participation code, when the response carries one, is a fifth line: nobody can move a
    code from one signed response to another (without one, the bytes are those signed before codes existed)."""
    lines = [wave_id, respondent_id, str(revision), content_sha256, *([code] if code else [])]
    return DOMAIN + "\n".join(lines).encode("utf-8")


def sign(private_key: str, wave_id: str, respondent_id: str, revision: int, content_sha256: str,
         code: str | None = None) -> str:
    signature = _private(private_key).sign(statement(wave_id, respondent_id, revision, content_sha256, code))
    return base64.b64encode(signature).decode("ascii")


def problem(public_key: object, signature: object, wave_id: str, respondent_id: str, revision: int,
            content_sha256: str, code: str | None = None) -> str:
    """Why a response's signature does not hold, in words; "" when it does."""
    if not isinstance(public_key, str) or not isinstance(signature, str):
        return "签名或公钥缺失"
    try:
        raw = _raw(public_key)
        if respondent_id_of(public_key) != respondent_id:
            return "答卷编号与签名公钥不符"
        Ed25519PublicKey.from_public_bytes(raw).verify(
            _canonical(signature, 64), statement(wave_id, respondent_id, revision, content_sha256, code))
    except (ValueError, binascii.Error, InvalidSignature):
        return "签名无效"
    return ""


def _raw(public_key: str) -> bytes:
    return _canonical(public_key, 32)


def _canonical(text: str, length: int) -> bytes:
    """The bytes of a base64 text written exactly as this program writes them. Base64 of 32 or 64 bytes leaves
    unused bits in its last digit that decoders ignore: a second spelling of the same key would give the same id
    yet compare unequal as text (found by the red-team pass: it locked a cadre out)."""
    raw = base64.b64decode(text, validate=True)
    if len(raw) != length or base64.b64encode(raw).decode("ascii") != text:
        raise ValueError("not the canonical base64 of the expected length")
    return raw


def _private(private_key: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_key, validate=True))
