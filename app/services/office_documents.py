"""What the office's printed documents say about the office: its issuing body, place name,
document symbol, signers, complaint hotline — entered once in Settings (FORMS.md §1–3).

INTERFACE (agreed with the printing package, app/printing/): `DocumentSettings`, `Signer`,
`load`, `save`, `missing`, `defaults`. The storage behind `load`/`save` is being built.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import sqlalchemy as sa

from app.db import Database
from app.errors import FieldError
from app.i18n import N_, _
from app.models import OfficeDocumentSettings
from app.services.ledger import raise_field_errors
from app.services.office import OfficeInfo, current_office, current_office_id
from app.services.roles import Actor, require
from app.text import clean

# The signers a recipient list carries, left to right (FORMS.md §1–2).
SIGNER_ROLES = ("preparer", "accountant", "treasurer", "leader")

# Which documents a check of `missing` is for.
DOCUMENTS = ("recipient_list", "public_list", "receipt")


@dataclass(frozen=True)
class Signer:
    role: str  # one of SIGNER_ROLES
    capacity: str = ""  # the line above the title: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"; may be ""
    title: str = ""  # "NGƯỜI LẬP BIỂU", "KẾ TOÁN", "THỦ QUỸ", "CHỦ TỊCH"
    name: str = ""  # printed in bold under the space to sign; "" leaves the space to write it
    shown: bool = True  # False: this signer is left off the documents


@dataclass(frozen=True)
class DocumentSettings:
    superior_body: str  # "UBND TỈNH VĨNH PHÚC" — upper case, not bold; may be ""
    issuing_body: str  # "ỦY BAN NHÂN DÂN\nXÃ YÊN LẠC" — one or two lines, printed bold
    place_name: str  # "Yên Lạc" — the place in "Yên Lạc, ngày 05 tháng 02 năm 2026"
    symbol: str  # document symbol after "Số: …/", e.g. "DS-UBND"
    signers: tuple[Signer, ...]  # in SIGNER_ROLES order
    hotline: str  # complaint hotline printed on the public posting list
    posting_days: int = 15  # default length of the public posting period
    zero_tens_word: str = "linh"  # "linh" (North) or "lẻ" (South): một trăm linh năm
    thousand_word: str = "nghìn"  # "nghìn" or "ngàn"

    def signer(self, role: str) -> Signer:
        return next((s for s in self.signers if s.role == role), Signer(role))


# --- storage, defaults and checks ---------------------------------------------------------

# The names people see for the signers and fields (Settings, `missing`, the command line).
SIGNER_LABELS = {
    "preparer": N_("Preparer"),
    "accountant": N_("Accountant"),
    "treasurer": N_("Treasurer"),
    "leader": N_("Leader"),
}
ZERO_TENS_WORDS = ("linh", "lẻ")
THOUSAND_WORDS = ("nghìn", "ngàn")
MAX_ISSUING_LINES = 2
MAX_LENGTHS = {"superior_body": 200, "issuing_line": 100, "place_name": 100, "symbol": 40,
               "capacity": 100, "title": 100, "name": 100}  # fmt: skip
_DEFAULT_SIGNERS = {
    "preparer": ("", "NGƯỜI LẬP BIỂU"),
    "accountant": ("", "KẾ TOÁN"),
    "treasurer": ("", "THỦ QUỸ"),
    "leader": ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
}
# How the official unit list names units ("Xã Yên Lạc", "Thành phố Hà Nội"); provinces
# are named without "Tỉnh" ("Phú Thọ").
_UNIT_PREFIXES = ("Xã ", "Phường ", "Đặc khu ", "Thị trấn ", "Thành phố ", "Tỉnh ")
_HOTLINE = re.compile(r"^\+?[0-9]+(?:[ .-][0-9]+)*$")  # 0211 3862 345, 0211.3862.345, 1900-1234


def signer_label(role: str) -> str:
    return _(SIGNER_LABELS[role]) if role in SIGNER_LABELS else role


def _upper(text: str) -> str:
    """Upper case as Decree 30 headers are written (đ → Đ; stays NFC)."""
    return unicodedata.normalize("NFC", text.upper())


def _bare(name: str) -> str:
    for prefix in _UNIT_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def default_signers() -> tuple[Signer, ...]:
    return tuple(Signer(role, *_DEFAULT_SIGNERS[role]) for role in SIGNER_ROLES)


def defaults(office: OfficeInfo) -> DocumentSettings:
    """Sensible settings made from the office's commune and province names.

    Since July 2025 a commune's superior is its province: "UBND TỈNH PHÚ THỌ",
    "UBND THÀNH PHỐ HÀ NỘI". Names of people are left empty.
    """
    province = clean(office.province_name)
    if province and not province.startswith(("Thành phố ", "Tỉnh ")):
        province = "Tỉnh " + province
    unit = clean(office.commune_name) or clean(office.name)
    return DocumentSettings(
        superior_body=_upper(f"UBND {province}") if province else "",
        issuing_body=_upper(f"ỦY BAN NHÂN DÂN\n{unit}") if office.commune_name
        else _upper(unit),
        place_name=_bare(clean(office.commune_name)),
        symbol="DS-UBND",
        signers=default_signers(),
        hotline="",
    )  # fmt: skip


def load(db: Database) -> DocumentSettings:
    """This office's stored settings, or the defaults made from its names when none are."""
    with db.read() as s:
        office_id = current_office_id(s)
        row = s.scalar(
            sa.select(OfficeDocumentSettings).where(
                OfficeDocumentSettings.office_id == office_id,
                OfficeDocumentSettings.voided.is_(False),
            )
        )
        stored = _from_row(row) if row is not None else None
    if stored is not None:
        return stored
    office = current_office(db)
    assert office is not None  # current_office_id above found the installation
    return defaults(office)


def _from_row(row: OfficeDocumentSettings) -> DocumentSettings:
    by_role = {entry.get("role"): entry for entry in row.signers or [] if isinstance(entry, dict)}
    signers = []
    for role in SIGNER_ROLES:
        entry = by_role.get(role)
        if entry is None:
            signers.append(Signer(role, *_DEFAULT_SIGNERS[role]))
        else:
            signers.append(Signer(role, str(entry.get("capacity") or ""),
                                  str(entry.get("title") or ""), str(entry.get("name") or ""),
                                  bool(entry.get("shown", True))))  # fmt: skip
    return DocumentSettings(
        superior_body=row.superior_body, issuing_body=row.issuing_body,
        place_name=row.place_name, symbol=row.symbol, signers=tuple(signers),
        hotline=row.hotline, posting_days=row.posting_days,
        zero_tens_word=row.zero_tens_word, thousand_word=row.thousand_word,
    )  # fmt: skip


def cleaned(settings: DocumentSettings) -> DocumentSettings:
    """Every text as stored: NFC, spaces collapsed; headers and signer titles in upper case
    (Decree 30); the issuing body keeps its line break, empty lines dropped."""
    lines = [clean(line) for line in (settings.issuing_body or "").splitlines()]
    signers = tuple(
        Signer(s.role, _upper(clean(s.capacity)), _upper(clean(s.title)), clean(s.name),
               bool(s.shown))
        for s in settings.signers
    )  # fmt: skip
    return DocumentSettings(
        superior_body=_upper(clean(settings.superior_body)),
        issuing_body=_upper("\n".join(line for line in lines if line)),
        place_name=clean(settings.place_name),
        symbol=clean(settings.symbol),
        signers=signers,
        hotline=clean(settings.hotline),
        posting_days=settings.posting_days,
        zero_tens_word=clean(settings.zero_tens_word),
        thousand_word=clean(settings.thousand_word),
    )


def validate(settings: DocumentSettings) -> list[FieldError]:
    """What is wrong with cleaned settings, one FieldError per field ("leader.name" for a
    signer's field)."""
    errors: list[FieldError] = []

    def too_long(field: str, text: str, limit: int) -> None:
        if len(text) > limit:
            errors.append(FieldError(field, _("Too long: at most {n} characters.").format(n=limit)))

    lines = settings.issuing_body.splitlines()
    if not lines:
        errors.append(FieldError("issuing_body", _(
            "Type the issuing body, e.g. “ỦY BAN NHÂN DÂN” and “XÃ YÊN LẠC” on the next line.")))  # fmt: skip
    elif len(lines) > MAX_ISSUING_LINES:
        errors.append(FieldError("issuing_body", _("The issuing body takes at most two lines.")))
    else:
        for line in lines:
            too_long("issuing_body", line, MAX_LENGTHS["issuing_line"])
    if not settings.place_name:
        errors.append(FieldError("place_name", _(
            "Type the place name printed before the date, e.g. “Yên Lạc”.")))  # fmt: skip
    for field in ("superior_body", "place_name", "symbol"):
        too_long(field, getattr(settings, field), MAX_LENGTHS[field])
    if settings.hotline:
        digits = sum(ch.isdigit() for ch in settings.hotline)
        if not _HOTLINE.match(settings.hotline) or not 8 <= digits <= 15:
            errors.append(FieldError("hotline", _(
                "Type the hotline as a phone number: 8 to 15 digits, grouped by spaces, dots or "
                "dashes, with a leading + allowed (e.g. 0211 3862 345).")))  # fmt: skip
    days = settings.posting_days
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 90:
        errors.append(FieldError("posting_days", _(
            "The posting period is from 1 to 90 days.")))  # fmt: skip
    if settings.zero_tens_word not in ZERO_TENS_WORDS:
        errors.append(FieldError("zero_tens_word", _("Choose “linh” or “lẻ”.")))
    if settings.thousand_word not in THOUSAND_WORDS:
        errors.append(FieldError("thousand_word", _("Choose “nghìn” or “ngàn”.")))
    roles = [s.role for s in settings.signers]
    if sorted(roles) != sorted(SIGNER_ROLES):
        errors.append(FieldError("signers", _(
            "The signers must be the preparer, the accountant, the treasurer and the leader, "
            "once each.")))  # fmt: skip
    for signer in settings.signers:
        for field in ("capacity", "title", "name"):
            too_long(f"{signer.role}.{field}", getattr(signer, field), MAX_LENGTHS[field])
    return errors


def save(db: Database, actor: Actor, settings: DocumentSettings) -> None:
    """Store this office's document settings (administrator). UserError with the field
    errors when something is wrong; nothing is stored then."""
    require(actor, "admin")
    settings = cleaned(settings)
    raise_field_errors(validate(settings), _("The document settings were not saved:"))
    order = {role: i for i, role in enumerate(SIGNER_ROLES)}
    signers = [
        dict(role=s.role, capacity=s.capacity, title=s.title, name=s.name, shown=s.shown)
        for s in sorted(settings.signers, key=lambda s: order[s.role])
    ]  # fmt: skip
    values = dict(
        superior_body=settings.superior_body, issuing_body=settings.issuing_body,
        place_name=settings.place_name, symbol=settings.symbol, hotline=settings.hotline,
        posting_days=settings.posting_days, zero_tens_word=settings.zero_tens_word,
        thousand_word=settings.thousand_word, signers=signers,
    )  # fmt: skip
    with db.write(actor.username) as s:
        office_id = current_office_id(s)
        row = s.scalar(
            sa.select(OfficeDocumentSettings).where(OfficeDocumentSettings.office_id == office_id)
        )
        if row is None:
            s.add(OfficeDocumentSettings(office_id=office_id, **values))
            return
        for key, value in values.items():
            if getattr(row, key) != value:  # only real changes get a new stamp
                setattr(row, key, value)
        if row.voided:
            row.voided, row.void_reason = False, None


def missing(settings: DocumentSettings, document: str) -> list[str]:
    """The fields, named for people, still to fill before `document` can be printed.

    Every document needs the issuing body and the place name; the two lists are
    signed by the leader, whose title and name must be printed on them; the public
    posting list also states the complaint hotline. An empty list: ready to print.
    """
    if document not in DOCUMENTS:
        raise ValueError(f"unknown document {document!r}")
    result = []
    if not settings.issuing_body.strip():
        result.append(_("Issuing body"))
    if not settings.place_name.strip():
        result.append(_("Place name"))
    if document in ("recipient_list", "public_list"):
        leader = settings.signer("leader")
        if not leader.shown:
            result.append(_("Leader's signature (set to be left off)"))
        if not leader.title.strip():
            result.append(_("Leader's title"))
        if not leader.name.strip():
            result.append(_("Leader's name"))
    if document == "public_list" and not settings.hotline.strip():
        result.append(_("Complaint hotline"))
    return result
