//! Dump the generated Rust crate as catalogue data (JSON on stdout).
//!
//! Built as a program depending on the crate alone; the output has the shape of
//! codegen.serialize, so the tests can rebuild the model from it.

use kucoin_errors::json::write_string;
use kucoin_errors::{
    lookup, lookup_str, removed, removed_str, wire, Category, Domain, ErrorInfo, MessageVariant,
    RemovedCode, RetryAction, RetryAdvice, UnnumberedError, CATALOG_HASH,
};

fn string(text: &str) -> String {
    let mut out = String::new();
    write_string(text, &mut out);
    out
}

/// `"name": value` members, written in order.
struct Object(Vec<String>);

impl Object {
    fn new() -> Self {
        Self(Vec::new())
    }

    fn raw(&mut self, name: &str, value: String) {
        self.0.push(format!("{}:{value}", string(name)));
    }

    fn text(&mut self, name: &str, value: Option<&str>) {
        if let Some(value) = value {
            self.raw(name, string(value));
        }
    }

    fn finish(self) -> String {
        format!("{{{}}}", self.0.join(","))
    }
}

fn retry(advice: &RetryAdvice, into: &mut Object) {
    into.text("retry", Some(advice.action.as_str()));
    if let Some(ms) = advice.after_ms {
        into.raw("retry_after_ms", ms.to_string());
    }
    into.text("retry_after_header", advice.after_header);
    if let Some(most) = advice.max_attempts {
        into.raw("retry_max_attempts", most.to_string());
    }
    into.text("retry_then", advice.then.map(RetryAction::as_str));
}

fn variant(v: &MessageVariant) -> String {
    let mut out = Object::new();
    out.text("id", Some(v.id));
    out.text("key", v.key);
    out.text("message", Some(v.message));
    out.text("detail", v.detail);
    out.text("detail_separator", v.detail_separator);
    if !v.aliases.is_empty() {
        out.raw(
            "aliases",
            format!(
                "[{}]",
                v.aliases
                    .iter()
                    .map(|alias| string(alias))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
        );
    }
    out.text("table", v.table);
    if !v.placeholders.is_empty() {
        let placeholders: Vec<String> = v
            .placeholders
            .iter()
            .map(|p| {
                let mut placeholder = Object::new();
                placeholder.text("token", Some(p.token));
                placeholder.text("name", Some(p.name));
                placeholder.text("kind", p.kind.map(|kind| kind.as_str()));
                placeholder.finish()
            })
            .collect();
        out.raw("placeholders", format!("[{}]", placeholders.join(",")));
    }
    out.text("category", v.category.map(Category::as_str));
    if let Some(advice) = &v.retry {
        retry(advice, &mut out);
    }
    out.text("note", v.note);
    out.text("review", v.review);
    out.text("undocumented", v.undocumented);
    if !v.pages.is_empty() {
        out.raw(
            "pages",
            format!(
                "[{}]",
                v.pages
                    .iter()
                    .map(|page| string(page))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
        );
    }
    out.finish()
}

fn entry(info: &'static ErrorInfo, domain: Domain) -> String {
    assert_eq!(info.domain, domain);
    assert!(std::ptr::eq(
        lookup(domain, info.code).expect("every entry is found by its code"),
        info
    ));
    assert!(std::ptr::eq(
        lookup_str(domain, &info.code.to_string()).expect("and by its wire text"),
        info
    ));
    let mut out = Object::new();
    out.raw("code", info.code.to_string());
    out.text("name", Some(info.name));
    out.text("scope", info.scope.map(|scope| scope.as_str()));
    out.text("category", Some(info.category.as_str()));
    retry(&info.retry, &mut out);
    if let Some(status) = info.http_status {
        out.raw("http_status", status.to_string());
    }
    out.text("note", info.note);
    out.text("review", info.review);
    if let Some(reason) = info.deprecated {
        let mut deprecated = Object::new();
        deprecated.text("reason", Some(reason));
        deprecated.text("replaced_by", info.replaced_by);
        out.raw("deprecated", deprecated.finish());
    }
    out.text("undocumented", info.undocumented);
    out.raw(
        "variants",
        format!(
            "[{}]",
            info.variants
                .iter()
                .map(variant)
                .collect::<Vec<_>>()
                .join(",")
        ),
    );
    out.finish()
}

fn unnumbered(items: &'static [UnnumberedError], domain: Domain) -> String {
    let dumped: Vec<String> = items
        .iter()
        .map(|item| {
            assert_eq!(item.domain, domain);
            assert_eq!(item.retry, RetryAdvice::of(item.retry.action));
            let mut out = Object::new();
            out.text("code", item.code);
            out.text("message", item.message);
            out.text("name", Some(item.name));
            out.text("category", Some(item.category.as_str()));
            out.text("retry", Some(item.retry.action.as_str()));
            out.text("note", item.note);
            out.text("undocumented", item.undocumented);
            out.finish()
        })
        .collect();
    format!("[{}]", dumped.join(","))
}

fn tombstone(dead: &'static RemovedCode, domain: Domain) -> String {
    assert_eq!(dead.domain, domain);
    assert!(std::ptr::eq(
        removed(domain, dead.code).expect("every tombstone is found by its code"),
        dead
    ));
    assert!(std::ptr::eq(
        removed_str(domain, &dead.code.to_string()).expect("and by its wire text"),
        dead
    ));
    assert!(
        lookup(domain, dead.code).is_none(),
        "a removed code has no entry"
    );
    let mut out = Object::new();
    out.raw("code", dead.code.to_string());
    out.text("name", Some(dead.name));
    out.text("reason", dead.reason);
    out.text("replaced_by", dead.replaced_by);
    out.finish()
}

fn strings(items: &[&str]) -> String {
    format!(
        "[{}]",
        items
            .iter()
            .map(|item| string(item))
            .collect::<Vec<_>>()
            .join(",")
    )
}

/// The wire constants, as JSON (a table of pairs as an object).
fn wire_constants() -> String {
    let mut out = Object::new();
    out.text("ROW_SEPARATOR", Some(wire::ROW_SEPARATOR));
    out.raw("RETRYABLE_ACTIONS", strings(wire::RETRYABLE_ACTIONS));
    out.text(
        "RATE_LIMIT_RESET_HEADER",
        Some(wire::RATE_LIMIT_RESET_HEADER),
    );
    out.raw("MAX_CODE", wire::MAX_CODE.to_string());
    let mut gateway = Object::new();
    for (code, domain) in wire::GATEWAY_CODES {
        gateway.text(&code.to_string(), Some(domain));
    }
    out.raw("GATEWAY_CODES", gateway.finish());
    out.text("STATUS_DOMAIN", Some(wire::STATUS_DOMAIN));
    out.text("WEBSOCKET_DOMAIN", Some(wire::WEBSOCKET_DOMAIN));
    out.raw("MESSAGE_LIMIT", wire::MESSAGE_LIMIT.to_string());
    out.raw(
        "TEMPLATE_MATCH_LIMIT",
        wire::TEMPLATE_MATCH_LIMIT.to_string(),
    );
    out.raw("MAX_JSON_DEPTH", wire::MAX_JSON_DEPTH.to_string());
    let mut kinds = Object::new();
    for (token, kind) in wire::DEFAULT_PLACEHOLDER_KINDS {
        kinds.text(token, Some(kind));
    }
    out.raw("DEFAULT_PLACEHOLDER_KINDS", kinds.finish());
    out.raw(
        "FALLBACK_RETRY_DELAY_MS",
        wire::FALLBACK_RETRY_DELAY_MS.to_string(),
    );
    out.text("WHITESPACE", Some(wire::WHITESPACE));
    out.text("WHITESPACE_RUN", Some(wire::WHITESPACE_RUN));
    out.text("TRAILING", Some(wire::TRAILING));
    out.finish()
}

fn main() {
    let domains: Vec<String> = Domain::ALL
        .iter()
        .map(|&domain| {
            let mut out = Object::new();
            out.text("domain", Some(domain.as_str()));
            out.text("description", Some(domain.description()));
            out.text("fallback", domain.fallback().map(Domain::as_str));
            out.raw(
                "success_codes",
                format!(
                    "[{}]",
                    domain
                        .success_codes()
                        .iter()
                        .map(u32::to_string)
                        .collect::<Vec<_>>()
                        .join(",")
                ),
            );
            out.raw(
                "errors",
                format!(
                    "[{}]",
                    domain
                        .entries()
                        .iter()
                        .map(|info| entry(info, domain))
                        .collect::<Vec<_>>()
                        .join(",")
                ),
            );
            if !domain.removed_codes().is_empty() {
                out.raw(
                    "removed",
                    format!(
                        "[{}]",
                        domain
                            .removed_codes()
                            .iter()
                            .map(|dead| tombstone(dead, domain))
                            .collect::<Vec<_>>()
                            .join(",")
                    ),
                );
            }
            if !domain.string_codes().is_empty() {
                out.raw("string_codes", unnumbered(domain.string_codes(), domain));
            }
            if !domain.failures_under_success().is_empty() {
                out.raw(
                    "failures_under_success",
                    unnumbered(domain.failures_under_success(), domain),
                );
            }
            out.finish()
        })
        .collect();
    let terms = |pairs: Vec<(&str, &str)>| {
        let mut out = Object::new();
        for (name, description) in pairs {
            out.text(name, Some(description));
        }
        out.finish()
    };
    let mut dump = Object::new();
    dump.raw("domains", format!("[{}]", domains.join(",")));
    dump.raw(
        "categories",
        terms(
            Category::ALL
                .iter()
                .map(|c| (c.as_str(), c.description()))
                .collect(),
        ),
    );
    dump.raw(
        "retry_actions",
        terms(
            RetryAction::ALL
                .iter()
                .map(|a| (a.as_str(), a.description()))
                .collect(),
        ),
    );
    dump.text("hash", Some(CATALOG_HASH));
    dump.raw("wire", wire_constants());
    println!("{}", dump.finish());
}
