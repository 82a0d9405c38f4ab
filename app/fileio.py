"""Atomic file writes: temp file in the same folder, fsync, os.replace.

One mechanism for every file the app saves (settings, exports, error reports):
the file at `path` is either the old one or the whole new one, never half.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def _read_umask() -> int:
    mask = os.umask(0o022)  # reading it means setting it: done once, at start
    os.umask(mask)
    return mask


_UMASK = _read_umask()


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A file to write `path`'s new content into (readable and seekable, for zip
    writers); it replaces `path` when the block ends, and is removed if it fails.

    OSError comes out as it is (PermissionError on Windows when `path` is open
    in Excel); callers turn it into a message that fits what was being saved.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w+b") as fh:
            # mkstemp makes the file private (0600); a saved file gets the usual mode.
            os.chmod(tmp, 0o666 & ~_UMASK)
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: bytes) -> None:
    with atomic_file(path) as fh:
        fh.write(data)
