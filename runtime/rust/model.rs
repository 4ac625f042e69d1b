//! The shapes of the catalogue's data and of a classified response.
//!
//! Static source of the kucoin-errors runtime, copied verbatim into the generated
//! crate; `data` is the generated module of the taxonomy, the codes and their entries.

use std::fmt;

use crate::data::wire::{RETRYABLE_ACTIONS, ROW_SEPARATOR};
use crate::data::{Category, Domain, MarginScope, PlaceholderKind, RetryAction};

/// A value KuCoin substitutes into a message: its token as written, what it is, and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Placeholder {
    /// The token as the documented message writes it (`{0}`, `xxx`, `XX`, `XXX-XXX`).
    pub token: &'static str,
    /// What the value is (`currency`, `min_price`).
    pub name: &'static str,
    /// The catalogue's kind of value, when it says.
    pub kind: Option<PlaceholderKind>,
}

impl Placeholder {
    /// The kind of value the message carries here (the catalogue's, or the token's default).
    #[must_use]
    pub fn value_kind(&self) -> PlaceholderKind {
        self.kind
            .unwrap_or_else(|| PlaceholderKind::default_for_token(self.token))
    }
}

/// What to do next; with `Wait`, a fixed delay or a header giving milliseconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RetryAdvice {
    /// The action.
    pub action: RetryAction,
    /// A fixed delay in milliseconds.
    pub after_ms: Option<u64>,
    /// The response header giving the milliseconds to wait.
    pub after_header: Option<&'static str>,
    /// How many times to send the request at most when the cause may be permanent; then do `then`.
    pub max_attempts: Option<u32>,
    /// What to do once `max_attempts` is reached.
    pub then: Option<RetryAction>,
}

impl RetryAdvice {
    /// Advice of `action` alone.
    #[must_use]
    pub const fn of(action: RetryAction) -> Self {
        Self {
            action,
            after_ms: None,
            after_header: None,
            max_attempts: None,
            then: None,
        }
    }

    /// True when sending the same request again can succeed.
    #[must_use]
    pub fn retryable(&self) -> bool {
        RETRYABLE_ACTIONS.contains(&self.action.as_str())
    }
}

/// A piece of a message template: literal text, or a placeholder's value of a kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TemplatePart {
    /// Text that stands for itself (ASCII letters in either case).
    Literal(&'static str),
    /// A placeholder's value of this kind.
    Value(PlaceholderKind),
    /// A placeholder's value of the second kind, right after one of the first kind.
    After(PlaceholderKind, PlaceholderKind),
}

/// One documented message of a code; category and retry, when set, override the code's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MessageVariant {
    /// The variant's id, unique within its code.
    pub id: &'static str,
    /// The message.
    pub message: &'static str,
    /// The machine key of a `key -- message` row.
    pub key: Option<&'static str>,
    /// The explanation after the message.
    pub detail: Option<&'static str>,
    /// The values the message carries.
    pub placeholders: &'static [Placeholder],
    /// The category when this message is sent, if not the code's.
    pub category: Option<Category>,
    /// The retry advice when this message is sent, if not the code's.
    pub retry: Option<RetryAdvice>,
    /// A note.
    pub note: Option<&'static str>,
    /// Set while the suggested id, category and retry advice await a maintainer's review.
    pub review: Option<&'static str>,
    /// How the documented row joins message and detail when not with `" -- "`.
    pub detail_separator: Option<&'static str>,
    /// Other wordings of the message, each matched exactly.
    pub aliases: &'static [&'static str],
    /// The sub-table of KuCoin's page the message is in (websocket and gateway).
    pub table: Option<&'static str>,
    /// Where a message no KuCoin page lists was seen (another client's exception map).
    pub undocumented: Option<&'static str>,
    /// The rows of KuCoin's pages the message is: `PAGE:ROW`, or `PAGE:ROW:ALIAS` where the row reads as that alias (1-based).
    pub pages: &'static [&'static str],
    /// The normalised message as literal text and placeholders; empty without placeholders.
    pub template: &'static [TemplatePart],
}

impl MessageVariant {
    /// The row as KuCoin's documentation prints it (key -- message -- detail).
    #[must_use]
    pub fn documented_text(&self) -> String {
        let mut text = String::new();
        if let Some(key) = self.key {
            text.push_str(key);
            text.push_str(ROW_SEPARATOR);
        }
        text.push_str(self.message);
        if let Some(detail) = self.detail {
            text.push_str(self.detail_separator.unwrap_or(ROW_SEPARATOR));
            text.push_str(detail);
        }
        text
    }
}

/// The catalogue entry of one error code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ErrorInfo {
    /// The domain whose table has the code.
    pub domain: Domain,
    /// The code.
    pub code: u32,
    /// The catalogue's UPPER_SNAKE name.
    pub name: &'static str,
    /// What kind of failure it is.
    pub category: Category,
    /// What to do next.
    pub retry: RetryAdvice,
    /// The documented messages.
    pub variants: &'static [MessageVariant],
    /// Which margin tables the code belongs to.
    pub scope: Option<MarginScope>,
    /// The HTTP status KuCoin sends it with, when documented.
    pub http_status: Option<u16>,
    /// A note.
    pub note: Option<&'static str>,
    /// Set while the suggested name, category and retry advice await a maintainer's review.
    pub review: Option<&'static str>,
    /// Why the entry is deprecated, when it is (its enum variant is then `#[deprecated]`).
    pub deprecated: Option<&'static str>,
    /// The entry to use instead of a deprecated one (`DOMAIN:CODE`), if any.
    pub replaced_by: Option<&'static str>,
    /// Where a code no KuCoin page lists was seen (another client's exception map).
    pub undocumented: Option<&'static str>,
}

/// The tombstone of a code removed from its domain: gone from the enum and from `lookup`, kept so
/// that it can be told apart from a code never known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RemovedCode {
    /// The domain the code was removed from.
    pub domain: Domain,
    /// The code.
    pub code: u32,
    /// The UPPER_SNAKE name it had.
    pub name: &'static str,
    /// Why it was removed.
    pub reason: Option<&'static str>,
    /// The entry to use instead (`DOMAIN:CODE`), if any.
    pub replaced_by: Option<&'static str>,
}

/// A failure KuCoin reports without a numeric code: a string code (`code`), or a message under a
/// success code (`message`); exactly one is set. It has no entry: a response it names is classified
/// with `MatchQuality::Unknown`, its category and retry advice, and carries it as `unnumbered`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnnumberedError {
    /// The domain that lists it.
    pub domain: Domain,
    /// The UPPER_SNAKE name.
    pub name: &'static str,
    /// What kind of failure it is.
    pub category: Category,
    /// What to do next.
    pub retry: RetryAdvice,
    /// The code exactly as sent, for a string code.
    pub code: Option<&'static str>,
    /// The message, for a failure under the success code.
    pub message: Option<&'static str>,
    /// A note.
    pub note: Option<&'static str>,
    /// Where a failure no KuCoin page lists was seen (another client's exception map).
    pub undocumented: Option<&'static str>,
}

/// A code as KuCoin sent it: a whole number in 1..=2^31-1, or the raw text of anything else.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Code {
    /// A code.
    Int(u32),
    /// Text that is no code ("ERR_UNKNOWN", "0200004"), or a number as JavaScript writes it ("200004.5", "1e+21").
    Raw(String),
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Int(code) => write!(f, "{code}"),
            Self::Raw(text) => f.write_str(text),
        }
    }
}

/// How well a message matched the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatchQuality {
    /// Its exact text (normalised).
    Exact,
    /// A filled-in template.
    Template,
    /// Only its code.
    CodeOnly,
    /// Nothing.
    Unknown,
}

impl MatchQuality {
    /// The name every binding gives it: `exact`, `template`, `code_only`, `unknown`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::Template => "template",
            Self::CodeOnly => "code_only",
            Self::Unknown => "unknown",
        }
    }
}

/// A failed KuCoin response, classified against the catalogue.
///
/// `entry` and `variant` are `None` when the catalogue does not know the code or
/// the message; `category` and `retry` then come from the HTTP status when it
/// says enough (429, 5xx, or a status of the http table). `reset_ms` is the
/// `gw-ratelimit-reset` header of the response, if any.
#[derive(Clone, Debug, PartialEq)]
pub struct KucoinErrorInfo {
    /// The domain of the entry, or the domain asked for when none matched.
    pub domain: Domain,
    /// The code as sent, `None` when the response had none.
    pub code: Option<Code>,
    /// The message KuCoin sent; for a body that is not JSON, its first 500 characters once trimmed.
    pub message: String,
    /// How the message matched.
    pub match_quality: MatchQuality,
    /// The HTTP status of the response.
    pub http_status: Option<u16>,
    /// The catalogue entry of the code.
    pub entry: Option<&'static ErrorInfo>,
    /// The variant the message matched.
    pub variant: Option<&'static MessageVariant>,
    /// The placeholders' values of a template match, by name.
    pub values: Vec<(&'static str, String)>,
    /// What kind of failure it is.
    pub category: Option<Category>,
    /// What to do next.
    pub retry: Option<RetryAdvice>,
    /// The rate-limit reset header of the response, in milliseconds.
    pub reset_ms: Option<f64>,
    /// The tombstone of a code removed from the catalogue (`match_quality` is then `Unknown`).
    pub removed: Option<&'static RemovedCode>,
    /// The string code or the failure under the success code that named the response (`match_quality` is then `Unknown`).
    pub unnumbered: Option<&'static UnnumberedError>,
}

impl KucoinErrorInfo {
    /// The value of the placeholder `name` of a template match.
    #[must_use]
    pub fn value(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// A failed KuCoin response as an error; `info` says what failed and what to do next.
#[derive(Clone, Debug, PartialEq)]
pub struct KucoinApiError {
    /// The classified response (boxed: it is large for an error).
    pub info: Box<KucoinErrorInfo>,
}

impl KucoinApiError {
    /// The category of the failure, when known.
    #[must_use]
    pub fn category(&self) -> Option<Category> {
        self.info.category
    }
}

impl fmt::Display for KucoinApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.info.code {
            None => write!(
                f,
                "KuCoin {} error (no code): {}",
                self.info.domain.as_str(),
                self.info.message
            ),
            Some(code) => write!(
                f,
                "KuCoin {} error {}: {}",
                self.info.domain.as_str(),
                code,
                self.info.message
            ),
        }
    }
}

impl std::error::Error for KucoinApiError {}

/// A code that is not one of a domain's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownCode(pub u32);

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown error code {}", self.0)
    }
}

impl std::error::Error for UnknownCode {}
