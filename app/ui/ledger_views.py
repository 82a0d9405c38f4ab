"""Small pieces the Donations and Distribution pages share: a table over a short list of rows,
how reversed ledger entries look, and buttons guarded by the acting user's roles."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from app.i18n import _
from app.services.roles import ROLES, Actor

Index = QModelIndex | QPersistentModelIndex
MUTED = QBrush(QColor("#888888"))
WARNING = QBrush(QColor("#b00020"))
WARNING_BACKGROUND = QBrush(QColor("#fde7e9"))
GOOD = QBrush(QColor("#1b6e20"))
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def struck_font() -> QFont:
    font = QFont()
    font.setStrikeOut(True)
    return font


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def italic_font() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


def needs_role_text(*roles: str) -> str:
    return _("Only a user with the role “{roles}” can do this. An administrator gives roles in "
             "Settings → Users.").format(roles=" / ".join(_(ROLES[r]) for r in roles))  # fmt: skip


def guard(widget: QWidget, actor: Actor, *roles: str, tooltip: str = "") -> bool:
    """Enable `widget` only for an actor with one of `roles`; otherwise say which role it needs."""
    allowed = actor.can_any(*roles)
    widget.setEnabled(allowed)
    widget.setToolTip(tooltip if allowed else needs_role_text(*roles))
    return allowed
