"""A signed paper page matched back to the list rows it covers.

Every page of a printed recipient list carries a QR code naming the program, the list version
it was printed from, its page number and the row numbers on it (app/printing/codes.py). Scanned
into the check-off line, it says which rows that page covers, which of them are recorded as
received, and whether the list was amended after the page was printed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import sqlalchemy as sa

from app.db import Database
from app.errors import UserError
from app.i18n import _
from app.models import Program, Recipient
from app.printing.codes import PageCode, parse_page_code
from app.services.recipient_lists import live_gives, row_code


@dataclass(frozen=True)
class PageMatch:
    code: PageCode
    program_name: str
    version_now: int
    received: tuple[str, ...]  # row codes recorded as received
    waiting: tuple[str, ...]  # on the list, not received
    off_list: tuple[str, ...]  # taken off the list since (or unknown numbers)

    @property
    def amended_since(self) -> bool:
        return self.version_now != self.code.version


def is_page_code(text: str) -> bool:
    return parse_page_code(text) is not None


def match_page(db: Database, text: str, program_id: uuid.UUID | None = None) -> PageMatch:
    """The rows of the page a scanned page code names. UserError when it is not a page code,
    names an unknown program, or (with `program_id`) another program's list."""
    code = parse_page_code(text)
    if code is None:
        raise UserError(_("“{text}” is not the code of a printed page.").format(text=text.strip()))
    with db.read() as s:
        p = s.scalar(sa.select(Program).where(Program.code == code.program_code,
                                              Program.voided.is_(False)))  # fmt: skip
        if p is None:
            raise UserError(_("No program has the code {code}.").format(code=code.program_code))
        if program_id is not None and p.id != program_id:
            raise UserError(_("This page is from the list of another program: {code} “{name}”."
                              ).format(code=p.code, name=p.name))  # fmt: skip
        gives = live_gives(p.id)
        rows = s.execute(
            sa.select(Recipient.seq, Recipient.status, gives.c.given_on)
            .outerjoin(gives, gives.c.recipient_id == Recipient.id)
            .where(Recipient.program_id == p.id, Recipient.seq.in_(code.seqs))
        ).all()  # fmt: skip
        found = {seq: (status, on) for seq, status, on in rows}
        received, waiting, off = [], [], []
        for seq in code.seqs:
            status, on = found.get(seq, ("missing", None))
            target = received if on else (waiting if status == "listed" else off)
            target.append(row_code(p.code, seq))
        return PageMatch(code, p.name, p.list_version, tuple(received), tuple(waiting),
                         tuple(off))  # fmt: skip
