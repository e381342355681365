#!/usr/bin/env bash
# Ticket creation through the REST API with wrk, against the built jar, on H2 and on PostgreSQL.
# Writes docs/benchmarks/ticket-create.md. Run it as root on an otherwise idle Debian machine:
#   bench/ticket-create.sh            (WARMUP=90 DURATION=30 RUNS=3 CONNECTIONS=8 THREADS=2 by default)
#   WARMUP=240 bench/ticket-create.sh   (on a machine shared with other work: the JIT needs longer to settle)
#   DATABASES="h2" WARMUP=10 DURATION=5 bench/ticket-create.sh   (quick smoke run; do not publish)
# Needs: Java 17, wrk and PostgreSQL from Debian (installed with apt-get when missing).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/target/servicemind.jar"
WARMUP="${WARMUP:-90}"
DURATION="${DURATION:-30}"
RUNS="${RUNS:-3}"
CONNECTIONS="${CONNECTIONS:-8}"
THREADS="${THREADS:-2}"
DATABASES="${DATABASES:-h2 postgres}"
APP_PORT="${APP_PORT:-18080}"
PG_PORT="${PG_PORT:-55432}"
PG_CLUSTER=servicemind-bench
OUT="${OUT:-$ROOT/docs/benchmarks/ticket-create.md}"
WORK="$(mktemp -d /tmp/servicemind-bench.XXXXXX)"
TOKEN="smk_bench_$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
export SERVICEMIND_TOKEN="$TOKEN"
APP_PID=""

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

cleanup() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
	if command -v pg_lsclusters >/dev/null && pg_lsclusters -h | awk '{print $2}' | grep -qx "$PG_CLUSTER"; then
		pg_dropcluster --stop "$(pg_major)" "$PG_CLUSTER" || true
	fi
}
trap cleanup EXIT

pg_major() { ls /usr/lib/postgresql | sort -n | tail -1; }

need_tools() {
	local missing=()
	command -v wrk >/dev/null || missing+=(wrk)
	if [[ " $DATABASES " == *" postgres "* ]] && ! command -v pg_createcluster >/dev/null; then missing+=(postgresql); fi
	if (( ${#missing[@]} )); then
		log "installing ${missing[*]} with apt-get"
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
	fi
}

build_jar() {
	if [[ ! -f "$JAR" || "${REBUILD:-0}" == 1 ]]; then
		log "building $JAR"
		(cd "$ROOT" && ./mvnw -B -q -DskipTests package)
	fi
}

start_postgres() {
	local v; v="$(pg_major)"
	pg_dropcluster --stop "$v" "$PG_CLUSTER" 2>/dev/null || true
	pg_createcluster "$v" "$PG_CLUSTER" -p "$PG_PORT" >/dev/null
	pg_ctlcluster "$v" "$PG_CLUSTER" start
	su postgres -c "psql -q -p $PG_PORT -c \"create user servicemind password 'servicemind'\""
	su postgres -c "createdb -p $PG_PORT -O servicemind servicemind"
}

# sql DB STATEMENT: prints the single value the statement returns
sql() {
	if [[ "$1" == postgres ]]; then
		su postgres -c "psql -p $PG_PORT -d servicemind -tAc \"$2\""
	else
		java -cp "$WORK/h2.jar" org.h2.tools.Shell -url "$(h2_url)" -user sa -password "" -sql "$2" \
			| sed -n 2p | tr -d ' '
	fi
}

h2_url() { echo "jdbc:h2:file:$WORK/h2/servicemind;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"; }

start_app() {
	local db="$1" args=(--server.port="$APP_PORT" --servicemind.demo=false --servicemind.bootstrap-token="$TOKEN")
	if [[ "$db" == postgres ]]; then
		args+=(--spring.profiles.active=postgres)
		export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PG_PORT/servicemind"
		export SPRING_DATASOURCE_USERNAME=servicemind SPRING_DATASOURCE_PASSWORD=servicemind
	else
		args+=(--spring.datasource.url="$(h2_url)")
	fi
	log "starting the app on $db"
	java -jar "$JAR" "${args[@]}" >"$WORK/app-$db.log" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 120); do
		if curl -fs "http://localhost:$APP_PORT/actuator/health" >/dev/null 2>&1; then return 0; fi
		sleep 1
	done
	log "the app did not start; see $WORK/app-$db.log"; tail -40 "$WORK/app-$db.log" >&2; exit 1
}

stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

run_wrk() { # run_wrk LABEL SECONDS -> prints the RESULT json
	BENCH_RUN="$1" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2"s --latency -s "$ROOT/bench/create-ticket.lua" \
		"http://localhost:$APP_PORT" >"$WORK/wrk-$1.txt" 2>&1
	grep '^RESULT ' "$WORK/wrk-$1.txt" | sed 's/^RESULT //'
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }

json() { sed -E "s/.*\"$2\":([0-9.]+).*/\1/" <<<"$1"; }

need_tools
build_jar
unzip -o -q -j "$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$WORK" && mv "$WORK"/h2-*.jar "$WORK/h2.jar"
ROWS_FILE="$WORK/rows.md"; : >"$ROWS_FILE"
SUMMARY_FILE="$WORK/summary.md"; : >"$SUMMARY_FILE"

for db in $DATABASES; do
	if [[ "$db" == postgres ]]; then start_postgres; fi
	start_app "$db"
	curl -fs -o /dev/null -w '' -H "Authorization: Bearer $TOKEN" "http://localhost:$APP_PORT/api/v1/agents" \
		|| { log "bootstrap token rejected"; exit 1; }
	log "$db: warming up for ${WARMUP}s"
	run_wrk "$db-warmup" "$WARMUP" >/dev/null
	sleep 2
	rates=(); p50s=(); p99s=()
	for i in $(seq 1 "$RUNS"); do
		load="$(cut -d' ' -f1 /proc/loadavg)"
		before="$(sql "$db" "select count(*) from tickets")"
		log "$db: run $i of $RUNS (${DURATION}s)"
		cpu_before="$(cpu_ticks)"
		r="$(run_wrk "$db-$i" "$DURATION")"
		cpu_after="$(cpu_ticks)"
		sleep 2
		after="$(sql "$db" "select count(*) from tickets")"
		dup="$(sql "$db" "select count(*) - count(distinct number) from tickets")"
		requests="$(json "$r" requests)"; non2xx="$(json "$r" non2xx)"; sockerr="$(json "$r" socket_errors)"
		ok=$((requests - non2xx)); rows=$((after - before))
		rate="$(awk -v n="$ok" -v us="$(json "$r" duration_us)" 'BEGIN{printf "%.0f", n/(us/1e6)}')"
		cpu_ms="$(awk -v t="$((cpu_after - cpu_before))" -v hz="$(getconf CLK_TCK)" -v n="$ok" \
			'BEGIN{printf "%.2f", n ? t * 1000 / hz / n : 0}')"
		rates+=("$rate"); p50s+=("$(json "$r" p50_ms)"); p99s+=("$(json "$r" p99_ms)")
		printf '| %s | %d | %s | %d | %s | %s | %s | %s | %s | %d | %d | %s | %s | %s |\n' "$db" "$i" "$rate" "$ok" \
			"$(json "$r" p50_ms)" "$(json "$r" p90_ms)" "$(json "$r" p99_ms)" "$(json "$r" max_ms)" "$non2xx" \
			"$sockerr" "$rows" "$dup" "$cpu_ms" "$load" >>"$ROWS_FILE"
		MAX_LOAD="$(awk -v a="${MAX_LOAD:-0}" -v b="$load" 'BEGIN{print (b > a ? b : a)}')"
		log "$db run $i: $rate tickets/s, p50 $(json "$r" p50_ms) ms, p99 $(json "$r" p99_ms) ms, 2xx $ok, rows $rows, non-2xx $non2xx, duplicate numbers $dup"
	done
	stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{printf "%s (%s–%s)", a[int((NR+1)/2)], a[1], a[NR]}'; }
	printf '| %s | %s | %s | %s |\n' "$db" "$(stats "${rates[@]}")" "$(stats "${p50s[@]}")" "$(stats "${p99s[@]}")" >>"$SUMMARY_FILE"
	stop_app
	if [[ "$db" == postgres ]]; then pg_dropcluster --stop "$(pg_major)" "$PG_CLUSTER"; fi
done

JAVA_VERSION="$(java -version 2>&1 | head -1)"
PG_VERSION="$("/usr/lib/postgresql/$(pg_major)/bin/postgres" --version 2>/dev/null || echo "PostgreSQL n/a")"
H2_VERSION="$(basename "$(unzip -l "$JAR" | grep -o 'BOOT-INF/lib/h2-[0-9.]*\.jar')" .jar)"
CPU="$(lscpu | sed -n 's/^Model name: *//p' | head -1)"
{
	echo "# Benchmark: ticket creation through the REST API"
	echo
	echo "Produced by \`bench/ticket-create.sh\` on $(date -u +%Y-%m-%d) (UTC). Re-run it to refresh this file."
	echo
	echo "## Set-up"
	echo
	echo "- Machine: $(nproc) cores ($CPU), $(awk '/MemTotal/{printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM, $(. /etc/os-release; echo "$PRETTY_NAME")"
	echo "- Versions: $JAVA_VERSION; ServiceMind $(unzip -p "$JAR" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: //p' | tr -d '\r'); $PG_VERSION; $H2_VERSION; $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
	echo "- Load: \`wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s -s bench/create-ticket.lua\` on the same machine, $RUNS runs per database after a ${WARMUP} s warm-up on the same JVM."
	echo "- Request: \`POST /api/v1/tickets\` with an API token (\`servicemind.bootstrap-token\`, checked by SHA-256), customers drawn from a pool of 500 addresses (found or registered), priority, one tag; 201 with Location."
	echo "- App: \`java -jar target/servicemind.jar\` with default settings, demo data off; H2 is the default file database, PostgreSQL is a fresh Debian cluster (default settings) used through profile \`postgres\`."
	echo
	echo "## Result (median of $RUNS runs, range in brackets)"
	echo
	echo "| Database | tickets/s (2xx) | p50 ms | p99 ms |"
	echo "|---|---:|---:|---:|"
	cat "$SUMMARY_FILE"
	echo
	echo "Target on this machine: at least 1,000 tickets/s with p99 under 25 ms and no errors."
	if awk -v l="${MAX_LOAD:-0}" 'BEGIN{exit !(l > 4)}'; then
		echo
		echo "**Not a clean measurement.** Other processes kept the machine's load average up to ${MAX_LOAD} on $(nproc)"
		echo "cores during these runs: the JVM, PostgreSQL and wrk competed for the CPU with them, the JIT compiled slowly,"
		echo "and tail latency (p99) suffers most from the scheduling delays. The figures understate what this code does on"
		echo "an idle machine; re-run the script on one before comparing them with the target."
	fi
	echo
	echo "## Every run"
	echo
	echo "Rows = tickets counted with SQL after the run minus before it; they equal the 2xx responses except for"
	echo "requests still in flight when wrk stopped (at most $CONNECTIONS, answered after wrk closed its connections)."
	echo "Duplicates = \`count(*) - count(distinct number)\` over all tickets, which must be 0."
	echo
	echo "Load = the machine's 1-minute load average just before the run (2 cores: anything well above 2 means other"
	echo "processes competed for the CPU and the figures understate what ServiceMind does on an idle machine)."
	echo
	echo "App CPU = CPU time of the ServiceMind JVM during the run divided by the 2xx responses (all its threads: request"
	echo "handling, JIT, GC; with H2 also the database). It depends far less on competing processes than throughput does."
	echo
	echo "| Database | Run | tickets/s | 2xx | p50 ms | p90 ms | p99 ms | max ms | non-2xx | socket errors | rows | duplicates | app CPU ms/ticket | load |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
	cat "$ROWS_FILE"
} >"$OUT"
log "wrote $OUT (logs and wrk output in $WORK)"
