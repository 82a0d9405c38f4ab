"""Hybrid logical clock: 64-bit (wall_ms << 16) | counter (SYNC.md §2)."""

from __future__ import annotations

import time

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1
MAX_FUTURE_MS = 24 * 3600 * 1000  # a batch further ahead than this is quarantined


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def pack(wall_ms: int, counter: int) -> int:
    return (wall_ms << COUNTER_BITS) | counter


def wall_ms(hlc: int) -> int:
    return hlc >> COUNTER_BITS


def tick(last: int, now: int | None = None) -> int:
    """The next stamp for a local event; never goes backwards, even if the wall clock does."""
    now = now_ms() if now is None else now
    last_wall, last_counter = last >> COUNTER_BITS, last & COUNTER_MASK
    if now > last_wall:
        return pack(now, 0)
    if last_counter < COUNTER_MASK:
        return pack(last_wall, last_counter + 1)
    return pack(last_wall + 1, 0)  # counter overflow: borrow the next millisecond


def receive(last: int, remote: int, now: int | None = None) -> int:
    """Advance past a stamp seen on a received change (the caller guards skew first)."""
    return tick(max(last, remote), now)


def too_far_ahead(remote: int, now: int | None = None) -> bool:
    now = now_ms() if now is None else now
    return wall_ms(remote) - now > MAX_FUTURE_MS


def clock_looks_wrong(last: int, now: int | None = None) -> bool:
    """The local clock reads earlier than the last stamp we issued: warn the person."""
    now = now_ms() if now is None else now
    return now < wall_ms(last)
