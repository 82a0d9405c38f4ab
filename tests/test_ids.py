"""app/ids.py: UUIDv7 primary keys, time-ordered and monotonic within the process."""

from __future__ import annotations

import threading
import time
import uuid

from app import ids
from app.ids import uuid7


class FakeClock:
    """Stands in for the `time` module that app.ids reads the wall clock from."""

    def __init__(self, readings_ms):
        self.readings = list(readings_ms)
        self.last = self.readings[0]

    def time_ns(self):
        if self.readings:
            self.last = self.readings.pop(0)
        return self.last * 1_000_000


def _ms(u: uuid.UUID) -> int:
    return u.int >> 80


def test_uuid7_layout_and_timestamp():
    before = time.time_ns() // 1_000_000
    u = uuid7()
    after = time.time_ns() // 1_000_000
    assert u.version == 7
    assert u.variant == uuid.RFC_4122
    assert before <= _ms(u) <= after + 1  # +1: a counter overflow may borrow a millisecond


def test_uuid7_is_strictly_increasing_as_int_and_as_text():
    values = [uuid7() for _ in range(10_000)]
    assert all(a.int < b.int for a, b in zip(values, values[1:], strict=False))
    assert all(str(a) < str(b) for a, b in zip(values, values[1:], strict=False))
    assert len(set(values)) == len(values)


def test_uuid7_stays_ordered_when_the_wall_clock_goes_back(monkeypatch):
    now = time.time_ns() // 1_000_000
    monkeypatch.setattr(ids, "time", FakeClock([now, now - 10_000, now - 3_600_000, now - 1]))
    values = [uuid7() for _ in range(6)]
    assert all(a.int < b.int for a, b in zip(values, values[1:], strict=False))
    assert all(_ms(v) >= now for v in values)


def test_uuid7_counter_overflow_borrows_the_next_millisecond(monkeypatch):
    now = time.time_ns() // 1_000_000
    monkeypatch.setattr(ids, "time", FakeClock([now]))  # a frozen clock
    values = [uuid7() for _ in range(6_000)]  # more than the 12-bit counter holds
    assert all(a.int < b.int for a, b in zip(values, values[1:], strict=False))
    assert _ms(values[-1]) > _ms(values[0])
    assert all(v.version == 7 and v.variant == uuid.RFC_4122 for v in values)


def test_uuid7_unique_across_threads():
    results: list[list[uuid.UUID]] = [[] for _ in range(4)]

    def work(out):
        out.extend(uuid7() for _ in range(2_000))

    threads = [threading.Thread(target=work, args=(out,)) for out in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    every = [u for out in results for u in out]
    assert len(set(every)) == len(every) == 8_000
    for out in results:  # each thread sees its own values in increasing order
        assert out == sorted(out, key=lambda u: u.int)


def test_uuid7_random_bits_differ():
    a, b = uuid7(), uuid7()
    assert (a.int & ((1 << 62) - 1)) != (b.int & ((1 << 62) - 1))
