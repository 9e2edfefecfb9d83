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

measure() { # label, messages, command...; sets $rate (messages/second)
    local label=$1 n=$2 start end rss
    shift 2
    start=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
    end=$EPOCHREALTIME
    rss=$(tail -n 1 "$work/time")
    rate=$(awk -v n="$n" -v s="$start" -v e="$end" 'BEGIN { printf "%.0f", n / (e - s) }')
    awk -v l="$label" -v n="$n" -v s="$start" -v e="$end" -v r="$rss" -v rate="$rate" 'BEGIN {
        printf "  %-28s %8d msgs  %8.3f s  %10d msgs/s  peak %7.1f MiB\n", l, n, e - s, rate, r / 1024 }'
}

n10=$(make_mbox "$want" "$work/small.mbox")
n100=$(make_mbox $((want * 10)) "$work/large.mbox")

echo "Bounce decoding, single-threaded ($(nproc) cores available), corpus: $(ls tests/fixtures/bounces/eml | wc -l) samples repeated"
measure "zdiag bounce --summary" "$n10" taskset -c 0 target/release/zdiag bounce --summary "$work/small.mbox"
summary10=$rate
measure "zdiag bounce --format jsonl" "$n10" taskset -c 0 target/release/zdiag bounce --format jsonl "$work/small.mbox"
jsonl10=$rate
measure "zdiag bounce --summary" "$n100" taskset -c 0 target/release/zdiag bounce --summary "$work/large.mbox"
summary100=$rate
measure "zdiag bounce --format jsonl" "$n100" taskset -c 0 target/release/zdiag bounce --format jsonl "$work/large.mbox"
jsonl100=$rate
version=$(perl -MSisimai -e 'print Sisimai->version')
measure "Sisimai $version make (Perl)" "$n10" \
    taskset -c 0 perl -MSisimai -e 'my $v = Sisimai->make($ARGV[0]); print scalar(@$v), "\n"' "$work/small.mbox"
sisimai_make=$rate
measure "Sisimai $version dump (Perl)" "$n10" \
    taskset -c 0 perl -MSisimai -e 'print Sisimai->dump($ARGV[0])' "$work/small.mbox"
sisimai_dump=$rate
awk -v m="$sisimai_make" -v dm="$sisimai_dump" -v a="$summary10" -v b="$summary100" -v c="$jsonl10" -v d="$jsonl100" 'BEGIN {
    printf "zdiag / Sisimai messages per second, same corpus, same run (target 20x):\n"
    printf "  decoded and classified: --summary / make   %5.1fx (10k)  %5.1fx (100k)\n", a / m, b / m
    printf "  ... and written as JSON: jsonl / dump      %5.1fx (10k)  %5.1fx (100k)\n", c / dm, d / dm }'
