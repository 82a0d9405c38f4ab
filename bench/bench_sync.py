"""Sync bundles end to end: a demo commune's first bundle to its district, written and imported.

    python bench/bench_demo.py 10000                     # bench/out/demo-10000.db, once
    python bench/bench_sync.py --households 10000
    python bench/bench_sync.py --households 100000

A copy of bench/out/demo-N.db (the commune, with its aid season) gets keys and is enrolled by
a fresh district database; then:

- export: `export_bundle` — sealing every change of the registry into origin batches, choosing
  what the district has not acknowledged, zstd + age + signature, written atomically.
  Targets (issue 7): ≤ 5 s for 10,000 households, bundle ≤ 3 MB.
- import: `import_bundle` at the district — inbox copy, checks, decryption, every batch's
  signature and chain, jurisdiction and values, the merge, in one transaction. Targets:
  ≤ 10 s for 10,000 households, ≤ 60 s for 100,000. Then, separately (a step after the
  commit, after each file), the duplicate engine on the persons that arrived, against other
  offices.
- replay: the same file again (0 rows changed).
Wall and CPU seconds are printed (the machine may be shared: CPU is the steadier figure).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import time

from _common import OUT, ROOT, human_bytes

sys.path.insert(0, str(ROOT))


def clock(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=10000)
    args = parser.parse_args()
    from app.db import open_database
    from app.services import office, sync_bundles, sync_identity
    from app.services.roles import actor_for

    source = OUT / f"demo-{args.households}.db"
    if not source.exists():
        sys.exit(f"{source}: build it first with python bench/bench_demo.py {args.households}")
    work = OUT / "sync-work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    shutil.copyfile(source, work / "commune.db")
    commune = open_database(work / "commune.db")
    district = open_database(work / "district.db")
    office.ensure_admin_units(district)
    office.setup_office(district, "bench", "UBND huyện Thử", "01", "district")
    secret = "bench passphrase"
    user = "demo"  # the demo's administrator (the first user of an installation is one)
    c_actor, d_actor = actor_for(commune, user), actor_for(district, "bench")
    sync_identity.create_keys(district, d_actor, secret, root=True)
    sync_identity.create_keys(commune, c_actor, secret)
    c_keys, d_keys = sync_identity.unlock(commune, secret), sync_identity.unlock(district, secret)
    request = sync_identity.write_request(commune, c_keys, work)
    answer = sync_identity.enrol_child(district, d_actor, d_keys, request,
                                       sync_identity.identity(commune).fingerprint, work)  # fmt: skip
    sync_identity.accept_enrolment(commune, c_actor, c_keys, answer.read_bytes(),
                                   sync_identity.identity(district).fingerprint)  # fmt: skip
    d_id = sync_identity.identity(district).office_id
    with commune.engine.connect() as conn:
        persons = conn.exec_driver_sql("SELECT count(*) FROM person").scalar()
        rows = conn.exec_driver_sql("SELECT count(DISTINCT row_id) FROM outbox WHERE batch_seq "
                                    "IS NULL").scalar()  # fmt: skip
    print(f"commune: {args.households:,} households, {persons:,} persons, {rows:,} changed rows "
          "to send")  # fmt: skip
    out = work / "usb"
    out.mkdir()
    wall, cpu, exported = clock(lambda: sync_bundles.export_bundle(commune, user, c_keys, d_id,
                                                                   out))  # fmt: skip
    size = sum(p.stat().st_size for p in exported.paths)
    print(
        f"export: {wall:.2f} s wall, {cpu:.2f} s CPU; {exported.batches} batches, "
        f"{exported.changes:,} changes, {len(exported.paths)} file(s), {human_bytes(size)} "
        f"({size / 1e6 / max(args.households / 10000, 1e-9):.2f} MB per 10,000 households)"
    )
    total = [0.0, 0.0]
    same_wall = same_cpu = 0.0
    same_found = arrived = 0
    results = []
    for path in exported.paths:  # each file as a person imports it: the import, then the engine
        wall, cpu, result = clock(lambda p=path: sync_bundles.import_bundle(district, "bench",
                                                                            d_keys, p))  # fmt: skip
        total[0] += wall
        total[1] += cpu
        results.append(result)
        wall, cpu, checked = clock(lambda r=result: sync_bundles.check_arrivals(district, "bench",
                                                                                r))  # fmt: skip
        same_wall += wall
        same_cpu += cpu
        same_found += checked.same_persons
        arrived += len(result.arrived_persons)
    changes = sum(r.changes for r in results)
    with commune.engine.connect() as conn:
        columns = {t: len(conn.exec_driver_sql(f"PRAGMA table_info({t})").all())
                   for (t,) in conn.exec_driver_sql("SELECT DISTINCT table_name FROM outbox")}  # fmt: skip
    print(
        f"import ({len(exported.paths)} file(s)): {total[0]:.2f} s wall, {total[1]:.2f} s CPU; "
        f"{changes:,} changes "
        f"(~{changes * sum(columns.values()) / max(len(columns), 1):,.0f} field values, "
        f"~{changes * sum(columns.values()) / max(len(columns), 1) / total[0]:,.0f} per s)"
    )
    for result in results:
        print("  " + result.sentence)
    print(
        f"duplicate engine after each file, on the {arrived:,} persons that arrived (against "
        f"other offices): {same_wall:.2f} s wall, {same_cpu:.2f} s CPU; {same_found} found"
    )
    wall, cpu, again = clock(lambda: sync_bundles.import_bundle(district, "bench", d_keys,
                                                                exported.paths[0]))  # fmt: skip
    print(f"replay: {wall:.2f} s wall, {cpu:.2f} s CPU; rows changed {again.rows_changed}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(f"peak RSS {human_bytes(peak)}")


if __name__ == "__main__":
    main()
