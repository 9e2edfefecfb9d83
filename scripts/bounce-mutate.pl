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
#   reword       that phrase replaced by a phrase of another reason: the same
#                notice, another failure
#   status       each enhanced status code replaced by another of the same class
#   reply        each SMTP reply code replaced by another of the same class
#   recipients   a second recipient block added to an RFC 3464 report
#   no-rcpt-line the Final-Recipient and Original-Recipient lines of a one-recipient
#                RFC 3464 report removed
#   arf-multi    a second feedback report (another Original-Rcpt-To) in a complaint
#   as-postfix, as-exim, as-sendmail, as-qmail, as-rfc3464
#                the first failed recipient as Sisimai decodes the sample (address,
#                remote host, SMTP command, status, the remote's reply) told again in
#                another MTA's notice: Postfix's multipart report (bounce(8)'s
#                template), Exim's plain-text notice (deliver.c), Sendmail's report
#                with its session transcript, qmail-send's notice with qmail-remote's
#                wording, and a delivery report from an MTA nobody knows
# Besides the mutants, OUT_DIR/phrase-book/ holds every phrase of every Sisimai
# reason (Reason/*.pm) said by a remote host and told in each of those notices:
# not a variation of a sample, a check that each reason's wording is read.
use strict;
use warnings;
use MIME::Base64 qw(encode_base64);
use MIME::QuotedPrint qw(encode_qp);
use File::Basename qw(basename);
use File::Path qw(make_path);

my ($lib, $out, @samples) = @ARGV;
die "usage: $0 SISIMAI_LIB OUT_DIR SAMPLE...\n" unless $lib && $out && @samples;

# Every reason's phrase list, as Sisimai keeps them (the `$index` arrays):
# %book has them all, %phrases those fit to swap into a sample.
my (%phrases, %book);
for my $pm (glob("$lib/Sisimai/Reason/*.pm")) {
    my $src = do { local $/; open my $f, '<', $pm or die "$pm: $!"; <$f> };
    my ($name) = $pm =~ m{/(\w+)\.pm$};
    next unless $src =~ /state \$index\s*=\s*\[(.*?)\n\s*\];/s;
    my $body = $1;
    # The list is Perl: strings in either quote, comments after them.
    my @all = eval "($body\n)";
    die "$pm: $@" if $@;
    $book{lc $name} = [@all];
    my @list = grep { length($_) >= 10 && !/^\s|\s$/ } @all;
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

# The body's longest phrase of any reason replaced everywhere by the one
# `$choose->($reason, $phrase)` gives; nothing when the body holds none.
sub swap_phrase {
    my ($m, $choose) = @_;
    my ($h, $sep, $b) = split_message($m) or return;
    for my $e (@allphrases) {
        my ($reason, $p) = @$e;
        next unless $b =~ /\Q$p\E/i;
        my $other = $choose->($reason, $p);
        $b =~ s/\Q$p\E/$other/gi;
        return $h . $sep . $b;
    }
    return;
}

# The first failed recipient of a sample as Sisimai decodes it: what the
# as-* mutations tell again in another MTA's notice.
sub facts_of {
    my $file = shift;
    unshift @INC, $lib unless grep { $_ eq $lib } @INC;
    require Sisimai::Mail;
    require Sisimai::Fact;
    my $mail = Sisimai::Mail->new($file) or return;
    my $data = $mail->data->read or return;
    my $facts = eval { Sisimai::Fact->rise({ data => $data }) } || [];
    for my $d (@$facts) {
        my $h = $d->damn;
        next if $h->{reason} =~ /\A(?:feedback|vacation|delivered)\z/;
        next unless length $h->{diagnosticcode} && $h->{recipient} =~ /\A[^@\s]+@[^@\s]+\z/;
        next unless lc($h->{diagnostictype} || 'smtp') eq 'smtp';
        my $status = $h->{deliverystatus} // '';
        $status = '' if $status =~ /\A\d\.\d\.9\d\d\z/;    # Sisimai's own pseudo codes
        my $reply = $h->{replycode} // '';
        my $class = substr($status || $reply || ($h->{diagnosticcode} =~ /\b([45])\d\d\b/ ? $1 : '5'), 0, 1);
        $class = '5' unless $class =~ /\A[45]\z/;
        (my $diag = $h->{diagnosticcode}) =~ s/\s+/ /g;
        return {
            rcpt    => $h->{recipient},
            rhost   => $h->{rhost} || 'mx1.' . (split /@/, $h->{recipient})[1],
            command => uc($h->{smtpcommand} // ''),
            status  => $status || "$class.0.0",
            class   => $class,
            diag    => $diag,
        };
    }
    return;
}

my $date = 'Mon, 2 Dec 2024 10:00:01 +0900';
my $returned = "Return-Path: <sender\@sender.example>\nFrom: Sender <sender\@sender.example>\n"
             . "Subject: Our order\nMessage-ID: <order-1\@sender.example>\nDate: $date\n";

sub retell_postfix {
    my $f = shift;
    my %said = (MAIL => 'MAIL FROM', RCPT => 'RCPT TO', DATA => 'end of DATA', EHLO => 'EHLO', HELO => 'HELO');
    my $line = $f->{command} eq 'CONN' ? "host $f->{rhost}\[192.0.2.25] refused to talk to me: $f->{diag}"
             : $said{$f->{command}}   ? "host $f->{rhost}\[192.0.2.25] said: $f->{diag} (in reply to $said{$f->{command}} command)"
             :                          "host $f->{rhost}\[192.0.2.25] said: $f->{diag}";
    my $b = '3F2A81C0123.1733101201/mx.sender.example';
    return <<"EOM";
Return-Path: <>
Received: by mx.sender.example (Postfix)
	id 3F2A81C0123; $date
Date: $date
From: MAILER-DAEMON\@mx.sender.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: sender\@sender.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="$b"
Message-Id: <20241202010001.4B2C21C0124\@mx.sender.example>

This is a MIME-encapsulated message.

--$b
Content-Description: Notification
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.sender.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<$f->{rcpt}>: $line

--$b
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.sender.example
X-Postfix-Queue-ID: 3F2A81C0123
X-Postfix-Sender: rfc822; sender\@sender.example
Arrival-Date: $date

Final-Recipient: rfc822; $f->{rcpt}
Original-Recipient: rfc822;$f->{rcpt}
Action: failed
Status: $f->{status}
Remote-MTA: dns; $f->{rhost}
Diagnostic-Code: smtp; $f->{diag}

--$b
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

${returned}To: <$f->{rcpt}>

--$b--
EOM
}

sub retell_exim {
    my $f = shift;
    my %after = (MAIL => 'MAIL FROM:<sender@sender.example> SIZE=2048', RCPT => "RCPT TO:<$f->{rcpt}>",
                 DATA => 'end of data', EHLO => 'EHLO mx.sender.example', HELO => 'HELO mx.sender.example',
                 CONN => 'initial connection');
    my $error = $after{$f->{command}}
        ? "    host $f->{rhost} [192.0.2.25]\n    SMTP error from remote mail server after $after{$f->{command}}:\n    $f->{diag}"
        : "    $f->{diag}";
    my $kind = $f->{class} eq '4' ? "This is a temporary error. The following address(es) deferred"
                                  : "This is a permanent error. The following address(es) failed";
    return <<"EOM";
Return-path: <>
Received: from Debian-exim by mx.sender.example with local (Exim 4.96)
	id 1tHxYz-0001xy-2B
	for sender\@sender.example; $date
X-Failed-Recipients: $f->{rcpt}
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon\@mx.sender.example>
To: sender\@sender.example
Content-Type: text/plain; charset=utf-8
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tHxYz-0001xy-2B\@mx.sender.example>
Date: $date

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. $kind:

  $f->{rcpt}
$error

------ This is a copy of the message, including all the headers. ------

${returned}To: <$f->{rcpt}>

Hello.
EOM
}

sub retell_sendmail {
    my $f = shift;
    my %sent = (MAIL => 'MAIL From:<sender@sender.example> SIZE=2048', RCPT => "RCPT To:<$f->{rcpt}>",
                DATA => 'DATA', EHLO => 'EHLO mx.sender.example', HELO => 'HELO mx.sender.example');
    my $transcript = ($sent{$f->{command}} ? ">>> $sent{$f->{command}}\n" : '') . "<<< $f->{diag}";
    my $b = 'wB2A0001012345.1733101201/mx.sender.example';
    my $errors = $f->{class} eq '4' ? 'Warning: could not send message for past 4 hours'
                                    : 'Returned mail: see transcript for details';
    return <<"EOM";
Return-Path: <MAILER-DAEMON\@mx.sender.example>
Received: from localhost (localhost)
	by mx.sender.example (8.17.1/8.17.1) id wB2A0001012345;
	$date
Date: $date
From: Mail Delivery Subsystem <MAILER-DAEMON\@mx.sender.example>
Message-Id: <202412020100.wB2A0001012345\@mx.sender.example>
To: <sender\@sender.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="$b"
Subject: $errors
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--$b

The original message was received at $date
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<$f->{rcpt}>
    (reason: $f->{diag})

   ----- Transcript of session follows -----
... while talking to $f->{rhost}.:
$transcript

--$b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.sender.example
Received-From-MTA: DNS; localhost
Arrival-Date: $date

Final-Recipient: RFC822; $f->{rcpt}
Action: failed
Status: $f->{status}
Remote-MTA: DNS; $f->{rhost}
Diagnostic-Code: SMTP; $f->{diag}
Last-Attempt-Date: $date

--$b
Content-Type: text/rfc822-headers

${returned}To: <$f->{rcpt}>

--$b--
EOM
}

sub retell_qmail {
    my $f = shift;
    my %own = (MAIL => 'Connected to 192.0.2.25 but sender was rejected.',
               RCPT => '192.0.2.25 does not like recipient.',
               DATA => '192.0.2.25 failed after I sent the message.',
               CONN => 'Connected to 192.0.2.25 but greeting failed.',
               EHLO => 'Connected to 192.0.2.25 but my name was rejected.',
               HELO => 'Connected to 192.0.2.25 but my name was rejected.');
    my $said = $own{$f->{command}} ? "$own{$f->{command}}\nRemote host said: $f->{diag}" : $f->{diag};
    my $end = $f->{class} eq '4' ? "I'm not going to try again; this message has been in the queue too long."
                                 : 'Giving up on 192.0.2.25.';
    return <<"EOM";
Return-Path: <>
Received: (qmail 12345 invoked for bounce); 2 Dec 2024 01:00:01 -0000
Date: 2 Dec 2024 01:00:01 -0000
From: MAILER-DAEMON\@mx.sender.example
To: sender\@sender.example
Subject: failure notice

Hi. This is the qmail-send program at mx.sender.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<$f->{rcpt}>:
$said
$end

--- Below this line is a copy of the message.

${returned}To: <$f->{rcpt}>

Hello.
EOM
}

sub retell_rfc3464 {
    my $f = shift;
    my $b = '----=_report_0001';
    my $action = $f->{class} eq '4' ? 'delayed' : 'failed';
    return <<"EOM";
Return-Path: <>
From: Postmaster <postmaster\@relay.sender.example>
To: sender\@sender.example
Subject: Message not delivered
Date: $date
Message-ID: <report-0001\@relay.sender.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="$b"

--$b
Content-Type: text/plain; charset=utf-8

Your message could not be delivered to $f->{rcpt}.

--$b
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.sender.example

Final-Recipient: rfc822; $f->{rcpt}
Action: $action
Status: $f->{status}
Remote-MTA: dns; $f->{rhost}
Diagnostic-Code: smtp; $f->{diag}

--$b
Content-Type: text/rfc822-headers

${returned}To: <$f->{rcpt}>

--$b--
EOM
}

my %retell = (postfix => \&retell_postfix, exim => \&retell_exim, sendmail => \&retell_sendmail,
              qmail => \&retell_qmail, rfc3464 => \&retell_rfc3464);

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
        swap_phrase($m, sub { my ($reason, $p) = @_; pick($phrases{$reason}, seed($name), $p) });
    },
    reword => sub {
        my ($m, $name) = @_;
        swap_phrase($m, sub {
            my ($reason) = @_;
            my @others = grep { $_ ne $reason } sort keys %phrases;
            pick($phrases{ $others[seed($name) % @others] }, seed($name), '');
        });
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

for my $mta (keys %retell) {
    $mutate{"as-$mta"} = sub { my (undef, undef, $facts) = @_; $facts ? $retell{$mta}->($facts) : undef };
}

for my $file (@samples) {
    my $m = do { local $/; open my $f, '<:raw', $file or die "$file: $!"; <$f> };
    my $name = basename($file);
    my $facts = facts_of($file);
    for my $kind (sort keys %mutate) {
        my $new = $mutate{$kind}->($m, $name, $facts);
        next unless defined $new && ($kind eq 'original' || $new ne $m);
        make_path("$out/$kind");
        open my $w, '>:raw', "$out/$kind/$name" or die "$out/$kind/$name: $!";
        print $w $new;
        close $w;
    }
}

# The phrase book: every phrase of every reason, each said by a remote host in
# a 550 reply with a status that names no reason (5.0.0), told in each MTA's
# notice. Words after the phrase stand for the rest of a real reply (several
# phrases end in a space or stop mid-sentence).
my %content = map { $_ => 1 } qw(spamdetected virusdetected contenterror mesgtoobig exceedlimit policyviolation);
my $n = 0;
for my $reason (sort keys %book) {
    for my $p ($book{$reason}->@*) {
        $n++;
        my $facts = { rcpt => "book$n\@example.net", rhost => 'mx1.example.net',
                      command => $content{$reason} ? 'DATA' : 'RCPT', status => '5.0.0', class => '5',
                      diag => "550 $p [ref $n]" };
        make_path("$out/phrase-book");
        for my $mta (sort keys %retell) {
            open my $w, '>:raw', "$out/phrase-book/$mta-$reason-$n.eml" or die "$out/phrase-book: $!";
            print $w $retell{$mta}->($facts);
            close $w;
        }
    }
}
