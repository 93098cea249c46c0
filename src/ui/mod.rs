//! The yew components. They render what the core computed and turn the person's actions into
//! [`Action`](redflag_core::Action)s for the session reducer; they decide nothing themselves.

mod app;
mod card;
mod exit;
mod help;
mod language;
mod learn;
mod names;
mod pass_on;
mod question;
mod report;
mod result;
mod safety;
mod sources;
mod start;
mod urgent;
mod waiting;

pub use app::{App, AppProps, Data};
pub use names::Names;
pub use pass_on::Shared;
