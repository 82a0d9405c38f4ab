"""app/sync/hlc.py: the hybrid logical clock (SYNC.md §2)."""

from __future__ import annotations

import time

from hypothesis import assume, given
from hypothesis import strategies as st

from app.sync import hlc
from app.sync.hlc import (
    COUNTER_MASK,
    MAX_FUTURE_MS,
    clock_looks_wrong,
    pack,
    receive,
    tick,
    too_far_ahead,
    wall_ms,
)

walls = st.integers(min_value=0, max_value=2**46)
counters = st.integers(min_value=0, max_value=COUNTER_MASK)
stamps = st.builds(pack, walls, counters)


@given(walls, counters)
def test_pack_and_unpack(wall, counter):
    stamp = pack(wall, counter)
    assert wall_ms(stamp) == wall
    assert stamp & COUNTER_MASK == counter


@given(st.lists(walls, min_size=1, max_size=200))
def test_tick_never_goes_backwards_whatever_the_wall_clock_does(readings):
    last = 0
    for now in readings:
        stamp = tick(last, now)
        assert stamp > last
        assert wall_ms(stamp) >= now  # and it follows the clock when the clock is ahead
        last = stamp


@given(stamps, walls)
def test_tick_with_a_clock_behind_the_last_stamp_advances_the_counter(last, now):
    stamp = tick(last, min(now, wall_ms(last)))
    assert stamp > last
    assert wall_ms(stamp) - wall_ms(last) <= 1


def test_tick_takes_the_wall_clock_when_it_is_ahead():
    assert tick(pack(1_000, 7), 2_000) == pack(2_000, 0)


def test_counter_overflow_borrows_the_next_millisecond():
    assert tick(pack(5_000, COUNTER_MASK), 5_000) == pack(5_001, 0)
    assert tick(pack(5_000, COUNTER_MASK - 1), 4_000) == pack(5_000, COUNTER_MASK)


def test_tick_reads_the_real_clock_by_default():
    before = time.time_ns() // 1_000_000
    stamp = tick(0)
    after = time.time_ns() // 1_000_000
    assert before <= wall_ms(stamp) <= after


@given(stamps, stamps, walls)
def test_receive_advances_past_the_remote_and_the_local_stamp(last, remote, now):
    stamp = receive(last, remote, now)
    assert stamp > remote
    assert stamp > last


@given(st.lists(st.tuples(st.booleans(), stamps, walls), max_size=100))
def test_local_and_received_events_give_strictly_increasing_stamps(events):
    last = 0
    for is_remote, remote, now in events:
        stamp = receive(last, remote, now) if is_remote else tick(last, now)
        assert stamp > last
        last = stamp


def test_too_far_ahead_is_24_hours():
    now = 1_800_000_000_000
    assert MAX_FUTURE_MS == 24 * 3600 * 1000
    assert not too_far_ahead(pack(now, 0), now)
    assert not too_far_ahead(pack(now + MAX_FUTURE_MS, COUNTER_MASK), now)
    assert too_far_ahead(pack(now + MAX_FUTURE_MS + 1, 0), now)
    assert not too_far_ahead(pack(now - 10 * MAX_FUTURE_MS, 0), now)  # the past is fine


@given(walls, st.integers(min_value=-(10**9), max_value=10**9))
def test_too_far_ahead_property(now, ahead_ms):
    remote_wall = now + ahead_ms
    assume(remote_wall >= 0)
    assert too_far_ahead(pack(remote_wall, 0), now) == (ahead_ms > MAX_FUTURE_MS)


def test_too_far_ahead_reads_the_real_clock_by_default():
    assert not too_far_ahead(pack(hlc.now_ms() + 60_000, 0))
    assert too_far_ahead(pack(hlc.now_ms() + 2 * MAX_FUTURE_MS, 0))


def test_clock_looks_wrong_when_it_reads_before_the_last_stamp():
    assert clock_looks_wrong(pack(10_000, 0), 9_999)
    assert not clock_looks_wrong(pack(10_000, 3), 10_000)
    assert not clock_looks_wrong(pack(10_000, 0), 10_001)
