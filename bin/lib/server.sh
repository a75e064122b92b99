# Functions of bin/run and bin/cluster: the database, waiting for a server, the demo logins. Needs common.sh.

SAPO_DEMO_DIR=attendance-ejb/src/main/resources/demo

# Prepares the local database <name> (PostgreSQL, PostGIS, the role sapo) unless DB_URL names another, and exports
# DB_URL and DB_PASSWORD for WildFly's datasource (sapo-server.cli reads them from its environment).
prepare_sapo_database() {
    local database=$1
    if [[ -z ${DB_URL:-} ]]; then
        ensure_local_postgresql
        ensure_postgis
        ensure_sapo_role sapo
        ensure_database "$database" sapo
        check_sapo_login sapo "$database"
        # WildFly's datasource reads them from its environment (sapo-server.cli); the password is on no command line
        DB_URL="jdbc:postgresql://$PGHOST_LOCAL:$PGPORT_LOCAL/$database"
        DB_PASSWORD=$(sapo_db_password sapo)
        export DB_URL DB_PASSWORD
    else
        say "Using the database at DB_URL (it must have PostGIS: create extension postgis)"
    fi
}

# Stops the WildFly of <home> whose management port is <port>, if one answers there: at once, or first finishing
# the requests in flight for up to [suspend seconds] (WildFly's suspend: new requests are answered 503 meanwhile).
stop_server() {
    local home=$1 port=$2 suspend=${3:-0}
    if [[ -x $home/bin/jboss-cli.sh ]] && (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
        say "Stopping the SAPO server on 127.0.0.1:$port"
        "$home/bin/jboss-cli.sh" --connect --controller=127.0.0.1:$port \
            --command=":shutdown(suspend-timeout=$suspend)" >/dev/null || true
        for _ in $(seq $((60 + suspend))); do
            (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null || return 0
            sleep 1
        done
        fail "The WildFly on 127.0.0.1:$port did not stop"
    fi
}

# Waits until the server in <base dir> (its standalone directory) answers UP on <management port>'s readiness.
wait_until_ready() {
    local base=$1 management_port=$2
    local deployments=$base/deployments
    for _ in $(seq 300); do
        if [[ -f $deployments/sapo.ear.failed ]]; then
            tail -n 60 "$base/log/server.log" >&2
            fail "SAPO failed to deploy: see $base/log/server.log"
        fi
        if curl -fsS http://127.0.0.1:$management_port/health/ready 2>/dev/null | grep -q '"sapo-database","status":"UP"'; then
            return 0
        fi
        sleep 1
    done
    fail "SAPO did not become ready in 5 minutes: see $base/log/server.log"
}

# Prints the addresses (<http base>, <management base>, <server log>) and the demo logins.
print_logins() {
    local http=$1 management=$2 log=$3
    cat <<TEXT

SAPO is running.
  ASN app        $http/app/   (open it on this machine's browser; a phone needs HTTPS: docs/https.md)
  Mobile API     $http/api/v1/status
  Admin screens  $http/admin/
  Readiness      $management/health/ready
  Server log     $log

Demo logins (password for all: Demo#Sapo2026):
TEXT
    tail -n +2 "$SAPO_DEMO_DIR/admins.csv" | awk -F, '{ printf "  %-22s %-10s %s\n", $1, $(NF-1), $NF }'
    echo "  (BKPSDMD logs in with a second factor: at the first login scan the QR code with an authenticator app,"
    echo "   or type the secret shown into one, e.g. oathtool --totp -b <secret>; keep the recovery codes it shows)"
    echo
    echo "In the app, log in as a registered demo ASN whose phone is not bound yet (the first browser is bound):"
    grep ',app$' "$SAPO_DEMO_DIR/employees.csv" | awk -F, '{ printf "  NIP %s  OPD %s\n", $1, $(NF-1) }'
    echo "  (after that, another browser gets the app's request to move to a new phone: approve it in the admin screens)"
    echo
    echo "Registered demo ASN log in with their NIP, the same password and device id demo-<NIP>, e.g.:"
    grep ',true$' "$SAPO_DEMO_DIR/employees.csv" | awk -F, 'NR <= 3 { printf "  NIP %s  deviceId demo-%s  OPD %s\n", $1, $1, $(NF-1) }'
    echo
    echo "Unregistered ASN, to try registration (NIP, birth date, activation code from the admin OPD's letter, OPD):"
    grep ',false$' "$SAPO_DEMO_DIR/employees.csv" \
        | awk -F, '{ match($0, /[0-9]{4}-[0-9]{2}-[0-9]{2}/); printf "  %s  %s  DEMO-%s  %s\n", $1, substr($0, RSTART, RLENGTH), substr($1, 15, 4), $(NF-1) }'
}

