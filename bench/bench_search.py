"""Search-as-you-type: the first page for each prefix a person types, letter by letter.

    python bench/bench_search.py bench/out/demo-1000000.db            # 5 passes
    python bench/bench_search.py DB -n 10 --cold                      # first pass after emptying caches

Times the service calls the GUI makes on each keystroke:
  households: app.services.households.list_households(db, HouseholdQuery(text=...), None, 100)
  persons:    app.services.persons.search_persons(db, text)
for names typed with accents (as Unikey delivers them), and a CCCD, a phone number
and a household code taken from the database, typed digit by digit.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
from collections import defaultdict

from _common import drop_os_caches, open_db, p95, summary, timed

NAMES = ["Nguyễn Văn An", "Trần Thị Hương", "Lê Thị Thắm", "Hoàng Minh Đức", "Phạm Ngọc Yến",
         "Đặng Quốc Việt"]  # fmt: skip


def typed(text: str) -> list[str]:
    """What the search box holds after each keystroke, minus repeats that search the same."""
    from app.text import fold

    out, seen = [], set()
    for i in range(1, len(text) + 1):
        key = fold(text[:i])
        if key and key not in seen:
            seen.add(key)
            out.append(text[:i])
    return out


def sample_numbers(path: str) -> dict[str, str]:
    """A CCCD, a phone and a household code from the middle of the registry."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    (n,) = con.execute("SELECT count(*) FROM household").fetchone()
    (width,) = con.execute("SELECT length(max(code)) FROM household").fetchone()
    code = f"{n // 2 + 1:0{width}d}"
    persons = con.execute(
        "SELECT p.id_number, p.id_type, p.phone FROM person p JOIN household h "
        "ON h.id = p.household_id WHERE h.code >= ? ORDER BY h.code LIMIT 40", (code,)
    ).fetchall()  # fmt: skip
    con.close()
    cccd = next(p[0] for p in persons if p[1] == "cccd")
    phone = next(p[2] for p in persons if p[2])
    return {"cccd": cccd, "phone": phone, "code": code}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("-n", "--passes", type=int, default=5)
    parser.add_argument("--cold", action="store_true",
                        help="empty the OS page cache before the first pass (Linux, root)")  # fmt: skip
    parser.add_argument("--show", action="store_true", help="print every query's median")
    args = parser.parse_args()

    from app.services.households import HouseholdQuery, list_households
    from app.services.persons import search_persons

    groups = {f"name {name}": typed(name) for name in NAMES}
    groups.update({k: typed(v) for k, v in sample_numbers(args.db).items()})
    if args.cold and not drop_os_caches():
        print("(could not empty the OS cache: not root?)", file=sys.stderr)
    db = open_db(args.db)
    kinds = {
        "households": lambda t: list_households(db, HouseholdQuery(text=t), None, 100),
        "persons": lambda t: search_persons(db, t),
    }
    times: dict[tuple[str, str, str], list[float]] = defaultdict(list)
    first_pass: dict[str, list[float]] = defaultdict(list)
    found: dict[tuple[str, str], int] = {}
    for run in range(args.passes):
        for group, prefixes in groups.items():
            for text in prefixes:
                for kind, call in kinds.items():
                    ms, result = timed(call, text)
                    times[(kind, group, text)].append(ms)
                    if run == 0:
                        first_pass[kind].append(ms)
                    found[(kind, text)] = len(result.rows if kind == "households" else result)

    print(f"{args.db}: {sum(len(p) for p in groups.values())} typed prefixes × "
          f"{len(kinds)} calls × {args.passes} passes")  # fmt: skip
    for kind in kinds:
        every = [t for (k, _g, _t), ts in times.items() if k == kind for t in ts]
        later = [t for (k, _g, _t), ts in times.items() if k == kind for t in ts[1:]]
        print(f"\n{kind:10s} all passes    {summary(every)}")
        print(f"{'':10s} first pass    {summary(first_pass[kind])}"
              + ("  (after emptying the OS cache)" if args.cold else ""))  # fmt: skip
        if later:
            print(f"{'':10s} later passes  {summary(later)}")
        for group, prefixes in groups.items():
            values = [t for text in prefixes for t in times[(kind, group, text)]]
            worst = max(prefixes, key=lambda x: statistics.median(times[(kind, group, x)]))
            print(f"  {group:24s} median {statistics.median(values):7.1f}  p95 {p95(values):7.1f}"
                  f"  slowest {worst!r} {statistics.median(times[(kind, group, worst)]):.1f} ms")  # fmt: skip
        if args.show:
            for group, prefixes in groups.items():
                for text in prefixes:
                    print(f"    {text!r:28s} {statistics.median(times[(kind, group, text)]):7.1f} ms"
                          f"  {found[(kind, text)]} rows")  # fmt: skip


if __name__ == "__main__":
    main()
