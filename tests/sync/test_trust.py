"""app/sync/trust.py: enrolment requests, certificate chains, trust lists, rotation."""

from __future__ import annotations

import uuid

import pytest

from app.sync import canonical
from app.sync.keys import generate_keys
from app.sync.trust import (
    OfficeCard,
    TrustError,
    make_certificate,
    make_request,
    make_root_certificate,
    make_rotation,
    make_trust_list,
    read_certificate,
    read_request,
    read_rotation,
    read_trust_list,
    rotation_office,
    verify_chain,
)

T = 1767225600000


def _card(level: str, name: str) -> OfficeCard:
    return OfficeCard(uuid.uuid4(), name, level, None)


@pytest.fixture(scope="module")
def tree():
    """Province (root) → district → commune, each with its keys and certificate."""
    province_keys, district_keys, commune_keys = generate_keys(), generate_keys(), generate_keys()
    province = OfficeCard(uuid.uuid4(), "Tỉnh Lâm Đồng", "province", "68")
    district = _card("district", "Huyện Đức Trọng")
    commune = OfficeCard(uuid.uuid4(), "Xã Hiệp Thạnh", "commune", "24955")
    root = read_certificate(make_root_certificate(province_keys, province, T))
    district_cert = read_certificate(
        make_certificate(
            province_keys,
            province.office_id,
            district,
            district_keys.public,
            parent_office_id=province.office_id,
            serial=2,
            issued_ms=T,
        )  # fmt: skip
    )
    commune_cert = read_certificate(
        make_certificate(
            district_keys,
            district.office_id,
            commune,
            commune_keys.public,
            parent_office_id=district.office_id,
            serial=1,
            issued_ms=T,
        )  # fmt: skip
    )
    return {
        "keys": (province_keys, district_keys, commune_keys),
        "cards": (province, district, commune),
        "certs": (root, district_cert, commune_cert),
    }


def _by_office(*certs):
    return {cert.subject.office_id: cert for cert in certs}


def test_request_round_trip():
    keys = generate_keys()
    card = OfficeCard(uuid.uuid4(), "Phường Bến Thành", "commune", "26740")
    data = make_request(keys, card)
    assert read_request(data) == (card, keys.public)


def test_request_tampered_or_not_self_signed():
    keys, other = generate_keys(), generate_keys()
    card = _card("commune", "Xã A")
    data = make_request(keys, card)
    # the name changed after signing
    with pytest.raises(TrustError) as caught:
        read_request(data.replace("Xã A".encode(), "Xã B".encode()))
    assert caught.value.kind == "bad_signature" and caught.value.message
    # someone else's key put in the request: the self-signature no longer holds
    doc = canonical.decode(data, max_bytes=1 << 14)
    doc["public"] = other.public.to_dict()
    with pytest.raises(TrustError) as caught:
        read_request(canonical.encode(doc))
    assert caught.value.kind == "bad_signature"
    for bad in (b"", b"{}", data + b" ", data.replace(b'"enrolment_request"', b'"certificate"')):
        with pytest.raises(TrustError) as caught:
            read_request(bad)
        assert caught.value.kind in ("bad_format", "bad_signature")


def test_certificate_fields(tree):
    root, district_cert, commune_cert = tree["certs"]
    province, district, commune = tree["cards"]
    assert root.is_root and root.parent_office_id is None and root.subject == province
    assert commune_cert.subject == commune and commune_cert.issuer_office_id == district.office_id
    assert commune_cert.parent_office_id == district.office_id
    assert commune_cert.public == tree["keys"][2].public and commune_cert.issued_ms == T
    assert read_certificate(commune_cert.raw) == commune_cert


def test_chain_verifies(tree):
    root, district_cert, commune_cert = tree["certs"]
    roots = {root.public.sign}
    verify_chain(commune_cert, _by_office(*tree["certs"]), roots)
    verify_chain(root, _by_office(root), roots)


def test_chain_to_an_untrusted_root_refused(tree):
    root, district_cert, commune_cert = tree["certs"]
    with pytest.raises(TrustError) as caught:
        verify_chain(commune_cert, _by_office(*tree["certs"]), {generate_keys().public.sign})
    assert caught.value.kind == "unknown_root"


def test_chain_with_a_missing_issuer_refused(tree):
    root, district_cert, commune_cert = tree["certs"]
    with pytest.raises(TrustError) as caught:
        verify_chain(commune_cert, _by_office(root, commune_cert), {root.public.sign})
    assert caught.value.kind == "unknown_issuer"


def test_chain_with_a_forged_link_refused(tree):
    # A forger makes its own "district" certificate (same office id, its own key) and
    # signs a commune certificate with it: the forged link is not signed by the province.
    root, district_cert, commune_cert = tree["certs"]
    province, district, commune = tree["cards"]
    forger = generate_keys()
    forged_district = read_certificate(
        make_certificate(
            forger,
            province.office_id,
            district,
            forger.public,
            parent_office_id=province.office_id,
            serial=9,
            issued_ms=T,
        )  # fmt: skip
    )
    rogue_commune = read_certificate(
        make_certificate(
            forger,
            district.office_id,
            commune,
            forger.public,
            parent_office_id=district.office_id,
            serial=9,
            issued_ms=T,
        )  # fmt: skip
    )
    with pytest.raises(TrustError) as caught:
        verify_chain(rogue_commune, _by_office(root, forged_district), {root.public.sign})
    assert caught.value.kind == "bad_signature"
    # and with the real district certificate, the rogue commune's signature fails
    with pytest.raises(TrustError) as caught:
        verify_chain(rogue_commune, _by_office(root, district_cert), {root.public.sign})
    assert caught.value.kind == "bad_signature"


def test_chain_with_a_changed_certificate_refused(tree):
    root, district_cert, commune_cert = tree["certs"]
    doc = canonical.decode(commune_cert.raw, max_bytes=1 << 14)
    doc["public"] = generate_keys().public.to_dict()  # swap in another key
    swapped = read_certificate(canonical.encode(doc))
    with pytest.raises(TrustError) as caught:
        verify_chain(swapped, _by_office(*tree["certs"]), {root.public.sign})
    assert caught.value.kind == "bad_signature"


def test_chain_loop_refused():
    a_keys, b_keys = generate_keys(), generate_keys()
    a, b = _card("district", "A"), _card("district", "B")
    a_cert = read_certificate(make_certificate(b_keys, b.office_id, a, a_keys.public,
                                               parent_office_id=b.office_id, serial=1, issued_ms=T))  # fmt: skip
    b_cert = read_certificate(make_certificate(a_keys, a.office_id, b, b_keys.public,
                                               parent_office_id=a.office_id, serial=1, issued_ms=T))  # fmt: skip
    with pytest.raises(TrustError) as caught:
        verify_chain(a_cert, _by_office(a_cert, b_cert), {a_keys.public.sign, b_keys.public.sign})
    assert caught.value.kind == "loop"


def test_certificate_structure_rules(tree):
    province_keys = tree["keys"][0]
    province = tree["cards"][0]
    child = _card("commune", "C")
    with pytest.raises(TrustError):  # a child must name its issuer as parent
        make_certificate(province_keys, province.office_id, child, generate_keys().public,
                         parent_office_id=None, serial=1, issued_ms=T)  # fmt: skip
    with pytest.raises(TrustError):  # a root has no parent
        make_certificate(province_keys, province.office_id, province, province_keys.public,
                         parent_office_id=uuid.uuid4(), serial=1, issued_ms=T)  # fmt: skip
    for bad_card in (OfficeCard(uuid.uuid4(), "", "commune"),
                     OfficeCard(uuid.uuid4(), "X", "Commune Level")):  # fmt: skip
        with pytest.raises(TrustError):
            make_certificate(province_keys, province.office_id, bad_card, generate_keys().public,
                             parent_office_id=province.office_id, serial=1, issued_ms=T)  # fmt: skip


def test_trust_list_round_trip(tree):
    province_keys = tree["keys"][0]
    province = tree["cards"][0]
    commune = tree["cards"][2]
    raw = [cert.raw for cert in tree["certs"]]
    data = make_trust_list(province_keys, province.office_id, 3, raw, {commune.office_id: 41})
    trust_list = read_trust_list(data, province_keys.public.sign, known_version=2)
    assert trust_list.version == 3 and trust_list.issuer_office_id == province.office_id
    assert trust_list.certificates == list(tree["certs"])
    assert [cert.raw for cert in trust_list.certificates] == raw  # exact bytes kept
    assert trust_list.revocations == {commune.office_id: 41}
    assert trust_list.raw == data
    assert read_trust_list(data, province_keys.public.sign, known_version=None).version == 3


def test_trust_list_rollback_refused(tree):
    province_keys = tree["keys"][0]
    province = tree["cards"][0]
    data = make_trust_list(province_keys, province.office_id, 3, [], {})
    for known in (3, 4, 100):
        with pytest.raises(TrustError) as caught:
            read_trust_list(data, province_keys.public.sign, known_version=known)
        assert caught.value.kind == "rollback"
        assert "3" in caught.value.message and str(known) in caught.value.message


def test_trust_list_signature_checked(tree):
    province_keys, district_keys, _commune_keys = tree["keys"]
    province = tree["cards"][0]
    data = make_trust_list(province_keys, province.office_id, 5, [], {})
    with pytest.raises(TrustError) as caught:
        read_trust_list(data, district_keys.public.sign, known_version=None)
    assert caught.value.kind == "bad_signature"
    # a higher version number written in after signing
    with pytest.raises(TrustError) as caught:
        read_trust_list(data.replace(b'"version":5', b'"version":6'), province_keys.public.sign,
                        known_version=5)  # fmt: skip
    assert caught.value.kind == "bad_signature"


def test_rotation_needs_both_keys():
    old, new, stranger = generate_keys(), generate_keys(), generate_keys()
    office = uuid.uuid4()
    data = make_rotation(old, new, office, from_seq=7)
    rotation = read_rotation(data, old.public.sign)
    assert (rotation.new, rotation.old, rotation.from_seq) == (new.public, old.public, 7)
    assert rotation_office(data) == office
    with pytest.raises(TrustError) as caught:
        read_rotation(data, stranger.public.sign)
    assert caught.value.kind == "wrong_key"
    # a thief with only the old key cannot move the office to a key it made up
    doc = canonical.decode(make_rotation(old, stranger, office, from_seq=7), max_bytes=1 << 14)
    doc["new"] = new.public.to_dict()
    with pytest.raises(TrustError) as caught:
        read_rotation(canonical.encode(doc), old.public.sign)
    assert caught.value.kind == "bad_signature"
    # nor can someone holding only a new key claim the office's old one
    forged = make_rotation(stranger, new, office, from_seq=7)
    doc = canonical.decode(forged, max_bytes=1 << 14)
    doc["old"] = old.public.to_dict()
    with pytest.raises(TrustError) as caught:
        read_rotation(canonical.encode(doc), old.public.sign)
    assert caught.value.kind == "bad_signature"
    # the first batch the new key signs is part of what both keys signed
    doc = canonical.decode(data, max_bytes=1 << 14)
    doc["from_seq"] = 99
    with pytest.raises(TrustError) as caught:
        read_rotation(canonical.encode(doc), old.public.sign)
    assert caught.value.kind == "bad_signature"


def test_chain_accepts_a_certificate_signed_by_the_issuers_later_key(tree):
    """A district that changed its keys certifies a new commune with its new key: the chain
    holds only with that later key, and never with a stranger's."""
    root, district_cert, _commune = tree["certs"]
    province, district, _ = tree["cards"]
    new_district_keys, stranger = generate_keys(), generate_keys()
    card = OfficeCard(uuid.uuid4(), "Xã Mới", "commune", None)
    issued = read_certificate(make_certificate(
        new_district_keys, district.office_id, card, generate_keys().public,
        parent_office_id=district.office_id, serial=3, issued_ms=T))  # fmt: skip
    known = _by_office(root, district_cert, issued)
    with pytest.raises(TrustError):
        verify_chain(issued, known, {root.public.sign})
    with pytest.raises(TrustError):
        verify_chain(issued, known, {root.public.sign},
                     {district.office_id: [stranger.public.sign]})  # fmt: skip
    verify_chain(issued, known, {root.public.sign},
                 {district.office_id: [stranger.public.sign, new_district_keys.public.sign]})  # fmt: skip
    # the older certificates still hold with the district's first key
    verify_chain(_commune, known, {root.public.sign},
                 {district.office_id: [new_district_keys.public.sign]})  # fmt: skip


def test_signatures_are_bound_to_the_document_type(tree):
    # a certificate signature reused on a request with the same fields does not verify
    keys = generate_keys()
    card = _card("commune", "X")
    request = canonical.decode(make_request(keys, card), max_bytes=1 << 14)
    cert = canonical.decode(
        make_certificate(keys, card.office_id, card, keys.public, parent_office_id=None,
                         serial=1, issued_ms=T), max_bytes=1 << 14)  # fmt: skip
    request["signature"] = cert["signature"]
    with pytest.raises(TrustError) as caught:
        read_request(canonical.encode(request))
    assert caught.value.kind == "bad_signature"


def test_messages_for_people_in_vietnamese(tree):
    province_keys = tree["keys"][0]
    data = make_trust_list(province_keys, tree["cards"][0].office_id, 2, [], {})
    with pytest.raises(TrustError) as caught:
        read_trust_list(data, province_keys.public.sign, known_version=2)
    assert caught.value.message.startswith("Danh sách tin cậy này (phiên bản 2)")
    with pytest.raises(TrustError) as caught:
        read_request(b"{}")
    assert "yêu cầu đăng ký" in caught.value.message
