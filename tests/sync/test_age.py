"""app/sync/age.py against two independent age implementations (Debian's `age`, pyrage)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.sync import age
from app.sync.age import CHUNK, TAG, AgeError, decrypt, encrypt
from app.sync.keys import generate_keys

pyrage = pytest.importorskip("pyrage", reason="pyrage is in the test extra: pip install -e .[test]")
AGE = shutil.which("age")
needs_age_cli = pytest.mark.skipif(
    AGE is None, reason="the `age` command is not installed (apt-get install age; CI has it)"
)
BIG = 1 << 30
SIZES = [0, 1, 1000, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 17]


@pytest.fixture(scope="module")
def keys():
    return generate_keys()


def _identity_file(tmp_path, keys):
    path = tmp_path / "key.txt"
    path.write_text(age.identity_string(keys.enc_private_bytes()) + "\n")
    return path


def test_strings_match_pyrage(keys):
    identity = pyrage.x25519.Identity.from_str(age.identity_string(keys.enc_private_bytes()))
    assert str(identity.to_public()) == age.recipient_string(keys.public.enc)
    other = pyrage.x25519.Identity.generate()
    assert age.parse_identity(str(other)) and age.parse_recipient(str(other.to_public()))
    assert age.recipient_string(age.parse_recipient(str(other.to_public()))) == str(
        other.to_public()
    )


@pytest.mark.parametrize(
    "text",
    ["age1", "age1qqqqqq", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "AGE1" + "q" * 58],
)
def test_parse_recipient_refuses(text):
    with pytest.raises(AgeError):
        age.parse_recipient(text)


@pytest.mark.parametrize("size", SIZES)
def test_round_trip_and_pyrage_decrypts_ours(keys, size):
    plaintext = os.urandom(size)
    ciphertext = encrypt(plaintext, keys.public.enc)
    assert decrypt(ciphertext, keys.enc_private_bytes(), max_output=BIG) == plaintext
    identity = pyrage.x25519.Identity.from_str(age.identity_string(keys.enc_private_bytes()))
    assert pyrage.decrypt(ciphertext, [identity]) == plaintext


@pytest.mark.parametrize("size", SIZES)
def test_we_decrypt_pyrage(keys, size):
    plaintext = os.urandom(size)
    recipient = pyrage.x25519.Recipient.from_str(age.recipient_string(keys.public.enc))
    ciphertext = pyrage.encrypt(plaintext, [recipient])
    assert decrypt(ciphertext, keys.enc_private_bytes(), max_output=BIG) == plaintext


@pytest.mark.parametrize("size", [0, CHUNK, 2 * CHUNK + 5])
@needs_age_cli
def test_age_cli_decrypts_ours(tmp_path, keys, size):
    plaintext = os.urandom(size)
    (tmp_path / "in.age").write_bytes(encrypt(plaintext, keys.public.enc))
    result = subprocess.run(
        [AGE, "-d", "-i", str(_identity_file(tmp_path, keys)), str(tmp_path / "in.age")],
        capture_output=True,
        check=True,
    )
    assert result.stdout == plaintext


@pytest.mark.parametrize("size", [0, CHUNK, 2 * CHUNK + 5])
@needs_age_cli
def test_we_decrypt_age_cli(tmp_path, keys, size):
    plaintext = os.urandom(size)
    (tmp_path / "plain").write_bytes(plaintext)
    result = subprocess.run(
        [AGE, "-r", age.recipient_string(keys.public.enc), str(tmp_path / "plain")],
        capture_output=True,
        check=True,
    )
    assert decrypt(result.stdout, keys.enc_private_bytes(), max_output=BIG) == plaintext


def test_several_recipients_and_foreign_stanzas(keys):
    plaintext = b"for two offices"
    other = pyrage.x25519.Identity.generate()
    mine = pyrage.x25519.Recipient.from_str(age.recipient_string(keys.public.enc))
    ciphertext = pyrage.encrypt(plaintext, [other.to_public(), mine])
    assert decrypt(ciphertext, keys.enc_private_bytes(), max_output=BIG) == plaintext


def test_not_for_this_key(keys):
    ciphertext = encrypt(b"secret", generate_keys().public.enc)
    with pytest.raises(AgeError, match="not encrypted to this"):
        decrypt(ciphertext, keys.enc_private_bytes(), max_output=BIG)


def _payload_start(ciphertext: bytes) -> int:
    return ciphertext.index(b"\n--- ") + len(b"\n--- ") + 43 + 1 + 16


def test_every_header_bit_flip_refused(keys):
    ciphertext = encrypt(b"x" * 100, keys.public.enc)
    start = _payload_start(ciphertext)
    for position in range(start):
        for bit in range(8):
            changed = bytearray(ciphertext)
            changed[position] ^= 1 << bit
            with pytest.raises(AgeError):
                decrypt(bytes(changed), keys.enc_private_bytes(), max_output=BIG)


def test_payload_changes_refused(keys):
    plaintext = os.urandom(3 * CHUNK + 10)
    ciphertext = encrypt(plaintext, keys.public.enc)
    start = _payload_start(ciphertext)
    for position in [start, start + 5, start + CHUNK, start + CHUNK + TAG, len(ciphertext) - 1]:
        changed = bytearray(ciphertext)
        changed[position] ^= 0x80
        with pytest.raises(AgeError):
            decrypt(bytes(changed), keys.enc_private_bytes(), max_output=BIG)


def test_truncation_refused(keys):
    plaintext = os.urandom(2 * CHUNK + 10)
    ciphertext = encrypt(plaintext, keys.public.enc)
    start = _payload_start(ciphertext)
    cuts = [0, 10, start - 17, start - 1, start, start + 1, start + TAG - 1, start + TAG,
            start + CHUNK + TAG, start + 2 * (CHUNK + TAG), start + 2 * (CHUNK + TAG) + TAG,
            len(ciphertext) - 1]  # fmt: skip
    for cut in cuts:
        with pytest.raises(AgeError):
            decrypt(ciphertext[:cut], keys.enc_private_bytes(), max_output=BIG)


def test_chunk_boundary_truncation_refused(keys):
    # a file of exactly two chunks cut after the first: the first chunk is not flagged last
    ciphertext = encrypt(os.urandom(2 * CHUNK), keys.public.enc)
    start = _payload_start(ciphertext)
    with pytest.raises(AgeError):
        decrypt(ciphertext[: start + CHUNK + TAG], keys.enc_private_bytes(), max_output=BIG)


def test_last_chunk_flag_checked(keys):
    # a stream whose final chunk is not flagged last (as if more had been cut off)
    plaintext = b"a" * 10
    rigged = _encrypt_with_flags(plaintext, keys.public.enc, last_flag=False)
    with pytest.raises(AgeError):
        decrypt(rigged, keys.enc_private_bytes(), max_output=BIG)
    honest = _encrypt_with_flags(plaintext, keys.public.enc, last_flag=True)
    assert decrypt(honest, keys.enc_private_bytes(), max_output=BIG) == plaintext


def test_extra_empty_last_chunk_refused(keys):
    plaintext = b"b" * CHUNK
    rigged = _encrypt_with_flags(plaintext, keys.public.enc, last_flag=True, extra_empty=True)
    with pytest.raises(AgeError, match="empty last chunk"):
        decrypt(rigged, keys.enc_private_bytes(), max_output=BIG)


def _encrypt_with_flags(plaintext, recipient, *, last_flag, extra_empty=False):
    """Our encrypt with a fixed file key and nonce, then the payload re-made by hand."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    randomness = [b"\x07" * 16, b"\x08" * 32, b"\x09" * 16]
    ciphertext = encrypt(plaintext, recipient, _rng=lambda n: randomness.pop(0))
    start = _payload_start(ciphertext)
    aead = ChaCha20Poly1305(age._hkdf(b"\x07" * 16, b"\x09" * 16, b"payload"))
    pieces = [plaintext[i : i + CHUNK] for i in range(0, len(plaintext), CHUNK)] or [b""]
    if extra_empty:
        pieces.append(b"")
    out = [ciphertext[:start]]
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1 and last_flag
        out.append(aead.encrypt(age._chunk_nonce(i, last), piece, None))
    return b"".join(out)


def test_max_output(keys):
    plaintext = os.urandom(3 * CHUNK)
    ciphertext = encrypt(plaintext, keys.public.enc)
    assert decrypt(ciphertext, keys.enc_private_bytes(), max_output=len(plaintext)) == plaintext
    with pytest.raises(AgeError, match="too large"):
        decrypt(ciphertext, keys.enc_private_bytes(), max_output=len(plaintext) - 1)


@pytest.mark.parametrize(
    "header",
    [
        b"age-encryption.org/v2\n",
        b"age-encryption.org/v1\n--- AAAA\n",  # no stanza
        b"age-encryption.org/v1\n-> X25519  AAAA\n\n--- ",  # empty argument
        b"age-encryption.org/v1\n-> X25519 AAAA\n" + b"A" * 65 + b"\n--- ",  # long body line
        b"age-encryption.org/v1\n-> X25519 AAAA\n\n---" + b"A" * 43 + b"\n",  # no space
        b"age-encryption.org/v1\n" + b"-> a\n\n" * 20000,  # no end within the header limit
        b"",
    ],
)
def test_malformed_headers_refused(keys, header):
    with pytest.raises(AgeError):
        decrypt(header + b"\x00" * 64, keys.enc_private_bytes(), max_output=BIG)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=300), st.integers(min_value=0, max_value=10_000))
def test_random_bytes_never_crash(keys, data, seed):
    good = encrypt(b"z" * 50, keys.public.enc)
    for candidate in (data, good[: seed % len(good)] + data):
        with pytest.raises(AgeError):
            decrypt(candidate, keys.enc_private_bytes(), max_output=BIG)
