"""Logging to a file in the data folder. Messages name records by id, never by personal data."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app import paths


def setup_logging() -> Path | None:
    """Log to <data>/logs/lalanh.log (rotated); returns its path, or None if it can't be written."""
    folder = paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "lalanh.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return folder / "lalanh.log"
