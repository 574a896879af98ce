#!/usr/bin/env bash
# Set up .venv, then run the main job: ingest the bundled sample pages into a fresh database and
# serve the web UI (the URL is printed; it serves until Ctrl-C). Extra arguments go to `enligt demo`,
# e.g. `--port 8080`, or `--no-serve` to print the summary and exit.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/enligt demo "$@"
