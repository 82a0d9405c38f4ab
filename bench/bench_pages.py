"""Opening the Households and Needs pages: first page and counts, cold and warm.

    python bench/bench_pages.py bench/out/demo-1000000.db
    python bench/bench_pages.py DB -n 10 --no-drop

Cold: a new database connection (empty SQLite cache) and, when run as root on
Linux, an emptied OS page cache (as after a reboot); without root, "cold" is
only the SQLite cache. Warm: the same call repeated on an open connection.

Households page = list_households(db, HouseholdQuery(...), None, 100)
                  + count_households(db, HouseholdQuery(...))
Needs page      = list_open_needs(db, NeedQuery(...))  (first page, 200 rows)
                  + need_totals(db, NeedQuery(...))
"""

from __future__ import annotations

import argparse
import statistics
import sys

from _common import drop_os_caches, open_db, summary, timed


def scenarios(db):
    from app.services import vocab
    from app.services.households import HouseholdQuery, count_households, list_households
    from app.services.needs import NeedQuery, list_open_needs, need_totals
    from app.services.office import list_hamlets

    hamlet = list_hamlets(db)[len(list_hamlets(db)) // 2].id
    poor = vocab.category_id("poor")
    for label, q in [
        ("all", HouseholdQuery()),
        ("hamlet", HouseholdQuery(hamlet_id=hamlet)),
        ("category poor", HouseholdQuery(category_id=poor)),
        ("hamlet + poor", HouseholdQuery(hamlet_id=hamlet, category_id=poor)),
        # Not part of opening the page: the count of a search, which the GUI runs in a worker.
        ("search 'tran thi h'", HouseholdQuery(text="tran thi h")),
    ]:
        yield (
            "households",
            label,
            [
                ("list first page", lambda q=q: list_households(db, q, None, 100)),
                ("count", lambda q=q: count_households(db, q)),
            ],
        )
    yield "households", "all, page 2", [
        ("list next page",
         lambda: list_households(db, HouseholdQuery(), list_households(db, HouseholdQuery(),
                                                                       None, 100).cursor, 100)),
    ]  # fmt: skip
    for label, q in [
        ("all", NeedQuery()),
        ("hamlet", NeedQuery(hamlet_id=hamlet)),
        ("kind rice", NeedQuery(kind="rice")),
        ("urgency critical", NeedQuery(urgency="critical")),
    ]:
        yield (
            "needs",
            label,
            [
                ("open needs first page", lambda q=q: list_open_needs(db, q)),
                ("totals", lambda q=q: need_totals(db, q)),
            ],
        )
    yield "needs", "all, page 2", [
        ("open needs next page",
         lambda: list_open_needs(db, NeedQuery(), list_open_needs(db, NeedQuery())[1])),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("-n", "--warm", type=int, default=5, help="warm repetitions")
    parser.add_argument("--cold-runs", type=int, default=3, help="cold repetitions (median)")
    parser.add_argument("--no-drop", action="store_true", help="do not empty the OS cache")
    args = parser.parse_args()

    probe = open_db(args.db)
    plan = [(page, label, [name for name, _fn in calls]) for page, label, calls in
            scenarios(probe)]  # fmt: skip
    probe.dispose()
    dropped = False
    print(args.db)
    for index, (page, label, names) in enumerate(plan):
        # Cold: each run starts from a new connection (and an empty OS cache if allowed).
        cold: list[list[float]] = [[] for _ in names]
        for _run in range(args.cold_runs):
            if not args.no_drop:
                dropped = drop_os_caches()
            db = open_db(args.db)
            for i, (_name, fn) in enumerate(list(scenarios(db))[index][2]):
                cold[i].append(timed(fn)[0])
            db.dispose()
        db = open_db(args.db)
        calls = list(scenarios(db))[index][2]
        for _name, fn in calls:
            fn()
        warm = [[timed(fn)[0] for _ in range(args.warm)] for _name, fn in calls]
        db.dispose()
        print(f"\n{page} page, {label}: cold total {sum(statistics.median(c) for c in cold):.0f} ms"
              f", warm total {sum(statistics.median(w) for w in warm):.0f} ms (medians)")  # fmt: skip
        for name, c, w in zip(names, cold, warm, strict=True):
            print(f"  {name:22s} cold median {statistics.median(c):7.1f} max {max(c):7.1f} ms"
                  f" | warm {summary(w)}")  # fmt: skip
    print("\n(cold = new connection" + (" + emptied OS page cache)" if dropped else
                                        " only; OS page cache was warm)"))  # fmt: skip
    sys.stdout.flush()


if __name__ == "__main__":
    main()
