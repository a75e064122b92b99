#!/usr/bin/env bash
# Gives the tests' WildFly HTTPS the way IT staff set it up: a throw-away PKCS12 key store (self-signed, for
# 127.0.0.1) and https.cli applied to a copy of the prepared configuration, which becomes the tests'
# standalone-https.xml. The key store's path and password reach WildFly as SAPO_TLS_KEYSTORE(_PASSWORD) (see the
# failsafe configuration in ear/pom.xml); HttpsIT trusts only the certificate written next to it.
# Usage: https-test-server.sh <jboss-home> <https.cli> <tls-dir> <tests' configuration dir> <key store password>
set -euo pipefail

home=$1
https_cli=$2
tls=$3
configuration=$4
password=$5
keytool=${JAVA_HOME:+$JAVA_HOME/bin/}keytool

rm -rf "$tls"
mkdir -p "$tls/base" "$configuration"
"$keytool" -genkeypair -storetype PKCS12 -keystore "$tls/sapo-it.p12" -storepass "$password" -alias sapo \
    -keyalg EC -groupname secp256r1 -validity 7 -dname "CN=sapo-it.merangin.test, O=SAPO integration tests" \
    -ext SAN=ip:127.0.0.1,dns:localhost
"$keytool" -exportcert -rfc -keystore "$tls/sapo-it.p12" -storepass "$password" -alias sapo \
    -file "$tls/sapo-it.pem"

# the embedded server works on a copy, so that the prepared server and the tests' other files stay as they are
cp -r "$home/standalone/configuration" "$tls/base/configuration"
{
    echo "embed-server --std-out=discard --server-config=standalone.xml"
    cat "$https_cli"
    echo "stop-embedded-server"
} > "$tls/https.cli"
"$home/bin/jboss-cli.sh" -Djboss.server.base.dir="$tls/base" --file="$tls/https.cli" > "$tls/https.cli.log"
cp "$tls/base/configuration/standalone.xml" "$configuration/standalone-https.xml"
echo "HTTPS for the tests' WildFly: $configuration/standalone-https.xml, certificate $tls/sapo-it.pem"
