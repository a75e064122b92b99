#!/usr/bin/env bash
# The system test of SAPO on a cluster. bin/cluster starts two nodes and HAProxy on a scratch database with the demo
# data (HAProxy on 127.0.0.1:8900, nodes offset 2100 and 2200), the clock on Tuesday 3 March 2026 at 07:40 WIB and
# officers without a second factor (as in the suite). Then:
# - each nightly job has one timer in the whole cluster, on one node; fired there (the management operation
#   trigger), it is fired once, and at 07:40 it runs nothing (NightlyWindow; the claim of a night is NightlyJobsIT's);
# - ClusterSystemTest (Java, Chromium): a leave approved on node B refuses the next check-in on node A; a holiday
#   declared on node A refuses the next check-in on node B; an officer stays on one node and logs in again on the
#   other when it stops;
# - the node that holds the nightly recap's timer is killed (kill -9): HAProxy stops sending to it, the timer moves
#   to the other node, and requests through HAProxy meanwhile all succeed;
# - the nodes' logs hold no password, token or selfie (check-server-logs.sh).
# Everything it made is removed afterwards, also on failure. Needs root and the suite built (bin/test runs it after
# the suite); skipped when SAPO_SKIP_CLUSTER_CHECK=true.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/lib/common.sh

if [[ ${SAPO_SKIP_CLUSTER_CHECK:-false} == true ]]; then
    exit 0
fi
[[ $(id -u) -eq 0 ]] || { echo "Skipping the cluster check: it needs root" >&2; exit 0; }
[[ -f ear/target/sapo.ear ]] || fail "Build SAPO first (mvn package): the cluster check starts the EAR built before"
command -v jq >/dev/null || install_packages jq
command -v curl >/dev/null || install_packages curl

export SAPO_CLUSTER_OFFSET=2000 SAPO_HAPROXY_BIND=127.0.0.1:8900 SAPO_HAPROXY_STATS=127.0.0.1:8901
export SAPO_DB=sapo_cluster_check SAPO_SECOND_FACTOR_ROLES=NONE SAPO_DEMO_HISTORY=false
export SAPO_CLOCK_START=2026-03-03T00:40:00Z SAPO_JSON_LOG_LEVEL=INFO
balancer=http://$SAPO_HAPROXY_BIND
cli=$PWD/ear/target/server/wildfly-39.0.1.Final/bin/jboss-cli.sh
work=$(mktemp -d)
management() { echo "127.0.0.1:$((9990 + SAPO_CLUSTER_OFFSET + 100 * $1))"; }
bean() { echo "/deployment=sapo.ear/subdeployment=attendance-ejb.jar/subsystem=ejb3/singleton-bean=$1/service=timer-service"; }
# the ids of the timers of bean $2 on node $1, one a line
timers() {
    "$cli" --connect --controller="$(management "$1")" --output-json \
        --command="$(bean "$2"):read-children-names(child-type=timer)" | jq -r '.result[]'
}

cleanup() {
    bin/cluster stop > /dev/null 2>&1 || true
    as_admin -d postgres -c "drop database if exists $SAPO_DB with (force)" > /dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

say "Cluster check: two nodes and HAProxy on the database $SAPO_DB"
as_admin -d postgres -c "drop database if exists $SAPO_DB with (force)"
bin/cluster --nodes=2 --no-build > "$work/cluster.log" 2>&1 \
    || { tail -40 "$work/cluster.log" >&2; fail "bin/cluster could not start the cluster"; }

say "Each nightly job has one timer in the cluster, fired once"
owner=""
for job in NightlyRecap PhotoRetention; do
    count=0
    for k in 1 2; do
        n=$(timers "$k" "$job" | grep -c . || true)
        count=$((count + n))
        if [[ $n -gt 0 && $job == NightlyRecap ]]; then owner=$k; fi
    done
    [[ $count -eq 1 ]] || fail "the cluster holds $count timers of $job, not 1"
done
id=$(timers "$owner" NightlyRecap)
before=$(cat ear/target/cluster/node*/log/server.log | grep -c "Nightly recap not run" || true)
"$cli" --connect --controller="$(management "$owner")" --command="$(bean NightlyRecap)/timer=$id:trigger" > /dev/null
sleep 2
after=$(cat ear/target/cluster/node*/log/server.log | grep -c "Nightly recap not run" || true)
[[ $((after - before)) -eq 1 ]] || fail "the nightly recap's timer fired $((after - before)) times in the cluster, not once"
grep -q "Nightly recap not run: its timer fired after 06:00" "ear/target/cluster/node$owner/log/server.log" \
    || fail "the nightly recap fired on node $owner ran at 07:40 WIB"

say "ClusterSystemTest: leave, holiday and an officer's session across the nodes"
mvn -B -ntp -q verify -pl ear -am -Dit.test=ClusterSystemTest -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfailsafe.failIfNoSpecifiedTests=false -Dspotless.check.skip=true -Dcpd.skip=true \
    -Dsapo.cluster.balancer="$balancer" -Dsapo.cluster.node1="http://127.0.0.1:$((8080 + SAPO_CLUSTER_OFFSET + 100))" \
    -Dsapo.cluster.node2="http://127.0.0.1:$((8080 + SAPO_CLUSTER_OFFSET + 200))" -Dsapo.project.dir="$PWD" \
    > "$work/mvn.log" 2>&1 || { tail -60 "$work/mvn.log" >&2; fail "ClusterSystemTest failed"; }
grep -h "Tests run:" ear/target/failsafe-reports/*ClusterSystemTest.txt

say "kill -9 of node $owner (it holds the nightly recap's timer) under requests through HAProxy"
( for _ in $(seq 300); do curl -s -o /dev/null -w '%{http_code}\n' "$balancer/api/v1/status"; sleep 0.02; done ) \
    > "$work/codes" &
sleep 1
killed=$(date +%s%N)
bin/cluster kill-node "$owner" > /dev/null
until bin/cluster status | grep -qE "sapo_api +node$owner +DOWN"; do sleep 0.1; done
down_ms=$((($(date +%s%N) - killed) / 1000000))
wait
other=$((3 - owner))
for _ in $(seq 30); do
    [[ -n $(timers "$other" NightlyRecap) ]] && break
    sleep 1
done
[[ -n $(timers "$other" NightlyRecap) ]] || fail "the nightly recap's timer did not move to node $other"
failed=$(grep -vc '^200$' "$work/codes" || true)
[[ $failed -eq 0 ]] || fail "$failed of 300 requests through HAProxy failed while node $owner was killed"
say "Killed node $owner: HAProxy took it out after $down_ms ms, 300 of 300 requests through it answered 200, the" \
    "nightly recap's timer moved to node $other"
bin/lib/check-server-logs.sh ear/target/cluster/node1/log ear/target/cluster/node2/log
