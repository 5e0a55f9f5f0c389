#!/usr/bin/env bash
# The standby: on first start, a copy of the primary made with pg_basebackup -R (which writes standby.signal and the
# primary's address); then a hot standby that replays the primary's WAL and answers read-only queries.
set -euo pipefail
data=/var/lib/postgresql/data/standby
if [ ! -f "$data/PG_VERSION" ]; then
  mkdir -p "$data"
  chmod 700 "$data"
  until pg_isready -h db -U "$PGUSER" -d antq -q; do sleep 1; done
  pg_basebackup -h db -U "$PGUSER" -D "$data" -R -X stream -c fast
fi
exec postgres -D "$data" -c hot_standby=on -c hot_standby_feedback=on -c shared_preload_libraries=pg_stat_statements
