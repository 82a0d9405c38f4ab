"""Fixed vocabularies of the registry: codes stored in the database, labels shown.

Labels are English source strings marked with N_ for the catalogue; show
them with `label(table, code)`, which translates at the moment of display.
"""

from __future__ import annotations

import uuid

from app.i18n import N_, _

GENDERS = {"male": N_("Male"), "female": N_("Female")}
ID_TYPES = {"cccd": N_("CCCD (12 digits)"), "cmnd": N_("CMND (9 digits)"), "none": N_("None")}
ID_LENGTHS = {"cccd": 12, "cmnd": 9}
RELATIONS = {
    "head": N_("Head of household"),
    "spouse": N_("Spouse"),
    "child": N_("Child"),
    "parent": N_("Parent"),
    "grandchild": N_("Grandchild"),
    "grandparent": N_("Grandparent"),
    "sibling": N_("Sibling"),
    "child_in_law": N_("Son/daughter-in-law"),
    "other": N_("Other relative"),
}
RESIDENCE = {
    "permanent": N_("Permanent resident"),
    "temporary": N_("Temporary resident"),
    "away": N_("Living away"),
}
NEED_KINDS = {
    "rice": N_("Rice"),
    "cash": N_("Cash"),
    "food": N_("Food"),
    "water": N_("Clean water"),
    "medicine": N_("Medicine"),
    "shelter": N_("Shelter"),
    "clothing": N_("Clothing"),
    "schooling": N_("School supplies"),
    "other": N_("Other"),
}
UNITS = {
    "kg": N_("kg"),
    "VND": N_("VND"),
    "package": N_("package"),
    "litre": N_("litre"),
    "box": N_("box"),
    "set": N_("set"),
    "piece": N_("piece"),
    "house": N_("house"),
}
DEFAULT_UNIT = {"rice": "kg", "cash": "VND", "food": "package", "water": "litre",
                "medicine": "box", "shelter": "house", "clothing": "set",
                "schooling": "set", "other": "piece"}  # fmt: skip
URGENCIES = {
    "low": N_("Low"),
    "normal": N_("Normal"),
    "high": N_("High"),
    "critical": N_("Critical"),
}
NEED_STATUSES = {"open": N_("Open"), "met": N_("Met"), "cancelled": N_("Cancelled")}
HAMLET_KINDS = {"thon": N_("Village (thôn)"), "xom": N_("Hamlet (xóm)"), "ban": N_("Hamlet (bản)"),
                "ap": N_("Hamlet (ấp)"), "to": N_("Residential group (tổ dân phố)")}  # fmt: skip

# Built-in categories (FORMS.md §7). Their ids are the same in every office, so
# lists from different communes agree; an upper office can add more.
NATIONAL_OFFICE_ID = uuid.uuid5(uuid.NAMESPACE_URL, "lalanh:national")
BUILTIN_CATEGORIES = [
    # code, Vietnamese, English, scope
    ("poor", "Hộ nghèo", "Poor household", "household"),
    ("near_poor", "Hộ cận nghèo", "Near-poor household", "household"),
    ("special_hardship", "Hộ có hoàn cảnh đặc biệt khó khăn", "Special hardship", "household"),
    ("meritorious", "Người có công với cách mạng", "Meritorious service", "person"),
    ("agent_orange", "Nạn nhân chất độc da cam", "Agent Orange victim", "person"),
    ("social_protection", "Đối tượng bảo trợ xã hội", "Social-protection beneficiary", "person"),
    ("lost_work", "Lao động tự do mất việc làm", "Free labourer who lost work", "person"),
    ("quarantine", "Người trong khu cách ly, phong tỏa", "In quarantine or lockdown", "person"),
    ("stranded", "Công dân bị kẹt ở địa phương khác", "Stranded away from home", "person"),
]


def category_id(code: str) -> uuid.UUID:
    return uuid.uuid5(NATIONAL_OFFICE_ID, f"category:{code}")


def label(table: dict[str, str], code: str | None) -> str:
    """The translated label of a code, or the code itself if unknown."""
    if code is None:
        return ""
    return _(table[code]) if code in table else code


# --- programs and the aid ledger -------------------------------------------------

ORGANISATION_KINDS = {
    "committee": N_("People's Committee"),
    "fatherland_front": N_("Fatherland Front (MTTQ)"),
    "red_cross": N_("Red Cross"),
    "womens_union": N_("Women's Union"),
    "farmers_union": N_("Farmers' Union"),
    "veterans": N_("Veterans' Association"),
    "youth_union": N_("Youth Union"),
    "business": N_("Business"),
    "individual": N_("Individual donor"),
    "other": N_("Other organisation"),
}
FUNDING = {
    "budget": N_("State budget"),
    "donations": N_("Donations"),
    "donor": N_("A named donor"),
}
LIST_STATUSES = {
    "draft": N_("Draft"),
    "submitted": N_("Submitted"),
    "approved": N_("Approved"),
    "locked": N_("Locked"),
}
DONATION_SOURCES = {"donation": N_("Donation"), "budget": N_("Budget allocation")}
COLLECTORS = {"self": N_("In person"), "proxy": N_("By a proxy")}
ID_CHECKS = {
    "match": N_("ID matches a member"),
    "unregistered": N_("ID not in the registry"),
    "none": N_("No ID shown"),
}
RESIDENCE_COUNTED = ("permanent", "temporary")  # a new program counts these by default

# Built-in aid items; like categories, the same ids in every office.
BUILTIN_ITEMS = [
    # code, Vietnamese, English, unit, need it meets
    ("cash", "Tiền mặt", "Cash", "VND", "cash"),
    ("rice", "Gạo", "Rice", "kg", "rice"),
    ("gift", "Quà", "Gift package", "package", "food"),
    ("noodles", "Mì tôm", "Instant noodles", "box", "food"),
    ("water", "Nước uống", "Drinking water", "litre", "water"),
    ("medicine", "Thuốc", "Medicine", "box", "medicine"),
    ("clothing", "Quần áo", "Clothing", "set", "clothing"),
    ("school_kit", "Đồ dùng học tập", "School supplies", "set", "schooling"),
]


def item_id(code: str) -> uuid.UUID:
    return uuid.uuid5(NATIONAL_OFFICE_ID, f"aid_item:{code}")
