//! The recipient's side of delivery: is the address's domain able to receive mail, is it a typo of a major provider.

pub mod diags;
