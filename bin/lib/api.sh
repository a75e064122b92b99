# Shared by the checks that drive SAPO's mobile API with curl and jq (check-backup-restore.sh, check-outage.sh), after
# bin/lib/common.sh. The caller sets $api, the API's base URL (http://127.0.0.1:<port>/api/v1).

command -v jq >/dev/null || install_packages jq

# Muhammad Fadli, the README's example: a demo ASN not registered yet, of an OPD that allows self-activation
FADLI_NIP=199408172019031002
FADLI_PASSWORD='Merangin#2026'
FADLI_DEVICE=hp-fadli

# Calls the API: method, path, the status expected, then curl's other arguments. Prints the answer's body.
call() {
    local method=$1 path=$2 expected=$3 answer status
    shift 3
    answer=$(curl -sS -X "$method" "$api$path" -w '\n%{http_code}' "$@") || fail "$method $path: no answer"
    status=${answer##*$'\n'}
    [[ $status == "$expected" ]] || fail "$method $path answered $status, not $expected: ${answer%$'\n'*}"
    printf '%s' "${answer%$'\n'*}"
}

# POSTs the JSON on standard input to the path $1, expecting the status $2, as the ASN with the token $3 if given.
post_json() {
    local path=$1 expected=$2 headers=(-H 'Content-Type: application/json')
    headers+=(-H "Idempotency-Key: $(< /proc/sys/kernel/random/uuid)")
    [[ -z ${3:-} ]] || headers+=(-H "Authorization: Bearer $3")
    call POST "$path" "$expected" "${headers[@]}" --data-binary @-
}

# Logs the ASN with NIP $1, password $2 in from the device $3; prints the token.
login() {
    jq -n --arg nip "$1" --arg password "$2" --arg device "$3" '{nip: $nip, password: $password, deviceId: $device}' \
        | post_json /auth/login 200 | jq -er .token
}

# Registers Muhammad Fadli from his phone, with the selfie in the file $1.
register_fadli() {
    jq -n --arg nip "$FADLI_NIP" --arg password "$FADLI_PASSWORD" --arg device "$FADLI_DEVICE" \
        --rawfile photo <(base64 -w0 "$1") '{nip: $nip, birthDate: "1994-08-17", activationCode: "DEMO-1002",
        email: "fadli@example.go.id", password: $password, deviceId: $device, deviceModel: "Samsung Galaxy A14",
        photo: $photo}' | post_json /auth/register 201 >/dev/null
}
