#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests: `eval "$(bash scripts/testpg.sh start)"` starts one and sets
# ENLIGT_TEST_POSTGRES (a database the tests may wipe) and ENLIGT_TEST_PGDIR; `bash scripts/testpg.sh
# stop "$ENLIGT_TEST_PGDIR"` stops it and removes its files. The server listens on a Unix socket in its
# own folder only (no TCP port, so several can run side by side), runs as a non-root user (PostgreSQL
# refuses root: as root it runs as `postgres`) and skips fsync (its data is thrown away). Installs
# Debian's postgresql package when no server binaries are found and apt-get can be used.
set -euo pipefail

say() { echo "testpg: $*" >&2; }

bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return; fi
  command -v pg_ctl >/dev/null && command -v initdb >/dev/null && dirname "$(command -v pg_ctl)"
}

as_owner() {  # run a server command as the data folder's owner
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin dir
  bin=$(bindir || true)
  if [ -z "$bin" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "installing Debian's postgresql package"
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2
      bin=$(bindir || true)
    fi
    [ -n "$bin" ] || { say "no PostgreSQL server binaries (apt-get install postgresql)"; exit 1; }
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  fi
  dir=$(mktemp -d /tmp/enligt-pg.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$bin/createdb" -h "$dir" -U postgres enligt_test
  echo "export ENLIGT_TEST_POSTGRES='postgresql://postgres@/enligt_test?host=$dir'"
  echo "export ENLIGT_TEST_PGDIR='$dir'"
  say "PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') running in $dir"
}

stop() {
  local dir=${1:?usage: testpg.sh stop DIR} bin
  bin=$(bindir || true)
  if [ -n "$bin" ] && [ -d "$dir/data" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  case "$dir" in /tmp/enligt-pg.*) rm -rf "$dir" ;; esac
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: testpg.sh start | stop DIR" >&2; exit 2 ;;
esac
