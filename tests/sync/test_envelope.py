"""app/sync/envelope.py: the bundle file is refused on any change, and opens only for the right key."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import random
import shutil
import struct
import subprocess
import time
import tracemalloc
import uuid
from pathlib import Path

import pytest
import zstandard

from app.sync import age, canonical, envelope
from app.sync.envelope import (
    FORMAT_VERSION,
    MAGIC,
    SUITE,
    BundleError,
    check_addressee,
    open_bundle,
    read_header,
    write_bundle,
)
from app.sync.keys import generate_keys

SENDER_OFFICE = uuid.UUID("0190a5b2-0000-7000-8000-000000000001")
RECIPIENT_OFFICE = uuid.UUID("0190a5b2-0000-7000-8000-000000000002")


@pytest.fixture(scope="module")
def sender():
    return generate_keys()


@pytest.fixture(scope="module")
def recipient():
    return generate_keys()


def _bundle(sender, recipient, payload: bytes, **overrides) -> bytes:
    arguments = dict(
        sender=sender,
        sender_office_id=SENDER_OFFICE,
        recipient_office_id=RECIPIENT_OFFICE,
        recipient_enc_key=recipient.public.enc,
        envelope_seq=7,
        bundle_id=uuid.UUID("0190a5b2-0000-7000-8000-0000000000aa"),
        part=1,
        parts=1,
        kind="batches",
        payload=payload,
    )
    arguments.update(overrides)
    return write_bundle(**arguments)


def _open(data: bytes, sender, recipient, **kwargs) -> bytes:
    header = read_header(data)
    return open_bundle(data, header, sender_sign_pub=sender.public.sign, me=recipient, **kwargs)


def _signed_end(data: bytes) -> int:
    (length,) = struct.unpack_from(">I", data, len(MAGIC) + 2)
    return len(MAGIC) + 6 + length


def test_round_trip_and_header(sender, recipient):
    payload = b'{"batches":[]}' * 1000
    data = _bundle(sender, recipient, payload)
    header = read_header(data)
    assert header.suite == SUITE and header.kind == "batches"
    assert (
        header.sender_office_id == SENDER_OFFICE and header.recipient_office_id == RECIPIENT_OFFICE
    )
    assert header.sender_sign_key == sender.public.sign
    assert header.sender_public() == sender.public
    assert header.recipient_enc_key == recipient.public.enc
    assert (header.envelope_seq, header.part, header.parts) == (7, 1, 1)
    assert header.payload_length == len(data) - _signed_end(data) - 64
    assert header.payload_sha256 == hashlib.sha256(data[_signed_end(data) + 64 :]).digest()
    assert abs(header.created_ms - time.time() * 1000) < 60_000
    assert _open(data, sender, recipient) == payload
    check_addressee(header, RECIPIENT_OFFICE, recipient)


def test_layout(sender, recipient):
    data = _bundle(sender, recipient, b"x")
    assert data.startswith(MAGIC)
    version, length = struct.unpack_from(">HI", data, len(MAGIC))
    assert version == FORMAT_VERSION
    header_bytes = data[len(MAGIC) + 6 : len(MAGIC) + 6 + length]
    doc = canonical.decode(header_bytes, max_bytes=4096)
    assert canonical.encode(read_header(data).to_dict()) == header_bytes
    assert doc["payload_sha256"] == read_header(data).payload_sha256.hex()
    payload = data[len(MAGIC) + 6 + length + 64 :]
    assert payload.startswith(age.INTRO)
    # the payload is age to the recipient; the age layer holds a zstd frame of the inner bytes
    compressed = age.decrypt(payload, recipient.enc_private_bytes(), max_output=1 << 20)
    assert zstandard.ZstdDecompressor().decompress(compressed) == b"x"


def test_no_plaintext_in_the_file(sender, recipient):
    secret = "Nguyễn Thị Hằng 001234567890".encode()
    data = _bundle(sender, recipient, secret * 50)
    assert secret not in data and b"001234567890" not in data


def test_every_header_bit_flip_refused(sender, recipient):
    data = _bundle(sender, recipient, os.urandom(500))
    end = _signed_end(data) + 64  # magic .. signature
    kinds = set()
    flipped = bytearray(data)
    for position in range(end):
        for bit in range(8):
            flipped[position] ^= 1 << bit
            with pytest.raises(BundleError) as caught:
                _open(bytes(flipped), sender, recipient)
            kinds.add(caught.value.kind)
            assert caught.value.message
            flipped[position] ^= 1 << bit
    assert bytes(flipped) == data and _open(data, sender, recipient)
    # the refusals come from the checks meant for them, not from one catch-all
    assert {"not_a_bundle", "newer_format", "bad_format", "bad_signature", "unknown_key"} <= kinds
    assert "truncated" in kinds


def test_random_payload_bit_flips_refused_fast(sender, recipient):
    data = _bundle(sender, recipient, os.urandom(120_000))
    start = _signed_end(data) + 64
    rng = random.Random(7)
    flipped = bytearray(data)
    header = read_header(data)
    began_wall, began_cpu = time.perf_counter(), time.process_time()
    for _ in range(10_000):
        position = rng.randrange(start, len(data))
        bit = 1 << rng.randrange(8)
        flipped[position] ^= bit
        with pytest.raises(BundleError) as caught:
            candidate = bytes(flipped)
            open_bundle(candidate, read_header(candidate), sender_sign_pub=header.sender_sign_key,
                        me=recipient)  # fmt: skip
        assert caught.value.kind == "payload_mismatch"
        flipped[position] ^= bit
    wall, cpu = time.perf_counter() - began_wall, time.process_time() - began_cpu
    assert wall < 30 and cpu < 30, (wall, cpu)


def test_truncated_at_many_lengths(sender, recipient):
    data = _bundle(sender, recipient, os.urandom(3 * age.CHUNK))
    cuts = set(range(0, _signed_end(data) + 80)) | set(range(0, len(data), 997)) | {len(data) - 1}
    for cut in sorted(cuts):
        with pytest.raises(BundleError) as caught:
            read_header(data[:cut])
        assert caught.value.kind == "truncated", cut


def test_trailing_data_refused(sender, recipient):
    data = _bundle(sender, recipient, b"abc")
    with pytest.raises(BundleError) as caught:
        read_header(data + b"\x00")
    assert caught.value.kind == "bad_format"


def test_not_a_bundle():
    for data in (b"PK\x03\x04 a zip file", b"%PDF-1.7\n" + b"x" * 100, b"\x00" * 100):
        with pytest.raises(BundleError) as caught:
            read_header(data)
        assert caught.value.kind == "not_a_bundle"


def _resigned(sender, data: bytes, *, version=None, doc_changes=None) -> bytes:
    """`data` with a changed prefix or header, signed again by the real sender."""
    end = _signed_end(data)
    header_bytes = data[len(MAGIC) + 6 : end]
    doc = canonical.decode(header_bytes, max_bytes=4096)
    doc.update(doc_changes or {})
    for key in [k for k, v in (doc_changes or {}).items() if v is None]:
        del doc[key]
    encoded = canonical.encode(doc)
    signed = MAGIC + struct.pack(">HI", version or FORMAT_VERSION, len(encoded)) + encoded
    return signed + sender.sign(signed) + data[end + 64 :]


def test_newer_format(sender, recipient):
    data = _resigned(sender, _bundle(sender, recipient, b"x"), version=FORMAT_VERSION + 1)
    with pytest.raises(BundleError) as caught:
        read_header(data)
    assert caught.value.kind == "newer_format"


def test_unknown_suite_no_downgrade(sender, recipient):
    data = _resigned(sender, _bundle(sender, recipient, b"x"), doc_changes={"suite": "rsa-none"})
    with pytest.raises(BundleError) as caught:
        read_header(data)
    assert caught.value.kind == "unknown_suite"


@pytest.mark.parametrize(
    "changes",
    [
        {"extra": 1},
        {"kind": "other"},
        {"part": 2},  # part > parts
        {"part": 0},
        {"envelope_seq": 0},
        {"sender_office_id": "not-a-uuid"},
        {"sender_office_id": str(SENDER_OFFICE).upper()},
        {"payload_sha256": "AB" * 32},
        {"recipient_enc_key": canonical.b64(b"k" * 31)},
        {"created_ms": None},  # missing
    ],
)
def test_strict_header_fields(sender, recipient, changes):
    data = _resigned(sender, _bundle(sender, recipient, b"x"), doc_changes=changes)
    with pytest.raises(BundleError) as caught:
        read_header(data)
    assert caught.value.kind == "bad_format"


def test_header_too_long_refused(sender, recipient):
    data = _bundle(sender, recipient, b"x")
    changed = bytearray(data)
    struct.pack_into(">I", changed, len(MAGIC) + 2, envelope.MAX_HEADER + 1)
    with pytest.raises(BundleError) as caught:
        read_header(bytes(changed))
    assert caught.value.kind == "bad_format"


def test_file_size_cap(sender, recipient):
    data = _bundle(sender, recipient, os.urandom(5000))
    with pytest.raises(BundleError) as caught:
        read_header(data, max_file=len(data) - 1)
    assert caught.value.kind == "too_large"


def test_unknown_sender_key_shows_the_fingerprint(sender, recipient):
    impostor = generate_keys()
    data = _bundle(impostor, recipient, b"x")  # claims nothing false, just an untrusted key
    with pytest.raises(BundleError) as caught:
        open_bundle(data, read_header(data), sender_sign_pub=sender.public.sign, me=recipient)
    assert caught.value.kind == "unknown_key"
    assert impostor.public.fingerprint() in caught.value.message


def test_header_key_swapped_to_the_trusted_one(sender, recipient):
    # the impostor names the trusted office's key in the header but cannot sign for it
    impostor = generate_keys()
    data = _resigned(
        impostor,
        _bundle(impostor, recipient, b"x"),
        doc_changes={"sender_sign_key": canonical.b64(sender.public.sign)},
    )
    with pytest.raises(BundleError) as caught:
        _open(data, sender, recipient)
    assert caught.value.kind == "bad_signature"


def test_header_must_match_data(sender, recipient):
    a, b = _bundle(sender, recipient, b"a"), _bundle(sender, recipient, b"b")
    with pytest.raises(BundleError) as caught:
        open_bundle(a, read_header(b), sender_sign_pub=sender.public.sign, me=recipient)
    assert caught.value.kind == "bad_format"


def test_wrong_recipient(sender, recipient):
    other = generate_keys()
    data = _bundle(sender, recipient, b"x")
    header = read_header(data)
    with pytest.raises(BundleError) as caught:
        check_addressee(header, SENDER_OFFICE, recipient)
    assert caught.value.kind == "wrong_recipient"
    with pytest.raises(BundleError) as caught:
        check_addressee(header, RECIPIENT_OFFICE, other)
    assert caught.value.kind == "wrong_recipient"
    with pytest.raises(BundleError) as caught:
        open_bundle(data, header, sender_sign_pub=sender.public.sign, me=other)
    assert caught.value.kind == "wrong_recipient"


def test_decrypt_failed_when_header_names_my_key_but_payload_is_not_for_it(sender, recipient):
    other = generate_keys()
    data = _bundle(sender, other, b"x", recipient_enc_key=other.public.enc)
    data = _resigned(
        sender, data, doc_changes={"recipient_enc_key": canonical.b64(recipient.public.enc)}
    )
    with pytest.raises(BundleError) as caught:
        _open(data, sender, recipient)
    assert caught.value.kind == "decrypt_failed"


def _seal_compressed(sender, recipient, compressed: bytes) -> bytes:
    return envelope._seal(
        sender=sender,
        sender_office_id=SENDER_OFFICE,
        recipient_office_id=RECIPIENT_OFFICE,
        recipient_enc_key=recipient.public.enc,
        envelope_seq=1,
        bundle_id=uuid.uuid4(),
        part=1,
        parts=1,
        kind="batches",
        compressed=compressed,
        created_ms=0,
    )


def test_decompression_bomb_stops_at_the_cap(sender, recipient):
    # 512 MiB of zeros in a ~16 KiB frame, signed and encrypted correctly
    size = 512 << 20
    compressor = zstandard.ZstdCompressor(level=1).compressobj(size=size)
    zero = bytes(1 << 20)
    bomb = b"".join(compressor.compress(zero) for _ in range(size >> 20)) + compressor.flush()
    assert len(bomb) < 100_000
    data = _seal_compressed(sender, recipient, bomb)
    tracemalloc.start()
    try:
        with pytest.raises(BundleError) as caught:
            _open(data, sender, recipient)  # default cap: 256 MiB
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.kind == "too_large"
    assert peak < 4 << 20, peak


def test_output_cap_exact(sender, recipient):
    payload = bytes(100_000)
    data = _bundle(sender, recipient, payload)
    assert _open(data, sender, recipient, max_output=len(payload)) == payload
    with pytest.raises(BundleError) as caught:
        _open(data, sender, recipient, max_output=len(payload) - 1)
    assert caught.value.kind == "too_large"


def test_frame_lying_about_its_size_refused(sender, recipient):
    frame = bytearray(zstandard.ZstdCompressor(level=3).compress(b"a" * 1000))
    assert frame[4] == 0x60 and frame[5:7] == (1000 - 256).to_bytes(2, "little")
    frame[5:7] = (500 - 256).to_bytes(2, "little")  # says 500 bytes, holds 1,000
    data = _seal_compressed(sender, recipient, bytes(frame))
    with pytest.raises(BundleError) as caught:
        _open(data, sender, recipient, max_output=600)
    assert caught.value.kind == "bad_payload"


@pytest.mark.parametrize(
    "compressed",
    [
        b"not zstd",
        zstandard.ZstdCompressor(write_content_size=False).compressobj().compress(b"x" * 10)
        + zstandard.ZstdCompressor(write_content_size=False).compressobj().flush(),
        zstandard.ZstdCompressor().compress(b"x") * 2,  # two frames
        zstandard.ZstdCompressor().compress(b"x") + b"\x00",
    ],
)
def test_bad_payload(sender, recipient, compressed):
    data = _seal_compressed(sender, recipient, compressed)
    with pytest.raises(BundleError) as caught:
        _open(data, sender, recipient)
    assert caught.value.kind == "bad_payload"


def test_window_larger_than_the_cap_refused(sender, recipient):
    # a frame that states its size (within the output cap) but asks for a 9 MiB window
    size = 9 << 20
    params = zstandard.ZstdCompressionParameters.from_level(3, window_log=26)
    compressor = zstandard.ZstdCompressor(compression_params=params).compressobj(size=size)
    frame = b"".join(compressor.compress(bytes(1 << 20)) for _ in range(9)) + compressor.flush()
    parameters = zstandard.get_frame_parameters(frame)
    assert parameters.window_size > envelope.MAX_WINDOW and parameters.content_size == size
    with pytest.raises(BundleError) as caught:
        _open(_seal_compressed(sender, recipient, frame), sender, recipient)
    assert caught.value.kind == "too_large"


def test_message_in_vietnamese_and_english(sender, recipient):
    from app.i18n import set_language

    with pytest.raises(BundleError) as caught:
        read_header(b"not a bundle")
    vietnamese = caught.value.message
    set_language("en")
    with pytest.raises(BundleError) as caught:
        read_header(b"not a bundle")
    assert caught.value.message == "This file is not a Lá Lành bundle."
    assert vietnamese != caught.value.message


def test_three_megabytes_well_under_a_second(sender, recipient):
    rng = random.Random(3)
    words = [f"{rng.randrange(10**12):012d}".encode() for _ in range(5000)]
    payload = b",".join(rng.choice(words) for _ in range(240_000))[: 3 << 20]
    began = time.perf_counter()
    data = _bundle(sender, recipient, payload)
    assert _open(data, sender, recipient) == payload
    assert time.perf_counter() - began < 1.0


# The checked-in test vector (tests/sync/vectors/, docs/bundle-format.md §8).
VECTORS = Path(__file__).parent / "vectors"


def _vector():
    import json

    description = json.loads((VECTORS / "bundle-v1.json").read_text(encoding="utf-8"))
    spec = importlib.util.spec_from_file_location(
        "make_bundle_vector", VECTORS / "make_bundle_vector.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return description, module


def test_vector_rebuilds_byte_for_byte():
    description, module = _vector()
    stored = (VECTORS / "bundle-v1.llb").read_bytes()
    assert hashlib.sha256(stored).hexdigest() == description["bundle_sha256"]
    assert len(stored) == description["bundle_length"]
    compressed = (VECTORS / "bundle-v1.zst").read_bytes()
    assert hashlib.sha256(compressed).hexdigest() == description["zstd_frame_sha256"]
    assert module.build(compressed) == stored
    sender, recipient = module.keys()
    assert sender.public.to_dict() == description["sender"]["public"]
    assert sender.public.fingerprint() == description["sender"]["fingerprint"]
    assert recipient.public.fingerprint() == description["recipient"]["fingerprint"]
    assert age.recipient_string(recipient.public.enc) == description["recipient"]["age_recipient"]


def test_vector_opens():
    description, module = _vector()
    sender, recipient = module.keys()
    stored = (VECTORS / "bundle-v1.llb").read_bytes()
    header = read_header(stored)
    assert str(header.bundle_id) == description["fields"]["bundle_id"]
    assert header.envelope_seq == description["fields"]["envelope_seq"]
    inner = open_bundle(stored, header, sender_sign_pub=sender.public.sign, me=recipient)
    assert inner.decode() == description["inner_utf8"]
    assert hashlib.sha256(inner).hexdigest() == description["inner_sha256"]


def test_second_age_implementations_decrypt_a_bundle_payload(tmp_path):
    pyrage = pytest.importorskip("pyrage", reason="pyrage is in the test extra")
    description, module = _vector()
    stored = (VECTORS / "bundle-v1.llb").read_bytes()
    payload = stored[_signed_end(stored) + 64 :]
    identity = description["recipient"]["age_identity"]
    compressed = pyrage.decrypt(payload, [pyrage.x25519.Identity.from_str(identity)])
    assert compressed == (VECTORS / "bundle-v1.zst").read_bytes()
    if shutil.which("age") is None:
        pytest.skip("the `age` command is not installed (apt-get install age; CI has it)")
    (tmp_path / "key").write_text(identity + "\n")
    (tmp_path / "payload.age").write_bytes(payload)
    result = subprocess.run(
        ["age", "-d", "-i", str(tmp_path / "key"), str(tmp_path / "payload.age")],
        capture_output=True,
        check=True,
    )
    assert (
        zstandard.ZstdDecompressor().decompress(result.stdout).decode() == description["inner_utf8"]
    )
