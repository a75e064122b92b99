#!/usr/bin/env bash
# A system test of SAPO on PostgreSQL as Debian installs it, and of its answers while that PostgreSQL is down. On a
# second cluster made with pg_createcluster's defaults (peer, scram-sha-256; pg_hba.conf untouched), `bin/run
# --no-build` prepares SAPO's role and database and starts SAPO with the demo data (HTTP port 8880, management 10790).
# An ASN registers and logs in; then the cluster is stopped under the running server: a check-in is answered 503
# DATABASE_UNAVAILABLE with Retry-After (never 500), readiness goes DOWN, and the log gets no stack trace; the
# cluster is started again: readiness goes UP and the same check-in, with the same Idempotency-Key, is answered 201.
# An officer's login during the outage is sent to the admin screens' outage page, not the error page.
# Everything it made is removed afterwards, also on failure. Needs root and the EAR built (bin/test runs it after
# the suite); skipped when SAPO_SKIP_OUTAGE_CHECK=true.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/lib/common.sh

if [[ ${SAPO_SKIP_OUTAGE_CHECK:-false} == true ]]; then
    exit 0
fi
[[ $(id -u) -eq 0 ]] || { echo "Skipping the outage check: it needs root" >&2; exit 0; }
[[ -f ear/target/sapo.ear ]] || fail "Build SAPO first (mvn package): the outage check starts the EAR built before"

offset=${SAPO_OUTAGE_PORT_OFFSET:-800}
api=http://127.0.0.1:$((8080 + offset))/api/v1
source bin/lib/api.sh
management=127.0.0.1:$((9990 + offset))
jboss_home=$PWD/ear/target/server/wildfly-39.0.1.Final
cluster=sapo_outage_$$
secrets=$(mktemp -d)
work=$(mktemp -d)
version=$(ls /etc/postgresql | sort -n | tail -1)

cleanup() {
    "$jboss_home/bin/jboss-cli.sh" --connect --controller="$management" --command=:shutdown >/dev/null 2>&1 || true
    sleep 2
    drop_scratch_cluster "$cluster"
    rm -rf "$secrets" "$work"
}
trap cleanup EXIT

# A check-in with the key $key as the ASN with $token: prints the status, keeps the answer and its headers in $work
check_in_attempt() {
    curl -s -o "$work/body" -D "$work/headers" -w '%{http_code}' -X POST "$api/attendance" \
        -H 'Content-Type: application/json' -H "Authorization: Bearer $token" -H "Idempotency-Key: $key" \
        --data-binary @"$work/check-in.json"
}
field() { jq -r ".$1 // empty" "$work/body"; }
ready() { curl -s -o /dev/null -w '%{http_code}' "http://$management/health/ready"; }

say "Outage check: SAPO on a fresh PostgreSQL cluster of Debian's defaults"
port=$(create_scratch_cluster "$cluster")
SAPO_SECRETS_DIR=$secrets PGHOST=127.0.0.1 PGPORT=$port SAPO_PORT_OFFSET=$offset \
    SAPO_CLOCK_START=2026-03-02T00:45:00Z bin/run --no-build > "$work/run.log" 2>&1 \
    || { cat "$work/run.log" >&2; fail "bin/run could not start SAPO on the fresh cluster"; }
log=$jboss_home/standalone/log/server.log
[[ $(ready) == 200 ]] || fail "SAPO started but is not ready"

jq -n --rawfile photo <(base64 -w0 docs/sample-selfie.jpg) \
    '{type: "CHECK_IN", latitude: -2.08604, longitude: 102.28890, accuracyM: 8, mocked: false, photo: $photo}' \
    > "$work/check-in.json"
register_fadli docs/sample-selfie.jpg
token=$(login "$FADLI_NIP" "$FADLI_PASSWORD" "$FADLI_DEVICE")
key=$(cat /proc/sys/kernel/random/uuid)
# the admin screens' login form, fetched while the database is up (its hidden fields: view state, anti-CSRF token,
# the CSP nonce that PrimeFaces posts back)
admin=http://127.0.0.1:$((8080 + offset))/admin
curl -s -c "$work/cookies" -b "$work/cookies" "$admin/login.xhtml" > "$work/login.html"
form=()
while IFS= read -r input; do
    name=$(sed -nE 's/.* name="([^"]*)".*/\1/p' <<< "$input")
    value=$(sed -nE 's/.* value="([^"]*)".*/\1/p' <<< "$input")
    [[ -n $name ]] && form+=(--data-urlencode "$name=$value")
done < <(grep -oE '<input [^>]*type="hidden"[^>]*>' "$work/login.html")
[[ ${#form[@]} -gt 0 ]] || fail "the admin login page has no form"

say "Stopping PostgreSQL under the running server"
lines_before=$(wc -l < "$log")
pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" stop -m immediate
status=$(check_in_attempt)
[[ $status == 503 ]] || fail "a check-in while the database is down answered $status, not 503: $(cat "$work/body")"
[[ $(field code) == DATABASE_UNAVAILABLE ]] || fail "the 503 is not DATABASE_UNAVAILABLE: $(cat "$work/body")"
retry_after=$(sed -nE 's/^Retry-After: *([0-9]+).*/\1/ip' "$work/headers" | tr -d '\r')
[[ -n $retry_after ]] || fail "the 503 has no Retry-After"
grep -qi '^Content-Type: application/problem+json' "$work/headers" || fail "the 503 is not application/problem+json"
# the first request finds the pool's connections dead: the pool says so once (IJ000305, IJ000610, with their
# traces); the requests after it must add nothing but SAPO's own line every 10 s
sleep 2
lines_first=$(wc -l < "$log")
for _ in $(seq 10); do
    status=$(check_in_attempt)
    [[ $status == 503 ]] || fail "a check-in while the database is down answered $status, not 503"
done
readiness=$(ready)
[[ $readiness == 503 ]] || fail "readiness answered $readiness while the database is down, not 503 (DOWN)"
# an officer logging in (the password check needs the database) is sent to the page that tries again by itself
answer=$(curl -s -b "$work/cookies" -H 'Faces-Request: partial/ajax' -H 'X-Requested-With: XMLHttpRequest' \
    "${form[@]}" --data-urlencode 'login:username=admin.diskominfo' --data-urlencode 'login:password=Demo#Sapo2026' \
    --data-urlencode 'jakarta.faces.partial.ajax=true' --data-urlencode 'jakarta.faces.source=login:submit' \
    --data-urlencode 'jakarta.faces.partial.execute=@all' --data-urlencode 'login:submit=login:submit' \
    "$admin/login.xhtml")
grep -q '<redirect url="/admin/unavailable.html"' <<< "$answer" \
    || fail "an officer's login while the database is down was not sent to the outage page: $answer"
page=$(curl -s -w '%{http_code}' "$admin/unavailable.html")
[[ $page == *"Sementara tidak tersedia"*200 ]] || fail "the outage page is not there: $page"
traces=$(tail -n +"$((lines_first + 1))" "$log" | grep -cE '^\s+at ' || true)
if [[ $traces -ne 0 ]]; then
    tail -n +"$((lines_first + 1))" "$log" | grep -vE '^\s+at ' | head -20 >&2
    fail "the requests after the first during the outage put $traces stack trace lines in the log"
fi
outage_lines=$(tail -n +"$((lines_before + 1))" "$log" | grep -cvE '^\s+(at |\.\.\.)|^Caused by' || true)
say "Down: 11 check-ins answered 503 DATABASE_UNAVAILABLE, Retry-After $retry_after s, readiness DOWN, an" \
    "officer's login sent to the outage page; $outage_lines log record(s), none for the requests after the first"

say "Starting PostgreSQL again"
pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start
back=$SECONDS
for _ in $(seq 60); do
    [[ $(ready) == 200 ]] && break
    sleep 1
done
[[ $(ready) == 200 ]] || fail "readiness did not come UP within 60 s of the database's return"
for _ in $(seq 30); do
    status=$(check_in_attempt)
    [[ $status == 503 ]] || break
    sleep 1
done
[[ $status == 201 ]] || fail "the check-in after the outage answered $status, not 201: $(cat "$work/body")"
event=$(field id)
status=$(check_in_attempt)
[[ $(field id) == "$event" ]] || fail "the same key after the outage answered another event ($status): $(cat "$work/body")"
say "Back: readiness UP and the check-in recorded (201, event $event) $((SECONDS - back)) s after PostgreSQL returned"
