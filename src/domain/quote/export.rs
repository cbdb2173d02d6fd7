use super::Comparison;
pub fn comparison_text(_c: &Comparison) -> String { String::new() }
pub fn comparison_csv(_c: &Comparison) -> String { String::new() }
