//! Dump the generated Rust crate as catalogue data (JSON on stdout).
//!
//! Built as a program depending on the crate alone; the output has the shape of
//! codegen.serialize, so the tests can rebuild the model from it.

use kucoin_errors::json::write_string;
use kucoin_errors::{lookup, lookup_str, Category, Domain, ErrorInfo, MessageVariant, RetryAction, RetryAdvice, CATALOG_HASH};

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
        out.raw("aliases", format!("[{}]", v.aliases.iter().map(|alias| string(alias)).collect::<Vec<_>>().join(",")));
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
    out.finish()
}

fn entry(info: &'static ErrorInfo, domain: Domain) -> String {
    assert_eq!(info.domain, domain);
    assert!(std::ptr::eq(lookup(domain, info.code).expect("every entry is found by its code"), info));
    assert!(std::ptr::eq(lookup_str(domain, &info.code.to_string()).expect("and by its wire text"), info));
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
    out.raw("variants", format!("[{}]", info.variants.iter().map(variant).collect::<Vec<_>>().join(",")));
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
            out.raw("success_codes", format!("[{}]", domain.success_codes().iter().map(u32::to_string).collect::<Vec<_>>().join(",")));
            out.raw("errors", format!("[{}]", domain.entries().iter().map(|info| entry(info, domain)).collect::<Vec<_>>().join(",")));
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
    dump.raw("categories", terms(Category::ALL.iter().map(|c| (c.as_str(), c.description())).collect()));
    dump.raw("retry_actions", terms(RetryAction::ALL.iter().map(|a| (a.as_str(), a.description())).collect()));
    dump.text("hash", Some(CATALOG_HASH));
    println!("{}", dump.finish());
}
