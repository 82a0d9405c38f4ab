"""Who may do what: the users of this installation, their roles, and the checks.

There is no login screen yet. Every service that changes programs, lists or
the ledger takes the acting user (`Actor`) as an argument and checks its roles
here, so a login screen later only has to choose the actor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import UserError
from app.i18n import N_, _
from app.models import AppUser
from app.text import clean

ROLES = {
    "data_entry": N_("Data entry"),
    "accountant": N_("Accountant / treasurer"),
    "approver": N_("Approver"),
    "admin": N_("Administrator"),
}


@dataclass(frozen=True)
class Actor:
    username: str
    full_name: str
    roles: frozenset[str]

    def can(self, role: str) -> bool:
        return "admin" in self.roles or role in self.roles

    def can_any(self, *roles: str) -> bool:
        return any(self.can(r) for r in roles)


def role_names(roles: frozenset[str] | list[str]) -> str:
    return ", ".join(_(ROLES[r]) for r in ROLES if r in roles)


def require(actor: Actor, *roles: str) -> None:
    """UserError unless the actor has one of `roles` (an administrator has them all)."""
    if actor.can_any(*roles):
        return
    raise UserError(
        _("{name} may not do this: it needs the role “{roles}”. "
          "Ask an administrator to give you that role in Settings → Users.").format(
            name=actor.full_name, roles=" / ".join(_(ROLES[r]) for r in roles))
    )  # fmt: skip


def actor_for(db: Database, username: str) -> Actor:
    """The user's Actor. The first user of an installation becomes its administrator."""
    with db.read() as s:
        user = s.get(AppUser, username)
        anyone = user is not None or s.scalar(sa.select(sa.func.count()).select_from(AppUser))
    if user is None and not anyone:
        save_user(None, db, username, username, list(ROLES))
        return Actor(username, username, frozenset(ROLES))
    if user is None or not user.active:
        # Known to the office but not as a user: may look, may not change programs or the ledger.
        return Actor(username, user.full_name if user else username, frozenset())
    return Actor(user.username, user.full_name, frozenset(user.roles))


def display_names(s: Session) -> dict[str, str]:
    """Login name → how records show who made them: "Lê Thị Nhập (canbo1)"."""
    return {u: f"{name} ({u})" if name != u else u
            for u, name in s.execute(sa.select(AppUser.username, AppUser.full_name))}  # fmt: skip


def display_name(s: Session, username: str) -> str:
    return display_names(s).get(username, username)


@dataclass(frozen=True)
class UserInfo:
    username: str
    full_name: str
    roles: tuple[str, ...]
    active: bool


def list_users(db: Database) -> list[UserInfo]:
    with db.read() as s:
        rows = s.scalars(sa.select(AppUser).order_by(AppUser.username)).all()
        return [UserInfo(u.username, u.full_name, tuple(u.roles), u.active) for u in rows]


def save_user(
    actor: Actor | None, db: Database, username: str, full_name: str, roles: list[str],
    active: bool = True,
) -> None:  # fmt: skip
    """Add or change a user. Only an administrator may (the very first user excepted)."""
    username, full_name = clean(username), clean(full_name)
    if not username:
        raise UserError(_("Type the user's login name."))
    if not full_name:
        raise UserError(_("Type the user's full name: it is printed on lists and receipts."))
    unknown = [r for r in roles if r not in ROLES]
    if unknown:
        raise UserError(_("Unknown role: {role}.").format(role=unknown[0]))
    with db.write(actor.username if actor else username) as s:
        existing = s.scalar(sa.select(sa.func.count()).select_from(AppUser))
        if existing:
            if actor is None:
                raise UserError(_("Only an administrator may add or change users."))
            require(actor, "admin")
        user = s.get(AppUser, username)
        if user is None:
            s.add(AppUser(username=username, full_name=full_name, roles=sorted(roles),
                          active=active, created_at=datetime.now().replace(microsecond=0)))  # fmt: skip
        else:
            user.full_name, user.roles, user.active = full_name, sorted(roles), active
        s.flush()
        admins = [u for u in s.scalars(sa.select(AppUser)) if u.active and "admin" in u.roles]
        if not admins:
            raise UserError(_("At least one active user must stay an administrator."))
