"""Column types shared by the models."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import BigInteger
from sqlalchemy.types import TypeDecorator

MILLI = 1000


class Milli(TypeDecorator):
    """A quantity as an exact Decimal with up to 3 decimals, stored as integer thousandths.

    SQLite has no decimal type (a NUMERIC column holds floats, and sums drift),
    so ledger quantities are integers in the database and SUM() is exact on
    every dialect. Columns of this type are named `*_milli` in the schema so a
    reader of raw SQL is not misled; the mapped attribute carries the Decimal.
    Cash items are in whole đồng (the services refuse fractions of a đồng).
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        scaled = Decimal(value) * MILLI
        if scaled != scaled.to_integral_value():
            raise ValueError("more than 3 decimals")
        return int(scaled)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return (Decimal(int(value)) / MILLI).normalize() + Decimal(0)  # no "1E+6"

    def coerce_compared_value(self, op, value):
        return self
