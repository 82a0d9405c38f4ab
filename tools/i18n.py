#!/usr/bin/env python3
"""The translation catalogue tool: `extract` strings from the code, `check` the catalogue.

Source strings are English and are marked in the code with `_("...")` (translated
where used) or `N_("...")` (marked only, translated later). The Vietnamese lives in
`resources/i18n/lalanh_vi.ts`, Qt Linguist's .ts format, so Linguist can edit it
(see app/i18n.py and docs/decisions/0002-one-translation-catalogue.md).

    python tools/i18n.py extract   # rewrite the .ts from the code, keeping translations
    python tools/i18n.py check     # exit 1 if anything is missing, unfinished or wrong

Standard library only: it runs before the project is installed.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import os
import re
import string
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
APP_DIR = ROOT / "app"
CATALOGUE = ROOT / "resources" / "i18n" / "lalanh_vi.ts"
CONTEXT = "lalanh"
LANGUAGE = "vi_VN"
MARKERS = ("_", "N_")
SKIP_DIRS = {"__pycache__", ".venv", "build", "dist"}


@dataclass(frozen=True, order=True)
class Location:
    path: str  # relative to the repository root, with forward slashes
    line: int


@dataclass
class Message:
    source: str
    locations: list[Location] = field(default_factory=list)
    translation: str = ""
    type: str | None = None  # None (finished), "unfinished", "obsolete", "vanished"
    comment: str | None = None  # <comment> (disambiguation), kept as found
    translator_comment: str | None = None
    extra_comment: str | None = None

    @property
    def finished(self) -> bool:
        return self.type is None and bool(self.translation.strip())


# --- extracting from the code -------------------------------------------------


def _marker_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name) and func.id in MARKERS:
        return func.id
    if isinstance(func, ast.Attribute) and func.attr in MARKERS:  # e.g. i18n._("...")
        return func.attr
    return None


def _literal(node: ast.expr) -> str | None:
    """The text of a string literal, or of literals joined with `+`; None otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _suspicious(node: ast.expr) -> str | None:
    """Why an argument of `_()` can never be found in the catalogue (None: fine or dynamic)."""
    if isinstance(node, ast.JoinedStr):
        return 'an f-string: use _("... {name} ...").format(name=...) instead'
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "format_map")
        and _literal(node.func.value) is not None
    ):
        return "a string formatted before translation: call .format() on the result of _()"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and _literal(node.left):
        return "a string %-formatted before translation: format the result of _()"
    return None


def python_files(app_dir: Path = APP_DIR) -> list[Path]:
    files = []
    for dirpath, dirnames, filenames in os.walk(app_dir):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
        files += [Path(dirpath) / f for f in sorted(filenames) if f.endswith(".py")]
    return files


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def scan_source(text: str, filename: str) -> tuple[list[tuple[str, int]], list[str]]:
    """(source string, line) for every marked literal in one file, and warnings."""
    tree = ast.parse(text, filename=filename)
    found: list[tuple[str, int]] = []
    warnings: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        marker = _marker_name(node.func)
        if marker is None:
            continue
        arg = node.args[0]
        text_ = _literal(arg)
        if text_ is not None:
            if text_.strip():
                found.append((text_, arg.lineno))
            continue
        why = _suspicious(arg)
        if why:
            warnings.append(f"{filename}:{arg.lineno}: {marker}() is given {why}")
    found.sort(key=lambda item: item[1])
    return found, warnings


class UnreadableCode(Exception):
    """Some files under app/ do not parse: their strings are unknown, so neither rewriting
    the catalogue (it would drop their translations) nor passing the check is safe."""

    def __init__(self, failures: list[str]):
        super().__init__("; ".join(failures))
        self.failures = failures


def collect(app_dir: Path = APP_DIR, root: Path = ROOT) -> tuple[dict[str, Message], list[str]]:
    """Every marked string under `app_dir`, in order of first location, and warnings.

    Raises UnreadableCode, naming every file that does not parse.
    """
    messages: dict[str, Message] = {}
    warnings: list[str] = []
    failures: list[str] = []
    for path in python_files(app_dir):
        rel = _relative(path, root)
        try:
            found, file_warnings = scan_source(path.read_text(encoding="utf-8"), rel)
        except (SyntaxError, UnicodeDecodeError, ValueError) as exc:
            failures.append(f"{rel}: {exc}")
            continue
        warnings += file_warnings
        for text, line in found:
            message = messages.setdefault(text, Message(text))
            message.locations.append(Location(rel, line))
    if failures:
        raise UnreadableCode(failures)
    for message in messages.values():
        message.locations = sorted(set(message.locations))
    ordered = sorted(messages.values(), key=lambda m: m.locations[0])
    return {m.source: m for m in ordered}, warnings


# --- the .ts file ----------------------------------------------------------------


def read_ts(path: Path = CATALOGUE, root: Path = ROOT) -> dict[str, Message]:
    """All messages of a .ts file (every context), by source string."""
    result: dict[str, Message] = {}
    tree = ET.parse(path).getroot()
    for node in tree.iter("message"):
        source = node.findtext("source") or ""
        trans = node.find("translation")
        message = Message(
            source=source,
            translation=(trans.text or "") if trans is not None else "",
            type=trans.get("type") if trans is not None else "unfinished",
            comment=node.findtext("comment"),
            translator_comment=node.findtext("translatorcomment"),
            extra_comment=node.findtext("extracomment"),
        )
        for loc in node.findall("location"):
            filename = loc.get("filename", "")
            try:
                line = int(loc.get("line", "0"))
            except ValueError:
                line = 0
            message.locations.append(Location(_from_ts_filename(filename, path, root), line))
        # The first finished one wins if a source appears twice (e.g. two contexts).
        if source not in result or (message.finished and not result[source].finished):
            result[source] = message
    return result


def _from_ts_filename(filename: str, catalogue: Path, root: Path = ROOT) -> str:
    """A <location filename> (relative to the .ts file) as a path from the repository root."""
    full = os.path.normpath(catalogue.resolve().parent / filename)
    return _relative(Path(full), root)


def _ts_filename(location_path: str, catalogue: Path, root: Path) -> str:
    """Linguist resolves <location filename> relative to the .ts file's folder."""
    target = root / location_path
    return Path(os.path.relpath(target, catalogue.parent)).as_posix()


def render_ts(messages: list[Message], catalogue: Path = CATALOGUE, root: Path = ROOT) -> str:
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGE}" sourcelanguage="en">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for m in messages:
        out.append("    <message>")
        for loc in m.locations:
            filename = escape(_ts_filename(loc.path, catalogue, root), {'"': "&quot;"})
            out.append(f'        <location filename="{filename}" line="{loc.line}"/>')
        out.append(f"        <source>{_text(m.source)}</source>")
        if m.comment:
            out.append(f"        <comment>{_text(m.comment)}</comment>")
        if m.extra_comment:
            out.append(f"        <extracomment>{_text(m.extra_comment)}</extracomment>")
        if m.translator_comment:
            out.append(
                f"        <translatorcomment>{_text(m.translator_comment)}</translatorcomment>"
            )
        kind = f' type="{m.type}"' if m.type else ""
        out.append(f"        <translation{kind}>{_text(m.translation)}</translation>")
        out.append("    </message>")
    out += ["</context>", "</TS>", ""]
    return "\n".join(out)


def _text(value: str) -> str:
    return escape(value, {'"': "&quot;", "'": "&apos;"})


SIMILAR = 0.8  # difflib ratio above which an edited string inherits the old translation


def _similar_translation(source: str, gone: list[Message]) -> str:
    """The translation of the most similar string that left the code, or ""."""
    best, best_ratio = "", SIMILAR
    for old in gone:
        matcher = difflib.SequenceMatcher(None, source, old.source, autojunk=False)
        if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio >= best_ratio:
            best, best_ratio = old.translation, ratio
    return best


def merge(code: dict[str, Message], existing: dict[str, Message]) -> list[Message]:
    """The catalogue for the code: its strings in order, with the translations we had.

    A new string that is a small edit of one that left the code (a typo fixed, a word
    changed) starts with that string's translation, still marked unfinished, so the
    translator revises it instead of starting again — as Qt's lupdate does.
    """
    gone = [m for s, m in existing.items() if s not in code and m.translation.strip()]
    merged = []
    for source, found in code.items():
        old = existing.get(source)
        message = Message(source, list(found.locations))
        if old is not None and old.translation:
            message.translation = old.translation
            # A translation of a string that had vanished comes back as it was left.
            message.type = None if old.type in (None, "obsolete", "vanished") else old.type
        else:
            message.type = "unfinished"
            if old is None and gone:
                message.translation = _similar_translation(source, gone)
        if old is not None:
            message.comment = old.comment
            message.translator_comment = old.translator_comment
            message.extra_comment = old.extra_comment
        merged.append(message)
    return merged


def write_atomic(path: Path, text: str) -> None:
    from app.fileio import write_atomic as write_bytes

    write_bytes(path, text.encode("utf-8"))


# --- checking ---------------------------------------------------------------------

_FORMATTER = string.Formatter()
_BRACED = re.compile(r"\{[^{}]*\}")


def placeholders(text: str) -> Counter:
    """The `{...}` fields of a str.format string (name, conversion and spec), counted."""
    try:
        return Counter(
            "{" + name + (f"!{conv}" if conv else "") + (f":{spec}" if spec else "") + "}"
            for _lit, name, spec, conv in _FORMATTER.parse(text)
            if name is not None
        )
    except ValueError:  # not a valid format string: compare the braces as written
        return Counter(_BRACED.findall(text))


def _valid_format(text: str) -> bool:
    try:
        list(_FORMATTER.parse(text))
    except ValueError:
        return False
    return True


def find_problems(code: dict[str, Message], catalogue: dict[str, Message]) -> list[str]:
    """Everything that makes the catalogue unusable for the code, one line each."""
    problems = []
    for source, found in code.items():
        where = f"{found.locations[0].path}:{found.locations[0].line}" if found.locations else "?"
        message = catalogue.get(source)
        if message is None:
            problems.append(f"missing from the catalogue ({where}): {source!r}")
            continue
        if not message.finished:
            problems.append(f"not translated ({where}): {source!r}")
            continue
        want, got = placeholders(source), placeholders(message.translation)
        if want != got:
            lost = sorted((want - got).elements())
            extra = sorted((got - want).elements())
            detail = "; ".join(
                part
                for part in (
                    f"missing {', '.join(lost)}" if lost else "",
                    f"unknown {', '.join(extra)}" if extra else "",
                )
                if part
            )
            problems.append(f"placeholders differ ({where}, {detail}): {source!r}")
        elif want and not _valid_format(message.translation) and _valid_format(source):
            problems.append(f"translation has unbalanced braces ({where}): {source!r}")
    return problems


def stale(code: dict[str, Message], catalogue: dict[str, Message]) -> list[str]:
    return [s for s in catalogue if s not in code]


def check(
    app_dir: Path = APP_DIR, catalogue_path: Path = CATALOGUE, root: Path = ROOT
) -> tuple[list[str], list[str]]:
    """(problems, warnings) for the code under `app_dir` against the catalogue."""
    try:
        code, warnings = collect(app_dir, root)
    except UnreadableCode as exc:
        return [f"cannot be parsed: {failure}" for failure in exc.failures], []
    if not catalogue_path.exists():
        return [f"{catalogue_path} does not exist: run `python tools/i18n.py extract`"], warnings
    try:
        catalogue = read_ts(catalogue_path, root)
    except ET.ParseError as exc:
        return [f"{catalogue_path} is not valid XML: {exc}"], warnings
    old = stale(code, catalogue)
    if old:
        warnings.append(
            f"{len(old)} message(s) in the catalogue are no longer in the code "
            "(harmless; `extract` drops them)"
        )
    return find_problems(code, catalogue), warnings


# --- command line -------------------------------------------------------------------


def cmd_extract(args) -> int:
    catalogue_path = Path(args.catalogue)
    try:
        code, warnings = collect(Path(args.app), ROOT)
    except UnreadableCode as exc:
        for failure in exc.failures:
            print(f"error: cannot be parsed: {failure}", file=sys.stderr)
        print("Fix these files first; the catalogue was not changed.", file=sys.stderr)
        return 1
    try:
        existing = read_ts(catalogue_path, ROOT) if catalogue_path.exists() else {}
    except ET.ParseError as exc:
        print(f"error: {catalogue_path} is not valid XML ({exc}); fix it first", file=sys.stderr)
        return 1
    merged = merge(code, existing)
    write_atomic(catalogue_path, render_ts(merged, catalogue_path, ROOT))
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    new = [m for m in merged if m.source not in existing]
    prefilled = sum(1 for m in new if m.translation)
    dropped = stale(code, existing)
    for source in dropped:
        print(f"dropped (no longer in the code): {source!r}")
    todo = sum(1 for m in merged if not m.finished)
    print(
        f"{_rel(catalogue_path)}: {len(merged)} messages, {len(new)} new"
        + (f" ({prefilled} started from a similar old translation)" if prefilled else "")
        + f", {len(dropped)} dropped, {todo} to translate"
    )
    return 0


def cmd_check(args) -> int:
    problems, warnings = check(Path(args.app), Path(args.catalogue), ROOT)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if problems:
        print(f"{_rel(Path(args.catalogue))}: {len(problems)} problem(s):", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        print(
            "Run `python tools/i18n.py extract`, then translate the unfinished messages "
            "(in Qt Linguist or a text editor) keeping every {placeholder} as it is.",
            file=sys.stderr,
        )
        return 1
    print(f"{_rel(Path(args.catalogue))}: all strings translated")
    return 0


def _rel(path: Path) -> str:
    return _relative(path, ROOT)


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a Windows console may not speak UTF-8
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    parser = argparse.ArgumentParser(prog="tools/i18n.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", default=str(APP_DIR), help="folder to scan (default: app/)")
    parser.add_argument("--catalogue", default=str(CATALOGUE), help="the .ts file")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("extract", help="rewrite the catalogue from the code").set_defaults(
        func=cmd_extract
    )
    sub.add_parser(
        "check", help="fail on missing, unfinished or mismatched translations"
    ).set_defaults(func=cmd_check)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
