pub mod hours;
pub mod idle;
pub mod pin;
pub mod signature;
