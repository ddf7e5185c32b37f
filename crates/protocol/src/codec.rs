//! One codec per protocol enum: its wire name ([`WireCode::as_str`], the same string serde
//! writes), parsing back (`FromStr`), and the list of its values ([`WireCode::ALL`]). The app
//! uses these for addresses, radio values and data attributes, the server for its database
//! columns, so nobody writes an enum-to-text table by hand or round-trips through JSON.
//! `tests/wire_snapshot.rs` fixes every enum's names and checks each against serde's and
//! against `FromStr`.

use core::fmt;

/// A code that names no value of the enum being parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCode(pub String);

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown code {:?}", self.0)
    }
}

impl std::error::Error for UnknownCode {}

/// An enum with a fixed wire name for each value.
pub trait WireCode: Copy + PartialEq + 'static {
    /// Every value, in declaration order.
    const ALL: &'static [Self];
    /// The wire name (what serde writes).
    fn as_str(self) -> &'static str;
    /// The value with wire name `code`.
    #[must_use]
    fn parse_code(code: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|value| value.as_str() == code)
    }
}

/// Implements [`WireCode`] and `FromStr` for a unit-only enum from its
/// `Variant => "wire-name"` list, with an inherent `const fn as_str` for constant contexts.
/// The `match` in `as_str` makes a missing variant a compile error.
macro_rules! wire_codes {
    ($ty:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        impl $ty {
            /// The wire name (what serde writes).
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $code),+
                }
            }
        }

        impl $crate::codec::WireCode for $ty {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn as_str(self) -> &'static str {
                $ty::as_str(self)
            }
        }

        impl ::core::str::FromStr for $ty {
            type Err = $crate::codec::UnknownCode;
            fn from_str(code: &str) -> Result<Self, Self::Err> {
                match code {
                    $($code => Ok(Self::$variant),)+
                    _ => Err($crate::codec::UnknownCode(code.to_owned())),
                }
            }
        }
    };
}
pub(crate) use wire_codes;
