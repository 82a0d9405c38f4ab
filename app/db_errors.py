"""Database failures a person can act on, turned into UserErrors where they happen.

Hooked into every engine (`install`): a damaged file, a full disk, a read-only
file or a database held by another program becomes a plain message instead
of a bug report. Nothing was written: the transaction is rolled back.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import event

from app import paths
from app.errors import UserError
from app.i18n import _


def _message(detail: str) -> str | None:
    detail = detail.lower()
    if "malformed" in detail or "not a database" in detail or "disk i/o error" in detail:
        return _("The database file is damaged ({detail}). Nothing was saved. Close Lá Lành "
                 "and restore the latest backup from {backups}, or ask for help.")  # fmt: skip
    if "readonly" in detail or "read-only" in detail:
        return _("The database cannot be written (it is read-only). Nothing was saved. Ask "
                 "for write permission on the data folder.")  # fmt: skip
    if "database or disk is full" in detail:
        return _("The disk is full. Nothing was saved. Free some space and try again.")
    if "database is locked" in detail:
        return _("The database is busy (is Lá Lành open in another window?). Nothing was "
                 "saved. Wait a moment and try again.")  # fmt: skip
    return None


def _translate(context: sa.engine.ExceptionContext) -> BaseException | None:
    original = context.original_exception
    if original is None:
        return None
    template = _message(str(original))
    if template is None:
        return None
    error = UserError(template.format(detail=str(original), backups=paths.backup_dir()))
    error.__cause__ = original
    return error


def install(engine: sa.Engine) -> None:
    event.listen(engine, "handle_error", _translate)
