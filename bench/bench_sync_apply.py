"""Origin batches alone (no bundle file): seal a demo commune's whole registry, apply it into a
fresh province database.

    python bench/bench_demo.py 10000 100000          # bench/out/demo-N.db, once
    python bench/bench_sync_apply.py                 # 10,000 households
    python bench/bench_sync_apply.py --households 10000 100000

For each size, a copy of bench/out/demo-N.db (upgraded to the current schema) is sealed
(`seal_outbox`: every outbox row → origin batches of at most --batch-rows changes, signed),
then applied (`apply_batches`: verify, check values and jurisdiction, merge) into a new
province database in one transaction, then applied again (replay: 0 rows). Prints wall and
CPU seconds (the machine may be shared: CPU is the steadier figure), rows and field changes
per second (field changes = rows × the data columns each carries), batch bytes and zstd size.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import time
from pathlib import Path

from _common import OUT, human_bytes


def _clock():
    return time.perf_counter(), time.process_time()


def _since(start) -> tuple[float, float]:
    wall, cpu = _clock()
    return wall - start[0], cpu - start[1]


def run(households: int, batch_rows: int) -> None:
    import sqlalchemy as sa

    from app.db import open_database
    from app.models import Installation
    from app.services import office as office_service
    from app.sync.apply import apply_batches
    from app.sync.batches import read_batch, seal_outbox
    from app.sync.columns import table_specs
    from app.sync.keys import generate_keys

    source = OUT / f"demo-{households}.db"
    if not source.exists():
        raise SystemExit(f"{source}: build it first with bench/bench_demo.py {households}")
    work = OUT / "sync-apply"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    commune_path = work / "commune.db"
    shutil.copyfile(source, commune_path)
    commune = open_database(commune_path)
    province = open_database(work / "province.db")
    office_service.ensure_admin_units(province)
    unit = office_service.list_communes(province, "25")[0]
    prov_info = office_service.setup_office(province, "bench", "Tỉnh thử", unit.code)
    with commune.engine.connect() as conn:
        commune_id = conn.execute(sa.select(Installation.office_id)).scalar()
        unsealed = conn.exec_driver_sql(
            "SELECT count(*) FROM outbox WHERE batch_seq IS NULL").scalar()  # fmt: skip
    keys = generate_keys()
    tree = {prov_info.id: None, commune_id: prov_info.id}

    start = _clock()
    sealed = []
    with commune.engine.begin() as conn:
        while (batch := seal_outbox(conn, keys, max_rows=batch_rows)) is not None:
            sealed.append((batch.body, batch.signature))
    seal_wall, seal_cpu = _since(start)
    specs = table_specs()
    rows = fields = 0
    for body, _sig in sealed:
        for t in read_batch(body).tables:
            rows += len(t.rows)
            fields += len(t.rows) * (len(specs[t.table].data) + len(specs[t.table].virtual))
    size = sum(len(b) for b, _s in sealed)
    try:
        import zstandard

        packed = sum(len(zstandard.ZstdCompressor(level=10).compress(b)) for b, _s in sealed)
        packed_text = human_bytes(packed)
    except ImportError:
        packed_text = "n/a"

    def apply_once():
        with province.engine.execution_options(lalanh_write=True).begin() as conn:
            return apply_batches(conn, sealed, me=prov_info.id, received_from=commune_id,
                                 public_key_of={commune_id: keys.public.sign}.get,
                                 revoked_after=lambda _o: None, tree=tree)  # fmt: skip

    start = _clock()
    report = apply_once()
    apply_wall, apply_cpu = _since(start)
    start = _clock()
    replay = apply_once()
    replay_wall, replay_cpu = _since(start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert not report.refused and not report.pending, (report.refused, report.pending)
    print(f"\n{households:,} households: {unsealed:,} outbox rows → {len(sealed)} batches, "
          f"{rows:,} rows, {fields:,} field values")  # fmt: skip
    print(f"  seal:   {seal_wall:6.2f} s wall, {seal_cpu:6.2f} s CPU; batches {human_bytes(size)}"
          f" (zstd-10: {packed_text})")  # fmt: skip
    print(f"  apply:  {apply_wall:6.2f} s wall, {apply_cpu:6.2f} s CPU; {report.rows_changed:,} "
          f"rows changed; {rows / apply_wall:,.0f} rows/s, {fields / apply_wall:,.0f} field "
          f"changes/s (wall), {fields / apply_cpu:,.0f}/s (CPU)")  # fmt: skip
    print(f"  replay: {replay_wall:6.2f} s wall, {replay_cpu:6.2f} s CPU; "
          f"{replay.rows_changed} rows changed, {replay.duplicates} duplicates")  # fmt: skip
    print(f"  peak memory (process): {peak:,.0f} MB; province file "
          f"{human_bytes(Path(work / 'province.db').stat().st_size)}")  # fmt: skip
    commune.dispose()
    province.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, nargs="+", default=[10_000])
    parser.add_argument("--batch-rows", type=int, default=50_000)
    args = parser.parse_args()
    print("The machine may be shared with other work: compare CPU seconds.")
    for n in args.households:
        run(n, args.batch_rows)


if __name__ == "__main__":
    main()
