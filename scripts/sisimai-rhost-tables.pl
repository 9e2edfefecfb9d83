#!/usr/bin/env perl
# Writes the body of src/bounce/rhost_data.rs from Sisimai's remote-host modules.
# Usage: scripts/sisimai-rhost-tables.pl ../shared/reference/sisimai-5.1.0p3/lib
use strict; use warnings;
my $lib = shift;
my @mods = qw(Apple GoDaddy Google KDDI Microsoft Mimecast Tencent YahooInc);
my $rc = do { local $/; open my $f, '<', "$lib/Sisimai/Rhost.pm" or die; <$f> };
my ($classes) = $rc =~ /state \$RhostClass = (\{.*?\n\});/s; my $hosts = eval $classes or die $@;
sub rq { my $s = shift; $s =~ s/\\/\\\\/g; $s =~ s/"/\\"/g; "\"$s\"" }
print "// Generated from Sisimai 5.1.0p3's lib/Sisimai/Rhost.pm and Rhost/*.pm.\n";
print "pub(super) const MODULES: &[Module] = &[\n";
for my $m (@mods) {
    my $src = do { local $/; open my $f, '<', "$lib/Sisimai/Rhost/$m.pm" or die; <$f> };
    my ($block) = $src =~ /state \$messagesof = (\{.*?\n    \});/s or die "$m";
    my $h = eval $block or die "$m: $@";
    print "    // Sisimai/Rhost/$m.pm\n    Module {\n        hosts: &[", join(", ", map { rq(lc $_) } $hosts->{$m}->@*), "],\n        rules: &[\n";
    # Tencent.pm (5.1) spells one reason "spandetected": the reason is spamdetected.
    $h->{spamdetected} = [ (delete $h->{spandetected} // [])->@*, ($h->{spamdetected} // [])->@* ]
        if exists $h->{spandetected};
    for my $reason (sort keys %$h) {
        my $v = $h->{$reason}; my @list = ref $v ? @$v : ($v);
        for my $e (@list) {
            my ($code, $phrase);
            if (!ref $e) { ($code, $phrase) = ("Code::Any", $e) }
            elsif (@$e == 3) { ($code, $phrase) = ("Code::ReplyStatus(" . rq($e->[0]) . ", " . rq($e->[1]) . ")", $e->[2]) }
            elsif (@$e == 4) { ($code, $phrase) = ($e->[1] == $e->[2] ? "Code::Status(" . rq($e->[0]) . ")" : "Code::StatusRange(" . rq($e->[0]) . ", $e->[1], $e->[2])", $e->[3]) }
            elsif (@$e == 2) { ($code, $phrase) = ("Code::Reply(" . rq($e->[0]) . ")", $e->[1]) }
            else { die "$m shape" }
            print "            Rule {\n                phrase: ", rq(lc $phrase), ",\n                reason: ", rq($reason), ",\n                code: $code,\n            },\n";
        }
    }
    print "        ],\n    },\n";
}
print "];\n";
