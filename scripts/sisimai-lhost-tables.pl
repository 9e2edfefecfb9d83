#!/usr/bin/env perl
# Writes src/bounce/lhost_data.rs from Sisimai's MTA modules (lib/Sisimai/Lhost/*.pm):
# each module's own wording and the reason it means, in the order the module
# tries them ($messagesof by reason, then its LDAP errors, then its "expired"
# wording), and Gmail's "(state N)" table.
# Usage: scripts/sisimai-lhost-tables.pl ../shared/reference/sisimai-5.1.0p3/lib > src/bounce/lhost_data.rs
use strict; use warnings;
my $lib = shift or die "usage: $0 SISIMAI_LIB\n";
sub rq { my $s = shift; $s =~ s/\\/\\\\/g; $s =~ s/"/\\"/g; "\"$s\"" }
sub table { # the hash or list literal assigned to `$name` in a module's source
    my ($src, $name) = @_;
    my ($block) = $src =~ /(?:state|my) \$\Q$name\E = (\{.*?\n    \};|\{[^\n]*\};|\[.*?\n    \];|\[[^\n]*\];|'[^']*';)/s or return;
    $block =~ s/;\s*\z//;
    my $v = eval $block; die "$name: $@" if $@; return $v;
}
# Modules whose wording the labelled samples (tests/fixtures/bounces, labelled by a
# later Sisimai than 5.1) show is no longer read as 5.1 reads it: McAfee's "unknown
# user" and ReceivingSES's "Mailbox does not exist" are left to the status code and
# the SMTP session (filtered without RCPT, userunknown with 5.1.1). Their wording is
# left out rather than followed. Notes's is read by its family in recognisers.rs,
# beside the notice's own markers.
# X4 (qmail's clones) is read as qmail since Sisimai 5.2: its markers joined
# qmail.pm's, under qmail's signs, and its wording is qmail's word for word.
# MailRu and MXLogic are read as Exim since Sisimai 5.2 (go-sisimai
# lhost/via-exim.go claims their notices): Exim's wording and MAIL rule apply.
# Amavis, Aol, GSuite and Outlook have no module since Sisimai 5.2 (go-sisimai
# lhost/order.go lists the modules it tries): their notices go to the RFC 3464
# reader, and the providers' wording to the remote-host rules (rhost.rs).
my %superseded = map { $_ => 1 } qw(Amavis Aol GSuite MailRu McAfee MXLogic Notes ReceivingSES Outlook X4);
# Wording a later Sisimai no longer reads as a reason: qmail's own "does not like
# recipient." only names the SMTP command in go-sisimai lhost/via-qmail.go.
my %dropped = ('qmail' => { 'does not like recipient.' => 1 });
# Exchange 2007's code table as Sisimai 5.2 reads it (go-sisimai
# lhost/via-exchange2007.go): the text from " RESOLVER." or " QUEUE." to the ";"
# names the reason, "RecipientNotFound" joined the list and RecipSizeLimit is
# exceedlimit; its SMTPSEND.* entries can no longer be reached (the key starts at
# RESOLVER. or QUEUE. only) and are left out.
my %later = (
    'Exchange2007' => [
        ['resolver.adr.recipnotfound;', 'userunknown'],
        ['resolver.adr.recipientnotfound;', 'userunknown'],
        ['resolver.adr.exrecipnotfound;', 'userunknown'],
        ['resolver.adr.badprimary;', 'systemerror'],
        ['resolver.adr.invalidinsmtp;', 'systemerror'],
        ['resolver.adr.ambiguous;', 'systemerror'],
        ['resolver.adr.reciplimit;', 'toomanyconn'],
        ['resolver.rst.authrequired;', 'securityerror'],
        ['resolver.rst.notauthorized;', 'rejected'],
        ['resolver.rst.recipsizelimit;', 'exceedlimit'],
        ['queue.expired;', 'expired'],
    ],
);
print <<'HEAD';
//! The MTAs' own wording as data: for each of Sisimai's MTA modules, the phrases
//! its bounces use and the reason each means. Derived from Sisimai 5.1.0p3,
//! `Sisimai/Lhost/*.pm` (BSD 2-Clause, Copyright (c) 2014-2018 azumakuniyuki; the
//! full notice is at the end of status.rs), lower-cased. Regenerate rather than
//! edit (`scripts/sisimai-lhost-tables.pl`). In each module the first phrase found
//! decides: its `$messagesof` table (reasons in alphabetical order), then its LDAP
//! errors (`$failonldap`), then its wording for a message that expired
//! (`$delayedfor`, `$hasexpired`); Gmail's `(state N)` codes are its `$statetable`.
//! McAfee's and ReceivingSES's are left out: the labelled samples, from a later
//! Sisimai, no longer read them so; Notes's is its family's in recognisers.rs;
//! MailRu's and MXLogic's notices are
//! Exim's since Sisimai 5.2, which has no Amavis, Aol, GSuite or Outlook module
//! (see the script).

use super::Module;

pub(super) const MODULES: &[Module] = &[
HEAD
for my $path (sort { lc $a cmp lc $b } glob "$lib/Sisimai/Lhost/*.pm") {
    my ($m) = $path =~ m{/(\w+)\.pm$};
    next if $superseded{$m};
    my $src = do { local $/; open my $f, '<', $path or die; <$f> };
    my @rules;
    # A letter followed by "?" is a regular expression's optional letter, left in
    # qmail's LDAP table ("administrative?le?y"): every spelling it stands for.
    my $spellings = sub {
        my @out = (shift);
        while (grep { /\w\?/ } @out) {
            @out = map { /\A(.*?)(\w)\?(.*)\z/s ? ("$1$2$3", "$1$3") : $_ } @out;
        }
        return @out;
    };
    my $add = sub { my ($reason, @phrases) = @_; push @rules, map { [lc $_, $reason] } map { $spellings->($_) } @phrases };
    my $list = sub { my $v = shift; ref $v eq 'ARRAY' ? @$v : ($v) };
    if (my $h = table($src, 'messagesof')) { $add->($_, $list->($h->{$_})) for sort keys %$h }
    if (my $h = table($src, 'failonldap')) { $add->($_, $list->($h->{$_})) for sort keys %$h }
    # IMailServer keeps its wording in `$refailures`; its "undefined" decides nothing.
    # (EZweb's, also `$refailures`, is its recogniser's hints.)
    if ($m eq 'IMailServer' and my $h = table($src, 'refailures')) {
        $add->($_, $list->($h->{$_})) for grep { $_ ne 'undefined' } sort keys %$h;
    }
    for my $name (qw(delayedfor hasexpired)) {
        if (my $v = table($src, $name)) { $add->('expired', $list->($v)) }
    }
    if (my $h = table($src, 'statetable')) {
        $add->($h->{$_}{'reason'}, "(state $_)") for sort { $a <=> $b } keys %$h;
    }
    if (my $rules = $later{$m}) { push @rules, @$rules }
    # Verizon fills its table at run time, per carrier (one of them on one line).
    while ($m eq 'Verizon' && $src =~ /\$messagesof = \{\s*(.*?)\s*\};/sg) {
        my $h = eval "{$1}" or die "Verizon: $@";
        $add->($_, $list->($h->{$_})) for sort keys %$h;
    }
    # Gmail's table still says "relayingdenied", the name Sisimai 5 gave up for "norelaying".
    $_->[1] =~ s/^relayingdenied$/norelaying/ for @rules;
    # Its TLS states (6: the remote offers no TLS, 9: a certificate error) are
    # failedstarttls, the reason Sisimai 5.2 added for them.
    $_->[1] = 'failedstarttls' for grep { $m eq 'Gmail' && $_->[0] =~ /^\(state [69]\)$/ } @rules;
    next unless @rules;
    my %seen; @rules = grep { !$seen{$_->[0]}++ && !$dropped{$m}{$_->[0]} } @rules;
    my $source = $later{$m} ? "go-sisimai lhost/via-" . lc($m) . ".go" : "Sisimai/Lhost/$m.pm";
    print "    // $source\n    Module {\n        name: ", rq($m), ",\n        rules: &[\n";
    print "            (", rq($_->[0]), ", ", rq($_->[1]), "),\n" for @rules;
    print "        ],\n    },\n";
}
print "];\n";
