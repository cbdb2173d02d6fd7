pub mod hours;
pub mod signature;
