"""Merging two records of one person keeps everything and can be undone; decisions stay."""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from app.errors import UserError
from app.models import CategoryAssignment, DuplicateDecision, Need, Outbox, Person, PersonMerge
from app.services import vocab
from app.services.households import MemberDraft
from app.services.merges import (
    decide_different,
    decided_pairs,
    list_merges,
    merge,
    person_side,
    resolve,
    undo_merge,
)
from app.services.roles import actor_for, save_user

SOCIAL, MERIT = vocab.category_id("social_protection"), vocab.category_id("meritorious")


@pytest.fixture
def twice(db, make_household, hamlets):
    """Hóc Môn's case: one woman registered in two households, CMND in one, CCCD in the other;
    each record has its own need and category, and one category in both."""
    a = make_household("Trần Văn Ba", members=[MemberDraft(
        full_name="Nguyễn Thị Hằng", gender="female", birth_year=1975, id_type="cmnd",
        id_number="024175123", relation="spouse", category_ids={SOCIAL})])  # fmt: skip
    b = make_household("Nguyễn Thị Hằng", gender="female", birth_date=date(1975, 3, 8),
                       id_type="cccd", id_number="026175000111", phone="0912345678",
                       category_ids={SOCIAL, MERIT}, household={"hamlet_id": hamlets[1].id})  # fmt: skip
    with db.write("tester") as s:
        hang_a = s.scalar(sa.select(Person).where(Person.household_id == a.id,
                                                  Person.relation == "spouse"))  # fmt: skip
        hang_b = s.scalar(sa.select(Person).where(Person.household_id == b.id))
        for p, h in ((hang_a, a), (hang_b, b)):
            s.add(Need(household_id=h.id, person_id=p.id, kind="medicine", quantity=Decimal(2),
                       unit="box", urgency="high", status="open", assessed_on=date.today(),
                       assessed_by="Cán bộ"))  # fmt: skip
        return a, b, hang_a.id, hang_b.id


def actor(db):
    return actor_for(db, "tester")  # the first user: every role


def test_a_merge_moves_the_persons_things_and_redirects_the_merged_id(db, twice, english):
    a, b, old, new = twice
    outbox_before = _outbox(db)
    result = merge(db, actor(db), survivor_id=new, merged_id=old, take={"old_id_number"},
                   score=91, explanation="CCCD matches the old CMND")  # fmt: skip
    assert (result.moved_needs, result.moved_categories) == (1, 0)  # SOCIAL was held already
    with db.read() as s:
        merged, survivor = s.get(Person, old), s.get(Person, new)
        assert merged.voided and merged.merged_into_id == new
        assert "Nguyễn Thị Hằng" in merged.void_reason and b.code in merged.void_reason
        assert survivor.old_id_number is None  # the merged record had no old number to take
        needs = s.scalars(sa.select(Need).where(Need.person_id == new)).all()
        assert len(needs) == 2 and {n.household_id for n in needs} == {b.id}
        social = s.scalars(sa.select(CategoryAssignment).where(
            CategoryAssignment.category_id == SOCIAL)).all()  # fmt: skip
        assert sorted((c.person_id == new, c.voided) for c in social) == [
            (False, True),
            (True, False),
        ]
        decision = s.scalars(sa.select(DuplicateDecision)).one()
        assert (decision.decision, decision.score) == ("merged", 91)
    assert resolve(db, old) == new and resolve(db, new) == new
    after = _outbox(db)
    assert all(after[t] > outbox_before[t]
               for t in ("person", "need", "person_merge", "duplicate_decision"))  # fmt: skip
    [row] = list_merges(db)
    assert (row.survivor_name, row.merged_name, row.undone) == (
        "Nguyễn Thị Hằng",
        "Nguyễn Thị Hằng",
        False,
    )
    assert person_side(db, old).merged_into_id == new


def test_fields_taken_from_the_merged_record_and_undo_puts_everything_back(db, twice):
    a, b, old, new = twice
    before_new, before_old = person_side(db, new), person_side(db, old)
    result = merge(db, actor(db), survivor_id=old, merged_id=new,
                   take={"id_type", "id_number", "birth_date", "phone"})  # fmt: skip
    with db.read() as s:
        survivor = s.get(Person, old)
        assert (
            survivor.id_type,
            survivor.id_number,
            survivor.birth_date,
            survivor.birth_year,
            survivor.phone,
        ) == ("cccd", "026175000111", date(1975, 3, 8), 1975, "0912345678")
    # The merged record was the head of its household, which now has no member left.
    assert any(b.code in w for w in result.warnings)
    undo_merge(db, actor(db), result.merge_id)
    assert person_side(db, new) == before_new and person_side(db, old) == before_old
    assert resolve(db, new) == new
    with db.read() as s:
        assert s.scalars(sa.select(DuplicateDecision)).one().voided
        assert s.get(PersonMerge, result.merge_id).undone_at is not None
        assert s.scalar(sa.select(sa.func.count()).where(CategoryAssignment.voided.is_(True))) == 0
    assert decided_pairs_of(db) == set()
    with pytest.raises(UserError):
        undo_merge(db, actor(db), result.merge_id)


def test_undo_keeps_what_was_changed_on_the_survivor_since(db, twice):
    a, b, old, new = twice
    result = merge(db, actor(db), survivor_id=old, merged_id=new, take={"phone"})
    with db.write("tester") as s:
        s.get(Person, old).phone = "0987654321"  # corrected after the merge
    undo_merge(db, actor(db), result.merge_id)
    assert person_side(db, old).values["phone"] == "0987654321"


def test_different_people_are_remembered(db, twice):
    a, b, old, new = twice
    decide_different(db, actor(db), old, new, 70, "same name, same birth year", "Hai chị em")
    assert decided_pairs_of(db) == {tuple(sorted((str(old), str(new))))}
    decide_different(db, actor(db), new, old, 72, "again")  # the same pair: one row, updated
    with db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(DuplicateDecision)) == 1


def test_refusals(db, twice, english):
    a, b, old, new = twice
    admin = actor(db)
    save_user(admin, db, "ketoan", "Phạm Thị Kế", ["accountant"])
    with pytest.raises(UserError, match="data entry|Data entry|role"):
        merge(db, actor_for(db, "ketoan"), new, old)
    with pytest.raises(UserError, match="itself"):
        merge(db, admin, new, new)
    merge(db, admin, new, old)
    with pytest.raises(UserError, match="already merged"):
        merge(db, admin, old, new)


def decided_pairs_of(db):
    with db.read() as s:
        return decided_pairs(s.connection())


def _outbox(db) -> Counter:
    """Outbox rows per table: every change of a merge is captured for sync."""
    with db.read() as s:
        return Counter(dict(s.execute(sa.select(Outbox.table_name, sa.func.count())
                                      .group_by(Outbox.table_name)).all()))  # fmt: skip
