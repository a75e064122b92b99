#!/usr/bin/env bash
# Proves that SAPO's preparation (bin/lib/common.sh) works on PostgreSQL as Debian installs it: a second cluster made
# here with pg_createcluster's defaults (peer for the local socket, scram-sha-256 over TCP; pg_hba.conf untouched),
# on a free port, prepared the way bin/run prepares the real one: PostGIS, SAPO's role with a generated password, its
# database. Then SAPO's role logs in over TCP with that password, and without it is refused. The cluster and its
# files are removed afterwards, also on failure. Needs root (it acts as the postgres OS user); skipped otherwise, or
# when SAPO_SKIP_FRESH_POSTGRESQL_CHECK=true.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ ${SAPO_SKIP_FRESH_POSTGRESQL_CHECK:-false} == true ]]; then
    exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
    echo "Skipping the check on a fresh PostgreSQL cluster: it needs root" >&2
    exit 0
fi

source bin/lib/common.sh
cluster=sapo_check_$$
secrets=$(mktemp -d)

cleanup() {
    drop_scratch_cluster "$cluster"
    rm -rf "$secrets"
}
trap cleanup EXIT

say "Checking the preparation on a fresh PostgreSQL cluster"
port=$(create_scratch_cluster "$cluster")
version=$(ls /etc/postgresql | sort -n | tail -1)
hba=/etc/postgresql/$version/$cluster/pg_hba.conf
if grep -Ev '^\s*(#|$)' "$hba" | grep -qw trust; then
    echo "pg_createcluster made a pg_hba.conf with trust: this check proves nothing here" >&2
    exit 1
fi

(
    export PGHOST=127.0.0.1 PGPORT=$port SAPO_SECRETS_DIR=$secrets
    source bin/lib/common.sh  # again: it reads PGHOST and PGPORT when sourced
    ensure_local_postgresql
    ensure_postgis
    ensure_sapo_role sapo
    ensure_database sapo_check sapo
    ensure_postgis_template sapo_postgis_template sapo
    check_sapo_login sapo sapo_check
    [[ $(stat -c %a "$secrets/sapo.db-password") == 600 ]] || fail "the password file is readable by others"
    PGPASSWORD=$(sapo_db_password sapo) psql -h 127.0.0.1 -p "$port" -U sapo -d sapo_check -X -qAt \
        -c "create database sapo_check_scratch template sapo_postgis_template" \
        -c "select 1" >/dev/null || fail "SAPO's role cannot make a database from the PostGIS template"
    [[ $(PGPASSWORD=$(sapo_db_password sapo) psql -h 127.0.0.1 -p "$port" -U sapo -d sapo_check_scratch -X -qAt \
        -c "select count(*) from pg_extension where extname = 'postgis'") == 1 ]] \
        || fail "a database made from the template has no PostGIS"
    if PGPASSWORD=wrong psql -h 127.0.0.1 -p "$port" -U sapo -d sapo_check -X -qAt -c "select 1" >/dev/null 2>&1
    then
        fail "the role logged in with a wrong password: the fresh cluster does not check passwords"
    fi
)
say "The preparation works with Debian's default authentication"
