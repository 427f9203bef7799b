#!/usr/bin/env bash
# Web load test of the main pages per role (issue #18 item 4). Not part of CI: run by hand on a quiet machine.
#
#   bench/load/run.sh                       # demo county on SQLite (fresh temp data folder)
#   bench/load/run.sh --pg "Host=127.0.0.1;Port=55432;Username=postgres;Database=dj_load"   # an EMPTY (or demo-seeded) PostgreSQL database
#   options: --duration 10s  --warmup 3s  --connections 16  --threads 2  --port 5099  --roles "secretary branch county"
#            --pages "/OrgLife/HeatMap /OrgLife/HeatMap?handler=Chart /Loop / /Members"
#
# Builds the Release app, starts it on 127.0.0.1 only (demo seed on first start), logs each role in with curl
# (antiforgery token + cookie), runs wrk bounded in time against /OrgLife/HeatMap (and its chart data, which the page fetches on a wide screen), /Loop, / and /Members, and prints
# req/s, p50/p99 latency (wrk --timeout 10s, so slow answers count in p99), timeouts and the app's resident memory
# (VmRSS now, VmHWM peak, from /proc), and the app's CPU time per request (user + system from /proc/PID/stat over the
# run ÷ requests) — the column that still means something when other work shares the cores. Stops the app it started.
set -euo pipefail

DURATION=10s WARMUP=3s CONNECTIONS=16 THREADS=2 PORT=5099 PG="" ROLES="secretary branch county"
PAGES="/OrgLife/HeatMap /OrgLife/HeatMap?handler=Chart /Loop / /Members"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --pg) PG="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --roles) ROLES="$2"; shift 2 ;;
    --pages) PAGES="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d /tmp/dangjian-load.XXXXXX)"

if ! command -v wrk >/dev/null; then
  echo "wrk missing: installing the Debian package" >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi

dotnet build "$ROOT/src/Dangjian.Web" -c Release -nologo -clp:ErrorsOnly >/dev/null
ARGS=(--Urls="$BASE" --Logging:LogLevel:Default=Warning --Database:DataDirectory="$WORK/data")
PROVIDER=SQLite
if [[ -n "$PG" ]]; then
  ARGS+=(--Database:Provider=PostgreSQL --Database:ConnectionString="$PG")
  PROVIDER=PostgreSQL
fi

cd "$ROOT/src/Dangjian.Web"
ASPNETCORE_ENVIRONMENT=Production dotnet bin/Release/net10.0/Dangjian.Web.dll "${ARGS[@]}" >"$WORK/app.log" 2>&1 &
APP=$!
cleanup() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

for _ in $(seq 1 600); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/Account/Login" || true)" == 200 ]] && break
  kill -0 "$APP" 2>/dev/null || { echo "the app stopped:" >&2; tail -20 "$WORK/app.log" >&2; exit 1; }
  sleep 1
done

# CPU seconds (user + system) the app has used so far, from /proc/PID/stat (fields 14 and 15, in clock ticks).
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.3f", ($14 + $15) / hz }' "/proc/$APP/stat"; }
rss() { awk '/^VmRSS|^VmHWM/ { printf "%s %d MB  ", $1, $2 / 1024 }' "/proc/$APP/status"; }

# Signs a demo user in; prints the Cookie header value for wrk.
login() {
  local jar="$WORK/$1.jar" token code
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/Account/Login" | grep -o '__RequestVerificationToken[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "Input.UserName=$1" \
    --data-urlencode "Input.Password=Demo@2026" --data-urlencode "__RequestVerificationToken=$token" "$BASE/Account/Login")
  [[ "$code" == 302 ]] || { echo "login of $1 failed (HTTP $code)" >&2; return 1; }
  awk '{ if ($0 ~ /^#HttpOnly_/) sub(/^#HttpOnly_/, ""); else if ($0 ~ /^#/ || NF < 7) next; printf "%s=%s; ", $6, $7 }' "$jar"
}

echo "Dangjian load test: $PROVIDER, demo county, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "after start-up: $(rss)"
# warm-up of every page of every role first: the JIT optimizes code shared by all pages (EF, Razor, the pipeline) only
# after it has run a while, and the role measured first would otherwise pay for it
for role in $ROLES; do
  cookie=$(login "$role")
  for page in $PAGES; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -H "Cookie: $cookie" "$BASE$page" >/dev/null
  done
done
echo "after warm-up ($WARMUP per page): $(rss)"
printf '%-10s %-31s %8s %10s %10s %10s %8s %9s %9s\n' role page kB req/s p50 p99 non-2xx timeouts cpu-ms/req
for role in $ROLES; do
  cookie=$(login "$role")
  for page in $PAGES; do
    probe=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' -H "Cookie: $cookie" "$BASE$page")
    status=${probe% *} size=${probe#* }
    if [[ "$status" != 200 ]]; then
      printf '%-10s %-31s %10s\n' "$role" "$page" "HTTP $status (not measured)"
      continue
    fi
    before=$(cpu)
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -H "Cookie: $cookie" "$BASE$page")
    requests=$(awk '/requests in/ { print $1 }' <<<"$out")
    printf '%-10s %-31s %8s %10s %10s %10s %8s %9s %9s\n' "$role" "$page" "$(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1000 }')" \
      "$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")" \
      "$(awk '$1 == "50%" { print $2 }' <<<"$out")" \
      "$(awk '$1 == "99%" { print $2 }' <<<"$out")" \
      "$(awk '/Non-2xx/ { print $NF }' <<<"$out" | grep . || echo 0)" \
      "$(grep -o 'timeout [0-9]*' <<<"$out" | awk '{ print $2 }' | grep . || echo 0)" \
      "$(awk -v a="$before" -v b="$(cpu)" -v n="$requests" 'BEGIN { printf "%.2f", (n > 0 ? (b - a) * 1000 / n : 0) }')"
  done
done
echo "at the end: $(rss) load average $(cut -d' ' -f1-3 /proc/loadavg)"
