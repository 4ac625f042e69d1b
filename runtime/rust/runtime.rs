//! From a raw KuCoin response to a classified error: lookup, message matching, response parsing, retry advice.
//!
//! Static source of the kucoin-errors runtime, copied verbatim into the generated crate;
//! `data` (the taxonomy, the codes, their entries and templates) is generated from the catalogue.

use std::collections::HashMap;
use std::sync::OnceLock;
use std::time::Duration;

use crate::data::wire::{
    FALLBACK_RETRY_DELAY_MS, GATEWAY_CODES, MAX_CODE, MAX_JSON_DEPTH, MESSAGE_LIMIT,
    RATE_LIMIT_RESET_HEADER, STATUS_DOMAIN, TEMPLATE_MATCH_LIMIT, WEBSOCKET_DOMAIN,
};
use crate::data::{Category, Domain, RetryAction};
use crate::json::{skip_space, Json};
use crate::matching::{fold, is_white_space, match_template, normalise};
use crate::model::{
    Code, ErrorInfo, KucoinApiError, KucoinErrorInfo, MatchQuality, MessageVariant, RemovedCode,
    RetryAdvice, UnnumberedError,
};

/// The catalogue entry of `code` in `domain`, or `None` when the catalogue does not know it.
#[must_use]
pub fn lookup(domain: Domain, code: u32) -> Option<&'static ErrorInfo> {
    let entries = domain.entries();
    entries.iter().find(|entry| entry.code == code)
}

/// The catalogue entry of a code as it travels in JSON (`"200004"`); only that exact form matches (not `" 200004"`, `"0200004"`).
#[must_use]
pub fn lookup_str(domain: Domain, code: &str) -> Option<&'static ErrorInfo> {
    canonical_code(code).and_then(|code| lookup(domain, code))
}

/// The tombstone of `code` removed from `domain`, or `None` when it was never removed there.
///
/// `lookup` returns `None` for a removed code as for one never known; this tells them apart and names the replacement.
#[must_use]
pub fn removed(domain: Domain, code: u32) -> Option<&'static RemovedCode> {
    domain.removed_codes().iter().find(|dead| dead.code == code)
}

/// The tombstone of a removed code as it travels in JSON (`"200004"`); only that exact form matches.
#[must_use]
pub fn removed_str(domain: Domain, code: &str) -> Option<&'static RemovedCode> {
    canonical_code(code).and_then(|code| removed(domain, code))
}

/// True when `code` means success in `domain`.
#[must_use]
pub fn is_success(domain: Domain, code: &Code) -> bool {
    code_key(code).is_some_and(|key| domain.success_codes().contains(&key))
}

/// The number a canonical decimal text (no sign, no leading zero) stands for.
fn canonical_code(text: &str) -> Option<u32> {
    let canonical = !text.is_empty()
        && text.len() <= 10
        && text.bytes().all(|b| b.is_ascii_digit())
        && !text.starts_with('0');
    canonical.then(|| text.parse().ok()).flatten()
}

/// The number a code is looked up by: the code itself, or the number its text writes canonically.
fn code_key(code: &Code) -> Option<u32> {
    match code {
        Code::Int(code) => Some(*code),
        Code::Raw(text) => canonical_code(text),
    }
}

// Matching: the catalogue's texts and templates, indexed once.

/// What matching a message under one code takes: its entry, exact texts and templates.
struct Matcher {
    entry: &'static ErrorInfo,
    /// Each normalised, folded text of a variant (documented row, message, key, aliases), with the first variant that has it.
    exact: HashMap<String, &'static MessageVariant>,
    /// The variants with placeholders, in catalogue order.
    templates: Vec<&'static MessageVariant>,
}

struct DomainTables {
    matchers: HashMap<u32, Matcher>,
    /// Each normalised, folded text and the lowest code that has it.
    by_message: HashMap<String, u32>,
    /// Every template with its code, lowest code first.
    templates: Vec<(u32, &'static MessageVariant)>,
}

fn matcher(entry: &'static ErrorInfo) -> Matcher {
    let mut exact = HashMap::new();
    for variant in entry.variants {
        let documented = variant.documented_text();
        let texts = [
            Some(documented.as_str()),
            Some(variant.message),
            variant.key,
        ]
        .into_iter()
        .flatten()
        .chain(variant.aliases.iter().copied());
        for text in texts {
            exact.entry(fold(&normalise(text))).or_insert(variant);
        }
    }
    let templates = entry
        .variants
        .iter()
        .filter(|variant| !variant.template.is_empty())
        .collect();
    Matcher {
        entry,
        exact,
        templates,
    }
}

fn domain_tables(domain: Domain) -> DomainTables {
    let mut matchers = HashMap::new();
    let mut by_message: HashMap<String, u32> = HashMap::new();
    for entry in domain.entries() {
        let found = matcher(entry);
        for text in found.exact.keys() {
            let lowest = by_message.entry(text.clone()).or_insert(entry.code);
            *lowest = (*lowest).min(entry.code);
        }
        matchers.insert(entry.code, found);
    }
    let mut codes: Vec<u32> = matchers.keys().copied().collect();
    codes.sort_unstable();
    let templates = codes
        .iter()
        .flat_map(|code| {
            matchers[code]
                .templates
                .iter()
                .map(move |variant| (*code, *variant))
        })
        .collect();
    DomainTables {
        matchers,
        by_message,
        templates,
    }
}

fn tables(domain: Domain) -> &'static DomainTables {
    static TABLES: OnceLock<Vec<DomainTables>> = OnceLock::new();
    let all = TABLES.get_or_init(|| {
        Domain::ALL
            .iter()
            .map(|domain| domain_tables(*domain))
            .collect()
    });
    &all[domain.index()]
}

/// The domain, then the layer its responses come through (the gateway), if any.
fn layers(domain: Domain) -> impl Iterator<Item = Domain> {
    std::iter::once(domain).chain(domain.fallback())
}

fn too_long_for_templates(normalised: &str) -> bool {
    normalised.len() > TEMPLATE_MATCH_LIMIT && normalised.chars().count() > TEMPLATE_MATCH_LIMIT
}

/// The code a message without one names: the lowest whose exact text it is, else whose template it fills; the domain's, then its fallback's.
fn code_named_by(domain: Domain, normalised: &str, folded: &str) -> Option<u32> {
    for layer in layers(domain) {
        let layer_tables = tables(layer);
        let mut code = layer_tables.by_message.get(folded).copied();
        if code.is_none() && !too_long_for_templates(normalised) {
            code = layer_tables
                .templates
                .iter()
                .find(|(_, variant)| match_template(variant.template, normalised).is_some())
                .map(|(code, _)| *code);
        }
        if code.is_some() {
            return code;
        }
    }
    None
}

/// The lowest code whose catalogued text `message` is exactly, in the domain then its fallback.
fn code_of_exact_text(domain: Domain, message: &str) -> Option<u32> {
    if message.is_empty() {
        return None;
    }
    let folded = fold(&normalise(message));
    layers(domain).find_map(|layer| tables(layer).by_message.get(&folded).copied())
}

/// The catalogued code that is not a number, exactly as sent, in the domain or the layer it falls back on.
fn string_code(domain: Domain, code: &str) -> Option<&'static UnnumberedError> {
    layers(domain).find_map(|layer| {
        layer
            .string_codes()
            .iter()
            .find(|item| item.code == Some(code))
    })
}

/// The failure a message under a success code names, compared as exact matches are: in the domain, then its fallback.
fn failure_under_success(domain: Domain, message: &str) -> Option<&'static UnnumberedError> {
    if message.is_empty() {
        return None;
    }
    let folded = fold(&normalise(message));
    layers(domain).find_map(|layer| {
        layer.failures_under_success().iter().find(|item| {
            item.message
                .is_some_and(|text| fold(&normalise(text)) == folded)
        })
    })
}

/// The failure a listed string code or message names, in the domain (or layer) that lists it.
fn unnumbered_info(
    code: Option<Code>,
    message: &str,
    http_status: Option<u16>,
    reset_ms: Option<f64>,
    item: &'static UnnumberedError,
) -> KucoinErrorInfo {
    KucoinErrorInfo {
        domain: item.domain,
        code,
        message: message.to_owned(),
        match_quality: MatchQuality::Unknown,
        http_status,
        entry: None,
        variant: None,
        values: Vec::new(),
        category: Some(item.category),
        retry: Some(item.retry),
        reset_ms,
        removed: None,
        unnumbered: Some(item),
    }
}

type Values = Vec<(&'static str, String)>;

/// How `matcher`'s code matches a message: its exact text, a filled-in template, or only the code.
fn match_message(
    matcher: &Matcher,
    normalised: &str,
    folded: &str,
) -> (MatchQuality, Option<&'static MessageVariant>, Values) {
    if let Some(variant) = matcher.exact.get(folded) {
        return (MatchQuality::Exact, Some(*variant), Vec::new());
    }
    if too_long_for_templates(normalised) {
        return (MatchQuality::CodeOnly, None, Vec::new());
    }
    for variant in &matcher.templates {
        if let Some(found) = match_template(variant.template, normalised) {
            let mut values: Values = Vec::new();
            for (placeholder, value) in variant.placeholders.iter().zip(found) {
                // A name given twice keeps the last value, in the place of the first.
                match values
                    .iter_mut()
                    .find(|(name, _)| *name == placeholder.name)
                {
                    Some(slot) => slot.1 = value,
                    None => values.push((placeholder.name, value)),
                }
            }
            return (MatchQuality::Template, Some(*variant), values);
        }
    }
    (MatchQuality::CodeOnly, None, Vec::new())
}

fn status_advice(http_status: Option<u16>) -> (Option<Category>, Option<RetryAdvice>) {
    let Some(status) = http_status else {
        return (None, None);
    };
    if let Some(entry) =
        Domain::parse(STATUS_DOMAIN).and_then(|domain| lookup(domain, u32::from(status)))
    {
        return (Some(entry.category), Some(entry.retry));
    }
    match status {
        429 => (
            Some(Category::RateLimited),
            Some(RetryAdvice {
                after_header: Some(RATE_LIMIT_RESET_HEADER),
                ..RetryAdvice::of(RetryAction::Wait)
            }),
        ),
        // A timeout: a write may have taken effect.
        408 | 504 => (
            Some(Category::NetworkTimeout),
            Some(RetryAdvice::of(RetryAction::CheckState)),
        ),
        // A server or proxy failed after the request may have reached the service: look a write up first.
        500..=599 => (
            Some(Category::ExchangeUnavailable),
            Some(RetryAdvice::of(RetryAction::CheckState)),
        ),
        _ => (None, None),
    }
}

fn classify_with(
    domain: Domain,
    code: Option<Code>,
    message: &str,
    http_status: Option<u16>,
    reset_ms: Option<f64>,
) -> KucoinErrorInfo {
    let normalised = normalise(message);
    let folded = fold(&normalised);
    // Batch items may carry a message without a code: its text names one.
    let code = code.or_else(|| code_named_by(domain, &normalised, &folded).map(Code::Int));
    let mut found: Vec<&Matcher> = Vec::new();
    if let Some(key) = code.as_ref().and_then(code_key) {
        found = layers(domain)
            .filter_map(|layer| tables(layer).matchers.get(&key))
            .collect();
    }
    if let (true, Some(Code::Int(number))) = (found.is_empty(), &code) {
        // KuCoin documents these in one table, and sends them for every API.
        if let Some((_, name)) = GATEWAY_CODES
            .iter()
            .find(|(gateway_code, _)| gateway_code == number)
        {
            found = Domain::parse(name)
                .and_then(|gateway| tables(gateway).matchers.get(number))
                .into_iter()
                .collect();
        }
    }
    let unknown = |category, retry| KucoinErrorInfo {
        domain,
        code: code.clone(),
        message: message.to_owned(),
        match_quality: MatchQuality::Unknown,
        http_status,
        entry: None,
        variant: None,
        values: Vec::new(),
        category,
        retry,
        reset_ms,
        removed: code
            .as_ref()
            .and_then(code_key)
            .and_then(|key| layers(domain).find_map(|layer| removed(layer, key))),
        unnumbered: None,
    };
    if let (true, Some(Code::Raw(raw))) = (found.is_empty(), &code) {
        // A code that is not a number, which the catalogue lists: before the HTTP status.
        if let Some(item) = string_code(domain, raw) {
            return unnumbered_info(code.clone(), message, http_status, reset_ms, item);
        }
    }
    let Some(first) = found.first() else {
        let (category, retry) = status_advice(http_status);
        return unknown(category, retry);
    };
    // The domain's entry, then its fallback's; where both define the code, the one whose message matches decides.
    let mut matcher = *first;
    let (mut quality, mut variant, mut values) = match_message(matcher, &normalised, &folded);
    for other in &found[1..] {
        if quality != MatchQuality::CodeOnly {
            break;
        }
        let (other_quality, other_variant, other_values) =
            match_message(other, &normalised, &folded);
        if other_quality != MatchQuality::CodeOnly {
            (matcher, quality, variant, values) =
                (other, other_quality, other_variant, other_values);
        }
    }
    let entry = matcher.entry;
    KucoinErrorInfo {
        domain: entry.domain,
        code: Some(Code::Int(entry.code)),
        message: message.to_owned(),
        match_quality: quality,
        http_status,
        entry: Some(entry),
        variant,
        values,
        category: Some(variant.and_then(|v| v.category).unwrap_or(entry.category)),
        retry: Some(variant.and_then(|v| v.retry).unwrap_or(entry.retry)),
        reset_ms,
        removed: None,
        unnumbered: None,
    }
}

/// Match a code and message against the catalogue: the entry, the variant and its placeholder values.
///
/// Both compare normalised texts: runs of white space count as one space, and white space
/// at either end, trailing full stops and the case of ASCII letters do not count. An exact
/// match compares the whole text; a template match fills the variant's placeholders.
#[must_use]
pub fn classify(domain: Domain, code: Option<Code>, message: &str) -> KucoinErrorInfo {
    classify_with(domain, code, message, None, None)
}

// Responses: from a raw KuCoin response to a classified error.

/// A response body: its bytes, its text, JSON already decoded, or none.
#[derive(Clone, Copy, Debug)]
pub enum Body<'a> {
    /// No body.
    None,
    /// The body as text.
    Text(&'a str),
    /// The body as bytes (UTF-8; invalid sequences read as U+FFFD).
    Bytes(&'a [u8]),
    /// The body already decoded.
    Json(&'a Json),
}

/// A header's value.
#[derive(Clone, Copy, Debug)]
pub enum HeaderValue<'a> {
    /// Text.
    Text(&'a str),
    /// Bytes, read as Latin-1.
    Bytes(&'a [u8]),
    /// Several values: the first counts.
    List(&'a [HeaderValue<'a>]),
    /// No value.
    Null,
    /// A value of another type: no milliseconds.
    Other,
}

/// Response headers, names compared ignoring ASCII case.
#[derive(Clone, Copy, Debug)]
pub enum Headers<'a> {
    /// A map, one value per name: the name in lower case first, else the first name equal to it ignoring case.
    Map(&'a [(&'a str, HeaderValue<'a>)]),
    /// (name, value) pairs in order: the first name equal to it ignoring case.
    Pairs(&'a [(&'a str, HeaderValue<'a>)]),
}

impl<'a> From<&'a str> for HeaderValue<'a> {
    fn from(text: &'a str) -> Self {
        Self::Text(text)
    }
}

/// The value of the header `name` (in lower case); `None` when absent.
fn header<'a>(headers: &Headers<'a>, name: &str) -> Option<HeaderValue<'a>> {
    let pairs = match headers {
        Headers::Map(pairs) => {
            if let Some((_, value)) = pairs
                .iter()
                .find(|(key, value)| *key == name && !matches!(value, HeaderValue::Null))
            {
                return Some(*value);
            }
            pairs
        }
        Headers::Pairs(pairs) => pairs,
    };
    pairs
        .iter()
        .find(|(key, _)| fold(key) == name)
        .map(|(_, value)| *value)
}

fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&byte| char::from(byte)).collect()
}

/// The header `name` as milliseconds: plain decimal digits with optional spaces or tabs around (the first value of a list).
fn header_ms(headers: &Headers<'_>, name: &str) -> Option<f64> {
    let mut value = header(headers, name)?;
    if let HeaderValue::List(values) = value {
        value = *values.first()?;
    }
    let text = match value {
        HeaderValue::Text(text) => text.to_owned(),
        HeaderValue::Bytes(bytes) => latin1(bytes),
        _ => return None,
    };
    let digits = text.trim_matches([' ', '\t']);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let milliseconds: f64 = digits.parse().ok()?;
    milliseconds.is_finite().then_some(milliseconds)
}

/// `number` as JavaScript's `String()` writes it ("200004.5", "1e+21", "Infinity"), so every binding keeps an odd code alike.
fn number_text(number: f64) -> String {
    if number.is_nan() {
        return "NaN".to_owned();
    }
    if number.is_infinite() {
        return if number > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_owned();
    }
    if number == 0.0 {
        return "0".to_owned();
    }
    // The shortest digits that read back as the number; value = 0.digits * 10^point.
    let shortest = format!("{:e}", number.abs());
    let (mantissa, exponent) = shortest.split_once('e').unwrap_or((&shortest, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let point = exponent.parse::<i64>().unwrap_or(0) + 1;
    let count = i64::try_from(digits.len()).unwrap_or(i64::MAX);
    let sign = if number < 0.0 { "-" } else { "" };
    let zeros = |n: i64| "0".repeat(usize::try_from(n).unwrap_or(0));
    if count <= point && point <= 21 {
        return format!("{sign}{digits}{}", zeros(point - count));
    }
    if 0 < point && point <= 21 {
        let (whole, fraction) = digits.split_at(usize::try_from(point).unwrap_or(0));
        return format!("{sign}{whole}.{fraction}");
    }
    if -6 < point && point <= 0 {
        return format!("{sign}0.{}{digits}", zeros(-point));
    }
    let fraction = if digits.len() > 1 {
        format!(".{}", &digits[1..])
    } else {
        String::new()
    };
    let exponent_sign = if point > 0 { '+' } else { '-' };
    format!(
        "{sign}{}{fraction}e{exponent_sign}{}",
        &digits[..1],
        (point - 1).abs()
    )
}

/// The code as KuCoin sent it: a whole number in 1..=2^31-1, else the raw text, `None` when absent.
fn wire_code(raw: Option<&Json>) -> Option<Code> {
    match raw? {
        Json::String(text) => match canonical_code(text) {
            Some(code) if code <= MAX_CODE => Some(Code::Int(code)),
            _ if text.is_empty() => None,
            _ => Some(Code::Raw(text.clone())),
        },
        Json::Number(number) => {
            let number = *number;
            if number.fract() == 0.0 && number > 0.0 && number <= f64::from(MAX_CODE) {
                // In range and whole, so the conversion is exact.
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                Some(Code::Int(number as u32))
            } else {
                Some(Code::Raw(number_text(number)))
            }
        }
        _ => None,
    }
}

/// True when the JSON in `text` nests deeper than MAX_JSON_DEPTH; linear, and free for text with few brackets.
fn nests_too_deep(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.iter().filter(|&&b| b == b'{' || b == b'[').count() <= MAX_JSON_DEPTH {
        return false;
    }
    let mut depth: isize = 0;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'"' => {
                // A string of JSON (a backslash escapes the next character); a quote that is never closed is skipped.
                let mut end = at + 1;
                let mut closed = false;
                while end < bytes.len() {
                    match bytes[end] {
                        b'\\' if end + 1 < bytes.len() => end += 2,
                        b'\\' => break,
                        b'"' => {
                            closed = true;
                            break;
                        }
                        _ => end += 1,
                    }
                }
                at = if closed { end + 1 } else { at + 1 };
                continue;
            }
            b'{' | b'[' => {
                depth += 1;
                if depth.unsigned_abs() > MAX_JSON_DEPTH && depth > 0 {
                    return true;
                }
            }
            b'}' | b']' => depth -= 1,
            _ => {}
        }
        at += 1;
    }
    false
}

/// The JSON object of a body and its text; never fails.
///
/// A byte order mark before the text is dropped, as fetch's `text()` does.
fn decode(body: Body<'_>) -> (Option<std::borrow::Cow<'_, Json>>, String) {
    let text = match body {
        Body::None => return (None, String::new()),
        Body::Json(value) => {
            return (
                matches!(value, Json::Object(_)).then_some(std::borrow::Cow::Borrowed(value)),
                String::new(),
            )
        }
        Body::Text(text) => text.to_owned(),
        Body::Bytes(bytes) => String::from_utf8_lossy(bytes).into_owned(),
    };
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    let start = skip_space(text.as_bytes(), 0);
    if text.as_bytes().get(start) != Some(&b'{') || nests_too_deep(&text) {
        return (None, text);
    }
    match Json::parse_prefix(&text, start) {
        Ok((document, end)) if skip_space(text.as_bytes(), end) == text.len() => {
            (Some(std::borrow::Cow::Owned(document)), text)
        }
        _ => (None, text),
    }
}

fn text_of(value: Option<&Json>) -> &str {
    value.and_then(Json::as_str).unwrap_or("")
}

fn message_of(document: &Json, first: &str, second: &str) -> String {
    let message = text_of(document.get(first));
    if message.is_empty() {
        text_of(document.get(second))
    } else {
        message
    }
    .to_owned()
}

/// Cloudflare's 1015 page: `\b1015\b` and `rate[\s\S]?limit` (ASCII, ignoring case), in either order.
fn is_cloudflare_rate_limit(text: &str) -> bool {
    let bytes = text.as_bytes();
    let word = |at: usize| {
        bytes
            .get(at)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
    };
    let names_1015 = text
        .match_indices("1015")
        .any(|(at, _)| (at == 0 || !word(at - 1)) && !word(at + 4));
    if !names_1015 {
        return false;
    }
    let limit_at = |at: usize| {
        bytes
            .get(at..at + 5)
            .is_some_and(|found| found.eq_ignore_ascii_case(b"limit"))
    };
    (0..bytes.len().saturating_sub(3)).any(|at| {
        if !bytes[at..at + 4].eq_ignore_ascii_case(b"rate") {
            return false;
        }
        let after = at + 4;
        limit_at(after)
            || text
                .get(after..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(|c| limit_at(after + c.len_utf8()))
    })
}

/// `None` when a KuCoin response is a success, else the classified error; never fails on wire data.
///
/// KuCoin sends error codes with any HTTP status, so the body decides; the status only fills
/// in when the body carries no code (an empty, truncated or HTML body). The rate-limit reset
/// header, found in `headers` ignoring case, is kept for `retry_after`.
#[must_use]
pub fn parse_response(
    domain: Domain,
    status: u16,
    body: Body<'_>,
    headers: Option<&Headers<'_>>,
) -> Option<KucoinErrorInfo> {
    let (document, text) = decode(body);
    let (code, message) = if let Some(document) = document {
        let mut code = wire_code(document.get("code"));
        if document.get("success") == Some(&Json::Bool(true))
            || code.as_ref().is_some_and(|code| is_success(domain, code))
        {
            // A failure can come under the success code ("Position does not exist"): its exact text names it,
            // a catalogued entry's text first, then a message the domain lists as a failure under success.
            let message = message_of(&document, "msg", "message");
            let wire = code;
            code = code_of_exact_text(domain, &message).map(Code::Int);
            if code.is_none() {
                let failure = failure_under_success(domain, &message)?;
                let reset_ms =
                    headers.and_then(|headers| header_ms(headers, RATE_LIMIT_RESET_HEADER));
                return Some(unnumbered_info(
                    wire,
                    &message,
                    Some(status),
                    reset_ms,
                    failure,
                ));
            }
        }
        if code.is_none() && (200..=299).contains(&status) && document.has("data") {
            return None;
        }
        (code, message_of(&document, "msg", "message"))
    } else {
        let code = is_cloudflare_rate_limit(&text).then_some(Code::Int(1015));
        (
            code,
            text.trim_matches(is_white_space)
                .chars()
                .take(MESSAGE_LIMIT)
                .collect(),
        )
    };
    let reset_ms = headers.and_then(|headers| header_ms(headers, RATE_LIMIT_RESET_HEADER));
    Some(classify_with(
        domain,
        code,
        &message,
        Some(status),
        reset_ms,
    ))
}

/// `None` unless a websocket frame is an error, else the error classified in the websocket domain; never fails on wire data.
///
/// An error frame is `{"type": "error", "code": 509, "data": "exceed max permits per second"}`:
/// the message is in `data`. `None` also when the catalogue has no websocket domain.
#[must_use]
pub fn parse_ws_message(frame: Body<'_>) -> Option<KucoinErrorInfo> {
    let websocket = Domain::parse(WEBSOCKET_DOMAIN)?;
    let (document, _) = decode(frame);
    let document = document?;
    if document.get("type").and_then(Json::as_str) != Some("error") {
        return None;
    }
    let code = wire_code(document.get("code"));
    Some(classify_with(
        websocket,
        code,
        &message_of(&document, "data", "msg"),
        None,
        None,
    ))
}

/// Seconds to wait before retrying, or `None` when retrying will not help.
///
/// `None` also for `check_state` (look the write up before sending it again) and once
/// `attempts` (how many times the request was sent) reaches the advice's `max_attempts`:
/// then follow `retry.then`. In order: the header the advice names (`after_header`, in
/// milliseconds), read from `headers` or, when they are `None`, from the response; the
/// catalogue's block time (`after_ms`); the category's default delay.
#[must_use]
pub fn retry_after_secs(
    info: &KucoinErrorInfo,
    headers: Option<&Headers<'_>>,
    attempts: u32,
) -> Option<f64> {
    let advice = info.retry?;
    if !advice.retryable() || advice.max_attempts.is_some_and(|most| attempts >= most) {
        return None;
    }
    if let Some(name) = advice.after_header {
        let header_ms = match headers {
            Some(headers) => header_ms(headers, name),
            None if name == RATE_LIMIT_RESET_HEADER => info.reset_ms,
            None => None,
        };
        if let Some(milliseconds) = header_ms {
            return Some(milliseconds / 1000.0);
        }
    }
    #[allow(clippy::cast_precision_loss)] // delays are far below 2^52 ms
    let milliseconds = advice
        .after_ms
        .or_else(|| info.category.and_then(Category::retry_delay_ms))
        .unwrap_or(FALLBACK_RETRY_DELAY_MS) as f64;
    Some(milliseconds / 1000.0)
}

/// `retry_after_secs` as a `Duration` (`None` also when the header's wait does not fit one).
#[must_use]
pub fn retry_after(
    info: &KucoinErrorInfo,
    headers: Option<&Headers<'_>>,
    attempts: u32,
) -> Option<Duration> {
    retry_after_secs(info, headers, attempts)
        .and_then(|seconds| Duration::try_from_secs_f64(seconds).ok())
}

/// The failed items of a batch response (`"200000"` outside, failures inside `data`), by index.
#[must_use]
pub fn batch_failures(domain: Domain, body: Body<'_>) -> Vec<(usize, KucoinErrorInfo)> {
    let (document, _) = decode(body);
    let mut data = document
        .as_deref()
        .and_then(|document| document.get("data"));
    if let Some(wrapper @ Json::Object(_)) = data {
        data = wrapper.get("data");
        if !matches!(data, Some(Json::Array(_))) {
            data = wrapper.get("items");
        }
    }
    let Some(Json::Array(items)) = data else {
        return Vec::new();
    };
    let mut failures = Vec::new();
    for (index, item) in items.iter().enumerate() {
        if !matches!(item, Json::Object(_)) {
            continue;
        }
        let code = wire_code(item.get("code"));
        let failed = item.get("success") == Some(&Json::Bool(false))
            || item.get("status").and_then(Json::as_str) == Some("fail")
            || code.as_ref().is_some_and(|code| !is_success(domain, code));
        if failed {
            failures.push((
                index,
                classify_with(
                    domain,
                    code,
                    &message_of(item, "failMsg", "msg"),
                    None,
                    None,
                ),
            ));
        }
    }
    failures
}

/// `Err` with the classified error when the response is a failure.
///
/// # Errors
/// The `KucoinApiError` of a failed response; its `category()` says what kind of failure.
pub fn check_response(
    domain: Domain,
    status: u16,
    body: Body<'_>,
    headers: Option<&Headers<'_>>,
) -> Result<(), KucoinApiError> {
    match parse_response(domain, status, body, headers) {
        None => Ok(()),
        Some(info) => Err(KucoinApiError {
            info: Box::new(info),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_numbers_read_as_javascript_writes_them() {
        let cases = [
            (200_004.5, "200004.5"),
            (1e21, "1e+21"),
            (1.234_567_890_123_456_8e24, "1.2345678901234568e+24"),
            (1e-7, "1e-7"),
            (0.000_001, "0.000001"),
            (2_147_483_648.0, "2147483648"),
            (-3.0, "-3"),
            (f64::NEG_INFINITY, "-Infinity"),
            (f64::INFINITY, "Infinity"),
            (f64::NAN, "NaN"),
            (1.5, "1.5"),
        ];
        for (number, text) in cases {
            assert_eq!(number_text(number), text);
        }
    }

    #[test]
    fn wire_codes_are_whole_numbers_in_range_else_raw() {
        let code = |text: &str| wire_code(Json::parse(text).ok().as_ref());
        assert_eq!(code("\"200004\""), Some(Code::Int(200_004)));
        assert_eq!(code("200004.0"), Some(Code::Int(200_004)));
        assert_eq!(code("2147483647"), Some(Code::Int(2_147_483_647)));
        assert_eq!(code("2147483648"), Some(Code::Raw("2147483648".to_owned())));
        assert_eq!(code("\"0200004\""), Some(Code::Raw("0200004".to_owned())));
        assert_eq!(
            code("\"2147483648\""),
            Some(Code::Raw("2147483648".to_owned()))
        );
        assert_eq!(code("-0"), Some(Code::Raw("0".to_owned())));
        assert_eq!(code("\"\""), None);
        assert_eq!(code("true"), None);
    }

    #[test]
    fn nesting_is_counted_outside_strings() {
        let deep = "[".repeat(MAX_JSON_DEPTH + 1);
        assert!(nests_too_deep(&deep));
        assert!(!nests_too_deep(&format!("\"{deep}\"")));
        assert!(!nests_too_deep(&"[]".repeat(MAX_JSON_DEPTH + 1)));
    }

    #[test]
    fn reset_headers_are_plain_digits() {
        let read = |value: &str| {
            header_ms(
                &Headers::Pairs(&[("GW-RateLimit-Reset", HeaderValue::Text(value))]),
                RATE_LIMIT_RESET_HEADER,
            )
        };
        assert_eq!(read(" 1500\t"), Some(1500.0));
        for refused in [
            "1.5",
            "-5",
            "0x10",
            "1_500",
            "\u{661}",
            "",
            &"9".repeat(400),
        ] {
            assert_eq!(read(refused), None, "{refused}");
        }
        let map = [
            ("GW-RATELIMIT-RESET", HeaderValue::Text("1")),
            (RATE_LIMIT_RESET_HEADER, HeaderValue::Text("2")),
        ];
        assert_eq!(
            header_ms(&Headers::Map(&map), RATE_LIMIT_RESET_HEADER),
            Some(2.0)
        );
        assert_eq!(
            header_ms(&Headers::Pairs(&map), RATE_LIMIT_RESET_HEADER),
            Some(1.0)
        );
    }

    #[test]
    fn cloudflare_pages_name_1015_and_rate_limiting() {
        assert!(is_cloudflare_rate_limit(
            "error code: 1015 You are being rate\u{1f600}limited"
        ));
        assert!(is_cloudflare_rate_limit("RATE-LIMIT then 1015"));
        assert!(!is_cloudflare_rate_limit("error 10155 rate limited"));
        assert!(!is_cloudflare_rate_limit("error 1015 rate  limited"));
    }

    #[test]
    fn a_body_is_json_only_when_an_object_is_all_of_it() {
        assert!(decode(Body::Text("\u{feff} {\"a\":1} \n")).0.is_some());
        assert!(decode(Body::Text("{\"a\":1} x")).0.is_none());
        assert!(decode(Body::Text("[1]")).0.is_none());
        assert_eq!(
            decode(Body::Bytes(b"{\"a\":\"\xff\"}"))
                .0
                .as_deref()
                .and_then(|d| d.get("a"))
                .and_then(Json::as_str),
            Some("\u{fffd}")
        );
    }

    #[test]
    fn templates_are_tried_on_messages_of_up_to_a_thousand_characters_not_bytes() {
        assert!(!too_long_for_templates(
            &"\u{e9}".repeat(TEMPLATE_MATCH_LIMIT)
        ));
        assert!(too_long_for_templates(
            &"\u{e9}".repeat(TEMPLATE_MATCH_LIMIT + 1)
        ));
        assert!(!too_long_for_templates(&"e".repeat(TEMPLATE_MATCH_LIMIT)));
        assert!(too_long_for_templates(
            &"e".repeat(TEMPLATE_MATCH_LIMIT + 1)
        ));
    }

    #[test]
    fn a_cloudflare_page_may_start_with_1015() {
        assert!(is_cloudflare_rate_limit("1015: rate limited"));
        assert!(is_cloudflare_rate_limit("1015 RateLimit"));
        assert!(!is_cloudflare_rate_limit("x1015 rate limited"));
    }
}
