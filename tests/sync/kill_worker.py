"""The kill test's worker: imports the app once, then forks one child per database path read
from stdin; the child applies the batches in one transaction and commits. Prints the child's
pid, then (after it ends or is killed) its exit status. Not a test module."""

from __future__ import annotations

import os
import pickle
import sys

from app.db import make_engine
from app.sync.apply import apply_batches


def main() -> None:
    with open(sys.argv[1], "rb") as fh:
        job = pickle.load(fh)
    keys, tree, me, batches = job["keys"], job["tree"], job["me"], job["batches"]
    for line in sys.stdin:
        path = line.strip()
        pid = os.fork()
        if pid == 0:
            engine = make_engine(f"sqlite:///{path}")
            with engine.begin() as conn:
                apply_batches(conn, batches, me=me, received_from=None,
                              public_key_of=lambda o, _s: keys.get(o), revoked_after=lambda _o: None,
                              tree=tree)  # fmt: skip
            os._exit(0)
        print(pid, flush=True)
        _pid, status = os.waitpid(pid, 0)
        print(status, flush=True)


if __name__ == "__main__":
    main()
