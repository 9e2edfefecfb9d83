#!/usr/bin/env bash
# Benchmark `zdiag bounce` beside Sisimai (Perl, Debian's libsisimai-perl) on
# the same corpus: the labelled samples repeated into one mbox of at least
# 10,000 messages (and 100,000 for zdiag's memory), single-threaded, in one run.
# Prints messages/second, wall time and peak memory (max RSS) for both.
#
# Usage: scripts/bench-bounce.sh [MESSAGES]   (default 10000; needs root to install Sisimai)
set -euo pipefail

cd "$(dirname "$0")/.."
want=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! perl -MSisimai -e1 2>/dev/null; then
    echo "installing libsisimai-perl ..." >&2
    (apt-get install -y libsisimai-perl >/dev/null 2>&1 ||
        { apt-get update >/dev/null && apt-get install -y libsisimai-perl >/dev/null; })
fi
command -v /usr/bin/time >/dev/null || apt-get install -y time >/dev/null

cargo build --release --quiet

# The corpus as one mbox (From lines escaped), then repeated to at least N messages.
perl -e 'for my $f (@ARGV) { open my $h, "<", $f or die; local $/; my $m = <$h>;
    $m =~ s/\r\n/\n/g; $m =~ s/^(>*From )/>$1/mg; $m .= "\n" unless $m =~ /\n\z/;
    print "From MAILER-DAEMON Thu Jan  1 00:00:00 2025\n", $m, "\n" }' \
    tests/fixtures/bounces/eml/*.eml >"$work/corpus.mbox"
per=$(ls tests/fixtures/bounces/eml/*.eml | wc -l)
make_mbox() {
    local n=$1 out=$2 copies
    copies=$(((n + per - 1) / per))
    for _ in $(seq "$copies"); do cat "$work/corpus.mbox"; done >"$out"
    echo $((copies * per))
}

measure() { # label, messages, command...
    local label=$1 n=$2
    shift 2
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
    read -r wall rss < <(tail -n 1 "$work/time")
    awk -v l="$label" -v n="$n" -v w="$wall" -v r="$rss" 'BEGIN {
        rate = (w > 0) ? n / w : 0;
        printf "  %-28s %8d msgs  %8.2f s  %10.0f msgs/s  peak %7.1f MiB\n", l, n, w, rate, r / 1024 }'
}

n10=$(make_mbox "$want" "$work/small.mbox")
n100=$(make_mbox $((want * 10)) "$work/large.mbox")

echo "Bounce decoding, single-threaded ($(nproc) cores available), corpus: $(ls tests/fixtures/bounces/eml | wc -l) samples repeated"
measure "zdiag bounce --summary" "$n10" taskset -c 0 target/release/zdiag bounce --summary "$work/small.mbox"
measure "zdiag bounce --format jsonl" "$n10" taskset -c 0 target/release/zdiag bounce --format jsonl "$work/small.mbox"
measure "zdiag bounce --summary" "$n100" taskset -c 0 target/release/zdiag bounce --summary "$work/large.mbox"
measure "zdiag bounce --format jsonl" "$n100" taskset -c 0 target/release/zdiag bounce --format jsonl "$work/large.mbox"
measure "Sisimai $(perl -MSisimai -e 'print Sisimai->version') (Perl)" "$n10" \
    taskset -c 0 perl -MSisimai -e 'my $v = Sisimai->make($ARGV[0]); print scalar(@$v), "\n"' "$work/small.mbox"
