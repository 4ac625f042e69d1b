// Run response cases through the compiled TypeScript module; print the outcomes as JSON.
// Usage: node parse_responses.cjs MODULE_PATH < cases.json
// Each case: {domain, status, body: {kind: "text"|"bytes"|"json"|"none", value}, headers} or
// {classify: [domain, code, message]}. The outcome shape matches tests/test_responses.py.
// Body kinds "arraybuffer" and "view" give the bytes as an ArrayBuffer or a DataView; "throw" runs
// throwForResponse instead of parseKucoinResponse.
// header_kind "fetch" makes the headers, [name, value] pairs, a fetch Headers object.
// With "retry_headers" (null or headers), retry_after_ms is retryAfterMs(error, retry_headers).
"use strict";
const k = require(process.argv[2]);

function bodyOf(body) {
  if (body.kind === "text") return body.value;
  if (body.kind === "bytes") return new Uint8Array(Buffer.from(body.value, "base64"));
  if (body.kind === "arraybuffer") return new Uint8Array(Buffer.from(body.value, "base64")).buffer;
  if (body.kind === "view") {
    // A DataView over the middle of a larger buffer, as a slice of a pooled Buffer is.
    const bytes = Buffer.from(body.value, "base64");
    const whole = new Uint8Array(bytes.length + 8);
    whole.set(bytes, 4);
    return new DataView(whole.buffer, 4, bytes.length);
  }
  if (body.kind === "json") return body.value;
  return null;
}

function headersOf(c) {
  return c.header_kind === "fetch" ? new Headers(c.headers) : c.headers;
}

function outcome(error, retryArgs) {
  if (error === null) return { ok: true };
  return {
    ok: false,
    domain: error.domain,
    code: error.code,
    message: error.message,
    http_status: error.httpStatus,
    match: error.match,
    entry: error.entry === null ? null : [error.entry.domain, error.entry.code],
    variant: error.variant === null ? null : error.variant.id,
    ...(error.match === "unknown" && error.unnumbered !== undefined ? { unnumbered: [error.unnumbered.domain, error.unnumbered.name] } : {}),
    values: error.values,
    category: error.category,
    retry: error.retry === null ? null : { action: error.retry.action, after_ms: error.retry.afterMs ?? null, after_header: error.retry.afterHeader ?? null,
      ...(error.retry.maxAttempts === undefined ? {} : { max_attempts: error.retry.maxAttempts, then: error.retry.then }) },
    retry_after_ms: k.retryAfterMs(error, ...retryArgs),
    ...(error.retry === null || error.retry.maxAttempts === undefined
      ? {}
      : { retry_after_ms_by_attempts: [1, 2, 3, 10].map((attempts) => k.retryAfterMs(error, retryArgs.length > 0 ? retryArgs[0] : null, attempts)) }),
  };
}

// throwForResponse: whether it threw, the error's message and the outcome read from the error's own fields.
function thrown(c) {
  try {
    k.throwForResponse(c.domain, c.status, bodyOf(c.body), headersOf(c));
    return { thrown: false };
  } catch (e) {
    if (!(e instanceof k.KucoinApiError) || !(e instanceof Error) || e.name !== "KucoinApiError") throw e;
    const fields = { ...e, message: e.info.message };
    for (const key of Object.keys(e.info)) if (!(key in e)) throw new Error(`KucoinApiError lacks ${key}`);
    return { thrown: true, text: e.message, outcome: outcome(fields, []) };
  }
}

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const results = JSON.parse(input).map((c) => {
    const retryArgs = "retry_headers" in c ? [c.retry_headers] : [];
    if (c.classify) return outcome(k.classifyMessage(...c.classify), retryArgs);
    if (c.batch) return k.batchFailures(c.domain, bodyOf(c.body)).map((f) => [f.index, outcome(f.error, retryArgs)]);
    if (c.throw) return thrown(c);
    const response = k.parseKucoinResponse(c.domain, c.status, bodyOf(c.body), headersOf(c));
    return response.ok ? outcome(null) : outcome(response.error, retryArgs);
  });
  process.stdout.write(JSON.stringify(results));
});
