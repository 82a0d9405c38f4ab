"""Programs and distribution: building a list, the double-dipping check, recording receipts.

    python bench/bench_programs.py                                 # bench/out/demo-100000.db
    python bench/bench_programs.py --db bench/out/demo-1000000.db --receipts 200
    python bench/bench_programs.py --profile                       # pyinstrument where a target is missed

On a demo database (`--db`; made with `--households N` if it does not exist),
working in a copy of it (`bench/out/programs-work.db`, replaced each run; the
demo database itself is never changed):

1. Building a recipient list over every household (`build_list`: a program for
   everyone, rice per person; then the same list rebuilt with nothing changed,
   and a program for poor and near-poor households only). Target ≤ 5 s at
   100,000 households.
2. The double-dipping check: 10 programs of one overlap group, each listing
   every household (built with `build_list`; their build times are reported
   too; `--spread`: each its own tenth of the hamlets instead), then
   `overlaps(db, program)` — what the Programs page asks for one list — and,
   with `--whole-group`, the group at once. Target ≤ 5 s over 10 × 100,000 rows.
3. Recording a receipt in fast mode: the first list approved, stock donated,
   then `--receipts` consecutive rows: `record_receipt` alone, and the whole
   keystroke-to-"received" path (`row_by_code` of the scanned code,
   `record_receipt`, the row read back with `list_rows`). Target ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa
from _common import OUT, p95

TARGETS = {"build": 5.0, "overlaps": 5.0, "receipt": 0.100}  # seconds
GROUP = "Bench 10 × N"


def _demo(path: Path, households: int) -> None:
    from app.db import open_database
    from app.services.demo import generate_demo

    print(f"{path} does not exist: making a demo of {households:,} households …", file=sys.stderr)
    db = open_database(path)
    generate_demo(db, households, 1)
    db.dispose()


def _copy(source: Path, target: Path) -> None:
    import sqlite3

    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    con = sqlite3.connect(source)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    shutil.copyfile(source, target)


class Profiled:
    """Time a block; with --profile, keep a pyinstrument profile of it to print if it is slow."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.profiles: dict[str, str] = {}

    def run(self, name: str, target: float, fn, *args):
        profiler = None
        if self.enabled:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.001)
            profiler.start()
        started = time.perf_counter()
        result = fn(*args)
        seconds = time.perf_counter() - started
        if profiler is not None:
            profiler.stop()
            if seconds > target:
                self.profiles[name] = profiler.output_text(unicode=True, color=False)
        return seconds, result


def line(what: str, seconds: float, target: float, extra: str = "") -> str:
    mark = "ok" if seconds <= target else "MISSED"
    text = f"{what:<58} {seconds:8.2f} s   (target ≤ {target:g} s: {mark}) {extra}"
    print(text, flush=True)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=OUT / "demo-100000.db")
    parser.add_argument("--households", type=int, default=100_000,
                        help="size of the demo made when --db does not exist")  # fmt: skip
    parser.add_argument("--work", type=Path, default=OUT / "programs-work.db",
                        help="the copy the benchmark changes")  # fmt: skip
    parser.add_argument("--reuse", action="store_true",
                        help="keep the copy and the lists of an earlier run (skips step 1 "
                             "and the group's builds)")  # fmt: skip
    parser.add_argument("--programs", type=int, default=10, help="programs in the overlap group")
    parser.add_argument("--spread", action="store_true",
                        help="each group program takes its own share of the hamlets, so the "
                             "lists do not overlap (default: every list has every household)")  # fmt: skip
    parser.add_argument("--whole-group", action="store_true",
                        help="also check the whole group at once (every overlap of every list: "
                             "9 × the rows with full lists; memory grows with it)")  # fmt: skip
    parser.add_argument("--receipts", type=int, default=200)
    parser.add_argument("--profile", action="store_true",
                        help="print a pyinstrument profile of every step that misses its target")  # fmt: skip
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if not args.db.exists():
        _demo(args.db, args.households)
    reuse = args.reuse and args.work.exists()
    if not reuse:
        _copy(args.db, args.work)

    from app.db import open_database
    from app.services import vocab
    from app.services.office import list_hamlets
    from app.services.programs import (
        NormDraft,
        ProgramDraft,
        list_programs,
        save_organisation,
        save_program,
    )
    from app.services.recipient_lists import build_list
    from app.services.roles import Actor

    started = time.perf_counter()
    db = open_database(args.work)  # upgrades an older demo to this schema
    print(f"opened {args.work} ({time.perf_counter() - started:.1f} s)", file=sys.stderr)
    boss = Actor("bench", "Bench", frozenset({"admin"}))
    with db.read() as s:
        households = s.scalar(sa.text("SELECT count(*) FROM household WHERE voided = 0"))
    print(f"{args.db}: {households:,} households")
    prof = Profiled(args.profile)
    org = save_organisation(db, boss, f"Hội Chữ thập đỏ (bench {time.time():.0f})", "red_cross")
    rice, cash = vocab.item_id("rice"), vocab.item_id("cash")
    poor, near_poor = vocab.category_id("poor"), vocab.category_id("near_poor")

    def program(name, group="", categories=(), norms=None, hamlets=()):
        return save_program(db, boss, ProgramDraft(
            name=name, organisation_id=org, funding="donations", starts_on=date.today() - timedelta(days=30),
            overlap_group=group, categories=list(categories), hamlets=list(hamlets),
            norms=norms or [NormDraft(rice, "per_person", Decimal(15))]))  # fmt: skip

    lines = []
    if not reuse:  # 1. building
        everyone = program("Bench: everyone, rice per person")
        seconds, built = prof.run("build: every household", TARGETS["build"], build_list, db, boss,
                                  everyone)  # fmt: skip
        lines.append(line(f"build_list, every household ({built.listed:,} rows)", seconds,
                          TARGETS["build"]))  # fmt: skip
        seconds, again = prof.run("rebuild: nothing changed", TARGETS["build"], build_list, db, boss,
                                  everyone)  # fmt: skip
        lines.append(line(f"build_list again, nothing changed ({again.updated:,} updated)", seconds,
                          TARGETS["build"]))  # fmt: skip
        poor_only = program("Bench: poor and near-poor, cash", categories=[poor, near_poor],
                            norms=[NormDraft(cash, "per_person", Decimal(500_000), {poor: Decimal(1_000_000)})])  # fmt: skip
        seconds, built_poor = prof.run("build: poor and near-poor", TARGETS["build"], build_list, db,
                                       boss, poor_only)  # fmt: skip
        lines.append(line(f"build_list, poor and near-poor ({built_poor.listed:,} rows)", seconds,
                          TARGETS["build"]))  # fmt: skip

    # 2. the double-dipping check
    existing = {p.name: p for p in list_programs(db)}
    hamlet_ids = [h.id for h in list_hamlets(db)]
    group, builds = [], []
    for i in range(args.programs):
        name = f"Bench group {i + 1}"
        if name in existing and existing[name].households:
            group.append(existing[name].id)
            continue
        share = hamlet_ids[i :: args.programs] if args.spread else ()
        pid = program(name, group=GROUP, hamlets=share)
        seconds, result = prof.run(f"build: group list {i + 1}", 1e9, build_list, db, boss, pid)
        group.append(pid)
        builds.append(seconds)
        print(f"  group list {i + 1}: {seconds:.2f} s, {result.listed:,} rows", file=sys.stderr,
              flush=True)  # fmt: skip
    if builds:
        lines.append(line(f"build_list of the {len(builds)} group lists, median",
                          statistics.median(builds), TARGETS["build"],
                          f"(max {max(builds):.2f} s)"))  # fmt: skip
    lines += _overlaps(db, prof, group, args)
    lines += _receipts(db, boss, prof, group[0], args.receipts)
    db.dispose()
    print("\nsummary:\n" + "\n".join(lines))
    for name, text in prof.profiles.items():
        print(f"\n=== profile: {name} ===\n{text}")


def _overlaps(db, prof: Profiled, group: list, args) -> list[str]:
    from app.services.overlap import group_overlaps
    from app.services.programs import list_programs
    from app.services.recipient_lists import overlaps
    from app.text import fold

    rows = sum(p.households for p in list_programs(db) if p.id in set(group))
    what = f"{len(group)} lists, {rows:,} rows"
    seconds, found = prof.run("overlaps: one program", TARGETS["overlaps"], overlaps, db, group[0])
    pairs = sum(len(o.others) for o in found)
    lines = [line(f"overlaps(one list; {what}) → {len(found):,} households, {pairs:,} listings", seconds,
                  TARGETS["overlaps"])]  # fmt: skip
    del found
    if args.whole_group:

        def whole_group():
            with db.read() as s:
                return len(group_overlaps(s, fold(GROUP)))

        seconds, count = prof.run("overlaps: the whole group", TARGETS["overlaps"], whole_group)
        lines.append(line(f"the whole group at once → {count:,} households", seconds,
                          TARGETS["overlaps"]))  # fmt: skip
    return lines


def _receipts(db, boss, prof: Profiled, pid, count: int) -> list[str]:
    """`count` receipts by the service alone, `count` through code → receipt → row shown."""
    from app.services import vocab
    from app.services.distribution import ReceiptDraft, record_receipt
    from app.services.ledger import DonationDraft, record_donation
    from app.services.programs import load_program
    from app.services.recipient_lists import ListQuery, advance_list, list_rows, row_by_code

    while load_program(db, pid).list_status in ("draft", "submitted"):
        advance_list(db, boss, pid)
    record_donation(db, boss, DonationDraft(donor_name="Bench", item_id=vocab.item_id("rice"),
                                            quantity=Decimal(9_000_000), received_on=date.today()))  # fmt: skip
    rows = list_rows(db, pid, ListQuery(state="waiting"), 0, count * 2)
    alone, whole = [], []
    profiler = None
    if prof.enabled:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
    for i, row in enumerate(rows):
        draft = ReceiptDraft(recipient_id=row.recipient_id, given_on=date.today(), id_type=None, id_number="",
                             note="bench", handed_by="Bench")  # fmt: skip
        if i % 2 == 0:  # the service call alone
            t = time.perf_counter()
            record_receipt(db, boss, draft)
            alone.append((time.perf_counter() - t) * 1000)
        else:  # scanned code → row → receipt → the row shown as received
            t = time.perf_counter()
            scanned = row_by_code(db, row.code, pid)
            record_receipt(
                db, boss, ReceiptDraft(**{**draft.__dict__, "recipient_id": scanned.recipient_id})
            )
            [shown] = list_rows(db, pid, ListQuery(text=row.code), 0, 1)
            assert shown.state == "received"
            whole.append((time.perf_counter() - t) * 1000)
    if profiler is not None:
        profiler.stop()
    lines = []
    for what, values in (
        ("record_receipt", alone),
        ("code → row → record_receipt → row shown", whole),
    ):
        median, high = statistics.median(values), p95(values)
        text = (f"{what:<58} median {median:6.1f} ms  p95 {high:6.1f} ms  max {max(values):6.1f} ms  "
                f"n={len(values)}  (target ≤ 100 ms: {'ok' if high <= 100 else 'MISSED'})")  # fmt: skip
        print(text, flush=True)
        lines.append(text)
        if profiler is not None and high > 100:
            prof.profiles["receipts"] = profiler.output_text(unicode=True, color=False)
    return lines


if __name__ == "__main__":
    main()
