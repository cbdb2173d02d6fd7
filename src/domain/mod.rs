pub mod idle;
pub mod pin;
pub mod signature;
