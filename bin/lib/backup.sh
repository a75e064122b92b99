# Shared by bin/backup, bin/restore and bin/lib/check-backup-restore.sh, sourced after bin/lib/common.sh: how the
# PostgreSQL client programs reach SAPO's database server, and what a database or a dump holds. Three ways in, chosen
# by choose_database_access, none of them relying on trust authentication:
#   remote  DB_URL is set: the existing database it names, as DB_USER (default sapo) with DB_PASSWORD over TCP, the
#           way WildFly reaches it (sslmode=… in the URL is honoured);
#   admin   run as root: the local PostgreSQL's superuser, the postgres OS user over the local socket (peer);
#   role    otherwise: SAPO's role sapo over TCP to PGHOST:PGPORT with its password file in $SAPO_SECRETS_DIR.

choose_database_access() {
    if [[ -n ${DB_URL:-} ]]; then
        [[ $DB_URL =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+)(\?(.*))?$ ]] \
            || fail "DB_URL must read jdbc:postgresql://host[:port]/database[?…], not $DB_URL"
        DB_ACCESS=remote
        REMOTE_HOST=${BASH_REMATCH[1]}
        REMOTE_PORT=${BASH_REMATCH[3]:-5432}
        REMOTE_DATABASE=${BASH_REMATCH[4]}
        REMOTE_SSLMODE=$(tr '&' '\n' <<< "${BASH_REMATCH[6]}" | sed -n 's/^sslmode=//p')
        [[ -n ${DB_PASSWORD:-} ]] || fail "DB_URL is set, so DB_PASSWORD (and DB_USER, default sapo) must be too"
    elif [[ $(id -u) -eq 0 ]]; then
        DB_ACCESS=admin
    else
        DB_ACCESS=role
        [[ -r $SAPO_SECRETS_DIR/sapo.db-password ]] || fail "Not root, and no password of the role sapo in \
$SAPO_SECRETS_DIR/sapo.db-password: run as root (the postgres OS user is used), set SAPO_SECRETS_DIR, or give \
DB_URL, DB_USER and DB_PASSWORD"
    fi
}

# The database bin/backup and bin/restore work on when --db is not given.
default_database() {
    if [[ $DB_ACCESS == remote ]]; then echo "$REMOTE_DATABASE"; else echo sapo; fi
}

# Runs the client program $1 (psql, pg_dump, pg_restore) connected the chosen way; standard input and output are
# the caller's, so a dump is written, and read, by this shell, never by the postgres OS user.
pg_client() {
    local program=$1
    shift
    case $DB_ACCESS in
        admin)
            (cd / && env -u PGHOST -u PGHOSTADDR -u PGPASSWORD -u PGUSER runuser -u postgres -- \
                "$program" -p "$PGPORT_LOCAL" "$@") ;;
        role)
            PGPASSWORD=$(< "$SAPO_SECRETS_DIR/sapo.db-password") \
                "$program" -h "$PGHOST_LOCAL" -p "$PGPORT_LOCAL" -U sapo "$@" ;;
        remote)
            PGPASSWORD=$DB_PASSWORD PGSSLMODE=${REMOTE_SSLMODE:-${PGSSLMODE:-prefer}} \
                "$program" -h "$REMOTE_HOST" -p "$REMOTE_PORT" -U "${DB_USER:-sapo}" "$@" ;;
    esac
}

# One SQL statement (or several -c) in the database $1, answers unaligned without headers.
sql_in() {
    local database=$1
    shift
    pg_client psql -d "$database" -X -v ON_ERROR_STOP=1 -qAt "$@"
}

# The database to ask about others: postgres on the local server; on a remote one, the only one we may know.
maintenance_database() {
    if [[ $DB_ACCESS == remote ]]; then echo "$REMOTE_DATABASE"; else echo postgres; fi
}

database_exists() {
    [[ $(sql_in "$(maintenance_database)" -v name="$1" \
        <<< "select count(*) from pg_database where datname = :'name'") == 1 ]]
}

# How many tables, views and sequences the database $1 holds beyond those of its extensions (PostGIS's own):
# zero for a database made empty, more once anything was put in it.
own_relation_count() {
    sql_in "$1" -c "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
          and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
          and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                          and d.deptype = 'e')"
}

# The tables of a database but its extensions' own (PostGIS's spatial_ref_sys), as n.nspname and c.relname.
OWN_TABLES="from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
      and n.nspname not like 'pg_toast%'
      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                      and d.deptype = 'e')"

# "schema.table rows" for every table of the database $1 but its extensions' own, sorted by name: counted exactly.
table_row_counts() {
    sql_in "$1" <<SQL | sort
select format('select %L || '' '' || count(*) from %I.%I', n.nspname || '.' || c.relname, n.nspname, c.relname)
$OWN_TABLES
\gexec
SQL
}

# Gives the planner its statistics on the tables of the database $1 (a restore leaves none), as their owner may.
analyze_tables() {
    sql_in "$1" <<SQL
select format('analyze %I.%I', n.nspname, c.relname) $OWN_TABLES
\gexec
SQL
}

# "schema.table rows" for every table whose data the dump $1 holds, sorted by name. The whole archive is read and
# decompressed on the way (a damaged file fails here), without a database: the rows are the lines of each COPY block.
dump_row_counts() {
    local counts
    counts=$(pg_restore --data-only -f - "$1" \
        | awk '/^COPY / { table = $2; rows = 0; inside = 1; next }
               inside && /^\\\.$/ { print table, rows; inside = 0; next }
               inside { rows++ }') || fail "$1 cannot be read to its end: it is not a whole pg_dump -Fc archive"
    sort <<< "$counts"
}

# Prints "schema.table rows" lines as a table with the total.
print_row_counts() {
    awk '{ printf "    %-32s %10d\n", $1, $2; total += $2; tables++ }
         END { printf "    %-32s %10d\n", tables " tables, rows in all", total }'
}
