// Dump the compiled TypeScript module as catalogue data (JSON on stdout).
// Usage: node dump_typescript.cjs MODULE_PATH (a CommonJS .js or an ES module .mjs).
// The output has the shape of codegen.serialize, so the tests can rebuild the model from it.
"use strict";
const { pathToFileURL } = require("node:url");

function retry(advice, into) {
  into.retry = advice.action;
  if (advice.afterMs !== undefined) into.retry_after_ms = advice.afterMs;
  if (advice.afterHeader !== undefined) into.retry_after_header = advice.afterHeader;
  if (advice.maxAttempts !== undefined) into.retry_max_attempts = advice.maxAttempts;
  if (advice.then !== undefined) into.retry_then = advice.then;
}

function variant(v) {
  const out = { id: v.id };
  if (v.key !== undefined) out.key = v.key;
  out.message = v.message;
  if (v.detail !== undefined) out.detail = v.detail;
  if (v.detailSeparator !== undefined) out.detail_separator = v.detailSeparator;
  if (v.aliases !== undefined) out.aliases = [...v.aliases];
  if (v.table !== undefined) out.table = v.table;
  if (v.placeholders.length > 0) out.placeholders = v.placeholders.map((p) => ({ token: p.token, name: p.name, ...(p.kind !== undefined ? { kind: p.kind } : {}) }));
  if (v.category !== undefined) out.category = v.category;
  if (v.retry !== undefined) retry(v.retry, out);
  if (v.note !== undefined) out.note = v.note;
  if (v.review !== undefined) out.review = v.review;
  if (v.undocumented !== undefined) out.undocumented = v.undocumented;
  if (v.pages !== undefined) out.pages = [...v.pages];
  return out;
}

function check(condition, what) {
  if (!condition) throw new Error(`inconsistent module: ${what}`);
}

function entry(k, domain, codeKey, info, byName) {
  check(String(info.code) === codeKey && info.domain === domain, `${domain} ${codeKey}`);
  check(byName[info.name] === info.code, `name ${info.name}`);
  check(k.lookupError(domain, info.code) === info && k.lookupError(domain, String(info.code)) === info, `lookup ${codeKey}`);
  const out = { code: info.code, name: info.name };
  if (info.scope !== undefined) out.scope = info.scope;
  out.category = info.category;
  retry(info.retry, out);
  if (info.httpStatus !== undefined) out.http_status = info.httpStatus;
  if (info.note !== undefined) out.note = info.note;
  if (info.review !== undefined) out.review = info.review;
  if (info.deprecated !== undefined) out.deprecated = { reason: info.deprecated, ...(info.replacedBy !== undefined ? { replaced_by: info.replacedBy } : {}) };
  if (info.undocumented !== undefined) out.undocumented = info.undocumented;
  out.variants = info.variants.map(variant);
  return out;
}

function tombstone(k, domain, dead) {
  check(dead.domain === domain && k.lookupError(domain, dead.code) === undefined && k.removedError(domain, String(dead.code)) === dead, `removed ${dead.code}`);
  const out = { code: dead.code, name: dead.name };
  if (dead.reason !== undefined) out.reason = dead.reason;
  if (dead.replacedBy !== undefined) out.replaced_by = dead.replacedBy;
  return out;
}

function unnumbered(domain, item) {
  check(item.domain === domain && Object.keys(item.retry).join() === "action", `unnumbered ${item.name}`);
  const out = item.code !== undefined ? { code: item.code } : { message: item.message };
  Object.assign(out, { name: item.name, category: item.category, retry: item.retry.action });
  if (item.note !== undefined) out.note = item.note;
  if (item.undocumented !== undefined) out.undocumented = item.undocumented;
  return out;
}

async function main() {
  const path = process.argv[2];
  const k = path.endsWith(".mjs") ? await import(pathToFileURL(path).href) : require(path);
  const domains = Object.keys(k.ERRORS).map((domain) => {
    const table = k.ERRORS[domain];
    // As codegen.naming.enum_class_name: pro_api -> ProApiErrorCode.
    const enumName = domain.split("_").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("") + "ErrorCode";
    const byName = k[enumName];
    check(Object.keys(byName).length === Object.keys(table).length, `${enumName} size`);
    // Object.keys lists integer keys in ascending order; the module keeps catalogue order in the name table.
    const errors = Object.values(byName).map((code) => entry(k, domain, String(code), table[code], byName));
    const fallback = Object.prototype.hasOwnProperty.call(k.FALLBACKS, domain) ? { fallback: k.FALLBACKS[domain] } : {};
    const removed = Object.values(k.REMOVED[domain]).map((dead) => tombstone(k, domain, dead));
    const stringCodes = k.STRING_CODES[domain].map((item) => unnumbered(domain, item));
    const failures = k.FAILURES_UNDER_SUCCESS[domain].map((item) => unnumbered(domain, item));
    return {
      domain, description: k.DOMAIN_DESCRIPTIONS[domain], ...fallback, success_codes: [...k.SUCCESS_CODES[domain]], errors,
      ...(removed.length > 0 ? { removed } : {}),
      ...(stringCodes.length > 0 ? { string_codes: stringCodes } : {}),
      ...(failures.length > 0 ? { failures_under_success: failures } : {}),
    };
  });
  process.stdout.write(JSON.stringify({ domains, categories: k.CATEGORIES, retry_actions: k.RETRY_ACTIONS, hash: k.CATALOG_HASH }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
