"""Importing a 100,000-row .xlsx list, side by side with LibreOffice opening it.

    python bench/bench_import.py                      # 100,000 rows into a new commune
    python bench/bench_import.py --rows 20000 --registry bench/out/demo-100000.db

The list is one row per household (head, date of birth as text, CCCD as a
number as Excel keeps it, hamlet, "số nhân khẩu", category, phone), made once
into bench/out/. Figures:

- LibreOffice: `soffice --headless --convert-to csv` of the same file (open
  and save as CSV), the yardstick of the issue (import ≤ 3× it), wall seconds
  and the CPU seconds of its processes;
- python-calamine reading the file alone;
- the import end to end in a fresh process (read, clean, validate, dedup,
  write in one transaction), by phase: wall seconds, CPU seconds
  (`time.process_time`, every thread of the process) and the peak memory (RSS)
  reached by the end of each phase. On a shared machine compare CPU with CPU;
- then the WAL checkpoint that runs on a thread after the import has returned
  (not in the total: the officer already has the result).

`--registry DB` copies an existing database (e.g. a demo district) and
imports into the copy, so the duplicate search runs against a full registry.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from _common import OUT

HEADER = ["STT", "Họ và tên chủ hộ", "Ngày sinh", "Giới tính", "Số CCCD", "Thôn",
          "Số nhân khẩu", "Đối tượng", "Số điện thoại", "Ghi chú"]  # fmt: skip


def make_list(rows: int, path: Path, seed: int = 7) -> None:
    import openpyxl

    from app.services.demo import GIVEN, HAMLET_NAMES, MIDDLE, SURNAMES

    rng = random.Random(seed)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Danh sách")
    ws.append(["UBND XÃ YÊN LẠC"])
    ws.append(["DANH SÁCH HỘ GIA ĐÌNH CẦN HỖ TRỢ"])
    ws.append([])
    ws.append(HEADER)
    surnames = [s for s, _w in SURNAMES]
    for i in range(rows):
        gender = rng.choice(["male", "female"])
        born = date(1940, 1, 1) + timedelta(days=rng.randrange(60 * 365))
        name = f"{rng.choice(surnames)} {rng.choice(MIDDLE[gender])} {rng.choice(GIVEN[gender])}"
        century = (born.year - 1900) // 100 * 2 + (gender == "female")
        cccd = int(f"026{century}{born.year % 100:02d}{i:06d}")  # a number: its 0 is lost
        ws.append([
            i + 1, name, born.strftime("%d/%m/%Y"), "Nam" if gender == "male" else "Nữ", cccd,
            rng.choice(HAMLET_NAMES[:8]), rng.randint(1, 7),
            rng.choice(["Hộ nghèo", "Hộ cận nghèo", "", "", ""]),
            f"09{rng.randrange(10**8):08d}", "",
        ])  # fmt: skip
    wb.save(path)


def libreoffice_seconds(path: Path) -> tuple[float, float] | None:
    """(wall, CPU) seconds of LibreOffice's second conversion of the file (CPU: its
    processes' user + system time)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        args = [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                "--convert-to", "csv", "--outdir", tmp, str(path)]  # fmt: skip
        subprocess.run(args, check=True, capture_output=True)  # first start builds the profile
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def calamine_seconds(path: Path) -> float:
    from python_calamine import load_workbook

    started = time.perf_counter()
    wb = load_workbook(str(path))
    for name in wb.sheet_names:
        wb.get_sheet_by_name(name).to_python()
    return time.perf_counter() - started


def child(db_path: str, list_path: str) -> None:
    """One import in this (fresh) process; prints its phases as JSON."""
    from app.db import open_database
    from app.excel import importer

    db = open_database(db_path)
    phases, cpu = {}, {}
    t, c = time.perf_counter(), time.process_time()
    source = importer.open_source(list_path)
    phases["read"], cpu["read"] = time.perf_counter() - t, time.process_time() - c
    peaks = {"read": _peak_mb()}
    t, c = time.perf_counter(), time.process_time()
    layout = importer.find_layout(db, source)
    plan = importer.build_plan(db, source, layout, create_hamlets=True)
    phases["clean, validate, dedup"] = time.perf_counter() - t
    cpu["clean, validate, dedup"] = time.process_time() - c
    peaks["clean, validate, dedup"] = _peak_mb()
    t, c = time.perf_counter(), time.process_time()
    result = importer.commit_plan(db, "bench", plan)
    phases["write"], cpu["write"] = time.perf_counter() - t, time.process_time() - c
    peaks["write"] = peaks["total"] = _peak_mb()
    phases["total"], cpu["total"] = sum(phases.values()), sum(cpu.values())
    # A large import's WAL checkpoint runs on a thread once commit_plan has returned
    # (app/excel/committing.py): waited for here, timed apart, not in the total.
    from app.excel import committing

    t, c = time.perf_counter(), time.process_time()
    committing.wait_for_checkpoints()
    after = {"checkpoint": time.perf_counter() - t, "checkpoint_cpu": time.process_time() - c}
    print(json.dumps({
        "phases": phases, "cpu": cpu, "households": result.households_added,
        "persons": result.persons_added, "failed": result.rows_failed,
        "peak_rss_mb": _peak_mb(), "peaks": peaks, "after": after,
    }))  # fmt: skip


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def new_commune(path: Path) -> None:
    from app.db import open_database
    from app.services import office

    db = open_database(path)
    office.ensure_admin_units(db)
    commune = office.list_communes(db, "25")[0]
    office.setup_office(db, "bench", "UBND xã Yên Lạc", commune.code)
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--registry", help="import into a copy of this database")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"list-{args.rows}.xlsx"
    if not path.exists():
        print(f"making {path} …", file=sys.stderr)
        make_list(args.rows, path)
    print(f"list: {path.name}, {args.rows:,} rows, {path.stat().st_size / 1e6:.1f} MB")
    measured = libreoffice_seconds(path)
    lo = measured[0] if measured else None
    print(f"LibreOffice open + save as CSV: {lo:.2f} s   (CPU {measured[1]:.2f} s)" if measured
          else "LibreOffice: not installed")  # fmt: skip
    print(f"python-calamine read:           {calamine_seconds(path):.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "import.db"
        if args.registry:
            shutil.copyfile(args.registry, db)
        else:
            new_commune(db)
        out = subprocess.run([sys.executable, __file__, "--child", str(db), str(path)],
                             check=True, capture_output=True, text=True)  # fmt: skip
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    for phase, seconds in figures["phases"].items():
        print(f"import {phase:24s} {seconds:6.2f} s   (CPU {figures['cpu'][phase]:6.2f} s, "
              f"peak so far {figures['peaks'][phase]:4.0f} MB)")  # fmt: skip
    after = figures["after"]
    print(f"then the WAL checkpoint, after the import returned: {after['checkpoint']:.2f} s "
          f"(CPU {after['checkpoint_cpu']:.2f} s)")  # fmt: skip
    print(
        f"added {figures['households']:,} households, {figures['persons']:,} persons; "
        f"{figures['failed']:,} rows refused; peak memory {figures['peak_rss_mb']:.0f} MB"
    )
    if measured:
        print(f"import / LibreOffice = {figures['phases']['total'] / lo:.1f}× "
              f"(CPU: {figures['cpu']['total'] / measured[1]:.1f}×)")  # fmt: skip


if __name__ == "__main__":
    main()
