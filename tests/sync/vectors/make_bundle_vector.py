#!/usr/bin/env python3
"""Writes the bundle test vector (run from the repository root; the files are checked in).

    python tests/sync/vectors/make_bundle_vector.py

Everything random is fixed: the keys come from the seeds below and age's
file key, ephemeral scalar and nonce from `RANDOMNESS`. zstd's output can
differ between library versions, so the compressed frame is stored as a file
(`bundle-v1.zst`) and the bundle is built from it; `bundle-v1.json` holds the
inputs and the expected SHA-256 of `bundle-v1.llb` (see docs/bundle-format.md §8).
"""

from __future__ import annotations

import hashlib
import json
import sys
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from app.sync import age, canonical, envelope  # noqa: E402
from app.sync.keys import OfficeKeys  # noqa: E402

SENDER_SIGN_SEED = bytes(range(0, 32))
SENDER_ENC_PRIVATE = bytes(range(32, 64))
RECIPIENT_SIGN_SEED = bytes(range(64, 96))
RECIPIENT_ENC_PRIVATE = bytes(range(96, 128))
RANDOMNESS = [b"\x11" * 16, b"\x22" * 32, b"\x33" * 16]  # file key, ephemeral, nonce
FIELDS = {
    "sender_office_id": "0190a5b2-7c00-7000-8000-00000000a001",
    "recipient_office_id": "0190a5b2-7c00-7000-8000-00000000b002",
    "envelope_seq": 3,
    "bundle_id": "0190a5b2-7c00-7000-8000-00000000c003",
    "part": 1,
    "parts": 1,
    "kind": "batches",
    "created_ms": 1767225600000,  # 2026-01-01 00:00 UTC
}
INNER = canonical.encode({"note": "Lá Lành test vector", "numbers": list(range(40))})


def keys() -> tuple[OfficeKeys, OfficeKeys]:
    return (
        OfficeKeys.from_private_bytes(SENDER_SIGN_SEED, SENDER_ENC_PRIVATE),
        OfficeKeys.from_private_bytes(RECIPIENT_SIGN_SEED, RECIPIENT_ENC_PRIVATE),
    )


def build(compressed: bytes) -> bytes:
    sender, recipient = keys()
    randomness = list(RANDOMNESS)
    return envelope._seal(
        sender=sender,
        sender_office_id=uuid.UUID(FIELDS["sender_office_id"]),
        recipient_office_id=uuid.UUID(FIELDS["recipient_office_id"]),
        recipient_enc_key=recipient.public.enc,
        envelope_seq=FIELDS["envelope_seq"],
        bundle_id=uuid.UUID(FIELDS["bundle_id"]),
        part=FIELDS["part"],
        parts=FIELDS["parts"],
        kind=FIELDS["kind"],
        compressed=compressed,
        created_ms=FIELDS["created_ms"],
        _rng=lambda n: randomness.pop(0),
    )


def main() -> None:
    sender, recipient = keys()
    compressed = envelope._compress(INNER)
    bundle = build(compressed)
    (HERE / "bundle-v1.zst").write_bytes(compressed)
    (HERE / "bundle-v1.llb").write_bytes(bundle)
    description = {
        "sender": {
            "sign_seed_hex": SENDER_SIGN_SEED.hex(),
            "enc_private_hex": SENDER_ENC_PRIVATE.hex(),
            "public": sender.public.to_dict(),
            "fingerprint": sender.public.fingerprint(),
        },
        "recipient": {
            "sign_seed_hex": RECIPIENT_SIGN_SEED.hex(),
            "enc_private_hex": RECIPIENT_ENC_PRIVATE.hex(),
            "public": recipient.public.to_dict(),
            "fingerprint": recipient.public.fingerprint(),
            "age_identity": age.identity_string(RECIPIENT_ENC_PRIVATE),
            "age_recipient": age.recipient_string(recipient.public.enc),
        },
        "age_randomness_hex": {
            "file_key": RANDOMNESS[0].hex(),
            "ephemeral_scalar": RANDOMNESS[1].hex(),
            "payload_nonce": RANDOMNESS[2].hex(),
        },
        "fields": FIELDS,
        "inner_utf8": INNER.decode(),
        "inner_sha256": hashlib.sha256(INNER).hexdigest(),
        "zstd_frame_file": "bundle-v1.zst",
        "zstd_frame_sha256": hashlib.sha256(compressed).hexdigest(),
        "bundle_file": "bundle-v1.llb",
        "bundle_sha256": hashlib.sha256(bundle).hexdigest(),
        "bundle_length": len(bundle),
    }
    text = json.dumps(description, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    (HERE / "bundle-v1.json").write_text(text, encoding="utf-8")
    print(description["bundle_sha256"], len(bundle))


if __name__ == "__main__":
    main()
