"""programs, donations and the aid ledger

Revision ID: 0003
Revises: 0002
Also: outbox triggers on the new synced tables; append-only triggers on the
ledgers (SQLite and PostgreSQL); need.met_by_receipt_id; the local user table.

Create Date: 2026-11-27 19:19:04.657428
"""

import uuid
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

from app.sync.capture import (
    PG_LEDGER_FUNCTION,
    ledger_trigger_ddl,
    ledger_trigger_names,
    pg_ledger_trigger_ddl,
    trigger_ddl,
    trigger_names,
)

# Mutable synced tables (outbox triggers, no deletes) and append-only ledgers.
SYNCED = ("organisation", "aid_item", "program", "program_item", "recipient", "entitlement")
LEDGERS = ("list_event", "donation", "stock_adjustment", "receipt", "receipt_line")


revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "aid_item",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_vi", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("need_kind", sa.String(length=20), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_office_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aid_item")),
        sa.UniqueConstraint("code", name=op.f("uq_aid_item_code")),
    )
    op.create_table(
        "app_user",
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_app_user")),
    )
    op.create_table(
        "organisation",
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_folded", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_office_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_office_id"), ["office_id"], unique=False)

    op.create_table(
        "program",
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_folded", sa.String(length=300), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("funding", sa.String(length=20), nullable=False),
        sa.Column("donor_name", sa.String(length=200), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("overlap_group", sa.String(length=100), nullable=True),
        sa.Column("overlap_folded", sa.String(length=100), nullable=True),
        sa.Column("eligibility", sa.JSON(), nullable=False),
        sa.Column("list_status", sa.String(length=20), nullable=False),
        sa.Column("list_version", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_office_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_program_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_program")),
    )
    with op.batch_alter_table("program", schema=None) as batch_op:
        batch_op.create_index("ix_program_office_code", ["office_id", "code"], unique=True)
        batch_op.create_index(
            batch_op.f("ix_program_overlap_folded"), ["overlap_folded"], unique=False
        )

    op.create_table(
        "donation",
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("donor_name", sa.String(length=200), nullable=False),
        sa.Column("donor_folded", sa.String(length=200), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.Column("receipt_no", sa.String(length=40), nullable=True),
        sa.Column("program_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("reverses_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_office_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["aid_item.id"], name=op.f("fk_donation_item_id_aid_item")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_donation_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["program_id"], ["program.id"], name=op.f("fk_donation_program_id_program")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_donation")),
    )
    with op.batch_alter_table("donation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_donation_donor_folded"), ["donor_folded"], unique=False
        )
        batch_op.create_index("ix_donation_item", ["item_id", "program_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_donation_receipt_no"), ["receipt_no"], unique=False)
        batch_op.create_index(batch_op.f("ix_donation_reverses_id"), ["reverses_id"], unique=False)

    op.create_table(
        "list_event",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("list_version", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_office_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"], ["program.id"], name=op.f("fk_list_event_program_id_program")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_event")),
    )
    with op.batch_alter_table("list_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_list_event_program_id"), ["program_id"], unique=False)

    op.create_table(
        "program_item",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("basis", sa.String(length=20), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.Column("category_quantities", sa.JSON(), nullable=False),
        sa.Column("household_cap_milli", sa.BigInteger(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_office_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["aid_item.id"], name=op.f("fk_program_item_item_id_aid_item")
        ),
        sa.ForeignKeyConstraint(
            ["program_id"], ["program.id"], name=op.f("fk_program_item_program_id_program")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_program_item")),
    )
    with op.batch_alter_table("program_item", schema=None) as batch_op:
        batch_op.create_index("ix_program_item_program", ["program_id", "item_id"], unique=True)

    op.create_table(
        "recipient",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("household_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("persons", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("added_how", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("added_in_version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_office_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"], ["household.id"], name=op.f("fk_recipient_household_id_household")
        ),
        sa.ForeignKeyConstraint(
            ["program_id"], ["program.id"], name=op.f("fk_recipient_program_id_program")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipient")),
    )
    with op.batch_alter_table("recipient", schema=None) as batch_op:
        batch_op.create_index(
            "ix_recipient_household", ["household_id", "program_id", "status"], unique=False
        )
        batch_op.create_index(
            "ix_recipient_program_household", ["program_id", "household_id"], unique=True
        )
        batch_op.create_index("ix_recipient_program_seq", ["program_id", "seq"], unique=True)

    op.create_table(
        "stock_adjustment",
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("program_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reverses_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_office_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["aid_item.id"], name=op.f("fk_stock_adjustment_item_id_aid_item")
        ),
        sa.ForeignKeyConstraint(
            ["program_id"], ["program.id"], name=op.f("fk_stock_adjustment_program_id_program")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_adjustment")),
    )
    with op.batch_alter_table("stock_adjustment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stock_adjustment_item_id"), ["item_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_stock_adjustment_reverses_id"), ["reverses_id"], unique=False
        )

    op.create_table(
        "entitlement",
        sa.Column("recipient_id", sa.Uuid(), nullable=False),
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_office_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["aid_item.id"], name=op.f("fk_entitlement_item_id_aid_item")
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"], ["recipient.id"], name=op.f("fk_entitlement_recipient_id_recipient")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entitlement")),
    )
    with op.batch_alter_table("entitlement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entitlement_program_id"), ["program_id"], unique=False)
        batch_op.create_index("ix_entitlement_recipient", ["recipient_id", "item_id"], unique=True)

    op.create_table(
        "receipt",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("recipient_id", sa.Uuid(), nullable=False),
        sa.Column("household_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("id_type", sa.String(length=10), nullable=True),
        sa.Column("id_number", sa.String(length=20), nullable=True),
        sa.Column("id_check", sa.String(length=20), nullable=False),
        sa.Column("collector", sa.String(length=10), nullable=False),
        sa.Column("collector_person_id", sa.Uuid(), nullable=True),
        sa.Column("proxy_name", sa.String(length=200), nullable=True),
        sa.Column("proxy_relation", sa.String(length=100), nullable=True),
        sa.Column("handed_by", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("over_reason", sa.Text(), nullable=True),
        sa.Column("reverses_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_office_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"], ["household.id"], name=op.f("fk_receipt_household_id_household")
        ),
        sa.ForeignKeyConstraint(
            ["program_id"], ["program.id"], name=op.f("fk_receipt_program_id_program")
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"], ["recipient.id"], name=op.f("fk_receipt_recipient_id_recipient")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt")),
    )
    with op.batch_alter_table("receipt", schema=None) as batch_op:
        batch_op.create_index(
            "ix_receipt_attempt", ["recipient_id", "attempt", "kind"], unique=True
        )
        batch_op.create_index("ix_receipt_household", ["household_id", "program_id"], unique=False)
        batch_op.create_index("ix_receipt_program", ["program_id", "given_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_receipt_reverses_id"), ["reverses_id"], unique=False)

    op.create_table(
        "receipt_line",
        sa.Column("receipt_id", sa.Uuid(), nullable=False),
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("household_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_office_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["aid_item.id"], name=op.f("fk_receipt_line_item_id_aid_item")
        ),
        sa.ForeignKeyConstraint(
            ["receipt_id"], ["receipt.id"], name=op.f("fk_receipt_line_receipt_id_receipt")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt_line")),
    )
    with op.batch_alter_table("receipt_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_receipt_line_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index("ix_receipt_line_item", ["item_id"], unique=False)
        batch_op.create_index(
            "ix_receipt_line_program_item", ["program_id", "item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_receipt_line_receipt_id"), ["receipt_id"], unique=False
        )

    # Plain ADD COLUMN (no table copy): the need table's triggers stay as they are.
    op.add_column("need", sa.Column("met_by_receipt_id", sa.Uuid(), nullable=True))

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # Generated from the tables as they stand at this revision.
        for name in SYNCED:
            table = sa.Table(name, sa.MetaData(), autoload_with=bind)
            for ddl in trigger_ddl(table):
                op.execute(ddl)
        for name in LEDGERS:
            table = sa.Table(name, sa.MetaData(), autoload_with=bind)
            for ddl in ledger_trigger_ddl(table):
                op.execute(ddl)
    elif bind.dialect.name == "postgresql":
        op.execute(PG_LEDGER_FUNCTION)
        for name in LEDGERS:
            op.execute(pg_ledger_trigger_ddl(name))
    _seed_builtin_items(bind)


# The built-in aid items as this revision knows them (app/services/vocab.py carries the
# current list; setup_office seeds it for offices created later).
BUILTIN_ITEMS = [
    ("cash", "Tiền mặt", "Cash", "VND", "cash"),
    ("rice", "Gạo", "Rice", "kg", "rice"),
    ("gift", "Quà", "Gift package", "package", "food"),
    ("noodles", "Mì tôm", "Instant noodles", "box", "food"),
    ("water", "Nước uống", "Drinking water", "litre", "water"),
    ("medicine", "Thuốc", "Medicine", "box", "medicine"),
    ("clothing", "Quần áo", "Clothing", "set", "clothing"),
    ("school_kit", "Đồ dùng học tập", "School supplies", "set", "schooling"),
]
NATIONAL_OFFICE_ID = uuid.uuid5(uuid.NAMESPACE_URL, "lalanh:national")


def _seed_builtin_items(bind: sa.Connection) -> None:
    """An office set up before this revision gets the built-in items, through the outbox
    triggers like any row, with the lowest stamp (an upper office's edit always wins)."""
    if bind.execute(sa.text("SELECT count(*) FROM installation")).scalar() == 0:
        return  # no office yet: setup_office seeds them
    now = datetime.now().replace(microsecond=0)
    items = sa.table(
        "aid_item", *(sa.column(n, t) for n, t in [
            ("id", sa.Uuid()), ("code", sa.String()), ("name_vi", sa.String()), ("name_en", sa.String()),
            ("unit", sa.String()), ("need_kind", sa.String()), ("sort_order", sa.Integer()),
            ("origin_office_id", sa.Uuid()), ("version", sa.Integer()), ("hlc", sa.BigInteger()),
            ("field_hlc", sa.JSON()), ("voided", sa.Boolean()), ("created_at", sa.DateTime()),
            ("updated_at", sa.DateTime()), ("created_by", sa.String()), ("updated_by", sa.String()),
        ]),
    )  # fmt: skip
    bind.execute(sa.insert(items), [
        dict(id=uuid.uuid5(NATIONAL_OFFICE_ID, f"aid_item:{code}"), code=code, name_vi=vi, name_en=en,
             unit=unit, need_kind=need, sort_order=order, origin_office_id=NATIONAL_OFFICE_ID,
             version=1, hlc=0, field_hlc={}, voided=False, created_at=now, updated_at=now,
             created_by="migration", updated_by="migration")
        for order, (code, vi, en, unit, need) in enumerate(BUILTIN_ITEMS)
    ])  # fmt: skip


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in SYNCED:
            for trigger in trigger_names(name):
                op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for name in LEDGERS:
            for trigger in ledger_trigger_names(name):
                op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    elif bind.dialect.name == "postgresql":
        for name in LEDGERS:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{name}_append_only ON {name}")
        op.execute("DROP FUNCTION IF EXISTS lalanh_ledger_append_only()")
    op.drop_column("need", "met_by_receipt_id")

    with op.batch_alter_table("receipt_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_receipt_line_receipt_id"))
        batch_op.drop_index("ix_receipt_line_program_item")
        batch_op.drop_index("ix_receipt_line_item")
        batch_op.drop_index(batch_op.f("ix_receipt_line_household_id"))

    op.drop_table("receipt_line")
    with op.batch_alter_table("receipt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_receipt_reverses_id"))
        batch_op.drop_index("ix_receipt_program")
        batch_op.drop_index("ix_receipt_household")
        batch_op.drop_index("ix_receipt_attempt")

    op.drop_table("receipt")
    with op.batch_alter_table("entitlement", schema=None) as batch_op:
        batch_op.drop_index("ix_entitlement_recipient")
        batch_op.drop_index(batch_op.f("ix_entitlement_program_id"))

    op.drop_table("entitlement")
    with op.batch_alter_table("stock_adjustment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stock_adjustment_reverses_id"))
        batch_op.drop_index(batch_op.f("ix_stock_adjustment_item_id"))

    op.drop_table("stock_adjustment")
    with op.batch_alter_table("recipient", schema=None) as batch_op:
        batch_op.drop_index("ix_recipient_program_seq")
        batch_op.drop_index("ix_recipient_program_household")
        batch_op.drop_index("ix_recipient_household")

    op.drop_table("recipient")
    with op.batch_alter_table("program_item", schema=None) as batch_op:
        batch_op.drop_index("ix_program_item_program")

    op.drop_table("program_item")
    with op.batch_alter_table("list_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_list_event_program_id"))

    op.drop_table("list_event")
    with op.batch_alter_table("donation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_donation_reverses_id"))
        batch_op.drop_index(batch_op.f("ix_donation_receipt_no"))
        batch_op.drop_index("ix_donation_item")
        batch_op.drop_index(batch_op.f("ix_donation_donor_folded"))

    op.drop_table("donation")
    with op.batch_alter_table("program", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_program_overlap_folded"))
        batch_op.drop_index("ix_program_office_code")

    op.drop_table("program")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_office_id"))

    op.drop_table("organisation")
    op.drop_table("app_user")
    op.drop_table("aid_item")
