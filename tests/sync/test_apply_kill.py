"""Killing the importer (SIGKILL) at 100 random points: the database is intact and exactly as
before or exactly as after; applying again completes (SYNC.md §5, §8)."""

from __future__ import annotations

import contextlib
import os
import pickle
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sync_sim as sim

from app.db import make_engine
from app.services.demo import generate_demo
from app.sync.apply import apply_batches
from app.sync.digest import database_digest

KILLS = 100


def digest_and_integrity(path: Path) -> tuple[str, str]:
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            check = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            # The import drops the outbox triggers inside its transaction: they must be back.
            triggers = conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").scalar()  # fmt: skip
            return database_digest(conn), f"{check} {triggers}"
    finally:
        engine.dispose()


def apply_all(path: Path, job: dict) -> None:
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            apply_batches(conn, job["batches"], me=job["me"], received_from=None,
                          public_key_of=lambda o, _s: job["keys"].get(o), revoked_after=lambda _o: None,
                          tree=job["tree"])  # fmt: skip
    finally:
        engine.dispose()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the worker forks one child per run")
def test_a_killed_import_leaves_the_database_before_or_after(tmp_path, _migrated_template):
    net = sim.Net()
    prov = sim.make_office(_migrated_template, tmp_path, "prov", "province", None, net)
    commune = sim.make_office(_migrated_template, tmp_path, "a", "commune", prov, net)
    generate_demo(commune.db, 40, 3, None, user="demo", season=False)
    sealed = [commune.seal()]
    batches = [(s.body, s.signature) for s in sealed]
    for o in (prov, commune):
        o.db.dispose()
    template = tmp_path / "prov.db"
    job = {"batches": batches, "me": prov.office_id, "tree": net.tree,
           "keys": {o: k.public.sign for o, k in net.keys.items()}}  # fmt: skip
    job_file = tmp_path / "job.pickle"
    job_file.write_bytes(pickle.dumps(job))
    before, ok = digest_and_integrity(template)
    reference = tmp_path / "reference.db"
    shutil.copyfile(template, reference)
    apply_all(reference, job)
    after, ok_after = digest_and_integrity(reference)
    assert ok.startswith("ok ") and ok_after == ok and before != after

    worker = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("kill_worker.py")), str(job_file)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )  # fmt: skip
    rng = random.Random(7)
    seen = {"before": 0, "after": 0}
    try:
        # How long the worker's child takes to the end, unkilled: kills are drawn within it.
        path = tmp_path / "timing.db"
        shutil.copyfile(template, path)
        started = time.perf_counter()
        worker.stdin.write(f"{path}\n")
        worker.stdin.flush()
        worker.stdout.readline()
        assert worker.stdout.readline().strip() == "0"
        took = time.perf_counter() - started
        for kill in range(KILLS):
            path = tmp_path / "victim.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(template, path)
            worker.stdin.write(f"{path}\n")
            worker.stdin.flush()
            pid = int(worker.stdout.readline())
            time.sleep(rng.uniform(0, took * 1.2))  # the kill point: a random moment
            with contextlib.suppress(ProcessLookupError):  # it may have finished already
                os.kill(pid, signal.SIGKILL)
            worker.stdout.readline()  # the child's exit status: it is gone
            state, check = digest_and_integrity(path)
            assert check == ok, f"kill {kill}"
            assert state in (before, after), f"kill {kill}: neither before nor after"
            seen["before" if state == before else "after"] += 1
            apply_all(path, job)  # re-running completes
            assert digest_and_integrity(path)[0] == after
    finally:
        worker.stdin.close()
        worker.wait(timeout=30)
    assert seen["before"] and seen["after"], seen  # kills landed before and after the commit
