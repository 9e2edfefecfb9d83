#!/usr/bin/env bash
# Benchmark `zdiag bounce` beside Sisimai (Perl) on the same corpus: the labelled
# samples repeated into one mbox of at least 10,000 messages (and 100,000 for
# zdiag's memory), in one run. Single core (taskset -c 0, `--jobs 1`): zdiag,
# Sisimai 4.25 (Debian's libsisimai-perl) and Sisimai 5 (the library in
# ../shared/reference/sisimai-5.1.0p3/lib, or $SISIMAI5_LIB; its row is skipped
# when it is absent). Then zdiag on every core (`--jobs $(nproc)`).
# Prints messages/second, wall time and peak memory (max RSS) for each. The
# comparison is taken in BENCH_ROUNDS rounds (default 3) of ZDIAG_RUNS zdiag runs
# (default 3) and one run of each Sisimai; every row is the median of its runs.
#
# Usage: scripts/bench-bounce.sh [MESSAGES]   (default 10000; needs root to install Sisimai)
set -euo pipefail

cd "$(dirname "$0")/.."
want=${1:-10000}
sisimai5=${SISIMAI5_LIB:-../shared/reference/sisimai-5.1.0p3/lib}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

apt_install() {
    echo "installing $* ..." >&2
    apt-get install -y "$@" >/dev/null 2>&1 ||
        { apt-get update >/dev/null && apt-get install -y "$@" >/dev/null; }
}
perl -MSisimai -e1 2>/dev/null || apt_install libsisimai-perl
command -v /usr/bin/time >/dev/null || apt_install time
if [ -f "$sisimai5/Sisimai.pm" ]; then
    sisimai5=$(cd "$sisimai5" && pwd)
    perl -I"$sisimai5" -MSisimai -e1 2>/dev/null ||
        apt_install libclass-accessor-lite-perl libjson-perl
else
    sisimai5=
fi

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

# One timed run of a command: its wall time and peak memory are kept under $key.
sample() { # key, command...
    local key=$1 start end
    shift
    start=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
    end=$EPOCHREALTIME
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f\n", e - s }' >>"$work/wall.$key"
    tail -n 1 "$work/time" >>"$work/peak.$key"
}

# The row of $key's runs: the median wall time, the highest peak. Sets $rate.
row() { # key, label, messages
    local key=$1 label=$2 n=$3 wall peak runs
    wall=$(sort -n "$work/wall.$key" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
    peak=$(sort -n "$work/peak.$key" | tail -n 1)
    runs=$(wc -l <"$work/wall.$key")
    rate=$(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%.0f", n / w }')
    awk -v l="$label" -v n="$n" -v w="$wall" -v r="$peak" -v rate="$rate" -v runs="$runs" 'BEGIN {
        printf "  %-36s %8d msgs  %8.3f s  %10d msgs/s  peak %7.1f MiB%s\n", l, n, w, rate, r / 1024,
            (runs > 1 ? "  (median of " runs ")" : "") }'
}

measure() { # key, label, messages, command...: $ZDIAG_RUNS runs (default 3), then the row
    local key=$1 label=$2 n=$3
    shift 3
    for _ in $(seq "${ZDIAG_RUNS:-3}"); do sample "$key" "$@"; done
    row "$key" "$label" "$n"
}

n10=$(make_mbox "$want" "$work/small.mbox")
n100=$(make_mbox $((want * 10)) "$work/large.mbox")
# Half a gigabyte just written: its writeback would run beside the first timed runs
# (the 10k rows came out a third slower than the 100k ones). Flushed first.
sync
zdiag=target/release/zdiag
cores=$(nproc)

# Other work on the machine skews every row: the load average says whether there was any.
load_before=$(cut -d' ' -f1 /proc/loadavg)
echo "Bounce decoding on one core (taskset -c 0), corpus: $per samples repeated"
# A shared machine runs slower for seconds or minutes at a time. The comparison
# on $n10 messages is taken in $BENCH_ROUNDS rounds (default 3), each running
# zdiag ($ZDIAG_RUNS times) and then every Sisimai once, so that a slow spell
# falls on both sides; each row is the median of its runs over all rounds.
v4=$(perl -MSisimai -e 'print Sisimai->version')
[ -n "$sisimai5" ] && v5=$(perl -I"$sisimai5" -MSisimai -e 'print Sisimai->version')
small=$work/small.mbox
for _ in $(seq "${BENCH_ROUNDS:-3}"); do
    for _ in $(seq "${ZDIAG_RUNS:-3}"); do
        sample summary10 taskset -c 0 $zdiag bounce --summary --jobs 1 "$small"
        sample jsonl10 taskset -c 0 $zdiag bounce --format jsonl --jobs 1 "$small"
    done
    sample v4make taskset -c 0 perl -MSisimai -e 'my $v = Sisimai->make($ARGV[0]); print scalar(@$v), "\n"' "$small"
    sample v4dump taskset -c 0 perl -MSisimai -e 'print Sisimai->dump($ARGV[0])' "$small"
    if [ -n "$sisimai5" ]; then
        sample v5rise taskset -c 0 perl -I"$sisimai5" -MSisimai \
            -e 'my $v = Sisimai->rise($ARGV[0]); print scalar(@$v), "\n"' "$small"
        sample v5dump taskset -c 0 perl -I"$sisimai5" -MSisimai -e 'print Sisimai->dump($ARGV[0])' "$small"
    fi
done
declare -A one all
row summary10 "zdiag bounce --summary --jobs 1" "$n10"
one[summary$n10]=$rate
row jsonl10 "zdiag bounce --format jsonl --jobs 1" "$n10"
one[jsonl$n10]=$rate
# Memory stays flat at ten times the messages.
measure summary100 "zdiag bounce --summary --jobs 1" "$n100" taskset -c 0 $zdiag bounce --summary --jobs 1 "$work/large.mbox"
one[summary$n100]=$rate
measure jsonl100 "zdiag bounce --format jsonl --jobs 1" "$n100" taskset -c 0 $zdiag bounce --format jsonl --jobs 1 "$work/large.mbox"
one[jsonl$n100]=$rate
row v4make "Sisimai $v4 make (Perl)" "$n10"
v4_make=$rate
row v4dump "Sisimai $v4 dump (Perl)" "$n10"
v4_dump=$rate
if [ -n "$sisimai5" ]; then
    row v5rise "Sisimai $v5 rise (Perl)" "$n10"
    v5_rise=$rate
    row v5dump "Sisimai $v5 dump (Perl)" "$n10"
    v5_dump=$rate
else
    echo "  Sisimai 5: no library at ${SISIMAI5_LIB:-../shared/reference/sisimai-5.1.0p3/lib} (set SISIMAI5_LIB): skipped"
fi

echo "zdiag on every core ($cores: --jobs $cores, no taskset)"
for n in "$n10" "$n100"; do
    file=$work/small.mbox
    [ "$n" = "$n100" ] && file=$work/large.mbox
    measure "all-summary$n" "zdiag bounce --summary --jobs $cores" "$n" $zdiag bounce --summary --jobs "$cores" "$file"
    all[summary$n]=$rate
    measure "all-jsonl$n" "zdiag bounce --format jsonl --jobs $cores" "$n" $zdiag bounce --format jsonl --jobs "$cores" "$file"
    all[jsonl$n]=$rate
done

# What this machine gives a second core at all: two single-threaded runs at once, one
# on each core, against one run alone. A virtual machine whose cores share a physical
# one shows well under 2x here, and --jobs cannot do better than this.
if [ "$cores" -ge 2 ]; then
    walls=()
    for _ in $(seq "${ZDIAG_RUNS:-3}"); do
        start=$EPOCHREALTIME
        taskset -c 0 $zdiag bounce --summary --jobs 1 "$work/large.mbox" >/dev/null || true &
        taskset -c 1 $zdiag bounce --summary --jobs 1 "$work/large.mbox" >/dev/null || true
        wait
        end=$EPOCHREALTIME
        walls+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f", e - s }')")
    done
    wall=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
    pair=$(awk -v n="$n100" -v w="$wall" 'BEGIN { printf "%.0f", 2 * n / w }')
    awk -v n="$n100" -v w="$wall" -v rate="$pair" -v runs="${ZDIAG_RUNS:-3}" 'BEGIN {
        printf "  %-36s %8d msgs  %8.3f s  %10d msgs/s  (both together, median of %d)\n", "two --jobs 1 runs at once, cores 0+1", 2 * n, w, rate, runs }'
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%5.1fx", a / b }'; }
echo "zdiag / Sisimai messages per second on one core, same corpus, same run (target 20x):"
echo "  decoded and classified: --summary / $v4 make   $(ratio "${one[summary$n10]}" "$v4_make") (10k)  $(ratio "${one[summary$n100]}" "$v4_make") (100k)"
echo "  ... and written as JSON: jsonl / $v4 dump      $(ratio "${one[jsonl$n10]}" "$v4_dump") (10k)  $(ratio "${one[jsonl$n100]}" "$v4_dump") (100k)"
if [ -n "$sisimai5" ]; then
    echo "  decoded and classified: --summary / $v5 rise  $(ratio "${one[summary$n10]}" "$v5_rise") (10k)  $(ratio "${one[summary$n100]}" "$v5_rise") (100k)"
    echo "  ... and written as JSON: jsonl / $v5 dump     $(ratio "${one[jsonl$n10]}" "$v5_dump") (10k)  $(ratio "${one[jsonl$n100]}" "$v5_dump") (100k)"
fi
echo "zdiag --jobs $cores / --jobs 1 on one core (target 1.7x on 2 cores):"
echo "  --summary                                   $(ratio "${all[summary$n10]}" "${one[summary$n10]}") (10k)  $(ratio "${all[summary$n100]}" "${one[summary$n100]}") (100k)"
echo "  --format jsonl                              $(ratio "${all[jsonl$n10]}" "${one[jsonl$n10]}") (10k)  $(ratio "${all[jsonl$n100]}" "${one[jsonl$n100]}") (100k)"
if [ "$cores" -ge 2 ]; then
    echo "  the machine: two runs at once / one alone   $(ratio "$pair" "${one[summary$n100]}") (100k, the ceiling for --jobs)"
fi
echo "load average (1 min) before the runs: $load_before, after: $(cut -d' ' -f1 /proc/loadavg)"
