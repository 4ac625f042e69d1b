//! Run response cases through the generated Rust crate; print the outcomes as JSON.
//! Usage: rust_responses < cases.json (the case and outcome shapes of tests/test_responses.py).
//! Body kinds "bytes", "arraybuffer" and "view" are bytes (base64); "json" is the decoded body.
//! Headers: an object is a map, an array is (name, value) pairs (malformed pairs left out), any
//! other non-null value is headers without a usable entry.

use std::io::{Read, Write};

use kucoin_errors::json::write_string;
use kucoin_errors::{
    batch_failures, check_response, classify, parse_response, retry_after_secs, Body, Code, Domain,
    HeaderValue, Headers, Json, KucoinErrorInfo,
};

fn base64(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0);
    for byte in text.bytes() {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => continue,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    out
}

enum OwnedBody {
    None,
    Text(String),
    Bytes(Vec<u8>),
    Json(Json),
}

fn body_of(body: &Json) -> OwnedBody {
    let value = body.get("value");
    match body.get("kind").and_then(Json::as_str) {
        Some("text") => OwnedBody::Text(value.and_then(Json::as_str).unwrap_or("").to_owned()),
        Some("bytes" | "arraybuffer" | "view") => {
            OwnedBody::Bytes(base64(value.and_then(Json::as_str).unwrap_or("")))
        }
        Some("json") => OwnedBody::Json(value.cloned().unwrap_or(Json::Null)),
        _ => OwnedBody::None,
    }
}

fn borrow(body: &OwnedBody) -> Body<'_> {
    match body {
        OwnedBody::None => Body::None,
        OwnedBody::Text(text) => Body::Text(text),
        OwnedBody::Bytes(bytes) => Body::Bytes(bytes),
        OwnedBody::Json(value) => Body::Json(value),
    }
}

/// The headers of a case: a map or pairs; `usable` false for a value that is neither.
struct OwnedHeaders {
    map: bool,
    pairs: Vec<(String, Json)>,
    usable: bool,
}

fn headers_of(value: Option<&Json>) -> Option<OwnedHeaders> {
    match value? {
        Json::Null => None,
        Json::Object(members) => Some(OwnedHeaders {
            map: true,
            pairs: members.clone(),
            usable: true,
        }),
        Json::Array(items) => {
            let pairs = items
                .iter()
                .filter_map(|item| match item {
                    Json::Array(pair) if pair.len() == 2 => pair[0]
                        .as_str()
                        .map(|name| (name.to_owned(), pair[1].clone())),
                    _ => None,
                })
                .collect();
            Some(OwnedHeaders {
                map: false,
                pairs,
                usable: true,
            })
        }
        _ => Some(OwnedHeaders {
            map: false,
            pairs: Vec::new(),
            usable: false,
        }),
    }
}

fn header_value<'a>(
    value: &'a Json,
    as_bytes: bool,
    lists: &'a [Vec<HeaderValue<'a>>],
    list: &mut usize,
) -> HeaderValue<'a> {
    match value {
        Json::String(text) if as_bytes => HeaderValue::Bytes(text.as_bytes()),
        Json::String(text) => HeaderValue::Text(text),
        Json::Null => HeaderValue::Null,
        Json::Array(_) => {
            *list += 1;
            HeaderValue::List(&lists[*list - 1])
        }
        _ => HeaderValue::Other,
    }
}

fn list_items(value: &Json) -> Vec<HeaderValue<'_>> {
    match value {
        Json::Array(items) => items
            .iter()
            .map(|item| match item {
                Json::String(text) => HeaderValue::Text(text),
                Json::Null => HeaderValue::Null,
                _ => HeaderValue::Other,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Calls `f` with the case's headers as the binding takes them (None when absent).
fn with_headers<T>(
    owned: Option<&OwnedHeaders>,
    bytes: bool,
    f: impl FnOnce(Option<&Headers<'_>>) -> T,
) -> T {
    let Some(owned) = owned else {
        return f(None);
    };
    let lists: Vec<Vec<HeaderValue<'_>>> = owned
        .pairs
        .iter()
        .filter(|(_, value)| matches!(value, Json::Array(_)))
        .map(|(_, value)| list_items(value))
        .collect();
    let mut list = 0;
    let pairs: Vec<(&str, HeaderValue<'_>)> = if owned.usable {
        owned
            .pairs
            .iter()
            .map(|(name, value)| (name.as_str(), header_value(value, bytes, &lists, &mut list)))
            .collect()
    } else {
        Vec::new()
    };
    let headers = if owned.map {
        Headers::Map(&pairs)
    } else {
        Headers::Pairs(&pairs)
    };
    f(Some(&headers))
}

fn code_json(code: Option<&Code>) -> String {
    match code {
        None => "null".to_owned(),
        Some(Code::Int(code)) => code.to_string(),
        Some(Code::Raw(text)) => Json::String(text.clone()).to_json(),
    }
}

fn optional_str(text: Option<&str>) -> String {
    text.map_or_else(
        || "null".to_owned(),
        |text| Json::String(text.to_owned()).to_json(),
    )
}

fn optional_number(number: Option<f64>) -> String {
    number.map_or_else(|| "null".to_owned(), |number| format!("{number:?}"))
}

fn outcome(info: Option<&KucoinErrorInfo>, retry_headers: Option<Option<&Headers<'_>>>) -> String {
    let Some(info) = info else {
        return r#"{"ok":true}"#.to_owned();
    };
    // retry_headers: Some(headers) when the case gives them (even null), None to read the response's.
    let headers = retry_headers.flatten();
    let delay =
        |attempts| retry_after_secs(info, headers, attempts).map(|seconds| seconds * 1000.0);
    let mut retry = "null".to_owned();
    let mut bounded = String::new();
    if let Some(advice) = info.retry {
        retry = format!(
            r#"{{"action":{},"after_ms":{},"after_header":{}"#,
            optional_str(Some(advice.action.as_str())),
            advice
                .after_ms
                .map_or_else(|| "null".to_owned(), |ms| ms.to_string()),
            optional_str(advice.after_header)
        );
        if let Some(most) = advice.max_attempts {
            retry.push_str(&format!(
                r#","max_attempts":{most},"then":{}"#,
                optional_str(advice.then.map(|then| then.as_str()))
            ));
            let by_attempts: Vec<String> = [1, 2, 3, 10]
                .iter()
                .map(|attempts| optional_number(delay(*attempts)))
                .collect();
            bounded = format!(
                r#","retry_after_ms_by_attempts":[{}]"#,
                by_attempts.join(",")
            );
        }
        retry.push('}');
    }
    let mut values = String::from("{");
    for (index, (name, value)) in info.values.iter().enumerate() {
        if index > 0 {
            values.push(',');
        }
        write_string(name, &mut values);
        values.push(':');
        write_string(value, &mut values);
    }
    values.push('}');
    format!(
        r#"{{"ok":false,"domain":{},"code":{},"message":{},"http_status":{},"match":{},"entry":{},"variant":{},{}"values":{},"category":{},"retry":{},"retry_after_ms":{}{}}}"#,
        optional_str(Some(info.domain.as_str())),
        code_json(info.code.as_ref()),
        Json::String(info.message.clone()).to_json(),
        info.http_status
            .map_or_else(|| "null".to_owned(), |status| status.to_string()),
        optional_str(Some(info.match_quality.as_str())),
        info.entry.map_or_else(
            || "null".to_owned(),
            |entry| format!(
                "[{},{}]",
                optional_str(Some(entry.domain.as_str())),
                entry.code
            )
        ),
        optional_str(info.variant.map(|variant| variant.id)),
        info.unnumbered.map_or_else(String::new, |item| format!(
            r#""unnumbered":[{},{}],"#,
            optional_str(Some(item.domain.as_str())),
            optional_str(Some(item.name))
        )),
        values,
        optional_str(info.category.map(|category| category.as_str())),
        retry,
        optional_number(delay(1)),
        bounded
    )
}

fn code_of(value: &Json) -> Option<Code> {
    match value {
        Json::String(text) => Some(Code::Raw(text.clone())),
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        Json::Number(number) => Some(Code::Int(*number as u32)),
        _ => None,
    }
}

fn decide(case: &Json) -> String {
    let retry_case = case.get("retry_headers");
    let retry_owned = retry_case.and_then(|value| headers_of(Some(value)));
    let domain = |value: Option<&Json>| {
        Domain::parse(value.and_then(Json::as_str).unwrap_or(""))
            .expect("a domain of the catalogue")
    };
    with_headers(retry_owned.as_ref(), false, |retry_headers| {
        let retry_arg = retry_case.map(|_| retry_headers);
        if let Some(Json::Array(arguments)) = case.get("classify") {
            let info = classify(
                domain(arguments.first()),
                arguments.get(1).and_then(code_of),
                arguments.get(2).and_then(Json::as_str).unwrap_or(""),
            );
            return outcome(Some(&info), retry_arg);
        }
        let body = body_of(case.get("body").unwrap_or(&Json::Null));
        if case.has("batch") {
            let failures: Vec<String> = batch_failures(domain(case.get("domain")), borrow(&body))
                .iter()
                .map(|(index, info)| format!("[{index},{}]", outcome(Some(info), retry_arg)))
                .collect();
            return format!("[{}]", failures.join(","));
        }
        let status = case
            .get("status")
            .and_then(|status| {
                if let Json::Number(n) = status {
                    Some(*n as u16)
                } else {
                    None
                }
            })
            .unwrap_or(0);
        let bytes = case.get("header_kind").and_then(Json::as_str) == Some("bytes");
        let owned = headers_of(case.get("headers"));
        with_headers(owned.as_ref(), bytes, |headers| {
            if case.get("throw") == Some(&Json::Bool(true)) {
                return match check_response(
                    domain(case.get("domain")),
                    status,
                    borrow(&body),
                    headers,
                ) {
                    Ok(()) => r#"{"thrown":false}"#.to_owned(),
                    Err(error) => format!(
                        r#"{{"thrown":true,"text":{},"outcome":{}}}"#,
                        Json::String(error.to_string()).to_json(),
                        outcome(Some(&error.info), None)
                    ),
                };
            }
            let info = parse_response(domain(case.get("domain")), status, borrow(&body), headers);
            outcome(info.as_ref(), retry_arg)
        })
    })
}

fn main() {
    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .expect("cases on stdin");
    let Json::Array(cases) = Json::parse(&input).expect("cases as JSON") else {
        panic!("cases as a JSON array");
    };
    let outcomes: Vec<String> = cases.iter().map(decide).collect();
    let mut out = std::io::stdout().lock();
    out.write_all(format!("[{}]", outcomes.join(",")).as_bytes())
        .expect("stdout");
}
