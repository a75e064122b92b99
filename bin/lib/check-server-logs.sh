#!/usr/bin/env bash
# After the suite: the logs of the tests' WildFly must hold no password, token or selfie, and the JSON log (which
# bin/test turns on) must be JSON with the request ids of the API's answers. The passwords looked for are every
# password the tests use (string literals of the form Word#Word2026 in ear/src/test) and the demo password; tokens
# and selfies are looked for by their shape. Usage: check-server-logs.sh [log-dir ...] (default: the tests' servers).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/lib/common.sh

dirs=("$@")
if [[ ${#dirs[@]} -eq 0 ]]; then
    mapfile -t dirs < <(find ear/target -maxdepth 3 -type d -name log -path '*/it-*' | sort)
fi
logs=()
for dir in "${dirs[@]}"; do
    while IFS= read -r file; do logs+=("$file"); done < <(find "$dir" -type f -name '*.log*' | sort)
done
[[ ${#logs[@]} -gt 0 ]] || fail "No server log to check (looked in: ${dirs[*]:-nothing})"

patterns=$(mktemp)
trap 'rm -f "$patterns"' EXIT
# every password of the tests, and the demo data's
grep -rhoE '"[A-Z][a-z]+#[A-Za-z]*20[0-9]{2}!?"' ear/src/test/java | tr -d '"' | sort -u > "$patterns"
echo 'Demo#Sapo2026' >> "$patterns"
echo 'Rahasia#[0-9]{6}' >> "$patterns"   # MobileFixture's "Rahasia#" + the NIP's last six digits
# a bearer token, a token or password in JSON or a form, a base64 JPEG (a selfie starts /9j/)
cat >> "$patterns" <<'PATTERNS'
Bearer [A-Za-z0-9_-]{20,}
"(token|password|newPassword|currentPassword|photo)" *: *"[^"]
(token|password)=[^&\s]{4,}
/9j/[A-Za-z0-9+/]{60,}
PATTERNS

say "Looking for passwords, tokens and selfies in ${#logs[@]} server log(s)"
if found=$(grep -nEf "$patterns" "${logs[@]}" | cut -c1-240 | head -20) && [[ -n $found ]]; then
    printf '%s\n' "$found" >&2
    fail "The server log holds secrets (above): find who logs them and stop it"
fi
lines=$(cat "${logs[@]}" | wc -l)

json=()
for file in "${logs[@]}"; do [[ $file == *server.json.log* ]] && json+=("$file"); done
[[ ${#json[@]} -gt 0 ]] || fail "No JSON log (server.json.log): is SAPO_JSON_LOG_LEVEL=INFO set for the tests?"
objects=$(cat "${json[@]}" | wc -l)
with_request=$(cat "${json[@]}" | grep -c '"requestId":"[0-9a-f]\{24\}"' || true)
command -v jq >/dev/null || install_packages jq
# each line must be one JSON object: jq reads them one by one and stops at the first that is not
invalid=$(cat "${json[@]}" | jq -c 'select(type != "object")' 2>&1 | head -3 || true)
[[ -z $invalid ]] || fail "The JSON log has lines that are not JSON objects: $invalid"
[[ $with_request -gt 0 ]] || fail "No line of the JSON log carries a request id"
say "Clean: $lines log lines hold no password, token or selfie; the JSON log has $objects objects, $with_request with a request id"
