//! The comparison's values: what the panel, the exports and the tests read.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::money::{MoneyLocale, format_money};
use crate::i18n::{tr, tr_dyn, tr_later, trf};

/// The three views of a quote, in column order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    /// `subscription`: the live preview of the booking.
    Preview,
    /// `billingSubscription`: one complete billing cycle.
    Billing,
    /// `proRataSubscription`: from move-in to the end of the current cycle.
    ProRata,
}

impl View {
    pub const ALL: [View; 3] = [View::Preview, View::Billing, View::ProRata];

    /// Column index in [`Comparison::columns`] and [`Row::cells`].
    pub fn index(self) -> usize {
        match self {
            View::Preview => 0,
            View::Billing => 1,
            View::ProRata => 2,
        }
    }

    /// Column heading, also the first part of a figure's name.
    pub fn label(self) -> &'static str {
        match self {
            View::Preview => tr("preview"),
            View::Billing => tr("full-cycle"),
            View::ProRata => tr("prorated"),
        }
    }

    /// A tooltip for the heading.
    pub fn description(self) -> &'static str {
        match self {
            View::Preview => tr("live-preview-of-the-booking-subscription"),
            View::Billing => tr("one-complete-billing-cycle-billingsubscription"),
            View::ProRata => tr("first-period-from-move-in-to-the-end"),
        }
    }
}

/// The kind of a line item, in row order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LineKind {
    Rent,
    Discount,
    Insurance,
    Service,
    Merchandise,
    AdminFee,
    SecurityDeposit,
}

impl LineKind {
    pub const ALL: [LineKind; 7] = [
        LineKind::Rent,
        LineKind::Discount,
        LineKind::Insurance,
        LineKind::Service,
        LineKind::Merchandise,
        LineKind::AdminFee,
        LineKind::SecurityDeposit,
    ];

    pub fn label(self) -> &'static str {
        match self {
            LineKind::Rent => tr("rent"),
            LineKind::Discount => tr("discount"),
            LineKind::Insurance => tr("insurance"),
            LineKind::Service => tr("service"),
            LineKind::Merchandise => tr("merchandise"),
            LineKind::AdminFee => tr("admin-fee"),
            LineKind::SecurityDeposit => tr("security-deposit"),
        }
    }

    /// The kind a `transactData` category names (RENT, RENT_DISCOUNT, ...).
    pub fn from_category(category: &str) -> Option<LineKind> {
        let c = category.trim().to_ascii_uppercase();
        Some(if c.contains("DISCOUNT") {
            LineKind::Discount
        } else if c.contains("DEPOSIT") {
            LineKind::SecurityDeposit
        } else if c.contains("ADMIN") || c.contains("FEE") {
            LineKind::AdminFee
        } else if c.contains("INSURANCE") {
            LineKind::Insurance
        } else if c.contains("SERVICE") {
            LineKind::Service
        } else if c.contains("MERCHANDISE") {
            LineKind::Merchandise
        } else if c.contains("RENT") {
            LineKind::Rent
        } else {
            return None;
        })
    }
}

/// One of a price's parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Taxable,
    Tax,
    Payable,
    TaxRate,
}

impl Field {
    /// The part this field names among (taxable, tax, payable); a rate is
    /// none of them.
    pub fn pick<T>(self, [taxable, tax, payable]: [&Option<T>; 3]) -> Option<&T> {
        match self {
            Field::Taxable => taxable.as_ref(),
            Field::Tax => tax.as_ref(),
            Field::Payable => payable.as_ref(),
            Field::TaxRate => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Field::Taxable => tr("taxable"),
            Field::Tax => tr("tax"),
            Field::Payable => tr("payable"),
            Field::TaxRate => tr("tax-rate"),
        }
    }
}

/// The totals of a view, in row order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TotalKind {
    NonTaxable,
    Taxable,
    Tax,
    Net,
    Gross,
}

impl TotalKind {
    pub const ALL: [TotalKind; 5] = [
        TotalKind::NonTaxable,
        TotalKind::Taxable,
        TotalKind::Tax,
        TotalKind::Net,
        TotalKind::Gross,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TotalKind::NonTaxable => tr("non-taxable"),
            TotalKind::Taxable => tr("taxable"),
            TotalKind::Tax => tr("tax"),
            TotalKind::Net => tr("net"),
            TotalKind::Gross => tr("gross"),
        }
    }
}

/// An amount ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The API's `price` (or our computed value when `from_api` is false).
    pub value: Decimal,
    /// What to display: the API's `formattedPrice` when it sent one (even
    /// when it disagrees with `value`: that is a warning, not a correction),
    /// else `value` formatted for the property's locale.
    pub shown: String,
    /// `true` for a figure the API sent; `false` for one we computed
    /// (savings, projected cycles, totals over cycles).
    pub from_api: bool,
    /// A check disputes this figure: see [`Comparison::warnings`].
    pub flagged: bool,
}

impl Figure {
    /// A figure we computed, formatted for `locale`.
    pub fn computed(value: Decimal, locale: &MoneyLocale) -> Self {
        Self {
            value,
            shown: format_money(value, locale),
            from_api: false,
            flagged: false,
        }
    }
}

/// A tax or discount rate.
#[derive(Debug, Clone, PartialEq)]
pub struct Rate {
    /// Percent: 20 means 20 %.
    pub value: Decimal,
    /// The API's `formattedPercentage`, else ours ("20,00 %").
    pub shown: String,
    /// A check disputes this rate.
    pub flagged: bool,
}

/// One line item in one view.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    pub taxable: Option<Figure>,
    pub tax: Option<Figure>,
    pub payable: Option<Figure>,
    pub tax_rate: Option<Rate>,
    /// The line's own period text ("08-09-2025 to 30-09-2025"), if any.
    pub period: Option<String>,
    /// "23 Day", "1 Month", "1 Nos", if sent.
    pub quantity: Option<String>,
    /// The API's description of the line ("Box A2 - 3 m X 3 m").
    pub description: Option<String>,
}

impl Cell {
    pub fn get(&self, field: Field) -> Option<&Figure> {
        field.pick([&self.taxable, &self.tax, &self.payable])
    }
}

/// One line item across the three views.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub kind: LineKind,
    /// 0-based position among the lines of the same kind.
    pub index: usize,
    /// "Rent", "Insurance 2".
    pub label: String,
    /// The API's description from the first view that has the line.
    pub detail: Option<String>,
    /// Indexed by [`View::index`]; `None` where the view lacks the line.
    pub cells: [Option<Cell>; 3],
}

/// One total across the three views.
#[derive(Debug, Clone, PartialEq)]
pub struct TotalRow {
    pub kind: TotalKind,
    pub label: String,
    pub cells: [Option<Figure>; 3],
}

/// A column heading.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewColumn {
    pub view: View,
    pub label: String,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// "08-09-2025 to 30-09-2025" (the API's texts when dates did not parse).
    pub period: Option<String>,
    /// Days from start to end, both included.
    pub days: Option<i64>,
}

/// Taxable, tax and payable parts of a price.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Prices {
    pub taxable: Option<Figure>,
    pub tax: Option<Figure>,
    pub payable: Option<Figure>,
}

impl Prices {
    pub fn get(&self, field: Field) -> Option<&Figure> {
        field.pick([&self.taxable, &self.tax, &self.payable])
    }
}

/// `spacePrice`: standard vs discounted, and what the discount saves.
#[derive(Debug, Clone, PartialEq)]
pub struct SpacePriceComparison {
    pub standard: Prices,
    pub discounted: Prices,
    /// Standard − discounted, per part (computed; per billing cycle).
    pub saving: Prices,
    /// "Saving 3,90 € per cycle incl. tax (3,25 € before tax)".
    pub text: String,
}

/// Whether the first period is a part of a cycle or a full one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProrationKind {
    /// Move-in to the end of the cycle: a part of the rent.
    Prorated,
    /// The first period is a complete cycle (as in the reservation example).
    FullCycle,
}

/// What the monthly rent is divided by to get a daily rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DivisorBasis {
    /// The number of days in the month of the move-in (our first assumption).
    DaysInMonth,
    /// A fixed 30-day month.
    Fixed30,
}

/// How the daily rate is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProrationMethod {
    /// round(monthly ÷ divisor, 2) × days, rounded: what the documents show.
    RoundedDailyRate,
    /// round(monthly × days ÷ divisor, 2): accepted when it alone agrees.
    ExactDailyRate,
}

/// The first period, explained from the API's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct ProrationExplanation {
    pub kind: ProrationKind,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// Days charged (the rent line's quantity when in days, else the period's
    /// days, both ends included).
    pub days: Option<i64>,
    /// The monthly rent the daily rate comes from (full-cycle rent, taxable).
    pub monthly: Option<Figure>,
    pub divisor: Option<i64>,
    pub divisor_basis: Option<DivisorBasis>,
    pub method: Option<ProrationMethod>,
    /// round(monthly ÷ divisor, 2).
    pub daily_rate: Option<Decimal>,
    /// Our reproduction of the prorated rent.
    pub computed: Option<Decimal>,
    /// The prorated rent (taxable) as the API sent it.
    pub api_figure: Option<Figure>,
    /// `Some(false)` when our reproduction disagrees (also a warning).
    pub agrees: Option<bool>,
    /// Display-ready: "Monthly rent 65,00 € ÷ 30 days = 2,17 €/day × 23 days
    /// (08-09-2025 to 30-09-2025) = 49,91 €, as the API shows."
    pub text: String,
    /// The discount on the prorated rent, e.g. "Discount 5,00 % of 49,91 € =
    /// 2,4955 → -2,50 €".
    pub discount_text: Option<String>,
    /// The assumptions behind `text` (which divisor, and why).
    pub notes: Vec<String>,
}

/// What a check compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CheckKind {
    /// A `formattedPrice` / `formattedPercentage` disagrees with its number.
    Formatting,
    /// tax ≠ taxable × rate.
    TaxRate,
    /// payable ≠ taxable + tax.
    PayableSum,
    /// The line items do not add up to a total, or net ≠ taxable + tax.
    TotalsSum,
    /// `transactData` disagrees with the line item, or with itself.
    Summary,
    /// The discount disagrees with its rule.
    DiscountRule,
    /// `spacePrice` disagrees with itself or with the full-cycle view.
    SpacePrice,
    /// Our reproduction of the prorated rent disagrees.
    Proration,
    /// After a link, the server's insurance disagrees with what staff were
    /// shown (`domain::insurance::check_linked`).
    Insurance,
}

impl CheckKind {
    pub fn label(self) -> &'static str {
        match self {
            CheckKind::Formatting => tr("formatting"),
            CheckKind::TaxRate => tr("tax-rate"),
            CheckKind::PayableSum => tr("payable-sum"),
            CheckKind::TotalsSum => tr("totals"),
            CheckKind::Summary => tr("transaction-summary"),
            CheckKind::DiscountRule => tr("discount-rule"),
            CheckKind::SpacePrice => tr("space-price"),
            CheckKind::Proration => tr("proration"),
            CheckKind::Insurance => tr("insurance"),
        }
    }
}

/// The figure a warning is about, for highlighting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Line {
        view: View,
        kind: LineKind,
        index: usize,
        field: Field,
    },
    Total {
        view: View,
        kind: TotalKind,
    },
    SpacePrice {
        discounted: bool,
        field: Field,
    },
}

/// A failed check.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckWarning {
    pub view: Option<View>,
    pub kind: CheckKind,
    /// The figure, e.g. "Prorated · Discount · tax".
    pub figure: String,
    /// What our check expected, when it is a number.
    pub expected: Option<Decimal>,
    /// What the API sent.
    pub found: Option<Decimal>,
    /// Display-ready explanation (without the figure's name).
    pub message: String,
    /// The figure to highlight, when it is shown in the comparison.
    pub target: Option<Target>,
}

impl CheckWarning {
    /// "Prorated · Rent · tax: tax is 20,00 €, but 49,91 € × 20,00 % = 9,98 €".
    pub fn line(&self) -> String {
        trf(
            "label-value",
            &[("label", &self.figure), ("value", &self.message)],
        )
    }
}

/// How a discount recurs, as the projection applies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiscountPlan {
    /// No discount.
    None,
    /// Once: the first payment that carries it.
    OneOff,
    /// For this many payments (`occurrenceCount`).
    Cycles(u32),
    /// Every cycle (`isLifeTimeRecurring`, or no rule to say otherwise).
    Lifetime,
}

/// The discount in words, for the panel and the side-by-side summary.
#[derive(Debug, Clone, PartialEq)]
pub struct DiscountSummary {
    pub name: Option<String>,
    /// "5,00 %" or "10,00 €".
    pub value: String,
    pub plan: DiscountPlan,
    /// No discount on cycles starting after this date.
    pub expiration: Option<NaiveDate>,
    /// "3 payments", "every cycle", "first payment only",
    /// "every cycle until 31-12-2025".
    pub duration: String,
}

/// The length of a billing cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cadence {
    Months(u32),
    Weeks(u32),
}

/// A billing period's name in the interface language when it is one we
/// know ("Monthly" → "Mensuel"), else the API's own word: the API names
/// periods in English whatever the customer's language.
pub fn period_name(api_name: &str) -> String {
    let key = api_name.trim().to_ascii_lowercase();
    let id = match key.as_str() {
        "weekly" => tr_later("period-weekly"),
        "monthly" => tr_later("period-monthly"),
        // "Quartely" is the documents' own spelling.
        "quarterly" | "quartely" => tr_later("period-quarterly"),
        "semi-annually" | "semiannually" | "half-yearly" => tr_later("period-semi-annually"),
        "annually" | "yearly" => tr_later("period-annually"),
        _ => return api_name.trim().to_owned(),
    };
    tr_dyn(id).to_owned()
}

impl Cadence {
    /// "1 month", "3 months", "2 weeks".
    pub fn text(self) -> String {
        match self {
            Cadence::Months(1) => tr("msg-1-month").into(),
            Cadence::Months(n) => trf("count-months", &[("count", &n)]),
            Cadence::Weeks(1) => tr("msg-1-week").into(),
            Cadence::Weeks(n) => trf("count-weeks", &[("count", &n)]),
        }
    }
}

/// One payment of the projection.
#[derive(Debug, Clone, PartialEq)]
pub struct CycleRow {
    /// 0 for a prorated first period, then 1, 2, ... for billing cycles
    /// (a first period that is a full cycle is cycle 1).
    pub index: usize,
    /// "First payment (prorated)", "Cycle 1".
    pub label: String,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// What is due, the discount applied where the plan says so.
    pub with_discount: Option<Figure>,
    /// What would be due without any discount.
    pub without_discount: Option<Figure>,
    /// Whether `with_discount` includes the discount.
    pub discounted: bool,
    /// Whether `with_discount` is the prorated first period.
    pub prorated: bool,
    /// Due within the 12 months from move-in (counted in the 12-month total).
    pub in_first_12_months: bool,
}

/// The first payment and the next 12 cycles.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Projection {
    pub cadence: Option<Cadence>,
    /// "Monthly (1 month)".
    pub cadence_label: Option<String>,
    /// The prorated first payment (index 0) if any, then 12 billing cycles.
    pub cycles: Vec<CycleRow>,
    /// Sum over `cycles`.
    pub total_cycles_with: Option<Figure>,
    pub total_cycles_without: Option<Figure>,
    /// The 12 months from move-in: (first day, last day).
    pub twelve_months: Option<(NaiveDate, NaiveDate)>,
    /// How many payments fall due in those 12 months.
    pub payments_in_12_months: usize,
    /// Sum of the payments due in the 12 months from move-in.
    pub total_12_months_with: Option<Figure>,
    pub total_12_months_without: Option<Figure>,
    /// The assumptions, to be shown with the table.
    pub notes: Vec<String>,
}

impl Projection {
    /// The span the payments of the 12-month total pay for: the first one's
    /// first day to the last one's last day (past the 12 months when the
    /// last payment is due in them but runs beyond).
    pub fn twelve_month_span(&self) -> Option<(NaiveDate, NaiveDate)> {
        let mut counted = self.cycles.iter().filter(|r| r.in_first_12_months);
        let first = counted.next()?;
        let last = counted.next_back().unwrap_or(first);
        Some((first.start?, last.end?))
    }

    /// "12-month total (13 payments due 05-12-2026 to 04-12-2027)": which
    /// payments the total sums, by when they fall due.
    pub fn twelve_month_label(&self) -> String {
        let count = self.payments_in_12_months;
        match self.twelve_months {
            Some((a, b)) => trf(
                "msg-12-month-total-count-payments-due",
                &[
                    ("count", &count),
                    ("start", &a.format("%d-%m-%Y")),
                    ("end", &b.format("%d-%m-%Y")),
                ],
            ),
            None => trf("msg-12-month-total-count-payments", &[("count", &count)]),
        }
    }

    /// "05-12-2026 to 31-12-2027": the period those payments cover.
    pub fn twelve_month_period(&self) -> String {
        self.twelve_month_span()
            .or(self.twelve_months)
            .map(|(a, b)| {
                trf(
                    "start-to-end",
                    &[
                        ("start", &a.format("%d-%m-%Y")),
                        ("end", &b.format("%d-%m-%Y")),
                    ],
                )
            })
            .unwrap_or_default()
    }
}

/// The whole comparison the panel renders.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// "ACT1 · Emmerich · A2 Box Storage · 9 m²".
    pub heading: String,
    pub locale: MoneyLocale,
    /// Indexed by [`View::index`].
    pub columns: [Option<ViewColumn>; 3],
    pub rows: Vec<Row>,
    pub totals: Vec<TotalRow>,
    pub space_price: Option<SpacePriceComparison>,
    pub proration: Option<ProrationExplanation>,
    pub discount: Option<DiscountSummary>,
    pub warnings: Vec<CheckWarning>,
    /// Mild remarks: a formatted text we could not read, a missing block.
    pub notes: Vec<String>,
    pub projection: Projection,
}

impl Comparison {
    /// The warnings about one view (or about no view: `None`).
    pub fn warnings_for(&self, view: Option<View>) -> impl Iterator<Item = &CheckWarning> {
        self.warnings.iter().filter(move |w| w.view == view)
    }

    /// The warnings about the figure at `target`.
    pub fn warnings_at(&self, target: Target) -> impl Iterator<Item = &CheckWarning> {
        self.warnings
            .iter()
            .filter(move |w| w.target == Some(target))
    }

    /// The total of `kind` in `view`.
    pub fn total(&self, view: View, kind: TotalKind) -> Option<&Figure> {
        self.totals.iter().find(|t| t.kind == kind)?.cells[view.index()].as_ref()
    }

    /// The cell of line `kind` #`index` in `view`.
    pub fn cell(&self, view: View, kind: LineKind, index: usize) -> Option<&Cell> {
        self.rows
            .iter()
            .find(|r| r.kind == kind && r.index == index)?
            .cells[view.index()]
        .as_ref()
    }
}
