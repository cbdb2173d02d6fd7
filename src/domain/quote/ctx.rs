//! What the builder carries while it reads and checks: the locale, the
//! warnings and the notes.

use rust_decimal::Decimal;

use super::model::CheckWarning;
use crate::domain::money::{MoneyLocale, format_money, format_percent};

/// Warnings, notes and the locale while building.
pub(super) struct Ctx {
    pub locale: MoneyLocale,
    pub warnings: Vec<CheckWarning>,
    pub notes: Vec<String>,
}

impl Ctx {
    pub fn new(locale: MoneyLocale) -> Self {
        Self {
            locale,
            warnings: Vec::new(),
            notes: Vec::new(),
        }
    }

    pub fn money(&self, d: Decimal) -> String {
        format_money(d, &self.locale)
    }

    pub fn pct(&self, d: Decimal) -> String {
        format_percent(d, &self.locale)
    }

    /// Records a failed check.
    pub fn warn(&mut self, warning: CheckWarning) {
        self.warnings.push(warning);
    }
}
