# A throw-away PostgreSQL cluster on 127.0.0.1 and a free port; pg_stop removes it.
PG_DIR=""
PG_BIN=""

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

# The cluster sorts like a Chinese production server (zh_CN.UTF-8), so that ordering which depends on the locale shows
# in tests; the locale is generated when missing (needs root or sudo), else the cluster falls back to C.UTF-8.
pg_locale() {
  if ! locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$'; then
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
    if [ -f /etc/locale.gen ] && command -v locale-gen >/dev/null 2>&1; then
      grep -q '^zh_CN.UTF-8 UTF-8' /etc/locale.gen || echo "zh_CN.UTF-8 UTF-8" | $sudo tee -a /etc/locale.gen >/dev/null
      $sudo locale-gen zh_CN.UTF-8 >/dev/null 2>&1 || true
    fi
  fi
  if locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$'; then echo zh_CN.UTF-8; else echo "WARNING: zh_CN.UTF-8 locale unavailable, PostgreSQL test cluster uses C.UTF-8" >&2; echo C.UTF-8; fi
}

pg_start() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DIR=$(mktemp -d /tmp/dangjian-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
  chmod 700 "$PG_DIR"
  PG_PORT=$(free_port)
  local pg_locale_name
  pg_locale_name=$(pg_locale)
  as_pg "$PG_BIN/initdb -D $PG_DIR/data -A trust -U postgres -E UTF8 --locale=$pg_locale_name" >"$PG_DIR.initdb.log" 2>&1 || { cat "$PG_DIR.initdb.log"; return 1; }
  as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -o \"-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c max_connections=200\" -l $PG_DIR/server.log -w start" >/dev/null || { cat "$PG_DIR/server.log"; return 1; }
  export DANGJIAN_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') ($pg_locale_name) started on 127.0.0.1:$PG_PORT"
}

pg_stop() {
  [ -n "$PG_DIR" ] || return 0
  as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$PG_DIR" "$PG_DIR.initdb.log"
  PG_DIR=""
}
