"""Run as a script by test_teardown.py: a local cluster of two workers whose workers log an error with a
traceback, as Dask's teardown races do (a heartbeat in flight when a worker's connections close): `teardown`
once they start closing, `run` while the run goes on (which must reach stderr: the test can see it)."""
from __future__ import annotations

import logging
import sys
import threading
import time
from typing import Any

from enligt.scale.cluster import connect


def _log_error(message: str) -> None:
    try:
        raise OSError("simulated: the connection closed")
    except OSError:
        logging.getLogger("distributed.worker").exception(message)


def noisy_at_close(dask_worker: Any = None) -> None:
    def watch() -> None:
        while dask_worker.status.name == "running":
            time.sleep(0.005)
        _log_error("simulated failure while the worker closes")

    threading.Thread(target=watch, daemon=True).start()


if __name__ == "__main__":
    with connect(workers=2) as runner:
        runner.client.run(noisy_at_close)
        if sys.argv[1:] == ["run"]:
            runner.client.run(_log_error, "simulated failure during the run")
