"""Demo generation at several sizes: time, rows per second, database size.

    python bench/bench_demo.py                      # 10k, 100k and 1M households into bench/out/
    python bench/bench_demo.py 10000 100000 --out /tmp/lalanh-bench --seed 1

Each size goes into a new file `demo-<N>.db` (an existing one is replaced),
through the same service as `lalanh demo` (app.services.demo.generate_demo).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

from _common import OUT, human_bytes

REGISTRY_TABLES = ("household", "person", "category_assignment", "need")


def build(path: Path, households: int, seed: int) -> dict:
    from app.db import open_database
    from app.services.demo import generate_demo

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(path)
    last = [0.0]

    def progress(done: int, total: int) -> bool:
        if time.monotonic() - last[0] > 10 or done == total:
            last[0] = time.monotonic()
            print(f"  {done:>10,}/{total:,}  {time.perf_counter() - started:7.1f} s",
                  file=sys.stderr, flush=True)  # fmt: skip
        return True

    started = time.perf_counter()
    result = generate_demo(db, households, seed, progress)
    seconds = time.perf_counter() - started
    db.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in REGISTRY_TABLES}
    outbox = con.execute("SELECT count(*) FROM outbox").fetchone()[0]
    try:
        sizes = con.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 8"
        ).fetchall()
    except sqlite3.OperationalError:  # SQLite built without dbstat
        sizes = []
    con.close()
    return dict(result=result, seconds=seconds, counts=counts, outbox=outbox,
                size=path.stat().st_size, biggest=sizes)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the databases")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    lines = []
    for n in args.sizes:
        path = args.out / f"demo-{n}.db"
        print(f"demo --households {n:,} → {path}", file=sys.stderr, flush=True)
        r = build(path, n, args.seed)
        rows = sum(r["counts"].values())
        line = (f"{n:>9,} households: {r['seconds']:7.1f} s  {rows:>10,} rows "
                f"({rows / r['seconds']:>7,.0f} rows/s, {n / r['seconds']:>6,.0f} households/s)  "
                f"{human_bytes(r['size']):>9}  [{', '.join(f'{t} {c:,}' for t, c in r['counts'].items())}; "
                f"outbox {r['outbox']:,}]")  # fmt: skip
        print(line, flush=True)
        print("           largest: " + ", ".join(f"{name} {human_bytes(size)}"
                                                 for name, size in r["biggest"]), flush=True)  # fmt: skip
        lines.append(line)
    if len(lines) > 1:
        print("\n".join(["", "summary:", *lines]))


if __name__ == "__main__":
    main()
