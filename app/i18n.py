"""The one translation catalogue, for the GUI and for text built outside it.

Source strings are English; `resources/i18n/lalanh_vi.ts` (Qt Linguist format,
so translators can use Linguist) holds the Vietnamese. Vietnamese is the
default language. See docs/decisions/0002-one-translation-catalogue.md.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from app import paths

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
_catalogue: dict[str, str] = {}
_language = "en"


def catalogue_path(language: str = "vi") -> Path:
    return paths.resources_dir() / "i18n" / f"lalanh_{language}.ts"


def read_catalogue(path: Path) -> dict[str, str]:
    """Source → translation for every finished message of a .ts file."""
    result: dict[str, str] = {}
    root = ET.parse(path).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        if node.text:
            result[source] = node.text
    return result


def set_language(language: str) -> None:
    global _language, _catalogue
    language = language if language in LANGUAGES else "vi"
    path = catalogue_path(language)
    _catalogue = read_catalogue(path) if language != "en" and path.exists() else {}
    _language = language


def language() -> str:
    return _language


def _(text: str) -> str:
    """Translate a source string into the current language."""
    return _catalogue.get(text, text)


def N_(text: str) -> str:  # noqa: N802 - gettext convention
    """Mark a string for the catalogue without translating it yet (tables, constants)."""
    return text


set_language("vi")
