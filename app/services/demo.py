"""A deterministic synthetic commune, so a newcomer sees a populated app at once.

Names, household sizes and category shares follow what commune lists look
like; CCCD numbers agree with gender and birth year (FORMS.md §4). Rows go
in with SQLAlchemy Core in chunks, through the same triggers as every other
write (outbox and search index), so it scales to a million households.
Then an aid season (app/services/demo_season.py): users, organisations,
donations, programs with approved lists, part of them handed out.
"""

from __future__ import annotations

import contextlib
import random
import time
from bisect import bisect
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import accumulate

import sqlalchemy as sa

from app import search
from app.db import Database
from app.errors import Cancelled, UserError
from app.i18n import _
from app.models import AdminUnit, CategoryAssignment, Hamlet, Household, Need, Person
from app.services import office as office_service
from app.services import vocab
from app.services.bulk import BulkInsert, FastIds
from app.services.demo_season import SeasonResult, make_season
from app.sync.capture import Stamper
from app.text import fold

Progress = Callable[[int, int], bool]  # (done, total) → False to cancel

SURNAMES = [("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 31),
            ("Huỳnh", 20), ("Phan", 45), ("Vũ", 25), ("Võ", 14), ("Đặng", 21), ("Bùi", 20),
            ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10), ("Lý", 5), ("Đào", 6),
            ("Đoàn", 5), ("Trịnh", 5), ("Lương", 4), ("Đinh", 5), ("Mai", 3), ("Tạ", 2),
            ("Lưu", 2), ("Cao", 3), ("Kiều", 1), ("Quách", 1), ("Tô", 2), ("Chu", 2)]  # fmt: skip
MIDDLE = {
    "male": ["Văn", "Văn", "Văn", "Đức", "Minh", "Hữu", "Quang", "Thanh", "Ngọc", "Xuân",
             "Công", "Đình", "Tiến", "Quốc", "Trọng", "Anh", "Bá", "Mạnh"],
    "female": ["Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh", "Hồng",
               "Phương", "Thúy", "Mai", "Diệu", "Bích", "Hoài"],
}  # fmt: skip
GIVEN = {
    "male": ["An", "Anh", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Giang", "Hải", "Hậu",
             "Hiếu", "Hòa", "Hoàng", "Hùng", "Huy", "Khánh", "Khoa", "Kiên", "Lâm", "Long",
             "Lộc", "Mạnh", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn",
             "Tài", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh",
             "Vũ", "Bảo", "Chiến", "Duy", "Hưng", "Lợi", "Tâm", "Thuận", "Tú", "Đông"],
    "female": ["An", "Anh", "Ánh", "Bích", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh",
               "Hằng", "Hiền", "Hoa", "Hồng", "Huệ", "Hương", "Huyền", "Lan", "Liên", "Linh",
               "Loan", "Ly", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương",
               "Quỳnh", "Tâm", "Thảo", "Thắm", "Thu", "Thủy", "Trang", "Trinh", "Tuyết", "Vân",
               "Xuân", "Yến", "Nhàn", "Lụa", "Gấm", "Đào", "Nguyệt", "Diệp", "Uyên", "Hậu"],
}  # fmt: skip
HAMLET_NAMES = ["Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Bắc", "Thôn Trung", "Thôn Thượng",
                "Thôn Hạ", "Thôn Đồng Tâm", "Thôn Phú Lộc", "Thôn An Hòa", "Thôn Tân Lập",
                "Thôn Yên Thịnh"]  # fmt: skip
SIZE_WEIGHTS = [8, 18, 22, 26, 14, 7, 3, 2]  # household sizes 1..8: mean ≈ 3.6 persons
HOUSEHOLD_CATEGORY_SHARE = {"poor": 0.04, "near_poor": 0.05, "special_hardship": 0.015}
CHUNK = 5000
# The columns each demo row gives, in the order of the tuples built below.
HOUSEHOLD_COLUMNS = ("office_id", "code", "hamlet_id", "address", "phone", "note")
PERSON_COLUMNS = ("household_id", "full_name", "name_folded", "gender", "birth_date",
                  "birth_year", "id_type", "id_number", "old_id_number", "relation", "phone",
                  "residence_status", "note")  # fmt: skip
ASSIGNMENT_COLUMNS = ("category_id", "household_id", "person_id")
NEED_COLUMNS = ("household_id", "person_id", "kind", "quantity", "unit", "urgency", "status",
                "status_reason", "status_on", "assessed_on", "assessed_by", "note")  # fmt: skip


@dataclass(frozen=True)
class DemoResult:
    households: int
    persons: int
    hamlets: int
    needs: int
    seconds: float  # the whole demo, the season included
    season: SeasonResult | None = None


def _pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    return rng.choices([w[0] for w in weighted], [w[1] for w in weighted])[0]


class _IdNumbers:
    """Unique, plausible CCCD/CMND numbers: a bijective walk over each 6-digit suffix space."""

    def __init__(self, province: str, seed: int):
        self.province = province
        self.counters: dict[str, int] = {}
        self.offset = (seed * 104_729 + 271_828) % 1_000_000

    def cccd(self, gender: str, year: int) -> str:
        century = (year - 1900) // 100 * 2 + (1 if gender == "female" else 0)
        prefix = f"{self.province}{century}{year % 100:02d}"
        n = self.counters.get(prefix, 0)
        self.counters[prefix] = n + 1
        return f"{prefix}{(n * 388_837 + self.offset) % 1_000_000:06d}"

    def cmnd(self) -> str:
        n = self.counters.get("cmnd", 0)
        self.counters["cmnd"] = n + 1
        return f"{self.province[1:]}{(n * 3_888_377 + self.offset) % 10_000_000:07d}"


class _Weighted:
    """`rng.choices(values, weights)[0]` without rebuilding the cumulative weights each call."""

    def __init__(self, weighted: list[tuple[object, int]]):
        self.values = [w[0] for w in weighted]
        self.cum = list(accumulate(w[1] for w in weighted))
        self.total = self.cum[-1] + 0.0
        self.hi = len(self.cum) - 1

    def pick(self, rng: random.Random):
        # The same draw as random.choices (one rng.random()), so a seed gives the same commune.
        return self.values[bisect(self.cum, rng.random() * self.total, 0, self.hi)]


def generate_demo(db: Database, households: int = 1200, seed: int = 1,
                  progress: Progress | None = None, user: str = "demo",
                  season: bool = True) -> DemoResult:  # fmt: skip
    """Fill an empty registry with a synthetic commune of `households` households, and
    (`season`) its aid season, `user` being the administrator."""
    if households < 1:
        raise UserError(_("The number of households must be at least 1."))
    started = time.perf_counter()
    office_service.ensure_admin_units(db)
    office = office_service.current_office(db)
    if office is None:
        office = office_service.setup_office(db, user, "UBND xã Yên Lạc (dữ liệu mẫu)",
                                             _demo_commune(db))  # fmt: skip
    with db.read() as s:
        existing = s.scalar(sa.select(sa.func.count()).select_from(Household))
    if existing:
        raise UserError(_("This database already has {n} households; demo data only goes into "
                          "an empty one. Choose a new database file with --db.").format(
                              n=existing))  # fmt: skip
    rng = random.Random(seed)
    province = (office.admin_unit_code and _province_code(db, office.admin_unit_code)) or "026"
    ids = _IdNumbers(province, seed)
    today = date(2026, 11, 1)  # fixed, so the same seed gives the same commune any day
    now = datetime(2026, 11, 1, 8, 0, 0)
    width = max(6, len(str(households)))

    hamlet_count = min(max(households // 250, 6), 5000)
    names = HAMLET_NAMES[:hamlet_count] if hamlet_count <= len(HAMLET_NAMES) else [
        f"Thôn {i + 1}" for i in range(hamlet_count)]  # fmt: skip
    # The office's own hamlets stay; the demo adds only names it does not have.
    existing_hamlets = {fold(h.name): h for h in office_service.list_hamlets(db)}
    names = [n for n in names if fold(n) not in existing_hamlets]
    with db.write(user) as s:
        conn = s.connection()
        stamper = Stamper(conn)
        hamlet_rows = [
            stamper.new_row(dict(office_id=office.id, name=n, name_folded=fold(n), kind="thon"),
                            user, now)
            for n in names
        ]  # fmt: skip
        for row in hamlet_rows:
            row["id"] = _new_id()
        if hamlet_rows:
            conn.execute(sa.insert(Hamlet), hamlet_rows)
        stamper.save()
    hamlet_ids = [h.id.hex for h in existing_hamlets.values()] + [r["id"].hex for r in hamlet_rows]
    names = [h.name for h in existing_hamlets.values()] + names

    households_out = BulkInsert(Household.__table__, HOUSEHOLD_COLUMNS, user, now, office.id)
    persons_out = BulkInsert(Person.__table__, PERSON_COLUMNS, user, now, office.id)
    assign_out = BulkInsert(CategoryAssignment.__table__, ASSIGNMENT_COLUMNS, user, now,
                            office.id)  # fmt: skip
    needs_out = BulkInsert(Need.__table__, NEED_COLUMNS, user, now, office.id)
    category = {code: vocab.category_id(code).hex for code, _vi, _en, _scope
                in vocab.BUILTIN_CATEGORIES}  # fmt: skip
    household_shares = [(category[code], share) for code, share in
                        HOUSEHOLD_CATEGORY_SHARE.items()]  # fmt: skip
    person_shares = [
        [(category[code], share) for code, share in _person_categories(age, "")]
        for age in range(0, 131)
    ]  # ages in the demo stay below 101
    office_hex = office.id.hex
    new_id = FastIds()
    folded: dict[str, str] = {}
    surnames = _Weighted(SURNAMES)
    sizes = _Weighted([(n, w) for n, w in enumerate(SIZE_WEIGHTS, start=1)])
    residences = _Weighted([("permanent", 92), ("temporary", 5), ("away", 3)])
    own_family = ("head", "child", "grandchild")
    persons_total = needs_total = 0
    done = 0
    fast = db.is_sqlite
    stages = [b.stage for b in (households_out, persons_out, assign_out, needs_out)]
    restore = None
    try:
        while done < households:
            batch = min(CHUNK, households - done)
            with db.write(user) as s:
                conn = s.connection()
                if fast:
                    restore = search.begin_bulk_load(conn, restore)
                stamper = Stamper(conn)
                tick = stamper.next
                hh_rows: list[tuple] = []
                person_rows: list[tuple] = []
                assign_rows: list[tuple] = []
                need_rows: list[tuple] = []
                for i in range(done, done + batch):
                    hamlet_index = rng.randrange(len(hamlet_ids))
                    size = sizes.pick(rng)
                    members = _family(rng, size, today)
                    hh_id = new_id()
                    hh_rows.append((
                        office_hex, f"{i + 1:0{width}d}", hamlet_ids[hamlet_index],
                        f"Số {rng.randint(1, 250)}, {names[hamlet_index]}", None, None,
                        hh_id, tick(),
                    ))  # fmt: skip
                    for cat_id, share in household_shares:
                        if rng.random() < share:
                            assign_rows.append((cat_id, hh_id, None, new_id(), tick()))
                    surname = surnames.pick(rng)
                    for relation, gender, year, age in members:
                        family_name = surname if relation in own_family or \
                            rng.random() < 0.1 else surnames.pick(rng)  # fmt: skip
                        full = f"{family_name} {rng.choice(MIDDLE[gender])} {rng.choice(GIVEN[gender])}"
                        name_folded = folded.get(full)
                        if name_folded is None:
                            name_folded = folded[full] = fold(full)
                        birth_date = None
                        if rng.random() < 0.8:
                            # Born this year: not after the demo's own date.
                            days = 365 if year < today.year else today.timetuple().tm_yday
                            birth_date = (date(year, 1, 1) + timedelta(days=rng.randrange(days))
                                          ).isoformat()  # fmt: skip
                        id_type, id_number = "none", None
                        r = rng.random()
                        if age >= 14 and r < 0.88 or age < 14 and r < 0.3:
                            id_type, id_number = "cccd", ids.cccd(gender, year)
                        elif age >= 40 and r < 0.93:
                            id_type, id_number = "cmnd", ids.cmnd()
                        phone = None
                        if (
                            relation == "head"
                            and rng.random() < 0.85
                            or age >= 18
                            and rng.random() < 0.3
                        ):
                            phone = f"0{rng.choice('3579')}{rng.randrange(10**8):08d}"
                        residence = residences.pick(rng)
                        person_id = new_id()
                        person_rows.append((
                            hh_id, full, name_folded, gender, birth_date, year, id_type,
                            id_number, None, relation, phone, residence, None, person_id, tick(),
                        ))  # fmt: skip
                        for cat_id, share in person_shares[age]:
                            if rng.random() < share:
                                assign_rows.append((cat_id, hh_id, person_id, new_id(), tick()))
                    if rng.random() < 0.08:
                        for n in _needs(rng, hh_id, size, today):
                            need_rows.append(needs_out.from_values(n, new_id(), tick()))
                households_out.insert(conn, hh_rows, fast)
                persons_out.insert(conn, person_rows, fast)
                assign_out.insert(conn, assign_rows, fast)
                needs_out.insert(conn, need_rows, fast)
                stamper.save()
            done += batch
            persons_total += len(person_rows)
            needs_total += len(need_rows)
            if progress is not None and progress(done, households) is False:
                raise Cancelled()
    except BaseException:
        if restore is not None:  # cancelled or failed: what is committed stays, as it is
            with contextlib.suppress(Exception):  # the first error is the one to report
                _end_bulk_load(db, user, restore, stages, optimize=False)
        raise
    if restore is not None:
        _end_bulk_load(db, user, restore, stages, optimize=True)
    made = make_season(db, user, seed) if season else None
    return DemoResult(households, persons_total, len(hamlet_ids), needs_total,
                      time.perf_counter() - started, made)  # fmt: skip


def _end_bulk_load(db: Database, user: str, restore: int | None, stages: list[str],
                   optimize: bool) -> None:  # fmt: skip
    with db.write(user) as s:
        conn = s.connection()
        for stage in stages:
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{stage}")  # noqa: S608
        search.end_bulk_load(conn, restore, optimize=optimize)


def _new_id():
    from app.ids import uuid7

    return uuid7()


def _demo_commune(db: Database) -> str:
    with db.read() as s:
        code = s.scalar(
            sa.select(AdminUnit.code)
            .where(AdminUnit.level == "commune", AdminUnit.name_folded == "xa yen lac")
            .limit(1)
        ) or s.scalar(sa.select(AdminUnit.code).where(AdminUnit.level == "commune").limit(1))
    if code is None:
        raise UserError(_("The list of administrative units is empty."))
    return code


def _province_code(db: Database, commune_code: str) -> str | None:
    with db.read() as s:
        parent = s.scalar(sa.select(AdminUnit.parent_code).where(AdminUnit.code == commune_code))
    return f"0{parent}" if parent else None


def _family(rng: random.Random, size: int, today: date) -> list[tuple[str, str, int, int]]:
    """(relation, gender, birth year, age) for each member; the head comes first."""
    head_age = rng.randint(22 if size > 1 else 25, 88)
    head_gender = "male" if rng.random() < 0.7 else "female"
    members = [("head", head_gender, head_age)]
    if size > 1 and head_age < 80 or size > 2:
        spouse_age = max(18, head_age + rng.randint(-6, 4))
        members.append(("spouse", "female" if head_gender == "male" else "male", spouse_age))
    while len(members) < size:
        r = rng.random()
        if head_age > 55 and r < 0.35:
            child_age = rng.randint(1, max(1, head_age - 40))
            members.append(("grandchild", rng.choice(["male", "female"]), child_age))
        elif head_age < 60 and r < 0.12:
            members.append(("parent", rng.choice(["male", "female"]),
                            min(100, head_age + rng.randint(20, 35))))  # fmt: skip
        else:
            child_age = rng.randint(0, max(0, min(head_age - 18, 50)))
            members.append(("child", rng.choice(["male", "female"]), child_age))
    return [(rel, g, today.year - age, age) for rel, g, age in members]


def _person_categories(age: int, relation: str) -> list[tuple[str, float]]:
    shares = [("meritorious", 0.03 if age >= 65 else 0.002),
              ("agent_orange", 0.006 if age >= 40 else 0.002),
              ("social_protection", 0.2 if age >= 80 else 0.02)]  # fmt: skip
    if 18 <= age <= 60:
        shares.append(("lost_work", 0.03))
    return shares


def _needs(rng: random.Random, household_id, size: int, today: date) -> list[dict]:
    kinds = rng.sample(["rice", "rice", "cash", "medicine", "food", "shelter", "water"],
                       k=rng.choice([1, 1, 2]))  # fmt: skip
    rows = []
    for kind in dict.fromkeys(kinds):
        quantity = {"rice": Decimal(15 * size), "cash": Decimal(rng.choice([5, 10, 20]) * 100_000),
                    "medicine": Decimal(rng.randint(1, 5)), "food": Decimal(size),
                    "shelter": Decimal(1), "water": Decimal(20 * size)}[kind]  # fmt: skip
        met = rng.random() < 0.25
        rows.append(dict(
            household_id=household_id, person_id=None, kind=kind, quantity=quantity,
            unit=vocab.DEFAULT_UNIT[kind],
            urgency=rng.choices(["low", "normal", "high", "critical"], [15, 55, 22, 8])[0],
            status="met" if met else "open", status_reason="Đã hỗ trợ" if met else None,
            status_on=today if met else None,
            assessed_on=today - timedelta(days=rng.randrange(60)),
            assessed_by=rng.choice(["Trưởng thôn", "Cán bộ LĐ-TB&XH", "Chi hội Chữ thập đỏ"]),
            note=None, voided=False, void_reason=None,
        ))  # fmt: skip
    return rows
