#!/usr/bin/env bash
# Differential test of `zdiag bounce` against Sisimai 5 (the oracle) on
# mutated samples: the labelled bounces changed the ways real ones vary
# (see scripts/bounce-mutate.pl), decoded by both, compared recipient by
# recipient. Prints the agreement per mutation, then on the phrase book
# (every phrase of every Sisimai reason told in each MTA's notice, not summed
# with the mutants); DIFF_SHOW=1 lists every
# disagreement (mutation, file, recipient, Sisimai's reason, zdiag's).
#
# Usage: scripts/bounce-diff.sh [SAMPLE.eml|DIR ...]   (default: tests/fixtures/bounces/eml)
# Needs Perl with two Debian packages for the oracle:
#   apt-get install -y libclass-accessor-lite-perl libjson-perl
# SISIMAI_ORACLE names the oracle script (default: ../shared/reference/sisimai-5.1.0p3/oracle);
# ZDIAG names a zdiag binary (default: this tree, built in debug mode).
set -euo pipefail

cd "$(dirname "$0")/.."
oracle=${SISIMAI_ORACLE:-../shared/reference/sisimai-5.1.0p3/oracle}
[ -x "$oracle" ] || { echo "no Sisimai oracle at $oracle (set SISIMAI_ORACLE)" >&2; exit 2; }
lib="$(cd "$(dirname "$oracle")" && pwd)/lib"
if [ -z "${ZDIAG:-}" ]; then
    cargo build --quiet --bin zdiag
    ZDIAG=target/debug/zdiag
fi
[ $# -gt 0 ] || set -- tests/fixtures/bounces/eml
samples=()
for a in "$@"; do
    if [ -d "$a" ]; then samples+=("$a"/*.eml); else samples+=("$a"); fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
perl scripts/bounce-mutate.pl "$lib" "$work/m" "${samples[@]}"

for dir in "$work"/m/*/; do
    kind=$(basename "$dir")
    "$oracle" "$dir" >"$work/$kind.oracle" 2>/dev/null || true
    "$ZDIAG" bounce --format jsonl "$dir" >"$work/$kind.zdiag" 2>/dev/null || true
done

perl -MJSON::PP -e '
my ($work, $show) = @ARGV;
my $json = JSON::PP->new;
my (%total, $book);
printf "%-11s %6s %6s  %-17s %-17s %-17s\n", "mutation", "files", "rows", "reason", "hard/soft", "recipient found";
for my $o (sort { ($a =~ /original/ ? 0 : 1) <=> ($b =~ /original/ ? 0 : 1) or $a cmp $b } glob("$work/*.oracle")) {
    (my $kind = $o) =~ s{.*/|\.oracle$}{}g;
    my (%z, %files);
    open my $zf, "<", "$work/$kind.zdiag" or die;
    while (<$zf>) {
        my $r = eval { $json->decode($_) } or next;
        my $e = $r->{evidence} or next;
        defined $e->{reason} or next;
        (my $file = $r->{target} // "") =~ s{.*/|#\d+$}{}g;
        push $z{$file}{lc($e->{recipient} // "")}->@*, $e;
    }
    open my $of, "<", $o or die;
    my ($rows, $reason, $hs, $found) = (0, 0, 0, 0);
    while (<$of>) {
        my $r = eval { $json->decode($_) } or next;
        next if $r->{reason} eq "(not-decoded)";
        $files{$r->{file}} = 1;
        $rows++;
        my $rcpt = lc($r->{recipient} // "");
        my $mine = $z{$r->{file}}{$rcpt} ? shift($z{$r->{file}}{$rcpt}->@*) : undef;
        unless ($mine) {
            print "  $kind $r->{file} $rcpt: recipient not found\n" if $show;
            next;
        }
        $found++;
        my $ok = $mine->{reason} eq $r->{reason};
        $reason++ if $ok;
        $hs++ if $mine->{hard_or_soft} eq $r->{hard_or_soft};
        print "  $kind $r->{file} $rcpt: sisimai $r->{reason}/$r->{hard_or_soft} zdiag $mine->{reason}/$mine->{hard_or_soft}\n"
            if $show && (!$ok || $mine->{hard_or_soft} ne $r->{hard_or_soft});
    }
    my $pc = sub { $rows ? sprintf("%6.2f%% %4d/%-4d", 100 * $_[0] / $rows, $_[0], $rows) : "-" };
    my $line = sprintf "%-11s %6d %6d  %-17s %-17s %-17s\n", $kind, scalar(keys %files), $rows, $pc->($reason), $pc->($hs), $pc->($found);
    if ($kind eq "phrase-book") { $book = $line } else { print $line }
    if ($kind ne "original" && $kind ne "phrase-book") { $total{rows} += $rows; $total{reason} += $reason; $total{hs} += $hs; $total{found} += $found; $total{files} += keys %files }
}
my $rows = $total{rows} || 0;
my $pc = sub { $rows ? sprintf("%6.2f%% %4d/%-4d", 100 * $_[0] / $rows, $_[0], $rows) : "-" };
printf "%-11s %6d %6d  %-17s %-17s %-17s\n", "mutants", $total{files} // 0, $rows, $pc->($total{reason} // 0), $pc->($total{hs} // 0), $pc->($total{found} // 0);
print $book if defined $book;
' "$work" "${DIFF_SHOW:-}"
