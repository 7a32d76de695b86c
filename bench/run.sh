#!/usr/bin/env bash
# The gateway's benchmark: builds the jar and bench/minimal-app, measures start-to-ready against the minimal
# Spring Boot web + JPA + Flyway application and against the peer, WireMock standalone serving a canned
# order/get (Java 17, Java 25, Java 25 with the AOT cache), then drives signed load with wrk over loopback
# (liveness baseline, order/get, bind/order) at several database sizes and connection counts, on H2 and
# PostgreSQL, with virtual threads off and on (Java 25); the family APIs that can be repeated at the smallest
# H2 size; WireMock's canned order/get with the same requests; and writes the tables into
# docs/benchmarks.md (between its bench markers; the text around them is kept).
#
#   bench/run.sh [--quick] [--sizes 1000,100000,1000000] [--conns 1,16,64] [--duration 10] [--warmup 10]
#                [--pg-sizes LIST|none] [--no-vt] [--no-start] [--no-family | --family LIST] [--no-peer] [--starts 3]
#                [--no-speed] [--speed-seconds 180] [--profile] [--skip-build]
#
# --quick: sizes 1000,1000000, 5 s runs, PostgreSQL at the largest size only, one start per variant.
# Start to speed (--no-speed leaves it out): each server started fresh and loaded with signed order/get from
# the moment it is ready, the first 30 s and then to --speed-seconds; the gateway as `java -jar` and in the
# test-suite configuration (SUITE_JVM below, docs/operations.md) on its fast paths, WireMock beside it.
# A/B of two builds: GATEWAY_JAR=path measures that jar instead of this checkout's (use with --skip-build),
# GATEWAY_JAVA_OPTS="-Dx=y ..." adds JVM options to every start of the gateway; BENCH_WORK and BENCH_DOC (the
# report, instead of docs/benchmarks.md) keep runs apart.
# Needs: JDK 17 (java), Temurin 25 (JAVA25, default /usr/lib/jvm/temurin-25-jdk-amd64), wrk, psql, curl;
# the WireMock jar comes from Maven Central through the Maven wrapper (target/peer).
# PostgreSQL on 127.0.0.1:5432 (user postgres): the database gateway_bench is dropped and created.
# Not part of the test suite, and not run by .ci/run: it measures, it asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

SIZES=1000,100000,1000000
CONNS=1,16,64
DURATION=10
WARMUP=20
PG_SIZES=
VT=1
STARTS=3
START=1
SPEED=1
SPEED_SECONDS=180
FAMILY=1
PEER=1
PROFILE=0
BUILD=1
# The family APIs (bench/Bench.java FAMILY): reads, then the writes; the last six with fixtures (below).
FAMILY_APIS=(commodity-query commodity-check order-query freecloudstorage-get freestorage-quota-check commodity-buy
  commodity-enable status-set transfer freecloudstorage-consume freecloudstorage-enable freecloudstorage-status-set)
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) SIZES=1000,1000000; DURATION=5; WARMUP=6; PG_SIZES=1000000; STARTS=1 ;;
    --sizes) SIZES=$2; shift ;;
    --conns) CONNS=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --pg-sizes) PG_SIZES=$2; shift ;;
    --no-vt) VT=0 ;;
    --no-start) START=0 ;;
    --no-speed) SPEED=0 ;;
    --speed-seconds) SPEED_SECONDS=$2; shift ;;
    --no-family) FAMILY=0 ;;
    --family) IFS=, read -ra FAMILY_APIS <<< "$2"; shift ;;
    --no-peer) PEER=0 ;;
    --starts) STARTS=$2; shift ;;
    --profile) PROFILE=1 ;;
    --skip-build) BUILD=0 ;;
    *) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
  shift
done
PG_SIZES=${PG_SIZES:-$SIZES}
[ "$PG_SIZES" = none ] && PG_SIZES=
JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
WORK=${BENCH_WORK:-$ROOT/target/bench}
DOC=${BENCH_DOC:-$ROOT/docs/benchmarks.md}
ADMIN=demo-admin-token
DEVICES=8
GET=/vision/customer/cloudstorage/order/get
BIND=/vision/customer/cloudstorage/bind/order
LIVE=/actuator/health/liveness
# Requests a second of run signed for an API whose every request uses up a fixture, and so the fixtures loaded:
# enough for a warm-up and a run at this rate (an API faster than that runs out, and its run is marked so).
FIXTURE_RATE=3000
# The devices order/query lists (Bench.java QUERY_DEVICES) and the orders each holds.
QUERY_DEVICES=64
QUERY_ORDERS=12
# Requests a second of run signed for order/get and the reads: more than WireMock serves (about 17 500 on
# this machine, where 16 000 ran out).
READ_RATE=24000
# The first 30 s of a fresh server: fewer than READ_RATE (a cold server serves a fraction of its warm rate), so
# that signing them before the start takes seconds, not a minute.
COLD_RATE=16000
# The test-suite configuration's JVM options (docs/operations.md, "For a test suite"): a heap sized for a test
# gateway and the serial collector, instead of a quarter of the machine's memory and G1.
SUITE_JVM=(-XX:+UseSerialGC -Xmx256m)
# Seconds of order/get, then of bind/order, that the training run of a fast path serves before it stops.
TRAIN=15
PEER_VERSION=3.13.2
PEER_JAR=$ROOT/target/peer/wiremock-standalone-$PEER_VERSION.jar
PEER_PORT=8089
IFS=, read -ra SIZE_LIST <<< "$SIZES"
IFS=, read -ra CONN_LIST <<< "$CONNS"
IFS=, read -ra PG_LIST <<< "$PG_SIZES"
LARGEST=${SIZE_LIST[-1]}

# Rough plan: every load run is its duration plus ~4 s of signing and bookkeeping.
runs=$(( (${#SIZE_LIST[@]} + ${#PG_LIST[@]}) * 3 * ${#CONN_LIST[@]} + VT * 12 + FAMILY * ${#FAMILY_APIS[@]}
  + PEER * ${#CONN_LIST[@]} + SPEED * 5 * SPEED_SECONDS / 10 ))
estimate=$(( runs * (DURATION + 4) + (${#SIZE_LIST[@]} + ${#PG_LIST[@]} + VT * 2) * (WARMUP * 6 + 60)
  + FAMILY * ${#FAMILY_APIS[@]} * WARMUP + PEER * (WARMUP * 2 + 30) + START * STARTS * 11 * 30
  + SPEED * 5 * (SPEED_SECONDS / 10 * 3 + 40) + 240 ))
echo "bench: $runs load runs of ${DURATION}s; this takes roughly $(( estimate / 60 )) minutes (more on a busy machine)."
echo "bench: work directory $WORK; results go to $DOC"

rm -rf "$WORK"; mkdir -p "$WORK"
LOAD_TSV=$WORK/load.tsv; START_TSV=$WORK/start.tsv
: > "$LOAD_TSV"; : > "$START_TSV"
SPEED_TSV=$WORK/speed.tsv
GW_PID=

cleanup() { if [ -n "$GW_PID" ]; then kill "$GW_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------------- build
if [ "$BUILD" = 1 ]; then
  echo "bench: building the gateway and the minimal app"
  ./mvnw -B -q ${MVNW_ARGS:-} package -DskipTests
  (cd bench/minimal-app && ../../mvnw -B -q ${MVNW_ARGS:-} package -DskipTests)
fi
if [ "$PEER" = 1 ] && [ ! -f "$PEER_JAR" ]; then
  ./mvnw -B -q ${MVNW_ARGS:-} dependency:copy -Dartifact=org.wiremock:wiremock-standalone:$PEER_VERSION \
    -DoutputDirectory="$(dirname "$PEER_JAR")"
fi
JAR=${GATEWAY_JAR:-$(ls "$ROOT"/target/cloudstorage-gateway-*.jar | head -1)}
"$JAVA17" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/gateway" >/dev/null
GW=$WORK/gateway/$(basename "$JAR")
if [ "$START" = 1 ]; then
  MINIMAL_JAR=$(ls "$ROOT"/bench/minimal-app/target/minimal-app-*.jar | head -1)
  "$JAVA17" -Djarmode=tools -jar "$MINIMAL_JAR" extract --destination "$WORK/minimal" >/dev/null
  MIN=$WORK/minimal/$(basename "$MINIMAL_JAR")
fi
H2_JAR=$(ls "$WORK"/gateway/lib/h2-*.jar)
mkdir -p "$WORK/classes"
javac -d "$WORK/classes" bench/Bench.java
bench() { "$JAVA17" -cp "$WORK/classes" Bench "$@"; }

cat > "$WORK/meta.md" <<EOF
Run of $(date -u '+%Y-%m-%d %H:%M UTC'): ${DURATION} s runs, warm-up 2 × 3 runs of ${WARMUP} s after each start,
H2 sizes $SIZES, PostgreSQL sizes ${PG_SIZES:-none}, connections $CONNS, $STARTS start(s) a variant.
Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB;
$("$JAVA17" -version 2>&1 | head -1) and $("$JAVA25" -version 2>&1 | head -1); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2);
load average at start: $(cut -d' ' -f1-3 /proc/loadavg).
EOF

# ------------------------------------------------------------------------------------------------- helpers
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# HTTP status of a GET on 127.0.0.1, with bash's /dev/tcp: no process to start while another one boots.
http_status() {
  local port=$1 path=$2 line
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || { echo 000; return; }
  printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$path" >&3
  read -r -t 5 line <&3 || line="x 000"
  exec 3<&- 3>&-
  echo "$line" | cut -d' ' -f2
}

# start_app JAVA PORT READY_PATH LOG JVM_AND_APP_ARGS...: starts it (GW_PID), waits for a 200, sets READY_MS.
start_app() {
  local java=$1 port=$2 path=$3 log=$4; shift 4
  local t0; t0=$(now_ms)
  "$java" "$@" > "$log" 2>&1 &
  GW_PID=$!
  for _ in $(seq 3000); do
    if [ "$(http_status "$port" "$path")" = 200 ]; then READY_MS=$(( $(now_ms) - t0 )); return; fi
    if ! kill -0 "$GW_PID" 2>/dev/null; then
      echo "bench: $log: the process ended:" >&2; grep -m3 -E 'ERROR|Exception' "$log" | cut -c1-300 >&2
      GW_PID=; return 1
    fi
    sleep 0.05
  done
  echo "bench: $log: not ready after 150 s" >&2; return 1
}

stop_app() {
  if [ -n "$GW_PID" ]; then kill "$GW_PID" 2>/dev/null || true; wait "$GW_PID" 2>/dev/null || true; fi
  GW_PID=
}

# WireMock standalone, the peer: the seed's order/get answer, canned (bench/wiremock), whatever the request.
# Its request journal is off, as for a load test (on, it keeps every request in memory).
start_peer() { # JAVA LOG [JVM args...]
  local java=$1 log=$2; shift 2
  start_app "$java" "$PEER_PORT" /__admin/health "$log" "$@" -jar "$PEER_JAR" --port "$PEER_PORT" \
    --root-dir "$ROOT/bench/wiremock" --no-request-journal --disable-banner
}

# The time from sending one signed order/get to its status line, on a gateway that has just become ready.
first_request_ms() {
  bench gen get "$WORK/first" 1 1 127.0.0.1:8080 demo demo-secret "${SIZE_LIST[0]}" "$DEVICES"
  local t0 line; t0=$(now_ms)
  exec 3<>/dev/tcp/127.0.0.1/8080
  tail -n +2 "$WORK/first.0" >&3
  read -r -t 10 line <&3 || line=
  exec 3<&- 3>&-
  echo $(( $(now_ms) - t0 ))
}

rss_mb() { awk '/VmRSS/{print int($2/1024)}' "/proc/$GW_PID/status"; }

# The gateway: demo profile; TLS ends in front of it for bind/order (X-Forwarded-Proto from loopback).
GW_ARGS=(--spring.profiles.active=demo --server.forward-headers-strategy=native)
start_gateway() { # JAVA DATA_DIR LOG [extra JVM args...] [-- extra app args]
  local java=$1 data=$2 log=$3; shift 3
  local jvm=() app=()
  read -ra jvm <<< "${GATEWAY_JAVA_OPTS:-}"
  while [ $# -gt 0 ] && [ "$1" != -- ]; do jvm+=("$1"); shift; done
  [ $# -gt 0 ] && shift && app=("$@")
  start_app "$java" 8080 /actuator/health/readiness "$log" "${jvm[@]}" -jar "$GW" "${GW_ARGS[@]}" \
    --gateway.data-dir="$data" "${app[@]}"
}

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
busy_ticks() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8}' /proc/stat; }

BIND_TAG=0
PORT=8080
declare -A NEXT_FIXTURE CLAIMED_FROM CLAIMED
# sign API SIZE DURATION THREADS: pre-signs the requests of one run of API (URL, PREFIX, EXPECT and FROM for
# drive). READ_RATE, or BENCH_RATE when set, is the requests a second of run signed for the reads.
sign() {
  local api=$1 size=$2 duration=$3 threads=$4 rate=${BENCH_RATE:-$READ_RATE}
  FROM=0
  case "$api" in
    baseline) URL=$LIVE; PREFIX=-; EXPECT='"UP"' ;;
    order/get)
      URL=$GET; PREFIX=$WORK/req-get; EXPECT='"code":200,'
      bench gen get "$PREFIX" "$threads" $(( (duration + 1) * rate )) 127.0.0.1:8080 demo demo-secret "$size" "$DEVICES" ;;
    bind/order)
      URL=$BIND; PREFIX=$WORK/req-bind; EXPECT='"code":200,'
      BIND_TAG=$((BIND_TAG + 1))
      local count=$(( (duration + 1) * 6000 ))
      bench import http://127.0.0.1:8080 "$ADMIN" "r$BIND_TAG" "$count"
      bench gen bind "$PREFIX" "$threads" "$count" 127.0.0.1:8080 demo demo-secret "r$BIND_TAG" "$DEVICES" ;;
    *)
      URL=/; PREFIX=$WORK/req-family; EXPECT='"code":200,'
      local count=$(( (duration + 1) * rate ))
      case "$api" in
        transfer|freecloudstorage-consume) # each request uses up its own order or device
          count=$(( (duration + 1) * FIXTURE_RATE )); FROM=${NEXT_FIXTURE[$api]:-0}
          NEXT_FIXTURE[$api]=$(( FROM + count )) ;;
        freecloudstorage-enable|freecloudstorage-status-set) # the devices the same phase of consume claimed
          FROM=${CLAIMED_FROM[$LABEL]}; count=${CLAIMED[$LABEL]} ;;
      esac
      BENCH_FROM=$FROM bench gen "$api" "$PREFIX" "$threads" "$count" 127.0.0.1:8080 demo demo-secret "$size" "$DEVICES" ;;
  esac
}

# drive LABEL API CONNS SIZE DURATION: one wrk run over the requests sign wrote, against the running server;
# sets RUN_RPS, RUN_P99 and RUN_ERRORS, and appends a row to load.tsv when LABEL is "run". DB, JDK_NAME and
# VT_NAME name the group.
drive() {
  local label=$1 api=$2 conns=$3 size=$4 duration=$5
  local threads=$(( conns < 2 ? 1 : 2 ))
  echo 5 > "/proc/$GW_PID/clear_refs" 2>/dev/null || true
  local cpu0 busy0 out
  cpu0=$(ticks "$GW_PID"); busy0=$(busy_ticks)
  out=$(wrk -t"$threads" -c"$conns" -d"${duration}s" --timeout 5s --latency -s bench/signed.lua "http://127.0.0.1:$PORT$URL" \
    -- "$PREFIX" "$EXPECT" 2> "$WORK/wrk.err" | grep '^RESULT' || true)
  local cpu1 busy1 hz; cpu1=$(ticks "$GW_PID"); busy1=$(busy_ticks); hz=$(getconf CLK_TCK)
  rm -f "$WORK"/req-*.?
  [ -n "$out" ] || { echo "bench: wrk failed"; cat "$WORK/wrk.err"; exit 1; }
  IFS=$'\t' read -r _ requests micros p50 p99 p999 sockerr bad exhausted <<< "$out"
  if [ "$api" = freecloudstorage-consume ]; then CLAIMED_FROM[$label]=$FROM; CLAIMED[$label]=$requests; fi
  local secs cpu other peak
  secs=$(awk "BEGIN{print $micros / 1e6}")
  RUN_RPS=$(awk "BEGIN{printf \"%.1f\", $requests / $secs}")
  RUN_P99=$p99
  RUN_ERRORS=$((sockerr + bad))
  cpu=$(awk "BEGIN{printf \"%.2f\", ($cpu1 - $cpu0) / $hz / $secs}")
  other=$(awk "BEGIN{printf \"%.2f\", (($busy1 - $busy0) - ($cpu1 - $cpu0)) / $hz / $secs}")
  peak=$(awk '/VmHWM/{print int($2/1024)}' "/proc/$GW_PID/status")
  printf 'bench: %-7s %-4s %-10s %2s conns %8s orders: %8s req/s p50 %6s p99 %7s p99.9 %7s ms errors %s cpu %s other %s%s\n' \
    "$label" "$DB" "$api" "$conns" "$size" "$RUN_RPS" "$p50" "$p99" "$p999" "$RUN_ERRORS" "$cpu" "$other" \
    "$([ "$exhausted" != 0 ] && echo ' (pre-signed requests used up: ran shorter)')"
  [ "$label" = run ] || return 0
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$DB" "$JDK_NAME" "$VT_NAME" "$size" "$api" \
    "$conns" "$RUN_RPS" "$p50" "$p99" "$p999" "$requests" "$RUN_ERRORS" "$cpu" "$other" "$peak" \
    "$(cut -d' ' -f1 /proc/loadavg)" >> "$LOAD_TSV"
}

# load LABEL API CONNS SIZE: signs and drives one run of $DURATION seconds ($WARMUP when LABEL is "warmup").
load() {
  local duration=$DURATION
  [ "$1" = warmup ] && duration=$WARMUP
  LABEL=$1
  sign "$2" "$4" "$duration" $(( $3 < 2 ? 1 : 2 ))
  drive "$1" "$2" "$3" "$4" "$duration"
}

# Two rounds over the three APIs, so that the JIT has settled before the first measured run (on 2 cores
# the compiler threads compete with the load; measured runs 30 s after a start were still 50 % faster).
warmup() {
  for conns in 64 16; do
    load warmup baseline "$conns" "$1"; load warmup order/get "$conns" "$1"; load warmup bind/order "$conns" "$1"
  done
  echo "bench: RSS after warm-up $(rss_mb) MB"
  echo "- RSS after warm-up: $(rss_mb) MB ($DB, Java $JDK_NAME, virtual threads $VT_NAME, $1 orders)." >> "$WORK/meta.md"
}

matrix() { # SIZE
  for conns in "${CONN_LIST[@]}"; do
    for api in baseline order/get bind/order; do load run "$api" "$conns" "$1"; done
  done
}

# The bench data: $DEVICES devices bench-dev-N (administrator bench-owner-N) and orders bench-o-FROM..TO,
# bound to bench-dev-(i mod $DEVICES), a year of service running. Loaded with SQL (one statement), since
# 1 000 000 orders through the operator API and bind/order would take longer than the whole benchmark.
orders_sql() { # FROM TO RANGE_FUNCTION [ID_PREFIX [DEVICE_PREFIX OWNER_PREFIX DEVICE_COUNT]]
  cat <<EOF
INSERT INTO cloud_order (order_id, commodity_code, specification, record_type, months_per_copy, copies, price,
  out_order_no, payment_status, order_type, frozen, iot_id, identity_id, user_name, user_id, start_time, end_time,
  enable_default_plan, pre_record_duration, record_duration, event_record_prolong, max_record_file_duration, version)
SELECT '${4:-bench-o-}' || x, 'ilopLVCloudResource', 'eventResource_30', 2, 1, 24, '1.0', 'out-' || x, 1, 0, FALSE,
  '${5:-bench-dev-}' || MOD(x, ${7:-$DEVICES}), '${6:-bench-owner-}' || MOD(x, ${7:-$DEVICES}), 'bench-user', 'bench-user',
  TIMESTAMP WITH TIME ZONE '2025-06-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2027-06-01 00:00:00+00',
  TRUE, 5, 30, FALSE, 1800, 0
FROM $3;
EOF
}
devices_sql() {
  for d in $(seq 0 $((DEVICES - 1))); do echo "INSERT INTO device VALUES ('bench-dev-$d', 'bench-owner-$d', 0);"; done
}
# The fixtures of the family APIs whose requests use them up: orders bench-t-n to transfer (bound like the
# bench orders) and devices bench-free-n, each with its own administrator, to claim the free plan on. And the
# devices order/query lists: bench-q-n, each with $QUERY_ORDERS orders, as a camera has (the bench devices
# gather thousands from bind/order's runs, which order/query's count and page would measure instead).
fixtures_sql() { # RANGE_FUNCTION QUERY_RANGE_FUNCTION
  orders_sql 0 0 "$1" bench-t-
  echo "INSERT INTO device SELECT 'bench-free-' || x, 'bench-free-owner-' || x, 0 FROM $1;"
  echo "INSERT INTO device SELECT 'bench-q-' || x, 'bench-q-owner-' || x, 0 FROM $2 WHERE x < $QUERY_DEVICES;"
  orders_sql 0 0 "$2" bench-q-o- bench-q- bench-q-owner- "$QUERY_DEVICES"
}

h2_sql() { # DATA_DIR FILE
  "$JAVA17" -cp "$H2_JAR" org.h2.tools.RunScript \
    -url "jdbc:h2:file:$1/gateway;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    -user sa -script "$2"
}

# ------------------------------------------------------------------------------------------- start to ready
H2DATA=$WORK/data-h2
echo "bench: first start of the gateway (schema, demo data, TLS certificate)"
start_gateway "$JAVA17" "$H2DATA" "$WORK/gateway-first.log"
stop_app
{ devices_sql; orders_sql 1 "${SIZE_LIST[0]}" "(SELECT \"X\" AS x FROM SYSTEM_RANGE(1, ${SIZE_LIST[0]})) r"
  if [ "$FAMILY" = 1 ]; then
    fixtures_sql "(SELECT \"X\" AS x FROM SYSTEM_RANGE(0, $(( (WARMUP + DURATION + 2) * FIXTURE_RATE - 1 )))) r" \
      "(SELECT \"X\" AS x FROM SYSTEM_RANGE(0, $(( QUERY_DEVICES * QUERY_ORDERS - 1 )))) q"
  fi
} > "$WORK/load.sql"
h2_sql "$H2DATA" "$WORK/load.sql"

# The fast paths of a test suite: a class-data archive (Java 17) and an AOT cache (Java 25) written by a
# training run in the test-suite configuration that serves the APIs for a while before it stops, so that they
# hold the classes (and on Java 25 the method profiles) of a request's way, not only of the start.
fast_path_option() { # VARIANT
  case "$1" in
    *AOT*) echo "-XX:AOTCache=$WORK/gateway-suite.aot" ;;
    *) echo "-XX:SharedArchiveFile=$WORK/gateway-suite.jsa" ;;
  esac
}
train() { # JAVA OPTION LOG
  start_gateway "$1" "$H2DATA" "$3" "${SUITE_JVM[@]}" "$2"
  LABEL=train; DB=H2
  for api in order/get bind/order; do
    sign "$api" "${SIZE_LIST[0]}" "$TRAIN" 2
    drive train "$api" 16 "${SIZE_LIST[0]}" "$TRAIN"
  done
  stop_app
}
if [ "$START" = 1 ] || [ "$SPEED" = 1 ]; then
  echo "bench: training the fast paths"
  train "$JAVA17" -XX:ArchiveClassesAtExit="$WORK/gateway-suite.jsa" "$WORK/gateway-train-jsa.log"
  train "$JAVA25" -XX:AOTCacheOutput="$WORK/gateway-suite.aot" "$WORK/gateway-train-aot.log"
  for archive in "$WORK/gateway-suite.jsa" "$WORK/gateway-suite.aot"; do
    [ -s "$archive" ] || { echo "bench: the training run wrote no $archive" >&2; exit 1; }
  done
fi

# speed APP VARIANT START_COMMAND...: a server started fresh by START_COMMAND and sent signed order/get at 16
# connections from the moment it is ready: the first 30 s as one run (signed before the start), then runs of
# 10 s up to SPEED_SECONDS of load, the last of them the warm rate. A row of speed.tsv: time to ready, the
# first 30 s, the worst p99 of the runs after them, the last run, errors, RSS at the end.
speed() {
  local app=$1 variant=$2; shift 2
  local size=${SIZE_LIST[0]}
  BENCH_RATE=$COLD_RATE sign order/get "$size" 30 2
  "$@" || exit 1
  local ready=$READY_MS
  drive speed order/get 16 "$size" 30
  local cold_rps=$RUN_RPS cold_p99=$RUN_P99 errors=$RUN_ERRORS worst=0 elapsed=30
  while [ "$elapsed" -lt "$SPEED_SECONDS" ]; do
    sign order/get "$size" 10 2
    drive speed order/get 16 "$size" 10
    elapsed=$((elapsed + 10)); errors=$((errors + RUN_ERRORS))
    worst=$(awk "BEGIN{print ($RUN_P99 > $worst) ? $RUN_P99 : $worst}")
  done
  local rss; rss=$(rss_mb)
  stop_app
  echo "bench: start to speed: $app, $variant: ready $ready ms, first 30 s $cold_rps req/s p99 $cold_p99 ms," \
    "worst p99 after $worst ms, at ${SPEED_SECONDS} s $RUN_RPS req/s p99 $RUN_P99 ms, errors $errors, RSS $rss MB"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$app" "$variant" "$ready" "$cold_rps" "$cold_p99" "$worst" \
    "$RUN_RPS" "$RUN_P99" "$errors" "$rss" >> "$SPEED_TSV"
}
if [ "$SPEED" = 1 ]; then
  echo "bench: start to speed, $SPEED_SECONDS s of order/get after each start"
  DB=speed
  if [ "$PEER" = 1 ]; then
    PORT=$PEER_PORT; speed wiremock "Java 17" start_peer "$JAVA17" "$WORK/speed.log"; PORT=8080
  fi
  speed gateway "Java 17" start_gateway "$JAVA17" "$H2DATA" "$WORK/speed.log"
  speed gateway "suite, Java 17" start_gateway "$JAVA17" "$H2DATA" "$WORK/speed.log" "${SUITE_JVM[@]}"
  for v in "suite, Java 17 + CDS" "suite, Java 25 + AOT cache"; do
    java=$JAVA17; case "$v" in *25*) java=$JAVA25 ;; esac
    speed gateway "$v" start_gateway "$java" "$H2DATA" "$WORK/speed.log" "${SUITE_JVM[@]}" "$(fast_path_option "$v")"
  done
fi

if [ "$START" = 1 ]; then
  echo "bench: start to ready, $STARTS start(s) per variant"
  start_app "$JAVA17" 8090 /items/1 "$WORK/minimal-first.log" -jar "$MIN" --data-dir="$WORK/data-min"; stop_app
  "$JAVA25" -XX:AOTCacheOutput="$WORK/minimal.aot" -Dspring.context.exit=onRefresh -jar "$MIN" \
    --data-dir="$WORK/data-min" > "$WORK/minimal-train.log" 2>&1
  "$JAVA25" -XX:AOTCacheOutput="$WORK/gateway.aot" -Dspring.context.exit=onRefresh -jar "$GW" "${GW_ARGS[@]}" \
    --gateway.data-dir="$H2DATA" > "$WORK/gateway-train.log" 2>&1
  variants=("minimal-app|Java 17" "gateway|Java 17" "minimal-app|Java 25" "gateway|Java 25"
    "minimal-app|Java 25 + AOT cache" "gateway|Java 25 + AOT cache" "gateway|Java 25 + AOT cache + lazy"
    "gateway|suite, Java 17 + CDS" "gateway|suite, Java 25 + AOT cache")
  [ "$PEER" = 1 ] && variants+=("wiremock|Java 17" "wiremock|Java 25")
  for i in $(seq "$STARTS"); do
    for variant in "${variants[@]}"; do
      app=${variant%%|*}; v=${variant#*|}
      java=$JAVA17; jvm=(); args=()
      case "$v" in *25*) java=$JAVA25 ;; esac
      case "$v" in
        suite*) jvm=("${SUITE_JVM[@]}" "$(fast_path_option "$v")") ;;
        *AOT*) jvm=(-XX:AOTCache="$WORK/${app%%-*}.aot") ;;
      esac
      case "$v" in *lazy*) args=(-- --spring.main.lazy-initialization=true) ;; esac
      # One retry: a start with the AOT cache has once failed with H2 "Database is already closed".
      for attempt in 1 2; do
        case "$app" in
          gateway) start_gateway "$java" "$H2DATA" "$WORK/start.log" "${jvm[@]}" "${args[@]}" && break ;;
          wiremock) start_peer "$java" "$WORK/start.log" "${jvm[@]}" && break ;;
          *) start_app "$java" 8090 /items/1 "$WORK/start.log" "${jvm[@]}" -jar "$MIN" --data-dir="$WORK/data-min" && break ;;
        esac
        [ "$attempt" = 2 ] && exit 1
        echo "Start failures: $app, $v failed to start once and was started again." >> "$WORK/meta.md"
      done
      rss=$(rss_mb); first=
      [ "$app" = gateway ] && first=$(first_request_ms)
      stop_app
      echo "bench: start to ready: $app, $v: $READY_MS ms (RSS $rss MB)${first:+, first order/get $first ms}"
      printf '%s\t%s\t%s\t%s\t%s\n' "$app" "$v" "$READY_MS" "$rss" "$first" >> "$START_TSV"
    done
  done
fi

# ----------------------------------------------------------------------------------------------- H2 loads
DB=H2; JDK_NAME=17; VT_NAME=off
previous=0
for size in "${SIZE_LIST[@]}"; do
  if [ "$previous" != 0 ]; then
    echo "bench: H2: adding orders $((previous + 1))..$size"
    orders_sql $((previous + 1)) "$size" "(SELECT \"X\" AS x FROM SYSTEM_RANGE($((previous + 1)), $size)) r" > "$WORK/load.sql"
    h2_sql "$H2DATA" "$WORK/load.sql"
  fi
  previous=$size
  jfr=()
  [ "$PROFILE" = 1 ] && [ "$size" = "$LARGEST" ] && jfr=(-XX:StartFlightRecording=filename="$WORK/profile.jfr",settings=profile)
  start_gateway "$JAVA17" "$H2DATA" "$WORK/gateway-h2-$size.log" "${jfr[@]}"
  echo "bench: H2, $size orders: ready in $READY_MS ms"
  warmup "$size"
  matrix "$size"
  if [ "$FAMILY" = 1 ] && [ "$size" = "${SIZE_LIST[0]}" ]; then
    for api in "${FAMILY_APIS[@]}"; do load warmup "$api" 16 "$size"; load run "$api" 16 "$size"; done
  fi
  stop_app
done
if [ "$PROFILE" = 1 ]; then
  bench jfr "$WORK/profile.jfr" 25 > "$WORK/profile.txt"
fi

# --------------------------------------------------------------------------------------- virtual threads
if [ "$VT" = 1 ]; then
  DB=H2; JDK_NAME=25
  for vt in off on; do
    VT_NAME=$vt
    enabled=false; [ "$vt" = on ] && enabled=true
    start_gateway "$JAVA25" "$H2DATA" "$WORK/gateway-vt-$vt.log" -- --spring.threads.virtual.enabled=$enabled
    echo "bench: Java 25, virtual threads $vt: ready in $READY_MS ms"
    warmup "$LARGEST"
    for conns in 16 64; do
      for api in baseline order/get bind/order; do load run "$api" "$conns" "$LARGEST"; done
    done
    stop_app
  done
fi

# ------------------------------------------------------------------------------------------------ the peer
# WireMock answering order/get with its canned body, sent the same pre-signed requests by the same wrk.
if [ "$PEER" = 1 ]; then
  DB=WireMock; JDK_NAME=17; VT_NAME=off; PORT=$PEER_PORT
  start_peer "$JAVA17" "$WORK/peer.log"
  echo "bench: WireMock: ready in $READY_MS ms"
  for round in 1 2; do for conns in 64 16; do load warmup order/get "$conns" "${SIZE_LIST[0]}"; done; done
  echo "bench: RSS after warm-up $(rss_mb) MB"
  echo "- RSS after warm-up: $(rss_mb) MB (WireMock $PEER_VERSION, Java 17, canned order/get)." >> "$WORK/meta.md"
  for conns in "${CONN_LIST[@]}"; do load run order/get "$conns" "${SIZE_LIST[0]}"; done
  stop_app
  PORT=8080
fi

# ------------------------------------------------------------------------------------------ PostgreSQL
if [ ${#PG_LIST[@]} -gt 0 ]; then
  DB=PostgreSQL; JDK_NAME=17; VT_NAME=off
  psql -q -h 127.0.0.1 -U postgres -d postgres -c 'DROP DATABASE IF EXISTS gateway_bench' \
    -c 'CREATE DATABASE gateway_bench'
  pg() { psql -q -h 127.0.0.1 -U postgres -d gateway_bench "$@"; }
  export GATEWAY_DB_URL=jdbc:postgresql://127.0.0.1:5432/gateway_bench
  GW_ARGS=(--spring.profiles.active=demo,postgres --server.forward-headers-strategy=native)
  start_gateway "$JAVA17" "$WORK/data-pg" "$WORK/gateway-pg.log"
  echo "bench: PostgreSQL: ready in $READY_MS ms"
  devices_sql | pg
  previous=0
  for size in "${PG_LIST[@]}"; do
    echo "bench: PostgreSQL: adding orders $((previous + 1))..$size"
    orders_sql $((previous + 1)) "$size" "generate_series($((previous + 1)), $size) AS x" | pg
    pg -c 'ANALYZE'
    previous=$size
    warmup "$size"
    matrix "$size"
  done
  stop_app
fi

mkdir -p "$(dirname "$DOC")"
bench report "$WORK" "$DOC"
[ -f "$WORK/profile.txt" ] && cp "$WORK/profile.txt" "$ROOT/docs/benchmarks-profile.txt"
echo "bench: done; tables written to $DOC"
