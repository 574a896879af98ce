"""What the benchmarks measure with: resident memory, and wall plus CPU time of a step."""
from __future__ import annotations

import resource
import time


def rss_mb() -> float:
    """Resident memory of this process now, in MB (the peak where /proc is missing)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * resource.getpagesize() / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Clock:
    """Wall and CPU time of one step: the machine may be shared, so both rates are printed."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def rates(self, n: int) -> str:
        wall, cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu
        return f"{n / wall:,.0f} pages/s wall, {n / cpu if cpu else 0:,.0f} pages per CPU-second"
