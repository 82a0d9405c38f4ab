"""An office's keys (SYNC.md §7): Ed25519 to sign, X25519 to receive encrypted bundles.

The private keys live on disk only as `seal_keys` blobs (scrypt +
ChaCha20-Poly1305 under the office's passphrase); the public pair is what
certificates, requests and bundle headers carry, and its fingerprint is what
two officers read to each other over the phone.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.errors import UserError
from app.i18n import _
from app.sync import canonical
from app.sync.canonical import FormatError, b64, unb64

KEY_BYTES = 32
SIGNATURE_BYTES = 64

# Crockford's base32: no I, L, O, U, so 0/O and 1/I/L cannot be confused when read aloud.
FINGERPRINT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
FINGERPRINT_CHARS = 24  # 120 bits of SHA-256(sign || enc)
FINGERPRINT_GROUP = 4  # "K7QF-2M9X-ABCD-EFGH-JKMN-PQRS"

KEYFILE_FORMAT = "lalanh-office-keys"
KEYFILE_VERSION = 1
SCRYPT_LOG_N = 15  # n = 32768, r = 8: 32 MiB and ~0.1 s here
SCRYPT_R = 8
SCRYPT_P = 1
_MAX_LOG_N = 20  # open_keys refuses costlier parameters (a planted file must not hang the app)
_MAX_KEYFILE = 4096


def _raw_public(key: Ed25519PublicKey | object) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)  # type: ignore[attr-defined]


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def _base32(data: bytes, chars: int) -> str:
    number = int.from_bytes(data, "big")
    bits = len(data) * 8
    return "".join(
        FINGERPRINT_ALPHABET[(number >> (bits - 5 * (i + 1))) & 31] for i in range(chars)
    )


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed by a person (any case, spaces, O for 0, I/L for 1), grouped."""
    plain = "".join(ch for ch in text.upper() if ch.isalnum())
    plain = plain.translate(str.maketrans("OIL", "011"))
    return "-".join(
        plain[i : i + FINGERPRINT_GROUP] for i in range(0, len(plain), FINGERPRINT_GROUP)
    )


@dataclass(frozen=True)
class PublicKeys:
    """An office's public pair: Ed25519 (`sign`) and X25519 (`enc`), 32 raw bytes each."""

    sign: bytes
    enc: bytes

    def __post_init__(self) -> None:
        for name in ("sign", "enc"):
            value = getattr(self, name)
            if type(value) is not bytes or len(value) != KEY_BYTES:
                raise FormatError(f"{name} key must be {KEY_BYTES} bytes")

    def fingerprint(self) -> str:
        """24 characters of Crockford base32 in groups of four, e.g. "K7QF-2M9X-…-PQRS"."""
        digest = hashlib.sha256(self.sign + self.enc).digest()
        text = _base32(digest[:15], FINGERPRINT_CHARS)
        return normalise_fingerprint(text)

    def to_dict(self) -> dict[str, str]:
        return {"enc": b64(self.enc), "sign": b64(self.sign)}

    @classmethod
    def from_dict(cls, data: object) -> PublicKeys:
        if type(data) is not dict or set(data) != {"enc", "sign"}:
            raise FormatError("public keys: expected exactly 'enc' and 'sign'")
        if type(data["sign"]) is not str or type(data["enc"]) is not str:
            raise FormatError("public keys: values must be base64 strings")
        return cls(sign=unb64(data["sign"]), enc=unb64(data["enc"]))


class OfficeKeys:
    """An office's private keys; only ever held in memory."""

    def __init__(self, sign_private: Ed25519PrivateKey, enc_private: X25519PrivateKey):
        self._sign = sign_private
        self._enc = enc_private
        self.public = PublicKeys(
            sign=_raw_public(sign_private.public_key()),
            enc=_raw_public(enc_private.public_key()),
        )

    @classmethod
    def from_private_bytes(cls, sign_seed: bytes, enc_private: bytes) -> OfficeKeys:
        """From the raw 32-byte Ed25519 seed and X25519 scalar (key files, test vectors)."""
        if len(sign_seed) != KEY_BYTES or len(enc_private) != KEY_BYTES:
            raise FormatError("private keys must be 32 bytes each")
        return cls(
            Ed25519PrivateKey.from_private_bytes(sign_seed),
            X25519PrivateKey.from_private_bytes(enc_private),
        )

    def sign(self, data: bytes) -> bytes:
        return self._sign.sign(data)

    def sign_private_bytes(self) -> bytes:
        return _raw_private(self._sign)

    def enc_private_bytes(self) -> bytes:
        return _raw_private(self._enc)

    def __repr__(self) -> str:  # never the private halves, not even in a traceback
        return f"OfficeKeys({self.public.fingerprint()})"


def generate_keys() -> OfficeKeys:
    return OfficeKeys(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())


def verify_signature(sign_pub: bytes, data: bytes, signature: bytes) -> bool:
    """True when `signature` is `sign_pub`'s Ed25519 signature of `data`; False otherwise."""
    if len(sign_pub) != KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(bytes(sign_pub)).verify(bytes(signature), bytes(data))
    except (InvalidSignature, ValueError):
        return False
    return True


class WrongPassphrase(UserError):
    """The passphrase does not open the office's key file."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "The passphrase is not right. Check the keyboard language and Caps Lock, then try again."
            )
        )


class KeyFileDamaged(UserError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "The office's key file is damaged or is not a Lá Lành key file. Restore it from a backup."
            )
        )


def _passphrase_bytes(passphrase: str) -> bytes:
    # Vietnamese typed through different input methods arrives composed or
    # decomposed; the same words must open the file either way.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _derive(passphrase: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=1 << log_n, r=r, p=p)
    return kdf.derive(_passphrase_bytes(passphrase))


def _sealed_fields(public: PublicKeys, salt: bytes, nonce: bytes, log_n: int) -> dict:
    return {
        "aead": "chacha20-poly1305",
        "format": KEYFILE_FORMAT,
        "kdf": {"log_n": log_n, "name": "scrypt", "p": SCRYPT_P, "r": SCRYPT_R, "salt": b64(salt)},
        "nonce": b64(nonce),
        "public": public.to_dict(),
        "version": KEYFILE_VERSION,
    }


def seal_keys(keys: OfficeKeys, passphrase: str, *, _log_n: int = SCRYPT_LOG_N) -> bytes:
    """The private keys encrypted under `passphrase`: a canonical JSON document whose
    parameters and public keys are bound to the ciphertext as associated data."""
    if not passphrase:
        raise UserError(_("Choose a passphrase to protect the office's keys."))
    salt, nonce = os.urandom(16), os.urandom(12)
    fields = _sealed_fields(keys.public, salt, nonce, _log_n)
    key = _derive(passphrase, salt, _log_n, SCRYPT_R, SCRYPT_P)
    secret = keys.sign_private_bytes() + keys.enc_private_bytes()
    sealed = ChaCha20Poly1305(key).encrypt(nonce, secret, canonical.encode(fields))
    return canonical.encode({**fields, "ciphertext": b64(sealed)})


def read_public(blob: bytes) -> PublicKeys:
    """The public keys stored beside the sealed private ones (no passphrase needed)."""
    return _parse_keyfile(blob)[0]


def _parse_keyfile(blob: bytes) -> tuple[PublicKeys, dict, bytes]:
    try:
        doc = canonical.decode(blob, max_bytes=_MAX_KEYFILE, max_depth=3)
        if type(doc) is not dict or doc.get("format") != KEYFILE_FORMAT:
            raise FormatError("not a key file")
        if doc.get("version") != KEYFILE_VERSION or doc.get("aead") != "chacha20-poly1305":
            raise FormatError("unknown key file version")
        kdf = doc["kdf"]
        if type(kdf) is not dict or set(kdf) != {"log_n", "name", "p", "r", "salt"}:
            raise FormatError("bad kdf")
        if kdf["name"] != "scrypt" or kdf["r"] != SCRYPT_R or kdf["p"] != SCRYPT_P:
            raise FormatError("unknown kdf")
        if type(kdf["log_n"]) is not int or not 10 <= kdf["log_n"] <= _MAX_LOG_N:
            raise FormatError("kdf cost out of range")
        public = PublicKeys.from_dict(doc["public"])
        salt, nonce = unb64(kdf["salt"]), unb64(doc["nonce"])
        sealed = unb64(doc["ciphertext"])
        if len(nonce) != 12 or len(salt) < 16 or len(sealed) != 2 * KEY_BYTES + 16:
            raise FormatError("bad lengths")
        if canonical.encode({**_sealed_fields(public, salt, nonce, kdf["log_n"]),
                             "ciphertext": doc["ciphertext"]}) != blob:  # fmt: skip
            raise FormatError("unexpected fields")
    except (FormatError, KeyError, TypeError) as exc:
        raise KeyFileDamaged() from exc
    return public, {"salt": salt, "nonce": nonce, "log_n": kdf["log_n"]}, sealed


def open_keys(blob: bytes, passphrase: str) -> OfficeKeys:
    """The office's keys from a `seal_keys` blob; WrongPassphrase or KeyFileDamaged."""
    public, params, sealed = _parse_keyfile(blob)
    fields = _sealed_fields(public, params["salt"], params["nonce"], params["log_n"])
    key = _derive(passphrase, params["salt"], params["log_n"], SCRYPT_R, SCRYPT_P)
    try:
        secret = ChaCha20Poly1305(key).decrypt(params["nonce"], sealed, canonical.encode(fields))
    except InvalidTag:
        raise WrongPassphrase() from None
    keys = OfficeKeys.from_private_bytes(secret[:KEY_BYTES], secret[KEY_BYTES:])
    if keys.public != public:
        raise KeyFileDamaged()
    return keys
