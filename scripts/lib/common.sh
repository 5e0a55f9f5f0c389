# Helpers shared by scripts/run and scripts/test: installing what is missing, and a PostgreSQL cluster without
# Docker. The server refuses to run as root, so as root it runs as the `postgres` user.

say() { printf '\033[1m» %s\033[0m\n' "$*"; }

PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"

pg_ensure_installed() {
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    echo "» installing PostgreSQL (apt)…"
    apt_install postgresql postgresql-contrib
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  fi
}

apt_updated=""
apt_install() {
  if [ "$(id -u)" != 0 ]; then
    echo "Missing packages: $*. Install them (e.g. sudo apt-get install -y $*) and run again." >&2
    exit 1
  fi
  if [ -z "$apt_updated" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Runs a command as the database owner: `postgres` when we are root, ourselves otherwise.
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    (cd /tmp && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

free_port() {
  python3 - "$1" <<'PY'
import socket, sys
port = int(sys.argv[1])
while True:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port)); print(port); break
        except OSError:
            port += 1
PY
}

# pg_start DATA_DIR PORT [SERVER_OPTIONS]: initialises the cluster on first use, then starts it on 127.0.0.1:PORT.
pg_start() {
  local data="$1" port="$2" extra="${3:-}"
  pg_ensure_installed
  mkdir -p "$data"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$data"; chmod 700 "$data"; fi
  if [ ! -f "$data/PG_VERSION" ]; then
    as_pg "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  as_pg "$PG_BIN/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $data $extra" start >/dev/null
}

pg_stop() {
  local data="$1"
  [ -f "$data/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
}

pg_create_database() {
  local port="$1" name="$2"
  as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1 \
    || as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres -E UTF8 "$name"
}

# Waits until URL answers 2xx, for at most SECONDS.
wait_for_url() {
  local url="$1" seconds="${2:-120}"
  for _ in $(seq 1 "$((seconds * 2))"); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    sleep 0.5
  done
  return 1
}

# Installs the web client's packages when they are missing or older than the lock file.
npm_install_if_needed() {
  local dir="$1"
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "installing npm packages (web-client)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

chromium_path() {
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    [ -n "$candidate" ] && [ -x "$candidate" ] && { echo "$candidate"; return 0; }
  done
  return 1
}

ensure_chromium() {
  chromium_path >/dev/null || { say "installing Chromium (apt)"; apt_install chromium; }
}
