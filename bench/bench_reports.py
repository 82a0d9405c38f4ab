"""Reports and the dashboard on a big database: the figures issue 8 asks for.

    python bench/bench_reports.py --db bench/out/demo-1000000.db            # ~5 M ledger rows added
    python bench/bench_reports.py --db bench/out/demo-1000000.db --reuse    # the work copy as it is
    python bench/bench_reports.py ... --profile     # pyinstrument of each step's first run

Works in a copy of the demo database (`--work`, default bench/out/reports-work.db; the demo
database itself is never changed), brought to the newest schema first without a backup (the
time of that upgrade is printed: on a work copy made before migration 0012 it is the time an
office's upgrade pays once). The demo's season is a commune's, a few hundred receipts;
`lalanh demo` has no way to make millions, so this script adds them itself: `--programs`
approved programs over the last year (cash, rice or gift packages, one or two items, two
overlap groups), each listing a random share of the households, 85 % of its rows given once on
a day within the program's period, sized so that receipts + receipt lines come to about
`--ledger` rows. Rows go in with plain INSERTs in large transactions, the outbox and ledger
triggers dropped meanwhile and put back after (a bench database is never synced); then
aid_given_day, aid_reached and program_plan, which those triggers keep, are computed afresh
(decision 0010).

Then, each `--runs` times on a new connection: the dashboard (everything, and the ledger part
alone, as after a receipt), the daily report for the last full month (queries, then also the
PDF), the daily report for everything, the coverage report, the donor report of one earmark
and the duplicate report. Min and median wall seconds and median CPU seconds
(`time.process_time`). Targets: dashboard ≤ 1 s, daily report for one month ≤ 5 s, coverage
report ≤ 10 s.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

from _common import OUT

TARGETS = {"dashboard": 1.0, "dashboard (ledger part)": 1.0, "daily, one month": 5.0,
           "daily, one month + PDF": 5.0, "coverage": 10.0}  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--db", default=str(OUT / "demo-1000000.db"))
    ap.add_argument("--work", default=str(OUT / "reports-work.db"))
    ap.add_argument("--reuse", action="store_true", help="keep the work copy and its ledger")
    ap.add_argument("--programs", type=int, default=8)
    ap.add_argument("--ledger", type=int, default=5_000_000, help="receipts + receipt lines")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--only", action="append", default=[], metavar="STEP",
                    help="run only the steps whose name starts with STEP (repeatable), "
                         "e.g. --only daily --only dup")  # fmt: skip
    args = ap.parse_args()
    work = Path(args.work)
    if not (args.reuse and work.exists()):
        print(f"copying {args.db} → {work} …", flush=True)
        shutil.copyfile(args.db, work)
        for suffix in ("-wal", "-shm"):
            Path(str(work) + suffix).unlink(missing_ok=True)
        upgrade(work)
        started = time.perf_counter()
        made = generate(work, args.programs, args.ledger)
        print(f"added {made:,} ledger rows in {time.perf_counter() - started:.0f} s", flush=True)
    else:
        upgrade(work)
    describe(work)
    measure(work, args.runs, args.profile, args.only)
    return 0


def upgrade(path: Path) -> None:
    """The work copy to the newest schema, without the backup the app makes first (a copy of
    gigabytes); wall and CPU seconds of the upgrade."""
    from alembic import command

    from app.db import alembic_config, current_revision, head_revision, make_engine, url_for

    url = url_for(path)
    engine = make_engine(url)
    with engine.connect() as conn:
        before = current_revision(conn)
    if before != head_revision():
        w, c = time.perf_counter(), time.process_time()
        with engine.begin() as conn:
            command.upgrade(alembic_config(url, conn), "head")
        print(f"schema {before} → {head_revision()}: {time.perf_counter() - w:.1f} s, "
              f"CPU {time.process_time() - c:.1f} s", flush=True)  # fmt: skip
    engine.dispose()


# --- the ledger -------------------------------------------------------------------------------


def generate(path: Path, programs: int, ledger: int) -> int:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-400000")
    office, org = con.execute("SELECT office_id, id FROM organisation LIMIT 1").fetchone()
    origin = office
    items = dict(con.execute("SELECT code, id FROM aid_item"))
    households = [r[0] for r in con.execute("SELECT id FROM household WHERE voided = 0")]
    rng = random.Random(8)
    today = date.today()
    plans = [[("cash", 500_000)], [("rice", 15), ("cash", 300_000)], [("gift", 1)],
             [("rice", 10)], [("cash", 1_000_000), ("gift", 1)], [("rice", 20)]]  # fmt: skip
    items_per = statistics.mean(len(plans[n % len(plans)]) for n in range(programs))
    rows_per_program = int(ledger / (programs * 0.85 * (1 + items_per)))
    rows_per_program = min(rows_per_program, len(households))
    triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name "
                           "IN ('program', 'program_item', 'recipient', 'entitlement', 'receipt', 'receipt_line')").fetchall()  # fmt: skip
    for name, _sql in triggers:
        con.execute(f'DROP TRIGGER "{name}"')
    now = datetime.now().replace(microsecond=0).isoformat(sep=" ")
    hlc = [int(time.time() * 1000) << 16]

    def sync() -> dict:
        hlc[0] += 1
        return {"id": uuid.uuid4().hex, "origin_office_id": origin, "version": 1, "hlc": hlc[0],
                "field_hlc": "{}", "voided": 0, "void_reason": None, "created_at": now,
                "updated_at": now, "created_by": "bench", "updated_by": "bench"}  # fmt: skip

    def insert(table: str, rows: list[dict]) -> None:
        if rows:
            cols = list(rows[0])
            con.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                            f"({', '.join('?' * len(cols))})", [tuple(r[c] for c in cols) for r in rows])  # fmt: skip

    made = 0
    for n in range(programs):
        plan = plans[n % len(plans)]
        starts = today - timedelta(days=360 - n * (300 // max(programs, 1)))
        ends = starts + timedelta(days=60)
        program = {**sync(), "office_id": office, "code": f"B{n + 1:03d}",
                   "name": f"Đợt thử {n + 1}", "name_folded": f"dot thu {n + 1}",
                   "organisation_id": org, "funding": "donations", "donor_name": None,
                   "starts_on": starts.isoformat(), "ends_on": ends.isoformat(),
                   "overlap_group": f"Nhóm {n % 2 + 1}", "overlap_folded": f"nhom {n % 2 + 1}",
                   "eligibility": "{}", "list_status": "approved", "list_version": 1, "note": None}  # fmt: skip
        insert("program", [program])
        pid = program["id"]
        insert("program_item", [{**sync(), "program_id": pid, "item_id": items[code], "basis": "per_household",
                                 "quantity_milli": q * 1000, "category_quantities": "{}",
                                 "household_cap_milli": None, "sort_order": k}
                                for k, (code, q) in enumerate(plan)])  # fmt: skip
        chosen = rng.sample(households, rows_per_program)
        days = max(min((today - starts).days, 60), 1)
        for start in range(0, len(chosen), 50_000):
            recipients, entitlements, receipts, lines = [], [], [], []
            for seq, hid in enumerate(chosen[start : start + 50_000], start + 1):
                r = {**sync(), "program_id": pid, "household_id": hid, "seq": seq,
                     "persons": rng.randint(1, 6), "status": "listed", "added_how": "rules",
                     "reason": None, "added_in_version": 1}  # fmt: skip
                recipients.append(r)
                for code, q in plan:
                    entitlements.append({"recipient_id": r["id"], "item_id": items[code],
                                         "quantity_milli": q * 1000})  # fmt: skip
                if rng.random() < 0.85:
                    given = (starts + timedelta(days=rng.randrange(days))).isoformat()
                    rc = {**sync(), "program_id": pid, "recipient_id": r["id"], "household_id": hid,
                          "kind": "give", "attempt": 1, "given_on": given, "id_type": None,
                          "id_number": None, "id_check": "none", "collector": "self",
                          "collector_person_id": None, "proxy_name": None, "proxy_relation": None,
                          "handed_by": "bench", "note": None, "over_reason": None, "reverses_id": None}  # fmt: skip
                    receipts.append(rc)
                    for code, q in plan:
                        lines.append({**sync(), "receipt_id": rc["id"], "program_id": pid,
                                      "household_id": hid, "item_id": items[code],
                                      "quantity_milli": q * 1000, "given_on": given})  # fmt: skip
            insert("recipient", recipients)
            insert("entitlement", entitlements)
            insert("receipt", receipts)
            insert("receipt_line", lines)
            con.commit()
            made += len(receipts) + len(lines)
            print(
                f"  {program['code']}: {start + len(recipients):,} rows, ledger {made:,}",
                flush=True,
            )
    for _name, sql in triggers:
        con.execute(sql)
    from app.reports import given_days  # the triggers were off: aid_given_day afresh

    con.execute(f"DELETE FROM {given_days.TABLE}")
    con.execute(given_days.REBUILD)
    from app.reports import kept_totals  # aid_reached and program_plan too (migration 0014)

    for table, fresh in ((kept_totals.REACHED, kept_totals.FRESH_REACHED),
                         (kept_totals.PLAN, kept_totals.FRESH_PLAN)):  # fmt: skip
        columns = "household_id, first_on" if table == kept_totals.REACHED else \
            "program_id, item_id, lines, quantity_milli"  # fmt: skip
        con.execute(f"DELETE FROM {table}")
        con.execute(f"INSERT INTO {table} ({columns}) {fresh}")
    con.execute("ANALYZE")
    con.commit()
    con.close()
    return made


def describe(path: Path) -> None:
    con = sqlite3.connect(path)
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("household", "person", "need", "recipient", "receipt", "receipt_line",
                        "donation")}  # fmt: skip
    con.close()
    print("database: " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))
    print(
        f"ledger rows (receipts + lines): {counts['receipt'] + counts['receipt_line']:,}; "
        f"file {path.stat().st_size / 2**30:.1f} GiB; SQLite {sqlite3.sqlite_version}"
    )


# --- measuring --------------------------------------------------------------------------------


def measure(path: Path, runs: int, profile: bool, only: list[str] | None = None) -> None:
    from app.db import open_database
    from app.printing import report_tables
    from app.printing.report_pdf import report_pdf
    from app.reports.common import make_period
    from app.reports.coverage import coverage_report
    from app.reports.daily import daily_report
    from app.reports.dashboard import dashboard
    from app.reports.donor import donor_report
    from app.reports.duplicates import duplicates_report
    from app.services import office_documents

    today = date.today()
    last = today.replace(day=1) - timedelta(days=1)
    month = make_period(last.replace(day=1), last)
    everything = make_period(None, None)
    probe = open_database(path, upgrade=False)
    doc = office_documents.load(probe)
    with probe.read() as s:
        import sqlalchemy as sa

        from app.models import Program

        earmark = s.scalar(sa.select(Program.id).order_by(Program.code).limit(1))
    previous = dashboard(probe)
    probe.dispose()

    def daily_pdf(db):
        report_pdf(report_tables.daily_document(daily_report(db, month)), doc)

    steps = [
        ("dashboard", lambda db: dashboard(db)),
        ("dashboard (ledger part)", lambda db: dashboard(db, previous=previous,
                                                         parts=frozenset({"aid"}))),
        ("daily, one month", lambda db: daily_report(db, month)),
        ("daily, one month + PDF", daily_pdf),
        ("daily, everything", lambda db: daily_report(db, everything)),
        ("coverage", lambda db: coverage_report(db, everything)),
        ("donor (an earmark)", lambda db: donor_report(db, everything, program_id=earmark)),
        ("duplicates", lambda db: duplicates_report(db, everything)),
    ]  # fmt: skip
    print(
        f"\nperiod of 'one month': {month.text()}; {runs} runs each, new connection per run; "
        "the machine is shared (2 cores)"
    )
    if only:
        steps = [(n, f) for n, f in steps if any(n.startswith(o) for o in only)]
    for name, fn in steps:
        walls, cpus = [], []
        for run in range(runs):
            db = open_database(path, upgrade=False)
            try:
                if profile and run == 0:
                    from pyinstrument import Profiler

                    profiler = Profiler()
                    profiler.start()
                w, c = time.perf_counter(), time.process_time()
                fn(db)
                walls.append(time.perf_counter() - w)
                cpus.append(time.process_time() - c)
                if profile and run == 0:
                    profiler.stop()
                    print(profiler.output_text(unicode=True, color=False, show_all=False))
            finally:
                db.dispose()
        target = TARGETS.get(name)
        mark = "" if target is None else (f"  target ≤ {target:g} s "
                                          + ("ok" if min(walls) <= target else "MISSED"))  # fmt: skip
        print(
            f"{name:28s} min {min(walls):7.2f} s   median {statistics.median(walls):7.2f} s   "
            f"CPU {statistics.median(cpus):7.2f} s{mark}",
            flush=True,
        )


if __name__ == "__main__":
    sys.exit(main())
