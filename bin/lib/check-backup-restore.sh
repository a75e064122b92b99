#!/usr/bin/env bash
# Proves that a backup of SAPO restores, the way an operator would find out on a bad day. SAPO starts (bin/run, the
# EAR built before) with the demo data on a scratch database, on a Monday morning of the demo calendar; three ASN
# check in through the mobile API with a selfie, one of them registering first. SAPO stops; bin/backup dumps the
# database, bin/restore puts the dump into a second scratch database. Every table's rows, and a checksum of every
# stored file's bytes (the selfies), must be the same in both, and as many as the backup said it held. Then SAPO starts
# on the restored database without the demo data: the check-ins are there through the API, a token issued before the
# backup still works, the new ASN logs in with his password, and his registration selfie comes back byte for byte.
# Any difference stops the check with the reason. The servers and the scratch databases are removed afterwards, also
# on failure. Needs root (it makes databases as the postgres OS user); skipped otherwise, or when
# SAPO_SKIP_BACKUP_CHECK=true. Environment: SAPO_BACKUP_CHECK_DB (prefix of the scratch databases, default
# sapo_backup_check: …_source and …_restored), SAPO_BACKUP_CHECK_PORT_OFFSET (its WildFly's port offset, default 200:
# HTTP 8280, management 10190).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ ${SAPO_SKIP_BACKUP_CHECK:-false} == true ]]; then
    exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
    echo "Skipping the backup and restore check: it needs root" >&2
    exit 0
fi

source bin/lib/common.sh
source bin/lib/backup.sh
# the local PostgreSQL's scratch databases, whatever database the caller's environment names
unset DB_URL DB_USER DB_PASSWORD
choose_database_access

prefix=${SAPO_BACKUP_CHECK_DB:-sapo_backup_check}
source_db=${prefix}_source
restored_db=${prefix}_restored
offset=${SAPO_BACKUP_CHECK_PORT_OFFSET:-200}
management_port=$((9990 + offset))
api=http://127.0.0.1:$((8080 + offset))/api/v1
source bin/lib/api.sh
jboss_home=$PWD/ear/target/server/wildfly-39.0.1.Final
work=$(mktemp -d)
started=$SECONDS
lap_started=$SECONDS
laps=
server_up=false
selfie=docs/sample-selfie.jpg
# the demo calendar's Monday 2 March 2026 at 07:45 WIB: the check-in window is open
clock_start=2026-03-02T00:45:00Z

# Notes how long the step $1 took since the last lap, for the report.
lap() {
    laps+="${laps:+, }$1 $((SECONDS - lap_started)) s"
    lap_started=$SECONDS
}

stop_sapo() {
    if $server_up; then
        "$jboss_home/bin/jboss-cli.sh" --connect --controller=127.0.0.1:$management_port --command=:shutdown \
            >/dev/null 2>&1 || true
        for _ in $(seq 60); do
            (exec 3<>"/dev/tcp/127.0.0.1/$management_port") 2>/dev/null || break
            sleep 1
        done
        server_up=false
    fi
}

drop_scratch_databases() {
    local database
    for database in "$source_db" "$restored_db"; do
        PGOPTIONS='-c client_min_messages=warning' as_admin -c "drop database if exists \"$database\" with (force)"
    done
}

cleanup() {
    stop_sapo
    drop_scratch_databases || true
    rm -rf "$work"
}
trap cleanup EXIT

start_sapo() {
    local database=$1 demo_data=$2
    server_up=true
    SAPO_DB=$database SAPO_DEMO_DATA=$demo_data SAPO_PORT_OFFSET=$offset SAPO_CLOCK_START=$clock_start \
        bin/run --no-build > "$work/run-$database.log" 2>&1 \
        || { tail -n 30 "$work/run-$database.log" >&2; fail "SAPO did not start on $database"; }
}

# Checks in at the first office of the ASN with the token $1, on the spot, with the selfie; prints the event's id.
check_in() {
    local token=$1 office
    office=$(call GET /me 200 -H "Authorization: Bearer $token" | jq -c '.locations[0]')
    jq -n --argjson office "$office" --rawfile photo <(base64 -w0 "$selfie") \
        '{type: "CHECK_IN", latitude: $office.latitude, longitude: $office.longitude, accuracyM: 8, mocked: false,
          photo: $photo}' \
        | post_json /attendance 201 "$token" | jq -er 'select(.decision == "ACCEPTED") | .id' \
        || fail "a check-in on the spot was not accepted"
}

# The check-in ids of today that the API shows to the ASN with the token $1, one a line.
todays_check_ins() {
    call GET /attendance/today 200 -H "Authorization: Bearer $1" | jq -r '.events[] | select(.type == "CHECK_IN") | .id'
}

# Count, total size and a checksum of the bytes of every stored file (selfies, letters), in id order.
stored_files_checksum() {
    sql_in "$1" -c "select count(*) || ' files, ' || coalesce(sum(length(content)), 0) || ' bytes, md5 '
        || coalesce(md5(string_agg(md5(content), ',' order by id)), '-') from stored_file"
}

say "Checking that a backup restores (scratch databases $source_db and $restored_db, port offset $offset)"
ensure_sapo_role sapo
drop_scratch_databases
ensure_database "$source_db" sapo >/dev/null
start_sapo "$source_db" true
lap "start with the demo data"

register_fadli "$selfie"
fadli_token=$(login "$FADLI_NIP" "$FADLI_PASSWORD" "$FADLI_DEVICE")
fadli_check_in=$(check_in "$fadli_token")
rio_nip=199211052019031001
rio_token=$(login $rio_nip Demo#Sapo2026 demo-$rio_nip)
rio_check_in=$(check_in "$rio_token")
fauzi_nip=198801252014031002
fauzi_check_in=$(check_in "$(login $fauzi_nip Demo#Sapo2026 demo-$fauzi_nip)")
lap "check-ins"
stop_sapo
lap stop

source_counts=$(table_row_counts "$source_db")
source_files=$(stored_files_checksum "$source_db")
SAPO_BACKUP_DIR=$work bin/backup --db "$source_db" > "$work/backup.log" \
    || { cat "$work/backup.log" >&2; fail "bin/backup failed"; }
backup=$(ls "$work"/*.dump)
lap backup
# every table of the database, as many rows as the backup says it holds
missing=$(join -v1 -o 1.1 <(echo "$source_counts") <(dump_row_counts "$backup"))
[[ -z $missing ]] || fail "The backup holds no rows of: $missing"
differing=$(join <(echo "$source_counts") <(dump_row_counts "$backup") | awk '$2 != $3')
[[ -z $differing ]] || fail "The backup holds other row counts (table, database, backup): $differing"

bin/restore "$backup" --db "$restored_db" > "$work/restore.log" \
    || { cat "$work/restore.log" >&2; fail "bin/restore failed"; }
lap restore
restored_counts=$(table_row_counts "$restored_db")
if [[ $restored_counts != "$source_counts" ]]; then
    diff <(echo "$source_counts") <(echo "$restored_counts") >&2 || true
    fail "The restored database's tables differ from the backed up ones (< backed up, > restored)"
fi
restored_files=$(stored_files_checksum "$restored_db")
[[ $restored_files == "$source_files" ]] \
    || fail "The stored files differ: backed up $source_files, restored $restored_files"
[[ $(sql_in "$restored_db" -c "select count(*) from stored_file where sha256 <> encode(sha256(content), 'hex')") \
    == 0 ]] || fail "Restored files do not match the SHA-256 recorded when they were stored"

lap comparison
start_sapo "$restored_db" false
lap "start on the restored database"
fadli_token=$(login "$FADLI_NIP" "$FADLI_PASSWORD" "$FADLI_DEVICE")
todays_check_ins "$fadli_token" | grep -x "$fadli_check_in" >/dev/null \
    || fail "The restored SAPO does not show the check-in $fadli_check_in of the ASN who registered"
todays_check_ins "$rio_token" | grep -x "$rio_check_in" >/dev/null \
    || fail "The restored SAPO does not show the check-in $rio_check_in to a token issued before the backup"
todays_check_ins "$(login $fauzi_nip Demo#Sapo2026 demo-$fauzi_nip)" | grep -x "$fauzi_check_in" >/dev/null \
    || fail "The restored SAPO does not show the check-in $fauzi_check_in"
curl -fsS "$api/me/photo" -H "Authorization: Bearer $fadli_token" -o "$work/photo.jpg" \
    || fail "The restored SAPO does not serve the registration selfie"
cmp -s "$work/photo.jpg" "$selfie" || fail "The restored registration selfie is not the one sent"
lap "API checks"
stop_sapo
lap stop

say "Backup and restore proven in $((SECONDS - started)) s"
sed -n 's|.*read back whole: .*(\(.*\), mode.*|    backup          \1 by bin/backup, restored by bin/restore|p' \
    "$work/backup.log"
awk '{ rows += $2 } END { printf "    tables          %d, %d rows, each as many after the restore\n", NR, rows }' \
    <<< "$source_counts"
echo "    stored files    $restored_files, alike"
echo "    restored SAPO   3 check-ins of today shown (one to a token issued before the backup), a password and"
echo "                    a registration selfie (byte for byte) accepted and served"
echo "    time            $laps"
