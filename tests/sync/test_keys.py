"""app/sync/keys.py: office keys, fingerprints, the sealed key file."""

from __future__ import annotations

import re
import unicodedata

import pytest

from app.errors import UserError
from app.sync import canonical
from app.sync.keys import (
    FINGERPRINT_ALPHABET,
    KeyFileDamaged,
    OfficeKeys,
    PublicKeys,
    WrongPassphrase,
    generate_keys,
    normalise_fingerprint,
    open_keys,
    read_public,
    seal_keys,
    verify_signature,
)

FAST = 10  # scrypt cost for tests that are not about the cost


def test_sign_and_verify():
    keys = generate_keys()
    signature = keys.sign(b"hello")
    assert len(signature) == 64
    assert verify_signature(keys.public.sign, b"hello", signature)
    assert not verify_signature(keys.public.sign, b"hellp", signature)
    assert not verify_signature(generate_keys().public.sign, b"hello", signature)
    assert not verify_signature(keys.public.sign, b"hello", signature[:-1])
    assert not verify_signature(keys.public.sign[:31], b"hello", signature)
    flipped = bytes([signature[0] ^ 1]) + signature[1:]
    assert not verify_signature(keys.public.sign, b"hello", flipped)


def test_fingerprint_format():
    fingerprints = {generate_keys().public.fingerprint() for _ in range(50)}
    assert len(fingerprints) == 50
    for fingerprint in fingerprints:
        assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}", fingerprint)
        assert not set(fingerprint) & set("ILOU")
    assert set("".join(fingerprints).replace("-", "")) <= set(FINGERPRINT_ALPHABET)


def test_fingerprint_covers_both_keys():
    a, b = generate_keys().public, generate_keys().public
    assert PublicKeys(a.sign, b.enc).fingerprint() != a.fingerprint()
    assert PublicKeys(b.sign, a.enc).fingerprint() != a.fingerprint()


def test_known_fingerprint():
    # sign seed 0x01*32, enc scalar 0x02*32: a value another implementation can check
    keys = OfficeKeys.from_private_bytes(b"\x01" * 32, b"\x02" * 32)
    import hashlib

    digest = hashlib.sha256(keys.public.sign + keys.public.enc).digest()
    bits = bin(int.from_bytes(digest[:15], "big"))[2:].zfill(120)
    expected = "".join(FINGERPRINT_ALPHABET[int(bits[i : i + 5], 2)] for i in range(0, 120, 5))
    assert keys.public.fingerprint().replace("-", "") == expected


def test_normalise_fingerprint_as_typed():
    fingerprint = generate_keys().public.fingerprint()
    typed = fingerprint.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalise_fingerprint(typed) == fingerprint


def test_public_keys_dict_round_trip_and_strictness():
    public = generate_keys().public
    assert PublicKeys.from_dict(public.to_dict()) == public
    assert canonical.decode(canonical.encode(public.to_dict()), max_bytes=200) == public.to_dict()
    for bad in (
        {"sign": public.to_dict()["sign"]},
        {**public.to_dict(), "x": "y"},
        {"sign": canonical.b64(b"x" * 31), "enc": public.to_dict()["enc"]},
        {"sign": 5, "enc": public.to_dict()["enc"]},
        [public.to_dict()],
    ):
        with pytest.raises(canonical.FormatError):
            PublicKeys.from_dict(bad)


def test_private_keys_round_trip_and_repr():
    keys = generate_keys()
    again = OfficeKeys.from_private_bytes(keys.sign_private_bytes(), keys.enc_private_bytes())
    assert again.public == keys.public
    assert keys.sign_private_bytes().hex() not in repr(keys)
    assert keys.public.fingerprint() in repr(keys)


def test_seal_and_open():
    keys = generate_keys()
    blob = seal_keys(keys, "mật khẩu dài", _log_n=FAST)
    for secret in (keys.sign_private_bytes(), keys.enc_private_bytes()):
        assert secret not in blob and canonical.b64(secret).encode() not in blob
    opened = open_keys(blob, "mật khẩu dài")
    assert opened.public == keys.public
    assert opened.sign_private_bytes() == keys.sign_private_bytes()
    assert read_public(blob) == keys.public


def test_default_cost_is_at_least_2_15():
    keys = generate_keys()
    blob = seal_keys(keys, "pass phrase")
    doc = canonical.decode(blob, max_bytes=4096)
    assert doc["kdf"]["log_n"] >= 15 and doc["kdf"]["r"] == 8 and doc["kdf"]["p"] == 1
    assert len(canonical.unb64(doc["kdf"]["salt"])) == 16
    assert open_keys(blob, "pass phrase").public == keys.public
    # a fresh salt and nonce each time
    assert seal_keys(keys, "pass phrase", _log_n=FAST) != seal_keys(
        keys, "pass phrase", _log_n=FAST
    )


def test_wrong_passphrase_refused_with_a_message():
    blob = seal_keys(generate_keys(), "đúng", _log_n=FAST)
    with pytest.raises(WrongPassphrase) as caught:
        open_keys(blob, "sai")
    assert isinstance(caught.value, UserError)
    assert caught.value.message.startswith("Mật khẩu không đúng")  # Vietnamese by default


def test_passphrase_nfc_and_nfd_are_the_same():
    keys = generate_keys()
    blob = seal_keys(keys, unicodedata.normalize("NFD", "Lá Lành"), _log_n=FAST)
    assert open_keys(blob, unicodedata.normalize("NFC", "Lá Lành")).public == keys.public


def test_empty_passphrase_refused():
    with pytest.raises(UserError):
        seal_keys(generate_keys(), "")


def _with(blob: bytes, **changes) -> bytes:
    doc = canonical.decode(blob, max_bytes=4096)
    for key, value in changes.items():
        if key.startswith("kdf_"):
            doc["kdf"][key[4:]] = value
        else:
            doc[key] = value
    return canonical.encode(doc)


def test_tampered_or_foreign_key_file_refused():
    keys, other = generate_keys(), generate_keys()
    blob = seal_keys(keys, "pw", _log_n=FAST)
    # parameters and public keys are authenticated: changing them looks like a wrong passphrase
    with pytest.raises(WrongPassphrase):
        open_keys(_with(blob, public=other.public.to_dict()), "pw")
    with pytest.raises(WrongPassphrase):
        open_keys(_with(blob, kdf_log_n=FAST + 1), "pw")
    for bad in (
        b"",
        b"not json",
        blob + b" ",
        blob.replace(b'"format":"lalanh-office-keys"', b'"format":"x"'),
        _with(blob, version=2),
        _with(blob, kdf_log_n=30),  # would take minutes and gigabytes
        _with(blob, kdf_name="argon2"),
        _with(blob, extra=1),
        _with(blob, ciphertext="AAAA"),
    ):
        with pytest.raises(KeyFileDamaged):
            open_keys(bad, "pw")
