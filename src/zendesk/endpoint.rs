//! The endpoints the checks read, and what each one's errors mean.

/// The endpoints the checks read: one export file each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Endpoint {
    RecipientAddresses,
    Triggers,
    Targets,
    Automations,
    Groups,
    AccountSettings,
    /// Newest first; read page by page, never merged (bodies can be large).
    SuspendedTickets,
}

impl Endpoint {
    /// Every endpoint `zdiag export` writes.
    pub const ALL: [Endpoint; 7] = [
        Endpoint::RecipientAddresses,
        Endpoint::Triggers,
        Endpoint::Targets,
        Endpoint::Automations,
        Endpoint::Groups,
        Endpoint::AccountSettings,
        Endpoint::SuspendedTickets,
    ];

    /// The API path, relative to the base URL.
    pub fn path(self) -> &'static str {
        match self {
            Endpoint::RecipientAddresses => "/api/v2/recipient_addresses",
            Endpoint::Triggers => "/api/v2/triggers",
            Endpoint::Targets => "/api/v2/targets",
            Endpoint::Automations => "/api/v2/automations",
            Endpoint::Groups => "/api/v2/groups",
            Endpoint::AccountSettings => "/api/v2/account/settings",
            Endpoint::SuspendedTickets => "/api/v2/suspended_tickets",
        }
    }

    /// The root key of the response body.
    pub fn key(self) -> &'static str {
        match self {
            Endpoint::RecipientAddresses => "recipient_addresses",
            Endpoint::Triggers => "triggers",
            Endpoint::Targets => "targets",
            Endpoint::Automations => "automations",
            Endpoint::Groups => "groups",
            Endpoint::AccountSettings => "settings",
            Endpoint::SuspendedTickets => "suspended_tickets",
        }
    }

    /// Every root key the body may use: older answers name some lists in the singular.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            Endpoint::SuspendedTickets => &["suspended_tickets", "suspended_ticket"],
            Endpoint::RecipientAddresses => &["recipient_addresses"],
            Endpoint::Triggers => &["triggers"],
            Endpoint::Targets => &["targets"],
            Endpoint::Automations => &["automations"],
            Endpoint::Groups => &["groups"],
            Endpoint::AccountSettings => &["settings"],
        }
    }

    /// The file an export keeps the body in.
    pub fn file(self) -> &'static str {
        match self {
            Endpoint::RecipientAddresses => "recipient_addresses.json",
            Endpoint::Triggers => "triggers.json",
            Endpoint::Targets => "targets.json",
            Endpoint::Automations => "automations.json",
            Endpoint::Groups => "groups.json",
            Endpoint::AccountSettings => "account_settings.json",
            Endpoint::SuspendedTickets => "suspended_tickets.json",
        }
    }

    /// A list (paged), or one object.
    pub fn is_list(self) -> bool {
        self != Endpoint::AccountSettings
    }

    /// What it holds, for messages.
    pub fn what(self) -> &'static str {
        match self {
            Endpoint::RecipientAddresses => "the support addresses",
            Endpoint::Triggers => "the triggers",
            Endpoint::Targets => "the targets",
            Endpoint::Automations => "the automations",
            Endpoint::Groups => "the groups",
            Endpoint::AccountSettings => "the account settings",
            Endpoint::SuspendedTickets => "the suspended tickets",
        }
    }

    /// Who may read it, for a 403.
    pub(super) fn permission(self) -> &'static str {
        match self {
            Endpoint::RecipientAddresses => {
                "reading support addresses needs an admin or an agent; the token's user may be suspended, or a custom role may hide channels"
            }
            Endpoint::Triggers | Endpoint::Automations => {
                "the token's user is an agent whose role cannot see business rules (triggers and automations): use an admin's token"
            }
            Endpoint::Targets => {
                "the token's user is an agent whose role cannot see targets (Admin Center > Apps and integrations > Targets): use an admin's token"
            }
            Endpoint::Groups => "the token's user cannot list groups: use an admin's token",
            Endpoint::AccountSettings => {
                "reading the account settings needs an admin: the token's user is an agent without admin rights"
            }
            Endpoint::SuspendedTickets => {
                "reading suspended tickets needs an admin, an unrestricted agent, or (Enterprise) a custom role allowed to manage suspended tickets"
            }
        }
    }

    /// What a 404 most likely means.
    pub(super) fn missing(self) -> &'static str {
        match self {
            Endpoint::Targets => {
                "check the subdomain; on some plans targets are not available (they are being replaced by webhooks)"
            }
            Endpoint::Automations => "check the subdomain; the plan may not include automations",
            _ => "check the subdomain (or --zendesk-url): no Zendesk account answers there",
        }
    }
}

/// One ticket's bodies: what `zdiag ticket` reads and `zdiag export --ticket` writes,
/// one file each under `tickets/{id}/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TicketPart {
    /// `GET /api/v2/tickets/{id}`.
    Ticket,
    /// `GET /api/v2/tickets/{id}/audits`, every page.
    Audits,
    /// `GET /api/v2/email_notifications?filter[ticket_id]={id}`, every page, newest first.
    EmailNotifications,
}

impl TicketPart {
    pub const ALL: [TicketPart; 3] = [
        TicketPart::Ticket,
        TicketPart::Audits,
        TicketPart::EmailNotifications,
    ];

    /// The root key of the body.
    pub fn key(self) -> &'static str {
        match self {
            TicketPart::Ticket => "ticket",
            TicketPart::Audits => "audits",
            TicketPart::EmailNotifications => "email_notifications",
        }
    }

    /// The file under `tickets/{id}/` in an export.
    pub fn file(self) -> &'static str {
        match self {
            TicketPart::Ticket => "ticket.json",
            TicketPart::Audits => "audits.json",
            TicketPart::EmailNotifications => "email_notifications.json",
        }
    }

    /// What it holds, for messages.
    pub fn what(self, id: u64) -> String {
        match self {
            TicketPart::Ticket => format!("ticket {id}"),
            TicketPart::Audits => format!("the audits (events) of ticket {id}"),
            TicketPart::EmailNotifications => {
                format!("the email notifications (delivery statuses) of ticket {id}")
            }
        }
    }

    /// Who may read it, for a 403.
    pub(super) fn permission(self) -> &'static str {
        match self {
            TicketPart::Ticket | TicketPart::Audits => {
                "the token's user is not an agent who can see this ticket (a restricted role, or a group it does not belong to)"
            }
            TicketPart::EmailNotifications => {
                "the token's user is not an agent who can see this ticket's email notifications"
            }
        }
    }
}
