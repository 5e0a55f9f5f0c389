#!/usr/bin/env bash
# Runs once, when the official postgres image initialises the primary's empty data directory
# (/docker-entrypoint-initdb.d): lets the standby stream from it, and adds the statement statistics.
set -euo pipefail
echo "host replication all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d "$POSTGRES_DB" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
