"""Where things live: the data folder, the database, logs, backups, resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "LALANH_DATA_DIR"


def data_dir() -> Path:
    """The per-user data folder; `LALANH_DATA_DIR` overrides it (tests, portable use)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("LaLanh", appauthor=False, roaming=False))


def default_db_path() -> Path:
    return data_dir() / "lalanh.db"


def log_dir() -> Path:
    return data_dir() / "logs"


def backup_dir() -> Path:
    return data_dir() / "backups"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def _root() -> Path:
    # PyInstaller unpacks data files beside the executable (sys._MEIPASS).
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _root() / "resources"


def migrations_dir() -> Path:
    return _root() / "migrations"
