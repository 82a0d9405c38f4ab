"""Liberation Serif (metric-compatible with Times New Roman, FORMS.md §1), registered with
reportlab once and embedded (subset) in every PDF."""

from __future__ import annotations

from functools import cache

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app import paths

REGULAR = "LiberationSerif"
BOLD = "LiberationSerif-Bold"
ITALIC = "LiberationSerif-Italic"
BOLD_ITALIC = "LiberationSerif-BoldItalic"


@cache
def register() -> None:
    # Page streams are compressed; encoding them again as ASCII85 (reportlab's default) only
    # makes the files larger and costs a fifth of the time of a long list.
    rl_config.useA85 = 0
    folder = paths.resources_dir() / "fonts"
    for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
        file = "LiberationSerif-Regular.ttf" if name == REGULAR else f"{name}.ttf"
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
