#!/usr/bin/env bash
# The heavy hostile inputs, not part of `cargo test`: endless streams (/dev/zero) given
# as each kind of input, and a domains file whose one line is 1 GiB. Each run must end
# within seconds with a clear error (exit 2) and a small peak memory; prints the exit
# code, wall time, peak memory (max RSS) and the first line of the error.
#
# Usage: scripts/hostile-inputs.sh [LINE_MIB]   (default 1024: the long line's size)
#        ZDIAG=target/debug/zdiag scripts/hostile-inputs.sh   (skip the release build)
set -euo pipefail

cd "$(dirname "$0")/.."
line_mib=${1:-1024}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ -z "${ZDIAG:-}" ]]; then
    cargo build --release --quiet
    ZDIAG=target/release/zdiag
fi

# Peak memory: GNU time when present, else the kernel's high-water mark (VmHWM)
# sampled while the process runs.
peak_of() { # command...; prints "code seconds peak_kib"
    local start end code peak
    start=$EPOCHREALTIME
    if [[ -x /usr/bin/time ]]; then
        set +e
        /usr/bin/time -f '%M' -o "$work/time" "$@" >"$work/out" 2>"$work/err"
        code=$?
        set -e
        peak=$(tail -n 1 "$work/time")
    else
        "$@" >"$work/out" 2>"$work/err" &
        local pid=$! hwm=0 now
        while kill -0 "$pid" 2>/dev/null; do
            now=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
            ((now > hwm)) && hwm=$now
            sleep 0.05
        done
        set +e
        wait "$pid"
        code=$?
        set -e
        peak=$hwm
    fi
    end=$EPOCHREALTIME
    printf '%s %s %s\n' "$code" "$(awk "BEGIN {print $end - $start}")" "$peak"
}

run() { # label, command...
    local label=$1 code secs kib message
    shift
    read -r code secs kib < <(peak_of "$@")
    message=$(grep -m1 . "$work/err" || true)
    printf '  %-36s exit %s  %6.2f s  peak %7.1f MiB  %s\n' \
        "$label" "$code" "$secs" "$(awk "BEGIN {print $kib / 1024}")" "${message:0:110}"
}

mkdir "$work/export"
ln -s /dev/zero "$work/export/triggers.json"
echo "example.test" >"$work/domains.txt"
head -c "$((line_mib * 1024 * 1024))" /dev/zero | tr '\0' 'a' >>"$work/domains.txt"
echo >>"$work/domains.txt"

echo "Hostile inputs: each must end soon with a clear error (exit 2) and little memory"
run "bounce /dev/zero --summary" "$ZDIAG" bounce /dev/zero --summary
run "bounce - (endless mbox message)" bash -c \
    "(printf 'From a@b x\nSubject: s\n\n'; cat /dev/zero) | '$ZDIAG' bounce - --summary"
run "spf --zone /dev/zero" "$ZDIAG" spf example.test --zone /dev/zero --offline
run "spf --domains-file /dev/zero" "$ZDIAG" spf --domains-file /dev/zero --offline
run "spf --domains-file (${line_mib} MiB line)" "$ZDIAG" spf --domains-file "$work/domains.txt" --offline
run "forwarding --eml /dev/zero" "$ZDIAG" forwarding --eml /dev/zero \
    --zendesk-export tests/fixtures/zendesk/healthy
run "triggers --zendesk-export (endless)" "$ZDIAG" triggers --zendesk-export "$work/export"
