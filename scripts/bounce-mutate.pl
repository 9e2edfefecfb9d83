#!/usr/bin/env perl
# Mutates bounce samples the ways real bounces vary, for scripts/bounce-diff.sh.
#
# Usage: bounce-mutate.pl SISIMAI_LIB OUT_DIR SAMPLE.eml...
# Writes OUT_DIR/<mutation>/<sample>.eml for every mutation that changes the
# sample; a mutation that does not apply to a sample writes nothing.
#
# Mutations (deterministic: the same samples give the same mutants):
#   original     the sample unchanged (the baseline)
#   crlf         line endings swapped (LF <-> CRLF)
#   headers      the top-level header fields in reverse order
#   qp, base64   every leaf text/plain part (and a single-part body) re-encoded
#   phrase       a diagnostic phrase of one reason replaced by another phrase of
#                the same reason, both from Sisimai's Reason/*.pm lists
#   status       each enhanced status code replaced by another of the same class
#   reply        each SMTP reply code replaced by another of the same class
#   recipients   a second recipient block added to an RFC 3464 report
#   no-rcpt-line the Final-Recipient and Original-Recipient lines of a one-recipient
#                RFC 3464 report removed
#   arf-multi    a second feedback report (another Original-Rcpt-To) in a complaint
use strict;
use warnings;
use MIME::Base64 qw(encode_base64);
use MIME::QuotedPrint qw(encode_qp);
use File::Basename qw(basename);
use File::Path qw(make_path);

my ($lib, $out, @samples) = @ARGV;
die "usage: $0 SISIMAI_LIB OUT_DIR SAMPLE...\n" unless $lib && $out && @samples;

# Every reason's phrase list, as Sisimai keeps them (the `$index` arrays).
my %phrases;
for my $pm (glob("$lib/Sisimai/Reason/*.pm")) {
    my $src = do { local $/; open my $f, '<', $pm or die "$pm: $!"; <$f> };
    my ($name) = $pm =~ m{/(\w+)\.pm$};
    next unless $src =~ /state \$index\s*=\s*\[(.*?)\n\s*\];/s;
    my $body = $1;
    my @list = grep { length($_) >= 10 && !/^\s|\s$/ }
               map { my $s = $_; $s =~ s/\\'/'/g; $s } $body =~ /'((?:[^'\\]|\\.)*)'/g;
    $phrases{lc $name} = [@list] if @list > 1;
}
my @allphrases = sort { length($b) <=> length($a) }
                 map { my $r = $_; map { [$r, $_] } $phrases{$r}->@* } sort keys %phrases;

# Status codes Sisimai names a reason for, by class.
my (%codes, $statuspm);
{
    local $/; open my $f, '<', "$lib/Sisimai/SMTP/Status.pm" or die; $statuspm = <$f>;
}
while ($statuspm =~ /'([45]\.\d\.\d{1,3})'\s*=>\s*'/g) { push $codes{substr($1, 0, 1)}->@*, $1 }
my %replies = ('5' => [qw(550 551 552 553 554)], '4' => [qw(421 450 451 452)]);

sub pick { my ($list, $seed, $not) = @_; my @l = grep { $_ ne $not } @$list; return $l[$seed % @l] }
sub seed { my $s = 0; $s = ($s * 31 + ord) % 1_000_003 for split //, shift; $s }

sub split_message {
    my $m = shift;
    # A MIME part without header fields: its body starts at once.
    return ('', $1, $2) if $m =~ /\A(\r?\n)(.*)\z/s;
    my ($h, $sep, $b) = $m =~ /\A(.*?)(\r?\n\r?\n)(.*)\z/s or return;
    return ($h, $sep, $b);
}

sub header_value {
    my ($h, $name) = @_;
    return $h =~ /^\Q$name\E:[ \t]*(.*(?:\r?\n[ \t].*)*)/mi ? $1 : '';
}

# Re-encodes the leaf text/plain parts of an entity.
sub reencode {
    my ($entity, $enc, $top) = @_;
    my ($h, $sep, $b) = split_message($entity) or return $entity;
    my $eol = $sep =~ /\r/ ? "\r\n" : "\n";
    my $ct = lc header_value($h, 'Content-Type');
    if ($ct =~ /^multipart\//) {
        my ($boundary) = header_value($h, 'Content-Type') =~ /boundary="?([^";\r\n]+)"?/i or return $entity;
        my @pieces = split /(^--\Q$boundary\E(?:--)?[ \t]*\r?$)/m, $b;
        for my $i (0 .. $#pieces) {
            next if $pieces[$i] =~ /^--\Q$boundary\E/;
            next unless $i > 0 && $pieces[$i - 1] =~ /^--\Q$boundary\E[ \t]*\r?$/;
            my ($lead) = $pieces[$i] =~ /\A(\r?\n)/;
            next unless defined $lead;
            my $part = substr($pieces[$i], length $lead);
            $pieces[$i] = $lead . reencode($part, $enc, 0);
        }
        return $h . $sep . join('', @pieces);
    }
    return $entity unless $ct eq '' || $ct =~ /^text\/plain/;
    return $entity if $top && $ct eq '' && $h !~ /^mime-version:/mi && 0;
    my $cte = lc header_value($h, 'Content-Transfer-Encoding');
    return $entity unless $cte eq '' || $cte =~ /^(7bit|8bit)\s*$/;
    (my $text = $b) =~ s/\r\n/\n/g;
    my $trail = $text =~ s/(\n+)\z// ? $1 : '';
    my $encoded = $enc eq 'qp' ? encode_qp($text . "\n") : encode_base64($text . "\n");
    $encoded =~ s/\n/$eol/g;
    $h =~ s/^Content-Transfer-Encoding:.*(?:\r?\n[ \t].*)*\r?\n?//mi;
    my @add = ('Content-Transfer-Encoding: ' . ($enc eq 'qp' ? 'quoted-printable' : 'base64'));
    push @add, 'Content-Type: text/plain; charset=us-ascii' if $ct eq '';
    push @add, 'MIME-Version: 1.0' if $top && $h !~ /^mime-version:/mi;
    $h = join($eol, grep { length } $h =~ s/\r?\n\z//r, @add);
    return $h . $eol . $eol . $encoded;
}

my %mutate = (
    original => sub { $_[0] },
    crlf     => sub { my $m = shift; $m =~ /\r\n/ ? $m =~ s/\r\n/\n/gr : $m =~ s/\n/\r\n/gr },
    headers  => sub {
        my ($h, $sep, $b) = split_message(shift) or return;
        my $from = $h =~ s/\AFrom [^\n]*\n// ? $& : '';
        my $eol = $sep =~ /\r/ ? "\r\n" : "\n";
        my @fields = split /\r?\n(?![ \t])/, $h;
        return $from . join($eol, reverse @fields) . $sep . $b;
    },
    qp     => sub { reencode(shift, 'qp', 1) },
    base64 => sub { reencode(shift, 'base64', 1) },
    phrase => sub {
        my ($m, $name) = @_;
        my ($h, $sep, $b) = split_message($m) or return;
        for my $e (@allphrases) {
            my ($reason, $p) = @$e;
            next unless $b =~ /\Q$p\E/i;
            my $other = pick($phrases{$reason}, seed($name), $p);
            $b =~ s/\Q$p\E/$other/gi;
            return $h . $sep . $b;
        }
        return;
    },
    status => sub {
        my ($m, $name) = @_;
        my %seen;
        my @found = grep { !$seen{$_}++ } $m =~ /(?<![\d.])([45]\.\d\.\d{1,3})(?![\d.])/g;
        return unless @found;
        my $n = seed($name);
        for my $c (@found) {
            my $new = pick($codes{substr($c, 0, 1)}, $n++, $c);
            $m =~ s/(?<![\d.])\Q$c\E(?![\d.])/$new/g;
        }
        return $m;
    },
    reply => sub {
        my ($m, $name) = @_;
        my ($h, $sep, $b) = split_message($m) or return;
        my %seen;
        my @found = grep { !$seen{$_}++ } $b =~ /(?<![\w.\-])((?:55[0-4]|45[0-2]|421))(?=[ -])/g;
        return unless @found;
        my $n = seed($name);
        for my $c (@found) {
            my $new = pick($replies{substr($c, 0, 1)}, $n++, $c);
            $b =~ s/(?<![\w.\-])\Q$c\E(?=[ -])/$new/g;
        }
        return $h . $sep . $b;
    },
    recipients => sub {
        my $m = shift;
        # The last per-recipient group of a delivery-status part, repeated for another address.
        return unless $m =~ /^(Final-Recipient:[ \t]*rfc822;[ \t]*<?)([^\s@>]+)(@[^\s>]+)(>?.*?)(\r?\n\r?\n|\z)/msi;
        my ($start, $end) = ($-[0], $+[0]);
        my $group = substr($m, $start, $end - $start);
        my ($local) = $2;
        (my $copy = $group) =~ s/\Q$local\E@/extra.$local@/gi;
        $copy =~ s/(\r?\n\r?\n|\z)\z//;
        my $eol = $group =~ /\r\n/ ? "\r\n" : "\n";
        return substr($m, 0, $end) . $copy . $eol . $eol . substr($m, $end);
    },
    'no-rcpt-line' => sub {
        my $m = shift;
        my $n = () = $m =~ /^Final-Recipient:/mgi;
        return unless $n == 1;
        $m =~ s/^(?:Final|Original)-Recipient:.*(?:\r?\n[ \t].*)*\r?\n//mgi;
        return $m;
    },
    'arf-multi' => sub {
        my $m = shift;
        return unless $m =~ /^Content-Type:[ \t]*message\/feedback-report/mi;
        # The report part: from its boundary line to the next one.
        return unless $m =~ /(^--[^\r\n]+\r?\n)((?:[^\r\n]+\r?\n)*?Content-Type:[ \t]*message\/feedback-report.*?)(?=^--)/msi;
        my ($delim, $part, $end) = ($1, $2, $+[0]);
        my $copy = $part;
        if ($copy =~ /^(Original-Rcpt-To:[ \t]*<?)([^\s@>]+)@/mi) {
            my $local = $2;
            $copy =~ s/^(Original-Rcpt-To:[ \t]*<?)\Q$local\E@/$1second.$local@/mi;
        } else {
            my $eol = $copy =~ /\r\n/ ? "\r\n" : "\n";
            $copy =~ s/^(Feedback-Type:[^\r\n]*\r?\n)/$1Original-Rcpt-To: <second\@example.org>$eol/mi or return;
        }
        return substr($m, 0, $end) . $delim . $copy . substr($m, $end);
    },
);

for my $file (@samples) {
    my $m = do { local $/; open my $f, '<:raw', $file or die "$file: $!"; <$f> };
    my $name = basename($file);
    for my $kind (sort keys %mutate) {
        my $new = $mutate{$kind}->($m, $name);
        next unless defined $new && ($kind eq 'original' || $new ne $m);
        make_path("$out/$kind");
        open my $w, '>:raw', "$out/$kind/$name" or die "$out/$kind/$name: $!";
        print $w $new;
        close $w;
    }
}
