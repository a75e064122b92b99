# Shared by bin/run and bin/test: finding PostgreSQL, installing PostGIS, preparing SAPO's databases.
# Environment: DB_URL, DB_USER, DB_PASSWORD (an existing database; then nothing is created), PGADMIN_USER
# (a PostgreSQL superuser on the local server, default postgres).

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31mxx\033[0m %s\n' "$*" >&2; exit 1; }

PGHOST_LOCAL=127.0.0.1
PGPORT_LOCAL=5432
PGADMIN_USER=${PGADMIN_USER:-postgres}

as_admin() { psql -h "$PGHOST_LOCAL" -p "$PGPORT_LOCAL" -U "$PGADMIN_USER" -v ON_ERROR_STOP=1 -qAt "$@"; }

require_tools() {
    command -v java >/dev/null || fail "Java 17 is needed (apt-get install -y openjdk-17-jdk)"
    command -v mvn >/dev/null || fail "Maven is needed (apt-get install -y maven)"
    command -v unzip >/dev/null || install_packages unzip
    command -v psql >/dev/null || install_packages postgresql-client
}

install_packages() {
    if [[ $(id -u) -ne 0 ]]; then
        fail "Missing Debian packages: $*. Install them as root: apt-get update && apt-get install -y $*"
    fi
    say "Installing $*"
    if [[ -z ${APT_UPDATED:-} ]]; then
        apt-get update -qq
        APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_local_postgresql() {
    if pg_isready -q -h "$PGHOST_LOCAL" -p "$PGPORT_LOCAL" 2>/dev/null; then
        return
    fi
    if command -v pg_ctlcluster >/dev/null && [[ $(id -u) -eq 0 ]]; then
        say "Starting the local PostgreSQL"
        for version in $(ls /etc/postgresql); do
            pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
        done
        for _ in $(seq 30); do
            pg_isready -q -h "$PGHOST_LOCAL" -p "$PGPORT_LOCAL" && return
            sleep 1
        done
    fi
    fail "No PostgreSQL answers on $PGHOST_LOCAL:$PGPORT_LOCAL. Install and start PostgreSQL 15 \
(apt-get install -y postgresql-15 postgresql-15-postgis-3), or give DB_URL, DB_USER and DB_PASSWORD."
}

ensure_postgis() {
    if [[ $(as_admin -c "select count(*) from pg_available_extensions where name = 'postgis'") == 1 ]]; then
        return
    fi
    local major
    major=$(as_admin -c "show server_version_num" | cut -c1-2)
    install_packages "postgresql-$major-postgis-3"
    [[ $(as_admin -c "select count(*) from pg_available_extensions where name = 'postgis'") == 1 ]] \
        || fail "PostGIS is still not available to PostgreSQL $major"
}

# The role SAPO connects as: no superuser, may create databases (the migration test makes scratch ones).
ensure_sapo_role() {
    local user=$1
    if [[ $(as_admin -c "select count(*) from pg_roles where rolname = '$user'") == 0 ]]; then
        say "Creating the PostgreSQL role $user"
        as_admin -c "create role \"$user\" login createdb"
    fi
}

# A database owned by the SAPO role, with PostGIS created by the superuser (PostGIS is not a trusted extension).
ensure_database() {
    local name=$1 user=$2
    if [[ $(as_admin -c "select count(*) from pg_database where datname = '$name'") == 0 ]]; then
        say "Creating the database $name"
        as_admin -c "create database \"$name\" owner \"$user\""
    fi
    as_admin -d "$name" -c "create extension if not exists postgis"
}

recreate_database() {
    local name=$1 user=$2
    as_admin -c "drop database if exists \"$name\" with (force)"
    ensure_database "$name" "$user"
}
