//! The macros the generated data declares its enums with.
//!
//! Static source of the kucoin-errors runtime, copied verbatim into the generated crate.

/// A closed set of named values (the taxonomy, the domains): the enum, `ALL`, `as_str`, `parse` and `Display`.
macro_rules! named_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$variant_meta:meta])* $variant:ident => $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)+
        }

        impl $name {
            /// Every value, in the catalogue's order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The name every binding writes.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $text,)+
                }
            }

            /// The value named `name`, if any.
            #[must_use]
            pub fn parse(name: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|value| value.as_str() == name)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// The codes of one domain: the enum (`Variant = code => index in the table`), `ALL`, `code`,
/// `name`, `as_str`, `info`, `TryFrom<u32>`, `From<_> for u32`, `Display`, and a test (in the
/// module `$tests`) that the enum and the table agree.
macro_rules! error_codes {
    ($(#[$meta:meta])* $name:ident in $table:ident, tested in $tests:ident { $($(#[$variant_meta:meta])* $variant:ident = $code:literal => $index:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u32)]
        pub enum $name {
            $($(#[$variant_meta])* $variant = $code,)+
        }

        // The enum's own tables name every variant, the deprecated ones too.
        #[allow(deprecated)]
        impl $name {
            /// Every code of the domain, in the catalogue's order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The code as a number.
            #[must_use]
            pub const fn code(self) -> u32 {
                self as u32
            }

            /// The catalogue's UPPER_SNAKE name.
            #[must_use]
            pub const fn name(self) -> &'static str {
                self.info().name
            }

            /// The catalogue's UPPER_SNAKE name, as `name`.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                self.name()
            }

            /// The catalogue entry of the code.
            #[must_use]
            pub const fn info(self) -> &'static $crate::model::ErrorInfo {
                match self {
                    $(Self::$variant => &$table[$index],)+
                }
            }
        }

        #[allow(deprecated)]
        impl TryFrom<u32> for $name {
            type Error = $crate::model::UnknownCode;

            fn try_from(code: u32) -> Result<Self, $crate::model::UnknownCode> {
                match code {
                    $($code => Ok(Self::$variant),)+
                    _ => Err($crate::model::UnknownCode(code)),
                }
            }
        }

        impl From<$name> for u32 {
            fn from(code: $name) -> Self {
                code.code()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }

        #[cfg(test)]
        mod $tests {
            use super::*;

            #[test]
            fn the_enum_agrees_with_its_entries() {
                assert_eq!($name::ALL.len(), $table.len());
                for (code, info) in $name::ALL.iter().zip(&$table) {
                    assert!(std::ptr::eq(code.info(), info));
                    assert_eq!((code.code(), code.name()), (info.code, info.name));
                    assert_eq!($name::try_from(info.code), Ok(*code));
                }
            }
        }
    };
}
