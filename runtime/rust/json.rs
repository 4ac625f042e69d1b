//! A small JSON reader that decides as Python's `json` module does as the runtime uses it.
//!
//! Static source of the kucoin-errors runtime, copied verbatim into the generated crate.
//! Numbers are doubles; `NaN` and `Infinity` are refused; a key given twice keeps its
//! last value; control characters inside strings are refused; a lone surrogate escape
//! reads as U+FFFD (a Rust string cannot hold it).

use std::fmt::Write as _;

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as a double.
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object: its members in order, a repeated key kept each time.
    Object(Vec<(String, Json)>),
}

/// Deeper than this, the reader gives up rather than exhaust the stack.
const READER_DEPTH_LIMIT: usize = 10_000;

impl Json {
    /// The value of `key` in an object (the last one when the key is repeated); `None` otherwise.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Self::Object(members) => members
                .iter()
                .rev()
                .find(|(name, _)| name == key)
                .map(|(_, value)| value),
            _ => None,
        }
    }

    /// True when this is an object with the member `key`.
    #[must_use]
    pub fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The text of a string value.
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::String(text) => Some(text),
            _ => None,
        }
    }

    /// Read a whole document: one value, with JSON white space around it.
    ///
    /// # Errors
    /// When `text` is not exactly one JSON value.
    pub fn parse(text: &str) -> Result<Self, JsonError> {
        let bytes = text.as_bytes();
        let start = skip_space(bytes, 0);
        let (value, end) = Reader { text, bytes }.value(start, 0)?;
        if skip_space(bytes, end) == bytes.len() {
            Ok(value)
        } else {
            Err(JsonError(end))
        }
    }

    /// Read one value starting at byte `start` and return it with the byte offset after it.
    ///
    /// # Errors
    /// When no JSON value starts at `start`.
    pub fn parse_prefix(text: &str, start: usize) -> Result<(Self, usize), JsonError> {
        Reader {
            text,
            bytes: text.as_bytes(),
        }
        .value(start, 0)
    }

    /// The value as compact JSON text (non-ASCII kept as is).
    #[must_use]
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Self::Null => out.push_str("null"),
            Self::Bool(flag) => out.push_str(if *flag { "true" } else { "false" }),
            Self::Number(number) => write_number(*number, out),
            Self::String(text) => write_string(text, out),
            Self::Array(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Self::Object(members) => {
                out.push('{');
                for (index, (name, value)) in members.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    write_string(name, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// A number as JSON: whole numbers without a fraction, others in the shortest form that reads back alike.
fn write_number(number: f64, out: &mut String) {
    if !number.is_finite() {
        out.push_str("null");
    } else if number.fract() == 0.0 && number.abs() < 1e15 {
        let _ = write!(out, "{number:.0}");
    } else {
        let _ = write!(out, "{number:?}");
    }
}

/// `text` as a JSON string literal.
pub fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Where the text stopped being JSON (a byte offset).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JsonError(pub usize);

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "not JSON at byte {}", self.0)
    }
}

impl std::error::Error for JsonError {}

/// JSON's white space: space, tab, line feed, carriage return.
pub(crate) fn skip_space(bytes: &[u8], mut at: usize) -> usize {
    while at < bytes.len() && matches!(bytes[at], b' ' | b'\t' | b'\n' | b'\r') {
        at += 1;
    }
    at
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
}

impl Reader<'_> {
    fn value(&self, at: usize, depth: usize) -> Result<(Json, usize), JsonError> {
        if depth > READER_DEPTH_LIMIT {
            return Err(JsonError(at));
        }
        match self.bytes.get(at) {
            Some(b'{') => self.object(at, depth),
            Some(b'[') => self.array(at, depth),
            Some(b'"') => self.string(at).map(|(text, end)| (Json::String(text), end)),
            Some(b'-' | b'0'..=b'9') => self.number(at),
            _ => {
                let rest = &self.bytes[at.min(self.bytes.len())..];
                if rest.starts_with(b"null") {
                    Ok((Json::Null, at + 4))
                } else if rest.starts_with(b"true") {
                    Ok((Json::Bool(true), at + 4))
                } else if rest.starts_with(b"false") {
                    Ok((Json::Bool(false), at + 5))
                } else {
                    Err(JsonError(at))
                }
            }
        }
    }

    fn object(&self, at: usize, depth: usize) -> Result<(Json, usize), JsonError> {
        let mut members = Vec::new();
        let mut at = skip_space(self.bytes, at + 1);
        if self.bytes.get(at) == Some(&b'}') {
            return Ok((Json::Object(members), at + 1));
        }
        loop {
            if self.bytes.get(at) != Some(&b'"') {
                return Err(JsonError(at));
            }
            let (name, end) = self.string(at)?;
            at = skip_space(self.bytes, end);
            if self.bytes.get(at) != Some(&b':') {
                return Err(JsonError(at));
            }
            at = skip_space(self.bytes, at + 1);
            let (value, end) = self.value(at, depth + 1)?;
            members.push((name, value));
            at = skip_space(self.bytes, end);
            match self.bytes.get(at) {
                Some(b',') => at = skip_space(self.bytes, at + 1),
                Some(b'}') => return Ok((Json::Object(members), at + 1)),
                _ => return Err(JsonError(at)),
            }
        }
    }

    fn array(&self, at: usize, depth: usize) -> Result<(Json, usize), JsonError> {
        let mut items = Vec::new();
        let mut at = skip_space(self.bytes, at + 1);
        if self.bytes.get(at) == Some(&b']') {
            return Ok((Json::Array(items), at + 1));
        }
        loop {
            let (value, end) = self.value(at, depth + 1)?;
            items.push(value);
            at = skip_space(self.bytes, end);
            match self.bytes.get(at) {
                Some(b',') => at = skip_space(self.bytes, at + 1),
                Some(b']') => return Ok((Json::Array(items), at + 1)),
                _ => return Err(JsonError(at)),
            }
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, where a fraction or exponent without digits is left unread.
    fn number(&self, start: usize) -> Result<(Json, usize), JsonError> {
        let digits = |mut at: usize| {
            while at < self.bytes.len() && self.bytes[at].is_ascii_digit() {
                at += 1;
            }
            at
        };
        let mut at = start;
        if self.bytes[at] == b'-' {
            at += 1;
        }
        match self.bytes.get(at) {
            Some(b'0') => at += 1,
            Some(b'1'..=b'9') => at = digits(at),
            _ => return Err(JsonError(start)),
        }
        if self.bytes.get(at) == Some(&b'.')
            && self.bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
        {
            at = digits(at + 1);
        }
        if matches!(self.bytes.get(at), Some(b'e' | b'E')) {
            let mut exponent = at + 1;
            if matches!(self.bytes.get(exponent), Some(b'+' | b'-')) {
                exponent += 1;
            }
            if self.bytes.get(exponent).is_some_and(u8::is_ascii_digit) {
                at = digits(exponent);
            }
        }
        let number: f64 = self.text[start..at].parse().map_err(|_| JsonError(start))?;
        Ok((Json::Number(number), at))
    }

    fn string(&self, start: usize) -> Result<(String, usize), JsonError> {
        let mut out = String::new();
        let mut at = start + 1;
        let mut run = at;
        loop {
            let Some(&byte) = self.bytes.get(at) else {
                return Err(JsonError(start));
            };
            match byte {
                b'"' => {
                    out.push_str(&self.text[run..at]);
                    return Ok((out, at + 1));
                }
                b'\\' => {
                    out.push_str(&self.text[run..at]);
                    at = self.escape(at, &mut out)?;
                    run = at;
                }
                0..=0x1f => return Err(JsonError(at)),
                _ => at += 1,
            }
        }
    }

    /// Read the escape at `at` (a backslash) into `out`; the offset after it.
    fn escape(&self, at: usize, out: &mut String) -> Result<usize, JsonError> {
        let simple = match self.bytes.get(at + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let unit = self.hex4(at + 2)?;
                if (0xd800..0xdc00).contains(&unit)
                    && self.bytes.get(at + 6) == Some(&b'\\')
                    && self.bytes.get(at + 7) == Some(&b'u')
                {
                    let low = self.hex4(at + 8)?;
                    if (0xdc00..0xe000).contains(&low) {
                        let point = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                        out.push(char::from_u32(point).unwrap_or('\u{fffd}'));
                        return Ok(at + 12);
                    }
                }
                out.push(char::from_u32(unit).unwrap_or('\u{fffd}'));
                return Ok(at + 6);
            }
            _ => return Err(JsonError(at)),
        };
        out.push(simple);
        Ok(at + 2)
    }

    fn hex4(&self, at: usize) -> Result<u32, JsonError> {
        let digits = self.bytes.get(at..at + 4).ok_or(JsonError(at))?;
        let mut unit = 0;
        for &digit in digits {
            let value = char::from(digit).to_digit(16).ok_or(JsonError(at))?;
            unit = unit * 16 + value;
        }
        Ok(unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_key_keeps_its_last_value() {
        let document = Json::parse(r#"{"code": "1", "code": "2"}"#).unwrap();
        assert_eq!(document.get("code").and_then(Json::as_str), Some("2"));
    }

    #[test]
    fn what_python_json_refuses_is_refused() {
        for text in [
            "{\"x\":NaN}",
            "{\"x\":-Infinity}",
            "{\"x\":01}",
            "{\"x\":1.}",
            "{\"x\":\"a\nb\"}",
            "{\"x\":1,}",
            "{'x':1}",
            "{\"x\":\"\\x\"}",
        ] {
            assert!(Json::parse(text).is_err(), "{text}");
        }
    }

    #[test]
    fn numbers_are_doubles_and_escapes_are_read() {
        assert_eq!(Json::parse("1e400").unwrap(), Json::Number(f64::INFINITY));
        assert_eq!(Json::parse("-0").unwrap(), Json::Number(-0.0));
        assert_eq!(Json::parse("1E+2").unwrap(), Json::Number(100.0));
        assert_eq!(
            Json::parse(r#""\ud83d\ude80 \u00e9 \ud800""#).unwrap(),
            Json::String("\u{1f680} \u{e9} \u{fffd}".to_owned())
        );
    }

    #[test]
    fn a_prefix_ends_where_its_value_ends() {
        assert_eq!(
            Json::parse_prefix("{} x", 0),
            Ok((Json::Object(Vec::new()), 2))
        );
        assert_eq!(
            Json::Object(vec![("a\"".to_owned(), Json::Number(1.5))]).to_json(),
            r#"{"a\"":1.5}"#
        );
    }

    #[test]
    fn strings_are_written_with_control_characters_escaped_and_the_rest_as_is() {
        assert_eq!(
            Json::String("a b\u{1f}\u{7f}\u{e9}\"\\\n".to_owned()).to_json(),
            "\"a b\\u001f\u{7f}\u{e9}\\\"\\\\\\n\""
        );
    }

    #[test]
    fn a_number_ends_before_an_exponent_without_digits() {
        assert_eq!(Json::parse_prefix("1e", 0), Ok((Json::Number(1.0), 1)));
        assert_eq!(Json::parse_prefix("2E+x", 0), Ok((Json::Number(2.0), 1)));
        assert_eq!(
            Json::parse_prefix("2E+3x", 0),
            Ok((Json::Number(2000.0), 4))
        );
    }

    #[test]
    fn unicode_escapes_take_hex_digits_in_either_case_and_pair_only_surrogates() {
        assert_eq!(
            Json::parse(r#""\u00ff\u00FF\u0041""#).unwrap(),
            Json::String("\u{ff}\u{ff}A".to_owned())
        );
        assert_eq!(
            Json::parse(r#""\ud800\u0041""#).unwrap(),
            Json::String("\u{fffd}A".to_owned())
        );
    }
}
