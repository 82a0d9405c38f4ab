"""The people who use this installation and their roles (checked by the services)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class AppUser(Base):
    """A user of this installation. Local: it does not travel between offices.

    There is no login screen yet; the services already take the acting user and
    check `roles` (app/services/roles.py), so a login slots in without changing them.
    """

    __tablename__ = "app_user"

    username: Mapped[str] = mapped_column(String(100), primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    roles: Mapped[list] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
