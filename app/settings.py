"""Typed per-installation settings, stored as JSON in the data folder."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

from app import paths
from app.fileio import write_atomic


@dataclass
class Settings:
    language: str = "vi"  # "vi" or "en"
    db_url: str = ""  # empty: the SQLite file in the data folder

    @classmethod
    def load(cls) -> Settings:
        try:
            raw = json.loads(paths.settings_path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known and isinstance(v, str)})

    def save(self) -> None:
        text = json.dumps(asdict(self), ensure_ascii=False, indent=2)
        write_atomic(paths.settings_path(), text.encode("utf-8"))
