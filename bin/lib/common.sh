# Shared by bin/run and bin/test: finding or installing PostgreSQL and PostGIS, preparing SAPO's role and databases.
# PostgreSQL is administered the Debian way: as the postgres OS user over the local socket (peer authentication),
# never by loosening pg_hba.conf. SAPO's role connects over TCP with a generated password (scram-sha-256), kept in
# $SAPO_SECRETS_DIR/<role>.db-password (default ~/.config/sapo), readable by its owner only, never in the repository.
# Environment: DB_URL, DB_USER, DB_PASSWORD (an existing database; then nothing is created or installed); PGHOST,
# PGPORT (where the local PostgreSQL listens, default 127.0.0.1:5432); SAPO_SECRETS_DIR.

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31mxx\033[0m %s\n' "$*" >&2; exit 1; }

PGHOST_LOCAL=${PGHOST:-127.0.0.1}
PGPORT_LOCAL=${PGPORT:-5432}
SAPO_SECRETS_DIR=${SAPO_SECRETS_DIR:-$HOME/.config/sapo}
POSTGRESQL_PACKAGES="postgresql-15 postgresql-15-postgis-3"

# psql as PostgreSQL's superuser: the postgres OS user over the local socket, as Debian sets it up (peer), whatever
# PGHOST says. Run from / so that psql, as postgres, can read its working directory.
as_admin() {
    if [[ $(id -u) -eq 0 ]]; then
        (cd / && env -u PGHOST -u PGHOSTADDR -u PGPASSWORD runuser -u postgres -- \
            psql -p "$PGPORT_LOCAL" -X -v ON_ERROR_STOP=1 -qAt "$@")
    elif [[ $(id -un) == postgres ]]; then
        env -u PGHOST -u PGHOSTADDR -u PGPASSWORD psql -p "$PGPORT_LOCAL" -X -v ON_ERROR_STOP=1 -qAt "$@"
    else
        fail "Preparing PostgreSQL needs root (it acts as the postgres OS user). Run as root, or give DB_URL, \
DB_USER and DB_PASSWORD of a database prepared with PostGIS."
    fi
}

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
    if ! command -v pg_ctlcluster >/dev/null || [[ -z $(ls /etc/postgresql 2>/dev/null) ]]; then
        install_packages $POSTGRESQL_PACKAGES
    fi
    if [[ $(id -u) -eq 0 ]]; then
        say "Starting the local PostgreSQL"
        for version in $(ls /etc/postgresql); do
            for cluster in $(ls "/etc/postgresql/$version"); do
                pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start 2>/dev/null || true
            done
        done
        for _ in $(seq 30); do
            pg_isready -q -h "$PGHOST_LOCAL" -p "$PGPORT_LOCAL" && return
            sleep 1
        done
    fi
    fail "No PostgreSQL answers on $PGHOST_LOCAL:$PGPORT_LOCAL. Install and start PostgreSQL 15 and PostGIS \
(as root: apt-get install -y $POSTGRESQL_PACKAGES), set PGHOST/PGPORT, or give DB_URL, DB_USER and DB_PASSWORD."
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

# The password of SAPO's role $1, made (random, 32 characters) the first time and kept in a file only its owner reads.
sapo_db_password() {
    local file="$SAPO_SECRETS_DIR/$1.db-password"
    if [[ ! -s $file ]]; then
        mkdir -p "$SAPO_SECRETS_DIR"
        chmod 700 "$SAPO_SECRETS_DIR"
        (umask 077 && head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' > "$file")
    fi
    cat "$file"
}

# The role SAPO connects as: no superuser, may create databases (the tests make scratch ones), logs in over TCP
# with the generated password. The SQL goes through standard input, so the password is on no command line.
ensure_sapo_role() {
    local user=$1 password
    password=$(sapo_db_password "$user")
    if [[ $(as_admin -c "select count(*) from pg_roles where rolname = '$user'") == 0 ]]; then
        say "Creating the PostgreSQL role $user (its password: $SAPO_SECRETS_DIR/$user.db-password)"
        as_admin <<< "create role \"$user\" login createdb password '$password'"
    else
        as_admin <<< "alter role \"$user\" login createdb password '$password'"
    fi
}

# SAPO's role $1 reaches the database $2 over TCP with its password (what WildFly will do), or the script stops.
check_sapo_login() {
    local user=$1 database=$2
    PGPASSWORD=$(sapo_db_password "$user") psql -h "$PGHOST_LOCAL" -p "$PGPORT_LOCAL" -U "$user" -d "$database" \
        -X -qAt -c "select 1" >/dev/null \
        || fail "The role $user cannot log in to $database on $PGHOST_LOCAL:$PGPORT_LOCAL with its password: \
pg_hba.conf must allow it over TCP (Debian's default, scram-sha-256, does)."
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

# A template database with PostGIS, made once by the superuser: SAPO's role (no superuser) makes its scratch
# databases from it with PostGIS already there (PostGIS is not a trusted extension).
ensure_postgis_template() {
    local name=$1 user=$2
    if [[ $(as_admin -c "select count(*) from pg_database where datname = '$name'") == 0 ]]; then
        say "Creating the template database $name (PostGIS)"
        as_admin -c "create database \"$name\" owner \"$user\""
        as_admin -d "$name" -c "create extension postgis"
        as_admin -c "alter database \"$name\" is_template true"
    fi
}


# A PostgreSQL cluster made as Debian makes one (pg_createcluster's defaults: peer for the local socket,
# scram-sha-256 over TCP; pg_hba.conf untouched), named $1, started on the first free port from 5491, which is
# printed. For checks and drills that must not touch the machine's own cluster. Needs root.
create_scratch_cluster() {
    local name=$1 version port
    [[ $(id -u) -eq 0 ]] || fail "Making a PostgreSQL cluster needs root"
    version=$(ls /etc/postgresql | sort -n | tail -1)
    for port in $(seq 5491 5599); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
        [[ -e /var/run/postgresql/.s.PGSQL.$port ]] && continue
        grep -qsE "^\s*port\s*=\s*$port\b" /etc/postgresql/*/*/postgresql.conf && continue
        pg_createcluster "$version" "$name" -p "$port" >/dev/null
        pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start
        echo "$port"
        return
    done
    fail "No free port for a PostgreSQL cluster in 5491-5599"
}

# Stops and removes the cluster $1 made by create_scratch_cluster, with its files; quiet when it is gone already.
drop_scratch_cluster() {
    local name=$1 version
    for version in $(ls /etc/postgresql 2>/dev/null); do
        [[ -d /etc/postgresql/$version/$name ]] && pg_dropcluster --stop "$version" "$name" >/dev/null 2>&1
    done
    return 0
}
