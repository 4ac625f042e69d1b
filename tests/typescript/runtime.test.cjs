// Unit tests of runtime/typescript/runtime.ts, compiled together with the fixture data of tests/fixtures/typescript.
// Usage: KUCOIN_ERRORS_MODULE=path/to/compiled.js node --test runtime.test.cjs
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const k = require(process.env.KUCOIN_ERRORS_MODULE);

const parse = (domain, status, body, headers) => {
  const result = k.parseKucoinResponse(domain, status, body, headers);
  return result.ok ? null : result.error;
};

test("lookupError accepts the code as a number or its exact wire string", () => {
  assert.equal(k.lookupError("spot", 200004).name, "BALANCE_INSUFFICIENT");
  assert.equal(k.lookupError("spot", "200004").name, "BALANCE_INSUFFICIENT");
  for (const other of [" 200004", "0200004", "200004.0", 200005]) assert.equal(k.lookupError("spot", other), undefined, other);
});

test("removedError tells a removed code from an unknown one", () => {
  const tombstone = k.REMOVED.spot[200099];
  assert.equal(k.lookupError("spot", 200099), undefined);
  assert.equal(k.removedError("spot", 200099), tombstone);
  assert.equal(k.removedError("spot", "200099"), tombstone);
  assert.deepEqual([tombstone.name, tombstone.reason, tombstone.replacedBy], ["RETIRED_LIMIT", "Retired by KuCoin", "spot:200004"]);
  for (const other of [" 200099", "0200099", 200004, 999999]) assert.equal(k.removedError("spot", other), undefined, other);
  assert.equal(k.removedError("futures", 200099), undefined);
  assert.throws(() => k.removedError("earn", 200099), { name: "RangeError", message: 'unknown domain "earn"' });
});

test("a removed code reads as unknown and carries its tombstone", () => {
  const info = parse("spot", 400, '{"code":"200099","msg":"Over the old limit"}');
  assert.deepEqual([info.code, info.match, info.entry, info.category, info.removed], [200099, "unknown", null, null, k.REMOVED.spot[200099]]);
  assert.equal("removed" in parse("spot", 400, '{"code":"200098","msg":"x"}'), false);
  assert.equal("removed" in parse("spot", 200, '{"code":"200004","msg":"Balance insufficient"}'), false);
  assert.equal("removed" in parse("futures", 400, '{"code":"200099","msg":"x"}'), false);
});

test("an unknown domain throws a RangeError from every entry point, also a name every object carries", () => {
  for (const domain of ["earn", "constructor", "__proto__", "toString"]) {
    const expected = { name: "RangeError", message: `unknown domain ${JSON.stringify(domain)}` };
    assert.throws(() => k.classifyMessage(domain, 200004, "x"), expected);
    assert.throws(() => k.lookupError(domain, 200004), expected);
    assert.throws(() => k.isSuccessCode(domain, 200000), expected);
    assert.throws(() => k.parseKucoinResponse(domain, 200, '{"code":"200000"}'), expected);
    assert.throws(() => k.batchFailures(domain, { data: [] }), expected);
  }
});

test("exact matches ignore case, white space and trailing stops", () => {
  const info = k.classifyMessage("spot", 200004, "\u3000balance\u00a0 INSUFFICIENT .");
  assert.deepEqual([info.match, info.variant.id, info.category, info.retry.action], ["exact", "BALANCE", "insufficient_funds", "top_up"]);
  assert.equal(k.classifyMessage("spot", 200004, "Balance insufficient now").match, "code_only");
});

test("a keyed variant matches by key, message or row and overrides the advice", () => {
  for (const text of ["account.available.amount", "Insufficient balance", "account.available.amount -- Insufficient balance"]) {
    const info = k.classifyMessage("spot", "400100", text);
    assert.deepEqual([info.match, info.variant.id, info.category, info.retry.action], ["exact", "AMOUNT", "insufficient_funds", "top_up"], text);
  }
  assert.equal(k.classifyMessage("spot", 400100, "Parameter Error").category, "bad_request");
});

test("a template match extracts the placeholder values", () => {
  const info = k.classifyMessage("spot", 300000, "price  1.5 is above the LIMIT -2.");
  assert.deepEqual([info.match, info.variant.id, info.values], ["template", "PRICE", { price: "1.5", limit: "-2" }]);
  assert.deepEqual(k.classifyMessage("spot", 130203, "Maximum borrowing: 12.5BTC").values, { amount: "12.5", currency: "BTC" });
  assert.equal(k.classifyMessage("spot", 300000, "Price high is above the limit 2").match, "code_only");
});

test("a message without a code names the code whose text or template it is", () => {
  assert.equal(k.classifyMessage("spot", null, "Insufficient balance").code, 400100);
  const templated = k.classifyMessage("spot", null, "Maximum borrowing: 3ETH");
  assert.deepEqual([templated.code, templated.match, templated.values], [130203, "template", { amount: "3", currency: "ETH" }]);
  const unknown = k.classifyMessage("spot", null, "Something else");
  assert.deepEqual([unknown.code, unknown.match, unknown.category], [null, "unknown", null]);
});

test("success bodies are ok", () => {
  assert.equal(parse("spot", 200, '{"code":"200000","data":{}}'), null);
  assert.equal(parse("futures", 200, { code: 200 }), null);
  assert.equal(parse("spot", 200, '\ufeff{"data": []}'), null);
  assert.equal(parse("spot", 200, new TextEncoder().encode('{"code":"200000"}')), null);
});

test("an error body decides whatever the status", () => {
  const info = parse("futures", 200, '{"code":"200004","msg":"Balance insufficient!"}');
  assert.deepEqual([info.domain, info.code, info.match, info.httpStatus, info.category], ["futures", 200004, "exact", 200, "insufficient_funds"]);
});

test("the status fills in for a body without a code", () => {
  const forbidden = parse("spot", 403, "", { "GW-RateLimit-Reset": "1500" });
  assert.deepEqual([forbidden.match, forbidden.category, forbidden.retry.action, forbidden.resetMs], ["unknown", "rate_limited", "wait", 1500]);
  assert.equal(k.retryAfterMs(forbidden), 1500);
  const tooMany = parse("spot", 429, "<html>slow down</html>");
  assert.deepEqual([tooMany.category, tooMany.retry.afterHeader, tooMany.message], ["rate_limited", "gw-ratelimit-reset", "<html>slow down</html>"]);
  assert.equal(k.retryAfterMs(tooMany), 1000);
  const badGateway = parse("spot", 502, "");
  assert.deepEqual([badGateway.category, badGateway.retry.action], ["exchange_unavailable", "check_state"]);
  const maintenance = parse("spot", 503, "");
  assert.deepEqual([maintenance.category, k.retryAfterMs(maintenance)], ["maintenance", 30000]);
  assert.equal(parse("spot", 418, "").category, null);
});

test("Cloudflare's 1015 page is the gateway code in every domain", () => {
  const info = parse("spot", 503, "<title>Error 1015</title> You are being rate limited");
  assert.deepEqual([info.domain, info.code, info.entry.name, info.match], ["futures", 1015, "IP_RATE_LIMITED", "code_only"]);
  assert.equal(k.retryAfterMs(info, { "gw-ratelimit-reset": "5" }), 30000);
});

test("the message of a body that is not JSON is its first 500 characters, trimmed", () => {
  assert.equal(parse("spot", 500, "  " + "x".repeat(600)).message, "x".repeat(500));
});

test("odd numeric codes are kept as JavaScript writes them", () => {
  for (const [raw, kept] of [["200004.5", "200004.5"], ["1e21", "1e+21"], ["2147483648", "2147483648"], ["-5", "-5"], ["0.0000001", "1e-7"]]) {
    const info = parse("spot", 400, `{"code": ${raw}}`);
    assert.deepEqual([info.code, info.match], [kept, "unknown"], raw);
  }
  assert.equal(parse("spot", 400, '{"code": 200004.0}').code, 200004);
});

test("headers are read from any shape, ignoring case", () => {
  const fetchHeaders = { get: (name) => (name === "gw-ratelimit-reset" ? "7" : null) };
  for (const headers of [{ "gw-ratelimit-reset": "7" }, [["GW-RATELIMIT-RESET", "7"]], { "Gw-Ratelimit-Reset": ["7", "9"] }, fetchHeaders]) {
    assert.equal(parse("spot", 429, "", headers).resetMs, 7);
  }
  for (const odd of [{ "gw-ratelimit-reset": "7.5" }, { "gw-ratelimit-reset": "-1" }, { "gw-ratelimit-reset": "\u0667" }, "gw-ratelimit-reset: 7", 42]) {
    assert.equal(parse("spot", 429, "", odd).resetMs, null, JSON.stringify(odd));
  }
});

test("waits whose cause may be permanent are bounded", () => {
  const info = parse("spot", 503, "");
  assert.deepEqual([info.retry.maxAttempts, info.retry.then], [3, "stop"]);
  assert.deepEqual([1, 2, 3, 4].map((attempts) => k.retryAfterMs(info, null, attempts)), [30000, 30000, null, null]);
});

test("a timeout asks to check the state of a write and never to resend it", () => {
  for (const status of [504, 408]) {
    const info = parse("spot", status, "");
    assert.deepEqual([info.category, info.retry.action, k.retryAfterMs(info)], ["network_timeout", "check_state", null], String(status));
  }
});

test("retryAfterMs is null when retrying will not help", () => {
  assert.equal(k.retryAfterMs(k.classifyMessage("spot", 200004, "Balance insufficient")), null);
  assert.equal(k.retryAfterMs(k.classifyMessage("spot", 999999, "?")), null);
});

test("batchFailures classifies each failed item", () => {
  const body = { code: "200000", data: [{ success: true }, { success: false, failMsg: "Balance insufficient" }, "odd", { code: "400100", msg: "Parameter Error" }] };
  assert.deepEqual(k.batchFailures("spot", body).map(({ index, error }) => [index, error.code, error.category]), [
    [1, 200004, "insufficient_funds"],
    [3, 400100, "bad_request"],
  ]);
  assert.equal(k.batchFailures("spot", { data: { items: [{ status: "fail", msg: "Parameter Error" }] } })[0].error.code, 400100);
  assert.deepEqual(k.batchFailures("spot", "not json"), []);
});

test("throwForResponse throws a KucoinApiError carrying the classification", () => {
  assert.throws(() => k.throwForResponse("spot", 200, { code: "200004", msg: "Balance insufficient" }), (error) => {
    assert.ok(error instanceof k.KucoinApiError);
    assert.equal(error.message, "KuCoin spot error 200004: Balance insufficient");
    assert.deepEqual([error.code, error.category, error.match], [200004, "insufficient_funds", "exact"]);
    return true;
  });
  k.throwForResponse("spot", 200, { code: "200000" });
});

test("bodies that are not JSON objects fall back on the status", () => {
  for (const body of ['{"code": NaN}', '{"code": "200004"} trailing', "[1, 2]", '{"code": "200004"', new Uint8Array([0xff, 0xfe]), null, 3.5]) {
    const info = parse("spot", 502, body);
    assert.deepEqual([info.code, info.category], [null, "exchange_unavailable"], String(body));
  }
});

test("JSON nested up to the limit is read, deeper is not JSON", () => {
  const limit = 100;
  assert.equal(parse("spot", 200, '{"code":"200000","data":' + "[".repeat(limit - 1) + "]".repeat(limit - 1) + "}"), null);
  assert.equal(parse("spot", 200, '{"code":"200000","data":' + "[".repeat(limit) + "]".repeat(limit) + "}").match, "unknown");
  assert.equal(parse("spot", 200, '{"code":"200000","msg":"' + "[".repeat(500) + '"}'), null);
});

test("a character outside the basic plane is one character", () => {
  const info = parse("spot", 503, "Error 1015 rate\u{1F600}limited");
  assert.deepEqual([info.code, info.retry.afterMs], [1015, 30000]);
});

test("a code the domain lacks is read in the gateway layer", () => {
  const info = parse("spot", 401, { code: "400005", msg: "Invalid KC-API-SIGN" });
  assert.deepEqual([info.domain, info.code, info.match, info.category, info.retry.action], ["gateway", 400005, "exact", "authentication", "reauthenticate"]);
  assert.equal(k.classifyMessage("futures", 400005, "Invalid KC-API-SIGN").match, "unknown");
});

test("where domain and gateway share a number, the matching message decides", () => {
  const url = k.classifyMessage("spot", "400001", "Please check the URL of your request.");
  assert.deepEqual([url.domain, url.match, url.category], ["gateway", "exact", "bad_request"]);
  const auth = k.classifyMessage("spot", 400001, "Any of KC-API-KEY, KC-API-SIGN is missing");
  assert.deepEqual([auth.domain, auth.match, auth.category], ["spot", "exact", "authentication"]);
  const neither = k.classifyMessage("spot", 400001, "Something else");
  assert.deepEqual([neither.domain, neither.match, neither.category], ["spot", "code_only", "authentication"]);
});

test("a message without a code is named by the gateway when the domain lacks it", () => {
  const { error } = k.batchFailures("spot", { data: [{ success: false, failMsg: "invalid kc-api-sign" }] })[0];
  assert.deepEqual([error.domain, error.code, error.match], ["gateway", 400005, "exact"]);
});

test("aliases and rows glued with two dashes match exactly", () => {
  const alias = k.classifyMessage("spot", 400001, "KC-API-KEY or KC-API-SIGN missing.");
  assert.deepEqual([alias.match, alias.variant.id], ["exact", "MISSING"]);
  const glued = k.classifyMessage("spot", 400005, "Invalid KC-API-SIGN--the signature does not match");
  assert.deepEqual([glued.match, glued.variant.id], ["exact", "SIGN"]);
});

test("a failure under the success code is named by its exact text", () => {
  const info = parse("futures", 200, { code: "200000", msg: "Balance insufficient" });
  assert.deepEqual([info.code, info.match, info.category], [200004, "exact", "insufficient_funds"]);
  for (const body of [{ code: "200000", msg: "success" }, { code: "200000", msg: "Balance insufficient now" }, { code: "200000" }]) {
    assert.equal(parse("futures", 200, body), null, JSON.stringify(body));
  }
});

test("websocket error frames are classified by their data", () => {
  const info = k.parseKucoinWsMessage('{"id": "1", "type": "error", "code": 509, "data": "exceed max permits per second"}');
  assert.deepEqual([info.domain, info.code, info.variant.id, info.category, k.retryAfterMs(info)], ["websocket", 509, "PERMITS", "rate_limited", 1000]);
  const busy = k.parseKucoinWsMessage({ type: "error", code: "509", data: "service busy, please retry later" });
  assert.deepEqual([busy.variant.id, busy.category, busy.retry.action], ["BUSY", "exchange_unavailable", "retry"]);
  for (const frame of [{ type: "message", data: {} }, { type: "welcome" }, "not json", { type: "ack", code: 509 }]) {
    assert.equal(k.parseKucoinWsMessage(frame), null, JSON.stringify(frame));
  }
});

test("templates are tried on messages up to the limit and exact texts on any", () => {
  const prefix = "Price 1 is above the limit ";
  const atLimit = prefix + "9".repeat(1000 - prefix.length);
  assert.equal(k.classifyMessage("spot", 300000, atLimit).match, "template");
  assert.equal(k.classifyMessage("spot", 300000, atLimit + "9").match, "code_only");
  assert.equal(k.classifyMessage("spot", 130203, "Maximum borrowing: 1" + "\u{1F600}".repeat(10)).match, "code_only");
  assert.equal(k.classifyMessage("spot", null, atLimit + "9").code, null);
  assert.equal(k.classifyMessage("spot", 200004, "  Balance insufficient  " + " ".repeat(5000)).match, "exact");
});

test("a currency right after a number starts with a letter", () => {
  assert.deepEqual(k.classifyMessage("spot", 130203, "Maximum borrowing: 12BTC").values, { amount: "12", currency: "BTC" });
  assert.equal(k.classifyMessage("spot", 130203, "Maximum borrowing: 123").match, "code_only");
});

test("information separators are not white space; Unicode white space is, at either end too", () => {
  for (const separator of ["\x1c", "\x1d", "\x1e", "\x1f"]) {
    assert.equal(k.classifyMessage("spot", 200004, `Balance${separator}insufficient`).match, "code_only", JSON.stringify(separator));
  }
  for (const text of ["  Balance insufficient", "\u2003Balance \u3000insufficient \u00a0.", "Balance insufficient!!", "balance INSUFFICIENT"]) {
    assert.equal(k.classifyMessage("spot", 200004, text).match, "exact", JSON.stringify(text));
  }
  assert.equal(k.classifyMessage("spot", 200004, "Balance insufficient?").match, "code_only");
  assert.equal(k.classifyMessage("spot", 200004, "B\u00e1lance insufficient").match, "code_only");
  assert.equal(k.classifyMessage("spot", 200004, "BALANCE \u00c9 insufficient").match, "code_only");
});

test("a message names the lowest code whose text it is, in the domain asked", () => {
  assert.equal(k.classifyMessage("spot", null, "Balance insufficient").code, 200004);
  assert.equal(k.classifyMessage("futures", null, "Balance insufficient").code, 200004);
  assert.equal(k.classifyMessage("spot", null, "ACCOUNT.AVAILABLE.AMOUNT").code, 400100);
  assert.equal(k.classifyMessage("spot", null, "account.available.amount -- Insufficient balance").code, 400100);
  assert.equal(k.classifyMessage("futures", null, "Price 3 is above the limit 2").code, null);
  const templated = k.classifyMessage("spot", null, "Price 3 is above the limit 2");
  assert.deepEqual([templated.code, templated.match, templated.values, templated.variant.id], [300000, "template", { price: "3", limit: "2" }, "PRICE"]);
});

test("codes that are no codes are kept as JavaScript writes them", () => {
  const cases = [
    [NaN, "NaN"], [Infinity, "Infinity"], [-Infinity, "-Infinity"], [0, "0"], [-0, "0"], [1.5, "1.5"], [2147483647, 2147483647], [2147483648, "2147483648"],
    ["0200004", "0200004"], ["9999999999", "9999999999"], ["2147483648", "2147483648"], ["2147483647", 2147483647], ["1", 1], ["", null],
    [true, null], [[200004], null], [null, null],
  ];
  for (const [raw, kept] of cases) assert.deepEqual(parse("spot", 400, { code: raw }).code, kept, String(raw));
  assert.equal(parse("spot", 400, { code: "200004" }).match, "code_only");
});

test("bodies come as text, bytes of any view, or an ArrayBuffer", () => {
  const json = '\ufeff {"code":"200004","msg":"Balance insufficient"} \r\n\t';
  const bytes = new TextEncoder().encode(json);
  const padded = new Uint8Array(bytes.length + 4);
  padded.set(bytes, 2);
  const bodies = [json, bytes, Buffer.from(bytes), bytes.buffer, new DataView(padded.buffer, 2, bytes.length), new Uint8Array(padded.buffer, 2, bytes.length)];
  for (const body of bodies) {
    const info = parse("spot", 400, body);
    assert.deepEqual([info.code, info.match, info.message], [200004, "exact", "Balance insufficient"], Object.prototype.toString.call(body));
  }
  assert.deepEqual([parse("spot", 502, [{ code: "200004" }]).code, parse("spot", 502, new ArrayBuffer(0)).code], [null, null]);
  assert.equal(parse("spot", 502, new ArrayBuffer(0)).message, "");
});

test("JSON nesting counts brackets only while open and outside strings, objects and lists alike", () => {
  const ok = (text) => assert.equal(parse("spot", 200, text), null, text.slice(0, 60));
  ok('{"code":"200000","data":[' + "[],".repeat(150) + "[]]}");
  ok('{"code":"200000","data":[' + "{},".repeat(150) + "{}]}");
  ok('{"code":"200000","msg":"\\"' + "[".repeat(500) + '"}');
  ok('{"code":"200000","msg":"' + "{".repeat(500) + '"}');
  ok('{"code":"200000","data":' + '{"a":'.repeat(99) + "1" + "}".repeat(99) + "}");
  assert.equal(parse("spot", 200, '{"code":"200000","data":' + '{"a":'.repeat(100) + "1" + "}".repeat(100) + "}").match, "unknown");
  assert.equal(parse("spot", 200, '{"code":"200000","data":' + "[".repeat(50) + '{"a":'.repeat(50) + "1" + "}".repeat(50) + "]".repeat(50) + "}").match, "unknown");
});

test("headers: the lower-case name with a value first, then the first spelling ignoring case; pairs that are not pairs are skipped", () => {
  assert.equal(parse("spot", 429, "", { "GW-RateLimit-Reset": "1", "gw-ratelimit-reset": "2" }).resetMs, 2);
  assert.equal(parse("spot", 429, "", { "GW-RateLimit-Reset": "5", "gw-ratelimit-reset": null }).resetMs, 5);
  assert.equal(parse("spot", 429, "", { "GW-RateLimit-Reset": "6", "gw-ratelimit-reset": undefined }).resetMs, 6);
  assert.equal(parse("spot", 429, "", [42, ["gw-ratelimit-reset", "1", "x"], [7, "2"], "ab", ["gw-ratelimit-reset", "3"]]).resetMs, 3);
  assert.equal(parse("spot", 429, "", { "gw-ratelimit-reset": " \t8 " }).resetMs, 8);
  assert.equal(parse("spot", 429, "", { "gw-ratelimit-reset": "9".repeat(400) }).resetMs, null);
  assert.equal(parse("spot", 429, "", { "gw-ratelimit-reset": 7 }).resetMs, null);
  assert.equal(parse("spot", 429, "", { other: "7" }).resetMs, null);
  assert.equal(parse("spot", 429, "", []).resetMs, null);
  assert.equal(parse("spot", 429, "", null).resetMs, null);
  const headers = new Headers({ "GW-RateLimit-Reset": "11" });
  assert.equal(parse("spot", 429, "", headers).resetMs, 11);
});

test("success: true, a success code, or a 2xx body with data and no code are ok; nothing else is", () => {
  assert.equal(parse("spot", 400, { success: true }), null);
  assert.equal(parse("spot", 200, { success: true, code: "400100" }), null);
  assert.equal(parse("spot", 200, { success: "true", code: "400100" }).code, 400100);
  assert.equal(parse("futures", 500, { code: "200" }), null);
  assert.equal(parse("spot", 200, { code: "200" }).code, 200);
  for (const status of [200, 204, 299]) assert.equal(parse("spot", status, { data: null }), null, String(status));
  for (const status of [199, 300, 404]) assert.equal(parse("spot", status, { data: [] }).code, null, String(status));
  assert.equal(parse("spot", 200, {}).match, "unknown");
});

test("isSuccessCode takes the number or its exact wire string", () => {
  assert.deepEqual([k.isSuccessCode("spot", 200000), k.isSuccessCode("spot", "200000"), k.isSuccessCode("futures", "200")], [true, true, true]);
  for (const other of ["0200000", "200000.0", " 200000", 200, 400100]) assert.equal(k.isSuccessCode("spot", other), false, String(other));
});

test("the message is msg, else message; the text of a body that is not JSON is trimmed and cut at 500 code points", () => {
  assert.equal(parse("spot", 400, { code: "400100", msg: "Parameter Error", message: "other" }).message, "Parameter Error");
  assert.equal(parse("spot", 400, { code: "400100", msg: "", message: "other" }).message, "other");
  assert.equal(parse("spot", 400, { code: "400100", msg: 5 }).message, "");
  assert.equal(parse("spot", 500, "\u3000 <html>x</html> \u2003\n").message, "<html>x</html>");
  const emoji = "x".repeat(499) + "\u{1F600}" + "y";
  assert.equal(parse("spot", 500, emoji).message, "x".repeat(499) + "\u{1F600}");
  const lone = "x".repeat(499) + "\ud800" + "yz";
  assert.equal(parse("spot", 500, lone).message, "x".repeat(499) + "\ud800");
  const lowFirst = "x".repeat(498) + "\udc00\ud800" + "yz";
  assert.equal(parse("spot", 500, lowFirst).message, "x".repeat(498) + "\udc00\ud800");
  assert.equal(parse("spot", 500, "   ").message, "");
});

test("a page is the 1015 page only when it says 1015 as a word and rate limit", () => {
  assert.equal(parse("spot", 503, "Error 1015: rate limited").code, 1015);
  assert.equal(parse("spot", 503, "error 1015 RATE-LIMITED").code, 1015);
  assert.equal(parse("spot", 503, "Error 10150 rate limited").code, null);
  assert.equal(parse("spot", 503, "Error 1015, try later").code, null);
  assert.equal(parse("spot", 503, "rate limited").code, null);
});

test("retryAfterMs: the headers given, else the response's reset for the header it came from, the block time, the category's delay", () => {
  const forbidden = parse("spot", 403, "", { "gw-ratelimit-reset": "1500" });
  assert.equal(k.retryAfterMs(forbidden, { "gw-ratelimit-reset": "2500" }), 2500);
  assert.equal(k.retryAfterMs(forbidden, { "gw-ratelimit-reset": "soon" }), 1000);
  assert.equal(k.retryAfterMs(forbidden, null), 1500);
  assert.equal(k.retryAfterMs(forbidden), 1500);
  const other = { ...forbidden, retry: { action: "wait", afterHeader: "x-other-reset" } };
  assert.equal(k.retryAfterMs(other), 1000);
  assert.equal(k.retryAfterMs(other, { "x-other-reset": "700" }), 700);
  const blocked = parse("spot", 503, "Error 1015 rate limited", { "gw-ratelimit-reset": "5" });
  assert.equal(k.retryAfterMs(blocked), 30000);
  assert.equal(k.retryAfterMs({ ...forbidden, category: null, retry: { action: "retry" } }), 1000);
  assert.equal(k.retryAfterMs({ ...forbidden, category: "maintenance", retry: { action: "retry" } }), 30000);
  assert.equal(k.retryAfterMs({ ...forbidden, category: "bad_request", retry: { action: "retry" } }), 1000);
  assert.equal(k.retryAfterMs({ ...forbidden, retry: null }), null);
});

test("batchFailures reads data, data.data or data.items; failMsg before msg; successes and odd items are skipped", () => {
  const failed = (body) => k.batchFailures("spot", body).map(({ index, error }) => [index, error.code, error.message]);
  assert.deepEqual(failed({ data: { data: [{ success: false, failMsg: "Parameter Error", msg: "other" }], items: [] } }), [[0, 400100, "Parameter Error"]]);
  assert.deepEqual(failed({ data: { data: "none", items: [{ status: "fail", msg: "Parameter Error" }] } }), [[0, 400100, "Parameter Error"]]);
  assert.deepEqual(failed({ data: [{ code: "200000" }, { code: 200004 }, { status: "ok" }, null, [1], { success: false, failMsg: 7, msg: "x" }] }), [
    [1, 200004, ""],
    [5, null, "x"],
  ]);
  assert.deepEqual(failed('{"data": [{"code": "400100"}]}'), [[0, 400100, ""]]);
  assert.deepEqual([failed({ data: "x" }), failed({}), failed(null)], [[], [], []]);
});

test("KucoinApiError carries every field of the error it is made from", () => {
  const info = parse("spot", 429, '{"code":"300000","msg":"Price 3 is above the limit 2"}', { "gw-ratelimit-reset": "9" });
  const error = new k.KucoinApiError(info);
  assert.equal(error.name, "KucoinApiError");
  assert.equal(error.message, "KuCoin spot error 300000: Price 3 is above the limit 2");
  for (const field of ["domain", "code", "entry", "variant", "match", "values", "category", "retry", "httpStatus", "resetMs"]) {
    assert.equal(error[field], info[field], field);
  }
  assert.equal(error.info, info);
  assert.equal(new k.KucoinApiError(parse("spot", 502, "")).message, "KuCoin spot error (no code): ");
});

test("edges: code strings with spaces, escaped backslashes in strings, 5xx bounds, surrogate pairs at the cut", () => {
  for (const raw of [" 200004", "200004 ", "+200004", "200004.0"]) assert.equal(parse("spot", 400, { code: raw }).code, raw, JSON.stringify(raw));
  assert.equal(parse("spot", 400, { code: "999999" }).code, 999999);
  const deep = '{"code":"200000","a":"\\\\","b":' + "[".repeat(100) + "]".repeat(100) + ',"c":"x"}';
  assert.equal(parse("spot", 200, deep).match, "unknown");
  assert.equal(parse("spot", 503, "Error 1015 ratelimited").code, 1015);
  for (const [status, category] of [[499, null], [500, "exchange_unavailable"], [599, "exchange_unavailable"], [600, null]]) {
    assert.equal(parse("spot", status, "").category, category, String(status));
  }
  for (const body of [null, 3.5, undefined]) assert.equal(parse("spot", 502, body).message, "", String(body));
  for (const pair of ["\u{10000}", "\u{10FFFF}"]) assert.equal(parse("spot", 500, "x".repeat(499) + pair + "y").message, "x".repeat(499) + pair);
  assert.equal(parse("spot", 500, "x".repeat(499) + "\udc00yz").message, "x".repeat(499) + "\udc00");
  assert.equal(k.classifyMessage("spot", "1015", "x").match, "unknown");
  assert.equal(k.classifyMessage("spot", 1015, "x").entry.domain, "futures");
});

test("JSON exactly a hundred levels deep is read also among more than a hundred brackets, and strings open nothing", () => {
  const hundred = '{"code":"200000","data":' + "[".repeat(99) + "]".repeat(99) + ',"more":[' + "[],".repeat(20) + "[]]}";
  assert.equal(parse("spot", 200, hundred), null);
  const strings = '{"code":"200000","data":[' + '[],"x",'.repeat(120) + "[]]}";
  assert.equal(parse("spot", 200, strings), null);
});

test("only a high surrogate followed by a low one is one code point; headers are matched by name, not position", () => {
  const x = "x".repeat(499);
  assert.equal(parse("spot", 500, x + "\udc00\udc00y").message, x + "\udc00");
  assert.equal(parse("spot", 500, x + "\ue000\udc00y").message, x + "\ue000");
  assert.equal(parse("spot", 500, x + "\ud800\ue000y").message, x + "\ud800");
  assert.equal(parse("spot", 429, "", [["content-type", "12"], ["gw-ratelimit-reset", "3"]]).resetMs, 3);
  assert.equal(parse("spot", 429, "", { undefined: "5" }).resetMs, null);
  assert.equal(parse("spot", 200, { code: "400100", msg: "Parameter Error", data: null }).code, 400100);
});

test("a fetch Response is classified from its status, body and headers", async () => {
  const body = '{"code":"200004","msg":"Balance insufficient!"}';
  const result = await k.parseFetchResponse("spot", new Response(body, { status: 200, headers: { "GW-RateLimit-Reset": "1500" } }));
  assert.equal(result.ok, false);
  assert.deepEqual([result.error.code, result.error.match, result.error.category, result.error.resetMs], [200004, "exact", "insufficient_funds", 1500]);
  assert.deepEqual(await k.parseFetchResponse("spot", new Response('{"code":"200000","data":{}}')), { ok: true });
  await assert.rejects(k.throwForFetchResponse("spot", new Response(body)), (error) => error instanceof k.KucoinApiError && error.code === 200004);
  await k.throwForFetchResponse("spot", new Response('{"code":"200000","data":{}}'));
});

// ccxt is not installed for these tests: its errors are built as its kucoin exchange builds them, handleErrors with
// `this.id + " " + body` and handleHttpStatusCode with `[id, method, url, status, reason, body].join(" ")`.
class InsufficientFunds extends Error {}
class RateLimitExceeded extends Error {}
class RequestTimeout extends Error {}

test("a ccxt error becomes a KucoinApiError caused by it, its body read from its message", () => {
  const original = new InsufficientFunds('kucoin {"code":"200004","msg":"Balance insufficient!"}');
  const error = k.fromCcxtError("spot", original);
  assert.ok(error instanceof k.KucoinApiError);
  assert.equal(error.cause, original);
  assert.deepEqual([error.code, error.match, error.category, error.httpStatus], [200004, "exact", "insufficient_funds", 200]);
  assert.equal(new k.KucoinApiError(error.info).cause, undefined);
});

test("a ccxt error of an HTTP status keeps the status and takes the headers given", () => {
  const original = new RateLimitExceeded("kucoinfutures GET https://api-futures.kucoin.com/api/v1/orders 429 Too Many Requests ");
  const error = k.fromCcxtError("futures", original, { "gw-ratelimit-reset": "1500" });
  assert.deepEqual([error.code, error.httpStatus, error.category, error.resetMs], [null, 429, "rate_limited", 1500]);
  assert.equal(k.fromCcxtError("spot", new RequestTimeout("kucoin GET https://api.kucoin.com/api/v1/orders request timeout")), null);
  assert.equal(k.fromCcxtError("spot", 'kucoin {"code":"200000","data":{}}'), null);
});

test("a listed message under the success code is a failure with its own advice", () => {
  const info = parse("futures", 200, { code: "200000", msg: "  position does NOT exist. " }, { "gw-ratelimit-reset": "900" });
  assert.deepEqual(
    [info.domain, info.code, info.match, info.entry, info.variant, info.category, info.retry.action, info.httpStatus, info.resetMs],
    ["futures", 200000, "unknown", null, null, "bad_request", "fix_request", 200, 900],
  );
  assert.equal(info.unnumbered, k.FAILURES_UNDER_SUCCESS.futures[0]);
  assert.equal(info.message, "  position does NOT exist. ");
  assert.equal(k.retryAfterMs(info), null);
  const byFlag = parse("futures", 200, { success: true, msg: "Position does not exist" });
  assert.deepEqual([byFlag.code, byFlag.unnumbered.name], [null, "POSITION_NOT_FOUND"]);
  const through = parse("spot", 200, { code: "200000", msg: "Refused by the gateway" });
  assert.deepEqual([through.domain, through.unnumbered.name, through.category], ["gateway", "GATEWAY_REFUSED", "authentication"]);
  assert.equal(parse("futures", 200, { code: "200000", msg: "Balance insufficient" }).unnumbered, undefined);
  for (const body of [{ code: "200000", msg: "Position does not exist yet" }, { code: "200000", msg: "Refused by the gateway" }, { code: "200", msg: "" }]) {
    assert.equal(parse("futures", 200, body), null, JSON.stringify(body));
  }
  assert.equal(parse("futures", 200, { code: "400100", msg: "Position does not exist" }).unnumbered, undefined);
});

test("a listed string code is classified before the HTTP status", () => {
  const info = parse("spot", 404, { code: "order_not_exist", msg: "order_not_exist" });
  assert.deepEqual(
    [info.domain, info.code, info.match, info.entry, info.category, info.retry.action, info.unnumbered.name, info.unnumbered.undocumented],
    ["spot", "order_not_exist", "unknown", null, "invalid_order", "stop", "ORDER_NOT_EXIST", "ccxt"],
  );
  const through = parse("spot", 503, { code: "gateway_busy" });
  assert.deepEqual([through.domain, through.category, through.retry.action, k.retryAfterMs(through)], ["gateway", "exchange_unavailable", "retry", 1000]);
  for (const [body, domain] of [[{ code: "ORDER_NOT_EXIST" }, "spot"], [{ code: " order_not_exist" }, "spot"], [{ code: "order_not_exist" }, "futures"], [{ code: "__proto__" }, "spot"]]) {
    const other = parse(domain, 503, body);
    assert.deepEqual([other.unnumbered, other.category, other.retry.action], [undefined, "maintenance", "retry"], JSON.stringify(body));
  }
  const batch = k.batchFailures("spot", { code: "200000", data: [{ code: "order_not_exist", msg: "gone" }] });
  assert.deepEqual(batch.map(({ index, error }) => [index, error.category, error.unnumbered.name]), [[0, "invalid_order", "ORDER_NOT_EXIST"]]);
  assert.equal(k.classifyMessage("spot", "order_not_exist", "").category, "invalid_order");
});

test("only ASCII letters are folded: the Kelvin sign is not the letter K", () => {
  assert.equal(k.classifyMessage("spot", 400001, "Any of \u212AC-API-KEY, KC-API-SIGN is missing").match, "code_only");
  assert.equal(k.classifyMessage("spot", null, "Any of \u212AC-API-KEY, KC-API-SIGN is missing").code, null);
});

test("NEL (U+0085) is white space: collapsed inside a message and trimmed around a body", () => {
  assert.equal(k.classifyMessage("spot", 200004, "Balance\u0085insufficient").match, "exact");
  assert.equal(k.classifyMessage("spot", 200004, "\u0085Balance insufficient\u0085").match, "exact");
  assert.equal(parse("spot", 500, "\u0085<html>x</html>\u0085").message, "<html>x</html>");
  assert.equal(parse("spot", 500, "\u0084<html>x</html>~").message, "\u0084<html>x</html>~");
});

test("a JSON body may start with any JSON white space: space, tab, line feed, carriage return", () => {
  for (const space of [" ", "\t", "\n", "\r", " \t\n\r"]) {
    const info = parse("spot", 400, space + '{"code":"200004","msg":"Balance insufficient"}');
    assert.deepEqual([info.code, info.match], [200004, "exact"], JSON.stringify(space));
  }
  for (const other of ["\f", "\v", "\u00a0", "x"]) {
    assert.equal(parse("spot", 502, other + '{"code":"200004"}').code, null, JSON.stringify(other));
  }
});

test("names every object carries are no codes and no tombstones", () => {
  for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]) {
    assert.equal(k.lookupError("spot", name), undefined, name);
    assert.equal(k.removedError("spot", name), undefined, name);
    const info = k.classifyMessage("spot", name, "Balance insufficient");
    assert.deepEqual([info.code, info.match, info.entry], [name, "unknown", null], name);
  }
});

test("ASCII case is folded in a text with other characters too, and only ASCII letters are", () => {
  for (const text of ["paramètre invalide: `zone`", "PARAMèTRE INVALIDE: `ZONE`", "Paramètre Invalide: `Zone`."]) {
    const info = k.classifyMessage("spot", 400100, text);
    assert.deepEqual([info.match, info.variant.id], ["exact", "PARAMETER"], text);
  }
  for (const text of ["PARAMÈTRE INVALIDE: `ZONE`", "paramètre invalide: @zone@", "paramètre invalide: `zone`@"]) {
    assert.equal(k.classifyMessage("spot", 400100, text).match, "code_only", text);
  }
});

test("a body's text is trimmed of white space only: controls and letters at either end stay", () => {
  assert.equal(parse("spot", 500, "\x1c<html>\u00e9</html>\u00e9").message, "\x1c<html>\u00e9</html>\u00e9");
  assert.equal(parse("spot", 500, "\x00x\x1f").message, "\x00x\x1f");
});

test("a template is tried on a message of up to 1000 characters, a surrogate pair counting as one", () => {
  const emoji = "Rejected: " + "\u{1F600}".repeat(990);
  const info = k.classifyMessage("spot", 310000, emoji);
  assert.deepEqual([info.match, info.values], ["template", { reason: "\u{1F600}".repeat(990) }]);
  assert.equal(k.classifyMessage("spot", null, emoji).code, 310000);
  assert.equal(k.classifyMessage("spot", 310000, "Rejected: " + "x".repeat(990)).match, "template");
  assert.equal(k.classifyMessage("spot", 310000, "Rejected: " + "x".repeat(991)).match, "code_only");
  assert.equal(k.classifyMessage("spot", 310000, emoji + "\u{1F600}").match, "code_only");
});

test("a code only the gateway defines matches there by its code when its message does not", () => {
  const info = k.classifyMessage("spot", 400005, "Something else");
  assert.deepEqual([info.domain, info.code, info.match, info.category], ["gateway", 400005, "code_only", "authentication"]);
});

test("a text two codes share names the lower code; a text two variants share names the first", () => {
  assert.equal(k.classifyMessage("spot", null, "Balance insufficient").code, 200004);
  const higher = k.classifyMessage("spot", 400001, "balance insufficient");
  assert.deepEqual([higher.match, higher.variant.id, higher.category], ["exact", "MISSING", "authentication"]);
  const first = k.classifyMessage("websocket", 509, "exceed max permits per second");
  assert.deepEqual([first.variant.id, first.category], ["PERMITS", "rate_limited"]);
});

test("a code removed from the gateway carries its tombstone in a domain that falls back on it", () => {
  const info = parse("spot", 400, { code: "400099", msg: "x" });
  assert.deepEqual([info.match, info.removed], ["unknown", k.REMOVED.gateway[400099]]);
  assert.equal("removed" in parse("futures", 400, { code: "400099" }), false);
});

test("a code string is digits alone: an exponent is no code", () => {
  for (const raw of ["2e5", "1e3", "2000:4", "20000/"]) assert.equal(parse("spot", 400, { code: raw }).code, raw, raw);
});

test("a websocket error frame's message is data, else msg; its code is the frame's", () => {
  const fromMsg = k.parseKucoinWsMessage({ type: "error", code: 509, msg: "service busy, please retry later" });
  assert.deepEqual([fromMsg.variant.id, fromMsg.message], ["BUSY", "service busy, please retry later"]);
  const unknownText = k.parseKucoinWsMessage({ type: "error", code: 509, data: "something new" });
  assert.deepEqual([unknownText.code, unknownText.match, unknownText.category], [509, "code_only", "rate_limited"]);
});

test("retryAfterMs reads no header when the advice names none", () => {
  const blocked = parse("spot", 503, "Error 1015 rate limited");
  assert.equal(k.retryAfterMs(blocked, { undefined: "5", "gw-ratelimit-reset": "7" }), 30000);
});

test("KucoinApiError carries the listed failure that named a response", () => {
  const info = parse("spot", 404, { code: "order_not_exist" });
  assert.equal(new k.KucoinApiError(info).unnumbered, info.unnumbered);
  assert.equal(new k.KucoinApiError(info).unnumbered.name, "ORDER_NOT_EXIST");
  assert.equal(new k.KucoinApiError(k.classifyMessage("spot", 200004, "x")).unnumbered, undefined);
});

test("a ccxt message is read after its first space; a body inside a status message is the JSON after the reason", () => {
  const withBody = k.fromCcxtError("spot", new Error('kucoin POST https://api.kucoin.com/api/v1/orders 400 Bad Request {"code":"400100","msg":"Parameter Error"}'));
  assert.deepEqual([withBody.code, withBody.match, withBody.httpStatus], [400100, "exact", 400]);
  const statusInBody = k.fromCcxtError("spot", new Error('kucoin {"code":"400100","msg":"GET /api 404 Not Found"}'));
  assert.deepEqual([statusInBody.code, statusInBody.httpStatus, statusInBody.info.message], [400100, 200, "GET /api 404 Not Found"]);
  const noBody = k.fromCcxtError("futures", new Error("kucoinfutures GET https://api-futures.kucoin.com/api/v1/orders 429 Too Many Requests "));
  assert.deepEqual([noBody.httpStatus, noBody.info.message], [429, "Too Many Requests"]);
  assert.equal(k.fromCcxtError("spot", new Error('{"code":"200004","msg":"x"}')), null);
  assert.equal(k.fromCcxtError("spot", ' {"code":"200004","msg":"Balance insufficient"}').code, 200004);
});

test("a code that is neither a number nor a string names no entry and no tombstone, even as the key of one", () => {
  for (const other of [["200004"], new String("200004"), { toString: () => "200004" }]) assert.equal(k.lookupError("spot", other), undefined);
  assert.equal(k.removedError("spot", ["200099"]), undefined);
  for (const name of ["constructor", "toString", "__proto__"]) assert.equal(k.lookupError("spot", name), undefined, name);
});

test("white space other than a space counts as a space even with no space after it", () => {
  for (const text of ["Balance\tinsufficient", "Balance\u00a0insufficient!", "Balance\u3000insufficient"]) {
    assert.equal(k.classifyMessage("spot", 200004, text).match, "exact", JSON.stringify(text));
  }
});

test("only a listed failure gives a classification an unnumbered field", () => {
  for (const info of [k.classifyMessage("spot", 200004, "Balance insufficient"), k.classifyMessage("spot", 999999, "x"), parse("spot", 503, "")]) {
    assert.equal("unnumbered" in info, false);
  }
  assert.equal("unnumbered" in parse("spot", 404, { code: "order_not_exist" }), true);
});
