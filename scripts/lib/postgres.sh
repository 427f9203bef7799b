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

pg_start() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DIR=$(mktemp -d /tmp/dangjian-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
  chmod 700 "$PG_DIR"
  PG_PORT=$(free_port)
  as_pg "$PG_BIN/initdb -D $PG_DIR/data -A trust -U postgres -E UTF8 --locale=C.UTF-8" >"$PG_DIR.initdb.log" 2>&1 || { cat "$PG_DIR.initdb.log"; return 1; }
  as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -o \"-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c max_connections=200\" -l $PG_DIR/server.log -w start" >/dev/null || { cat "$PG_DIR/server.log"; return 1; }
  export DANGJIAN_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') started on 127.0.0.1:$PG_PORT"
}

pg_stop() {
  [ -n "$PG_DIR" ] || return 0
  as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$PG_DIR" "$PG_DIR.initdb.log"
  PG_DIR=""
}
