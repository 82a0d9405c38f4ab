"""What every page needs, handed down by the composition root (no global main window)."""

from __future__ import annotations

from dataclasses import dataclass

from app.db import Database
from app.services.office import OfficeInfo
from app.services.roles import Actor
from app.ui.changes import ChangeBus
from app.ui.tasks import Tasks


@dataclass
class AppContext:
    db: Database
    user: str
    office: OfficeInfo
    tasks: Tasks
    bus: ChangeBus
    # Who acts: the services check its roles (no login screen yet: the computer's user).
    actor: Actor
