"""age v1 (https://age-encryption.org/v1, C2SP) with one X25519 recipient, binary form.

Built from `cryptography` primitives so the bundle code has no second crypto
stack; `tests/sync/test_age.py` checks it against Debian's `age` command and
pyrage both ways. Only what bundles need: encryption to one X25519 recipient,
decryption with one X25519 identity, no armor, no passphrase (scrypt) stanzas.
Parsing is strict: anything the spec does not allow is an AgeError.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.sync.canonical import FormatError, b64, unb64

INTRO = b"age-encryption.org/v1\n"
CHUNK = 64 * 1024
TAG = 16
_MAX_HEADER = 64 * 1024
_COLUMNS = 64
_X25519_INFO = b"age-encryption.org/v1/X25519"


class AgeError(Exception):
    """Not an age file we can decrypt: damaged, changed, truncated, or not for this key."""


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def _x25519_public(private: bytes) -> bytes:
    key = X25519PrivateKey.from_private_bytes(private).public_key()
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _wrap_key(shared: bytes, share: bytes, recipient: bytes) -> bytes:
    if not any(shared):
        raise AgeError("X25519 produced the all-zero secret")
    return _hkdf(shared, share + recipient, _X25519_INFO)


def _chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _header_mac(file_key: bytes, header: bytes) -> bytes:
    return hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()


def encrypt(
    plaintext: bytes,
    recipient_enc_pub: bytes,
    *,
    _rng: Callable[[int], bytes] | None = None,
) -> bytes:
    """`plaintext` encrypted to one X25519 recipient, binary age v1.

    `_rng` is for test vectors only: it is asked, in this order, for the
    16-byte file key, the 32-byte ephemeral X25519 scalar and the 16-byte
    payload nonce.
    """
    rng = _rng or os.urandom
    if len(recipient_enc_pub) != 32:
        raise ValueError("an X25519 public key is 32 bytes")
    file_key, ephemeral, nonce = rng(16), rng(32), rng(16)
    secret = X25519PrivateKey.from_private_bytes(ephemeral)
    share = _x25519_public(ephemeral)
    shared = secret.exchange(X25519PublicKey.from_public_bytes(bytes(recipient_enc_pub)))
    wrap = _wrap_key(shared, share, bytes(recipient_enc_pub))
    body = ChaCha20Poly1305(wrap).encrypt(b"\x00" * 12, file_key, None)
    header = INTRO + b"-> X25519 " + b64(share).encode() + b"\n" + b64(body).encode() + b"\n---"
    mac = _header_mac(file_key, header)
    out = [header, b" ", b64(mac).encode(), b"\n", nonce]
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    view = memoryview(plaintext)
    chunks = max(1, -(-len(view) // CHUNK))
    for i in range(chunks):
        piece = view[i * CHUNK : (i + 1) * CHUNK]
        out.append(aead.encrypt(_chunk_nonce(i, i == chunks - 1), piece, None))
    return b"".join(out)


def _parse_header(data: bytes) -> tuple[list[tuple[list[bytes], bytes]], bytes, bytes, int]:
    """Stanzas (args, body), the MAC'd header bytes, the MAC, and where the payload starts."""
    if not data.startswith(INTRO):
        raise AgeError("not an age v1 file")
    pos = len(INTRO)
    stanzas: list[tuple[list[bytes], bytes]] = []

    def line() -> bytes:
        nonlocal pos
        end = data.find(b"\n", pos, min(len(data), _MAX_HEADER))
        if end < 0:
            raise AgeError("header truncated or too long")
        text, pos = data[pos:end], end + 1
        return text

    while True:
        start = pos
        text = line()
        if text.startswith(b"---"):
            if text[:4] != b"--- " or not stanzas:
                raise AgeError("bad header end")
            mac = _unb64(text[4:])
            if len(mac) != 32:
                raise AgeError("bad header MAC")
            return stanzas, data[: start + 3], mac, pos
        if not text.startswith(b"-> "):
            raise AgeError("bad stanza")
        args = text[3:].split(b" ")
        if any(not arg or any(c < 33 or c > 126 for c in arg) for arg in args):
            raise AgeError("bad stanza arguments")
        body = []
        while True:
            body_line = line()
            if len(body_line) > _COLUMNS:
                raise AgeError("stanza body line too long")
            body.append(body_line)
            if len(body_line) < _COLUMNS:
                break
        stanzas.append((args, _unb64(b"".join(body))))


def _unb64(text: bytes) -> bytes:
    try:
        return unb64(text.decode("ascii"))
    except (FormatError, UnicodeDecodeError) as exc:
        raise AgeError("bad base64 in header") from exc


def _unwrap(stanzas: list[tuple[list[bytes], bytes]], enc_private: bytes) -> bytes:
    identity = X25519PrivateKey.from_private_bytes(bytes(enc_private))
    me = _x25519_public(bytes(enc_private))
    for args, body in stanzas:
        if args[0] != b"X25519":
            continue  # another recipient type (or grease): not for this identity
        if len(args) != 2 or len(body) != 32:
            raise AgeError("bad X25519 stanza")
        share = _unb64(args[1])
        if len(share) != 32:
            raise AgeError("bad X25519 share")
        try:
            shared = identity.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError as exc:  # a low-order point
            raise AgeError("bad X25519 share") from exc
        try:
            return ChaCha20Poly1305(_wrap_key(shared, share, me)).decrypt(b"\x00" * 12, body, None)
        except Exception:  # noqa: BLE001 - InvalidTag: for another recipient
            continue
    raise AgeError("not encrypted to this office's key")


def decrypt(ciphertext: bytes, enc_private: bytes, *, max_output: int) -> bytes:
    """The plaintext of a binary age v1 file, or AgeError.

    Refuses before decrypting anything when the plaintext would be longer
    than `max_output` (its length follows from the ciphertext's).
    """
    data = bytes(ciphertext)
    stanzas, header, mac, pos = _parse_header(data)
    file_key = _unwrap(stanzas, enc_private)
    if len(file_key) != 16 or not hmac.compare_digest(_header_mac(file_key, header), mac):
        raise AgeError("header changed")
    nonce, pos = data[pos : pos + 16], pos + 16
    payload = memoryview(data)[pos:]
    if len(nonce) != 16 or len(payload) < TAG:
        raise AgeError("truncated")
    full, rest = divmod(len(payload), CHUNK + TAG)
    if rest and rest < TAG:
        raise AgeError("truncated")
    chunks = full + (1 if rest else 0)
    if len(payload) - chunks * TAG > max_output:
        raise AgeError("too large")
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    out = []
    for i in range(chunks):
        piece = payload[i * (CHUNK + TAG) : (i + 1) * (CHUNK + TAG)]
        last = i == chunks - 1
        if last and len(piece) == TAG and i > 0:
            raise AgeError("empty last chunk")
        try:
            out.append(aead.decrypt(_chunk_nonce(i, last), piece, None))
        except Exception as exc:  # noqa: BLE001 - InvalidTag: changed, truncated or reordered
            raise AgeError("payload changed or truncated") from exc
    return b"".join(out)


# bech32 (BIP 173) for the age1… / AGE-SECRET-KEY-1… strings, to talk to the age tools.
_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    generator = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            check ^= generator[i] if (top >> i) & 1 else 0
    return check


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _to_5bit(data: bytes) -> list[int]:
    number, bits = int.from_bytes(data, "big"), len(data) * 8
    pad = -bits % 5
    number <<= pad
    return [(number >> (5 * i)) & 31 for i in reversed(range((bits + pad) // 5))]


def _bech32(hrp: str, data: bytes) -> str:
    words = _to_5bit(data)
    polymod = _polymod(_hrp_expand(hrp) + words + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[w] for w in words + checksum)


def _unbech32(text: str, hrp: str) -> bytes:
    lower = text.lower()
    if text not in (lower, text.upper()) or not lower.startswith(hrp + "1"):
        raise AgeError("not a " + hrp + " string")
    try:
        words = [_CHARSET.index(c) for c in lower[len(hrp) + 1 :]]
    except ValueError as exc:
        raise AgeError("bad bech32 character") from exc
    if len(words) < 6 or _polymod(_hrp_expand(hrp) + words) != 1:
        raise AgeError("bad bech32 checksum")
    words = words[:-6]
    bits = len(words) * 5
    number = 0
    for word in words:
        number = number << 5 | word
    extra = bits % 8
    if extra >= 5 or number & ((1 << extra) - 1):
        raise AgeError("bad bech32 padding")
    return (number >> extra).to_bytes(bits // 8, "big")


def recipient_string(pub: bytes) -> str:
    """ "age1…": the recipient as the age tools write it."""
    return _bech32("age", bytes(pub))


def identity_string(priv: bytes) -> str:
    """ "AGE-SECRET-KEY-1…": the identity as age-keygen writes it."""
    return _bech32("age-secret-key-", bytes(priv)).upper()


def parse_recipient(text: str) -> bytes:
    key = _unbech32(text, "age")
    if len(key) != 32:
        raise AgeError("an age recipient is 32 bytes")
    return key


def parse_identity(text: str) -> bytes:
    if text != text.upper():
        raise AgeError("an age identity is upper case")
    key = _unbech32(text, "age-secret-key-")
    if len(key) != 32:
        raise AgeError("an age identity is 32 bytes")
    return key
