"""A Dask worker plugin for the tests: pages named `poison-*` kill their worker every time, pages named
`flaky-*` kill it once (the first attempt anywhere, remembered by a marker file), as a crash in a C
library or the kernel's out-of-memory killer would. Shipped to the workers by value (cloudpickle)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin


class Poison(WorkerPlugin):  # type: ignore[misc]
    name = "enligt-test-poison"

    def __init__(self, markers: str) -> None:
        self.markers = markers

    def setup(self, worker: Any) -> None:
        from enligt import pipeline

        real, markers = pipeline.analyze_page, Path(self.markers)

        def analyze_page(page: Any, *, options: Any) -> Any:
            name = Path(page.input).name
            if name.startswith("poison-"):
                os._exit(13)
            if name.startswith("flaky-") and not (markers / name).exists():
                (markers / name).touch()
                os._exit(13)
            return real(page, options=options)

        pipeline.analyze_page = analyze_page
