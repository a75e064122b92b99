#!/usr/bin/env bash
# Unpacks WildFly from its distribution zip and configures it for SAPO with the CLI scripts next to this file.
# Usage: prepare-server.sh <wildfly-dist.zip> <postgresql.jar> <target-dir>
# Leaves <target-dir>/wildfly-<version>; does nothing when that server was prepared from the same inputs before.
set -euo pipefail

zip=$1
driver=$2
target=$3
here=$(cd "$(dirname "$0")" && pwd)

fingerprint=$(cat "$here"/*.cli "$0" | sha256sum | cut -c1-16)-$(basename "$zip")-$(basename "$driver")
if [[ -f $target/.prepared && $(cat "$target/.prepared") == "$fingerprint" ]]; then
    echo "WildFly in $target is prepared already"
    exit 0
fi

# Unpacks and configures once; returns non-zero when a CLI run failed
configure() {
    rm -rf "$target"
    mkdir -p "$target"
    unzip -q "$zip" -d "$target" || return 1
    home=$(ls -d "$target"/wildfly-*)

    # standalone.xml for one server (bin/run, the tests); standalone-ha.xml for a node of a cluster (bin/cluster): the
    # same configuration, and the cluster's own on top (cluster.cli). One CLI run each: a second embedded server in the
    # same run does not come up.
    {
        echo "embed-server --std-out=discard --server-config=standalone.xml"
        cat "$here/postgresql-module.cli" "$here/sapo-server.cli" "$here/mail.cli"
        echo "stop-embedded-server"
    } > "$target/configure.cli"
    {
        echo "embed-server --std-out=discard --server-config=standalone-ha.xml"
        cat "$here/sapo-server.cli" "$here/mail.cli" "$here/cluster.cli"
        echo "stop-embedded-server"
    } > "$target/configure-ha.cli"
    printf 'sapo.postgresql.jar=%s\n' "$driver" > "$target/configure.properties"

    echo "Configuring $home for SAPO (standalone.xml, and standalone-ha.xml for a cluster)"
    for cli in "$target/configure.cli" "$target/configure-ha.cli"; do
        "$home/bin/jboss-cli.sh" --file="$cli" --properties="$target/configure.properties" || return 1
    done
}

# The embedded server now and then fails to see a subsystem whose extension the same run has just added (seen once
# in many runs, on /subsystem=micrometer after the reload that removes the metrics subsystem): start again from a
# fresh unpack, once.
if ! configure; then
    echo "Configuring WildFly failed; once more from a fresh unpack" >&2
    configure
fi
echo "$fingerprint" > "$target/.prepared"
