"""The outlet is the same on every run: the body rules read the paragraphs in the page's order, never in a
set's (whose order follows the hash seed). A page told a medium twice whose next paragraph opens with a name
before a verb of reporting ("… told the Harbour Gazette. / Larsen reported …") gave the outlet on some seeds
and none on others. Sentences written for this test."""
from __future__ import annotations

import os
import subprocess
import sys

PAGE = """Ferry runs aground off the coast

A ferry with forty passengers ran aground near the harbour on Sunday morning, the coast guard said.

"The hull was damaged but nobody was hurt," rescue leader Anna Holt told the Harbour Gazette.

Larsen reported that the tide had turned shortly before the ferry left the pier.

"We brought everyone ashore within two hours," Holt told the Harbour Gazette of the rescue.

The company said it would inspect the vessel before it sails again.

Passengers were taken to a hotel in town where they spent the night.
"""

SCRIPT = """
import sys
from enligt.pipeline import analyze_text
from enligt.settings import Options
print(analyze_text(sys.stdin.read(), options=Options(lang="en")).article.outlet)
"""


def test_outlet_same_on_every_hash_seed() -> None:
    outlets = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        out = subprocess.run([sys.executable, "-c", SCRIPT], input=PAGE, capture_output=True, text=True, env=env,
                             check=True)
        outlets.add(out.stdout.strip())
    assert len(outlets) == 1
