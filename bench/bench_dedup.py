"""The duplicate engine: a full scan of a registry, the check for one new person, and quality.

    python bench/bench_dedup.py                                   # bench/out/demo-280000.db
    python bench/bench_dedup.py --db bench/out/demo-100000.db --checks 200
    python bench/bench_dedup.py --quality-only
    python bench/bench_dedup.py --check-only --checks 200        # the check alone

- scan: `app.dedup.engine.scan(db)` over every live person (wall and CPU seconds, pairs
  found by level, the process's peak RSS). The issue's target: 1,000,000 persons ≤ 60 s on
  2 cores, ≤ 2 GB. `bench_demo.py 280000` makes a registry of about 1,000,000 persons.
- check: `check(db, person)` for `--checks` persons taken at random from the registry, each
  as a new person typed again (id None, birth date as registered; the name as registered,
  without accents, with a letter mistyped or given name first, or the ID left out):
  p50 / p95 / max milliseconds, and for how many the registered record came back. Target
  ≤ 50 ms.
- quality: precision and recall on the evaluation set (tests/dedup/evalset.py) at the
  thresholds, and blocking recall.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from _common import OUT, ROOT, human_bytes, open_db, p95

sys.path.insert(0, str(ROOT))


def quality() -> None:
    from app.dedup import Thresholds
    from app.dedup.blocking import candidate_pairs
    from app.dedup.engine import find_pairs
    from app.dedup.scoring import rec_of
    from tests.dedup.evalset import make_evalset
    from tests.dedup.evalset import quality as pr

    ev = make_evalset()
    t = Thresholds()
    started = time.perf_counter()
    blocked = set(candidate_pairs([rec_of(p) for p in ev.people]))
    found = find_pairs(ev.people, Thresholds(100, 1))
    seconds = time.perf_counter() - started
    idx = {p.id: i for i, p in enumerate(ev.people)}
    scores = {tuple(sorted((idx[c.a.id], idx[c.b.id]))): c.score for c in found}
    print(f"evaluation set: {len(ev.people):,} records, {len(ev.truth)} true pairs; "
          f"blocking {len(blocked):,} pairs, recall {len(blocked & ev.truth) / len(ev.truth):.3f}; "
          f"{seconds:.1f} s")  # fmt: skip
    for name, level in (("review", t.review), ("suggest", t.suggest)):
        p, r = pr({k for k, s in scores.items() if s >= level}, ev.truth)
        print(f"  at {name} ≥ {level}: precision {p:.3f}  recall {r:.3f}")
    print("  threshold   precision  recall")
    for level in range(50, 96, 5):
        p, r = pr({k for k, s in scores.items() if s >= level}, ev.truth)
        print(f"  {level:9d}   {p:9.3f}  {r:6.3f}")


def bench_scan(db) -> None:
    from app.dedup.engine import scan

    marks: list[tuple[int, float]] = []
    started, cpu = time.perf_counter(), time.process_time()

    def progress(done: int, total: int) -> bool:
        marks.append((done, time.perf_counter() - started))
        return True

    found = scan(db, progress=progress)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    levels = {"suggest": 0, "review": 0}
    for c in found:
        levels[c.level] += 1
    read = next((s for d, s in marks if d >= 8), 0.0)
    index = next((s for d, s in marks if d >= 20), 0.0)
    print(f"scan: {wall:.1f} s wall, {cpu:.1f} s CPU — read {read:.1f} s, names {index - read:.1f} s, "
          f"pairs and scores {wall - index:.1f} s; {len(found):,} pairs "
          f"({levels['suggest']:,} suggest, {levels['review']:,} review); "
          f"peak RSS {human_bytes(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)}")  # fmt: skip


def bench_check(db, n: int, seed: int) -> None:
    import sqlalchemy as sa

    from app.dedup import PersonFacts
    from app.dedup.engine import check
    from tests.dedup.evalset import _strip_accents, _swap, _typo

    rng = random.Random(seed)
    with db.read() as s:
        count = s.execute(sa.text("SELECT max(rowid) FROM person")).scalar()
        rows = []
        while len(rows) < n:
            row = s.execute(sa.text(
                "SELECT full_name, birth_year, birth_date, gender, id_number FROM person "
                "WHERE rowid = :r AND voided = 0"), {"r": rng.randint(1, count)}).first()  # fmt: skip
            if row is not None:
                rows.append(row)
    people = []
    for name, year, born, gender, idn in rows:
        how = rng.choice(["accents", "typo", "swap", "same", "no_id"])
        name = _strip_accents(name) if how == "accents" else _typo(rng, name) if how == "typo" \
            else _swap(name) if how == "swap" else name  # fmt: skip
        born = date.fromisoformat(str(born)[:10]) if born else None
        people.append(PersonFacts(None, name, year, born, gender=gender,
                                  id_number="" if how == "no_id" else idn or ""))  # fmt: skip
    check(db, people[0])  # warm: the first call loads the hamlets and the statement cache
    times, hits = [], 0
    for p in people:
        started = time.perf_counter()
        found = check(db, p)
        times.append((time.perf_counter() - started) * 1000)
        hits += bool(found)
    print(f"check ({n} persons typed again): p50 {statistics.median(times):.1f} ms, "
          f"p95 {p95(times):.1f} ms, max {max(times):.1f} ms; the person found for {hits}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=OUT / "demo-280000.db")
    parser.add_argument("--checks", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quality-only", action="store_true")
    parser.add_argument("--no-scan", action="store_true")
    parser.add_argument("--check-only", action="store_true", help="no quality, no scan")
    args = parser.parse_args()
    if not args.check_only:
        quality()
    if args.quality_only:
        return
    db = open_db(args.db)
    import sqlalchemy as sa

    with db.read() as s:
        persons = s.execute(sa.text("SELECT count(*) FROM person WHERE voided = 0")).scalar()
    print(f"{args.db.name}: {persons:,} live persons")
    bench_check(db, args.checks, args.seed)
    if not (args.no_scan or args.check_only):
        bench_scan(db)


if __name__ == "__main__":
    main()
