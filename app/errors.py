"""The small error taxonomy (STYLE.md #8)."""

from __future__ import annotations

from dataclasses import dataclass


class UserError(Exception):
    """Something a person can fix; the message says what to do. Nothing was changed."""

    def __init__(self, message: str, *, field_errors: list[FieldError] | None = None):
        super().__init__(message)
        self.message = message
        self.field_errors = field_errors or []


class Cancelled(Exception):  # noqa: N818 - a signal, not a failure
    """The person cancelled a long job; shown silently."""


@dataclass(frozen=True)
class FieldError:
    """A validation message tied to one field (and one member, for household forms)."""

    field: str
    message: str
    member: int | None = None  # index of the member in the household form
