#!/usr/bin/env bash
# Follows docs/team.md step by step on this machine, with the embedded sandbox standing in for
# October: a PostgreSQL cluster of its own (steps 1-2), the relay (step 4; on loopback, so the
# reverse proxy of step 5 is left out), and two command-line workstations with data folders of their
# own (step 3): Alice creates a request, Bob lists it through the team database, and once October's
# webhook reached the relay, Bob sees its ESG X-Ray. Everything it starts is stopped on exit.
#
# Usage: packaging/team-walkthrough.sh        (after ./mvnw -q -DskipTests package)
# Needs: Debian's postgresql (its programs in /usr/lib/postgresql/<version>/bin, or the folder named
# by XRAYDESK_POSTGRES_BIN), curl, python3 (for free ports). As root, PostgreSQL runs as `postgres`.
set -euo pipefail
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2; exit 2; }
fail() { echo "team-walkthrough: $*" >&2; exit 1; }
step() { echo "team-walkthrough: $*"; }
[[ $# -eq 0 ]] || usage

here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/target/xray-desk.jar"
[[ -f "$jar" ]] || fail "no $jar: run ./mvnw -q -DskipTests package first"
bin=${XRAYDESK_POSTGRES_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[[ -x "$bin/initdb" ]] || fail "no PostgreSQL server programs (apt-get install postgresql, or set XRAYDESK_POSTGRES_BIN)"
command -v curl >/dev/null || fail "curl is needed"
# English messages whatever the machine's language: the script reads them.
xray_desk=("${JAVA_HOME:+$JAVA_HOME/bin/}java" -Duser.language=en -jar "$jar")

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# PostgreSQL refuses to run as root: as root, its programs run as the postgres account.
as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
# Waits up to $2 seconds for file $1 to hold the text $3.
wait_for_line() {
  local deadline=$((SECONDS + $2))
  until grep -qF -- "$3" "$1" 2>/dev/null; do
    ((SECONDS < deadline)) || { cat "$1" >&2 || true; fail "no \"$3\" in $1 within $2 s"; }
    sleep 0.2
  done
}

work=$(mktemp -d /tmp/xraydesk-team-walkthrough.XXXXXX)
chmod 0755 "$work"
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  [[ -f "$work/pg/data/postmaster.pid" ]] && as_postgres "$bin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# Steps 1-2: a PostgreSQL server, passwords as SCRAM, the team's role and its database.
mkdir -p "$work/pg" && [[ $(id -u) -ne 0 ]] || chown postgres "$work/pg"
pg_port=$(free_port)
as_postgres "$bin/initdb" -D "$work/pg/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
  --encoding=UTF8 >/dev/null
as_postgres "$bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w \
  -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c password_encryption=scram-sha-256" start >/dev/null
team_password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
as_postgres "$bin/psql" -q -h "$work/pg" -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -v pw="$team_password" <<'SQL'
CREATE ROLE xraydesk_team LOGIN PASSWORD :'pw';
CREATE DATABASE xraydesk OWNER xraydesk_team ENCODING 'UTF8';
SQL
step "PostgreSQL on 127.0.0.1:$pg_port, role xraydesk_team, database xraydesk"

# October: the sandbox, a minute of its time in a real second.
"${xray_desk[@]}" sandbox --port 0 --speed 60 >"$work/sandbox.out" 2>&1 &
pids+=($!)
wait_for_line "$work/sandbox.out" 60 "businessId:"
api=$(sed -n 's/^Sandbox API listening on //p' "$work/sandbox.out")
user_id=$(sed -n 's/^userId: //p' "$work/sandbox.out")
token=$(sed -n 's/^sessionToken: //p' "$work/sandbox.out")
business_id=$(sed -n 's/^businessId: //p' "$work/sandbox.out")
step "sandbox API on $api"

# What /etc/xraydesk/relay.env holds (docs/team.md, step 4), for the relay and the workstations.
export OCTOBER_BASE_URL=$api OCTOBER_USER_ID=$user_id OCTOBER_SESSION_TOKEN=$token
export XRAYDESK_TEAM_DB="postgresql://xraydesk_team@127.0.0.1:$pg_port/xraydesk"
export XRAYDESK_TEAM_DB_PASSWORD=$team_password

# Step 4: the relay. October (the sandbox) posts straight to it: on this machine there is no proxy.
relay_port=$(free_port)
XRAYDESK_HOME="$work/relay-home" "${xray_desk[@]}" relay --listen "127.0.0.1:$relay_port" \
  --public-url "http://127.0.0.1:$relay_port/october" --business-id "$business_id" >"$work/relay.out" 2>&1 &
relay_pid=$!
pids+=("$relay_pid")
wait_for_line "$work/relay.out" 60 "Relay listening on http://127.0.0.1:$relay_port"
step "relay listening on 127.0.0.1:$relay_port: $(curl -fsS "http://127.0.0.1:$relay_port/health")"

# Step 3: two workstations, each with its own data folder.
alice() { XRAYDESK_HOME="$work/alice" "${xray_desk[@]}" "$@"; }
bob() { XRAYDESK_HOME="$work/bob" "${xray_desk[@]}" "$@"; }
request_id=$(alice request create --siren 514673987 | sed -n 's/^Request \([0-9a-f]\{24\}\) created\.$/\1/p')
[[ -n "$request_id" ]] || fail "Alice's request was not created"
step "Alice created request $request_id"
bob requests list | grep -qF "$request_id" || fail "Bob does not see Alice's request"
step "Bob lists it from the team database"

# The ESG X-Ray comes 90 sandbox seconds after creation: October posts new_report to the relay, which
# writes the report to the team database, where Bob reads it.
deadline=$((SECONDS + 30))
esg_state() {
  bob requests list --json | python3 -c 'import json, sys
print(next((r["xrays"]["esg"]["state"] for r in json.load(sys.stdin) if r["id"] == sys.argv[1]), "absent"))' "$1"
}
# Created without notes, the company's workforce is unknown: its ESG X-Ray comes out not rated, which
# is a report received all the same (docs/xray-states.md).
until [[ $(esg_state "$request_id") =~ ^(ready|not_rated)$ ]]; do
  ((SECONDS < deadline)) || { cat "$work/relay.out" >&2; fail "Bob never saw the ESG X-Ray"; }
  sleep 0.5
done
grep -qF "webhook new_report/$request_id/" "$work/relay.out" || fail "the relay received no new_report"
step "Bob sees the ESG X-Ray the relay received by webhook"
step "relay health: $(curl -fsS "http://127.0.0.1:$relay_port/health")"

# SIGTERM, as systemctl stop sends it.
kill -TERM "$relay_pid"
wait "$relay_pid" || true
grep -qF "Relay stopped" "$work/relay.out" || fail "the relay did not stop cleanly"
step "relay stopped on SIGTERM; its log:"
sed 's/^/  /' "$work/relay.out"
step "ok"
