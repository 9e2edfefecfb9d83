//! The endpoints the checks read, and what each one's errors mean.

use crate::i18n::t;

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
    pub fn what(self) -> String {
        match self {
            Endpoint::RecipientAddresses => t!("core-zendesk-what-recipient-addresses"),
            Endpoint::Triggers => t!("core-zendesk-what-triggers"),
            Endpoint::Targets => t!("core-zendesk-what-targets"),
            Endpoint::Automations => t!("core-zendesk-what-automations"),
            Endpoint::Groups => t!("core-zendesk-what-groups"),
            Endpoint::AccountSettings => t!("core-zendesk-what-account-settings"),
            Endpoint::SuspendedTickets => t!("core-zendesk-what-suspended-tickets"),
        }
    }

    /// Who may read it, for a 403.
    pub(super) fn permission(self) -> String {
        match self {
            Endpoint::RecipientAddresses => t!("core-zendesk-permission-recipient-addresses"),
            Endpoint::Triggers | Endpoint::Automations => {
                t!("core-zendesk-permission-business-rules")
            }
            Endpoint::Targets => t!("core-zendesk-permission-targets"),
            Endpoint::Groups => t!("core-zendesk-permission-groups"),
            Endpoint::AccountSettings => t!("core-zendesk-permission-account-settings"),
            Endpoint::SuspendedTickets => t!("core-zendesk-permission-suspended-tickets"),
        }
    }

    /// What a 404 most likely means.
    pub(super) fn missing(self) -> String {
        match self {
            Endpoint::Targets => t!("core-zendesk-missing-targets"),
            Endpoint::Automations => t!("core-zendesk-missing-automations"),
            _ => t!("core-zendesk-missing-account"),
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
        let id = id.to_string();
        match self {
            TicketPart::Ticket => t!("core-zendesk-what-ticket", id = id),
            TicketPart::Audits => t!("core-zendesk-what-audits", id = id),
            TicketPart::EmailNotifications => t!("core-zendesk-what-email-notifications", id = id),
        }
    }

    /// Who may read it, for a 403.
    pub(super) fn permission(self) -> String {
        match self {
            TicketPart::Ticket | TicketPart::Audits => t!("core-zendesk-permission-ticket"),
            TicketPart::EmailNotifications => t!("core-zendesk-permission-email-notifications"),
        }
    }
}
