//! Quote comparison (work in progress).
