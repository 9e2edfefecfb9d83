# mx: the finding codes' documentation (`zdiag explain CODE`): the title, then
# what it means and why it matters, then the fix (empty for a good state).

mx-hosts = Mail is delivered to the MX hosts
    .meaning = The domain publishes MX records and at least one of their hosts has an address, so mail to the domain can be delivered. The evidence lists the hosts in preference order (lowest first, tried first) with their addresses.
    .fix = {""}

mx-domain-not-found = The domain does not exist
    .meaning = DNS answered NXDOMAIN for the domain: there is no such name, so mail to any address at it bounces at once (a 5.1.2 "bad destination" error).
    .fix = Check the spelling of the domain, or register and delegate it before using it for mail.

mx-none = No MX and no address
    .meaning = The domain exists but has neither MX records nor A/AAAA addresses, so there is no server to deliver its mail to (RFC 5321 §5.1): mail to it bounces.
    .fix = Publish MX records pointing at your mail provider's servers.

mx-implicit = No MX record: implicit MX
    .meaning = The domain has no MX records, so senders deliver to the domain's own A/AAAA address (RFC 5321 §5.1). It works only if that host runs a mail server; usually it is a web server, and mail is lost or bounces. Some senders refuse implicit MX altogether.
    .fix = Publish MX records for the domain, or a null MX (`MX 0 .`) if it should receive no mail.

mx-null = Null MX: the domain accepts no mail
    .meaning = The domain publishes a null MX (`MX 0 .`, RFC 7505): it declares that it accepts no mail, and senders bounce mail to it without trying. Right for a send-only domain; wrong for a domain with a support address, whose customers' mail and replies would all bounce.
    .fix = If the domain should receive mail, replace the null MX with your mail provider's MX records.

mx-null-mixed = A null MX mixed with other MX records
    .meaning = The domain publishes a null MX (`MX 0 .`) together with other MX records. RFC 7505 §3 says a null MX must be the only MX record; senders may treat the domain as accepting no mail, or try the other hosts: behaviour differs by sender.
    .fix = Delete the null MX if the domain receives mail, or the other MX records if it does not.

mx-target-cname = An MX target is a CNAME
    .meaning = An MX record points at a name that is an alias (CNAME). RFC 2181 §10.3 and RFC 5321 §5.1 require an MX target to hold the address itself; most senders follow the alias anyway, but some refuse, and it costs extra lookups.
    .fix = Point the MX record at the canonical host name (the end of the CNAME chain).

mx-host-no-address = An MX host without an address
    .meaning = An MX host has no A or AAAA record. Senders skip it and try the other hosts, so mail still arrives, but the record is dead weight and often a typo.
    .fix = Publish an address for the host, or remove its MX record.

mx-no-host-resolves = No MX host has an address
    .meaning = None of the domain's MX hosts has an A or AAAA record, so senders have nowhere to deliver: mail to the domain is deferred, then bounces.
    .fix = Correct the MX records to name hosts that exist, or publish A/AAAA records for them.

mx-duplicate-host = An MX host listed twice
    .meaning = The same host appears in several MX records of the domain (often with different preferences). It does no harm to delivery but suggests a copy-paste mistake.
    .fix = Keep one MX record per host.

mx-target-ip-literal = An MX target is an IP address
    .meaning = An MX record's target is written as an IP address. An MX record must name a host (RFC 1035 §3.3.9, RFC 5321 §5.1): senders look up a host literally called `192.0.2.1.`, find nothing, and cannot deliver through that record.
    .fix = Publish an A record for a host name with that address and point the MX record at the name.

mx-dns-error = Could not check: DNS failed
    .meaning = A DNS question needed for the MX check (the MX set, or a host's addresses) got no usable answer (timeout, SERVFAIL, REFUSED). Nothing can be concluded: this is not a missing record.
    .fix = Check that the domain's name servers answer (`dig MX <domain> @<server>`), or retry with `--resolver` pointing at another resolver.

# mx: the texts of the findings, and the sentence a walk's step shows.

mx-describe-hosts = { $domain } receives mail at { $count } MX host(s), { $resolving } with an address
mx-describe-null = { $domain } publishes a null MX: it accepts no mail
mx-describe-null-mixed = { $domain } mixes a null MX with other MX records
mx-describe-implicit = { $domain } has no MX; mail goes to its own address (implicit MX)
mx-describe-none = { $domain } has no MX and no address: it cannot receive mail
mx-describe-no-domain = { $domain } does not exist (NXDOMAIN)
mx-describe-unknown = could not check: { $question } got { $answer }

mx-domain-not-found-message = { $domain } does not exist (NXDOMAIN): no mail can be delivered to it.
mx-domain-not-found-help = Check the spelling of the domain, or register and delegate it.
mx-none-message = { $domain } has no MX record and no A/AAAA address: mail to it bounces.
mx-none-help = Publish MX records for { $domain } pointing at your mail provider's servers.
mx-implicit-message = { $domain } has no MX record; senders deliver to its own address (implicit MX, RFC 5321 §5.1).
mx-implicit-help = Publish MX records for { $domain }, or a null MX (`MX 0 .`) if it should receive no mail.
mx-null-message = { $domain } publishes a null MX (RFC 7505): it accepts no mail, so replies and bounces to addresses at it fail.
mx-null-help = If { $domain } is a support address's domain, replace the null MX with your mail provider's MX records.
mx-null-mixed-message = { $domain } publishes a null MX alongside { $count } other MX record(s); RFC 7505 §3 forbids it and senders may treat the domain as accepting no mail.
mx-null-mixed-help = Delete the null MX (`MX 0 .`) if the domain receives mail, or the other MX records if it does not.
mx-hosts-message = { $domain } receives mail at { $count } MX host(s); { $resolving } resolve to an address.
mx-duplicate-host-message = { $name } is listed { $count } times in the MX set of { $domain }.
mx-target-ip-literal-message = The MX target { $host } is an IP address; an MX record must name a host (RFC 5321 §5.1), so senders look up a host called "{ $host }" and fail.
mx-target-ip-literal-help = Publish an A record for a host name (e.g. mx.{ $domain }) with this address and point the MX at that name.
mx-target-cname-message = The MX target { $host } is a CNAME; RFC 2181 §10.3 and RFC 5321 §5.1 require it to hold the address itself.
mx-no-host-resolves-message = None of the MX hosts of { $domain } has an A or AAAA address: mail to it cannot be delivered.
mx-host-no-address-message = The MX host { $host } (preference { $preference }) has no A or AAAA address; senders skip it.
