// The runtime of the generated kucoin-errors.ts: lookup, message matching, response parsing, retry advice.
// Static source, appended verbatim to the generated declarations and data, which declare the names
// imported below; the import block serves only to check this file as source and is left out.
// codegen: begin source-only
import type { Category, Domain, ErrorCodeByDomain, ErrorInfoByDomain, MarginScope, PlaceholderKind, RetryAction } from "./kucoin-errors-data.js";
import { DEFAULT_RETRY_MS, DOMAIN_DESCRIPTIONS, ERRORS, FAILURES_UNDER_SUCCESS, FALLBACKS, LOOKUPS, REMOVED, STRING_CODES, SUCCESS_CODES, TEMPLATE_PATTERNS, WIRE } from "./kucoin-errors-data.js";
// codegen: end source-only

/** A value KuCoin substitutes into a message: its token as written, what it is, and its kind when the catalogue gives one. */
export interface Placeholder {
  readonly token: string;
  readonly name: string;
  readonly kind?: PlaceholderKind;
}

/** What to do next; with "wait", a fixed delay or a header giving milliseconds. */
export interface RetryAdvice {
  readonly action: RetryAction;
  readonly afterMs?: number;
  readonly afterHeader?: string;
  /** How many times to send the request at most when the cause may be permanent; then do `then`. */
  readonly maxAttempts?: number;
  readonly then?: RetryAction;
}

/** One documented message of a code; category and retry, when set, override the code's. */
export interface MessageVariant {
  readonly id: string;
  readonly key?: string;
  readonly message: string;
  readonly detail?: string;
  readonly placeholders: readonly Placeholder[];
  readonly category?: Category;
  readonly retry?: RetryAdvice;
  readonly note?: string;
  /** Set while the suggested id, category and retry advice await a maintainer's review. */
  readonly review?: string;
  /** How the documented row joins message and detail when not with " -- " (futures 200002: "--"). */
  readonly detailSeparator?: string;
  /** Other wordings of the message (older or newer pages), each matched exactly. */
  readonly aliases?: readonly string[];
  /** The sub-table of KuCoin's page the message is in (websocket and gateway). */
  readonly table?: string;
  /** Where a message no KuCoin page lists was seen (another client's exception map); absent when documented. */
  readonly undocumented?: string;
  /** The rows of KuCoin's pages the message is: `PAGE:ROW`, or `PAGE:ROW:ALIAS` where the row reads as that alias (1-based). */
  readonly pages?: readonly string[];
}

/** The catalogue entry of one error code. */
export interface ErrorInfo<D extends Domain = Domain, C extends number = number> {
  readonly domain: D;
  readonly code: C;
  readonly name: string;
  readonly scope?: MarginScope;
  readonly category: Category;
  readonly retry: RetryAdvice;
  readonly httpStatus?: number;
  readonly note?: string;
  /** Set while the suggested name, category and retry advice await a maintainer's review. */
  readonly review?: string;
  /** Set when the entry is deprecated: why, and what to use instead. */
  readonly deprecated?: string;
  /** The entry that replaces a deprecated one, as "domain:code". */
  readonly replacedBy?: string;
  /** Where a code no KuCoin page lists was seen (another client's exception map); absent when documented. */
  readonly undocumented?: string;
  readonly variants: readonly MessageVariant[];
}

/**
 * A failure KuCoin reports without a numeric code: a string code (`code`), or a message under a success code
 * (`message`); exactly one is set. It has no entry: a response it names is classified with match "unknown", its
 * category and retry advice, and carries it as `unnumbered`.
 */
export interface UnnumberedError {
  readonly domain: Domain;
  readonly name: string;
  readonly category: Category;
  readonly retry: RetryAdvice;
  readonly code?: string;
  readonly message?: string;
  readonly note?: string;
  /** Where a failure no KuCoin page lists was seen (another client's exception map); absent when documented. */
  readonly undocumented?: string;
}

/** A code removed from its domain: gone from the unions and tables, kept so that it can be told apart from a code never known. */
export interface RemovedCode {
  readonly domain: Domain;
  readonly code: number;
  readonly name: string;
  readonly reason?: string;
  /** The entry that replaces it, as "domain:code". */
  readonly replacedBy?: string;
}

function hasOwn(object: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** The entry of `table` (a domain's entries) for `code` as a number or its exact wire string, or undefined. */
function entryOf(table: object, code: number | string): unknown {
  if ((typeof code !== "number" && typeof code !== "string") || !hasOwn(table, code)) return undefined;
  return (table as Readonly<Record<string, unknown>>)[code];
}

/** `domain` when the catalogue has it; a RangeError otherwise, also for names every object carries ("constructor"). */
function knownDomain<D extends Domain>(domain: D): D {
  // DOMAIN_DESCRIPTIONS rather than ERRORS: a bundle that checks a domain keeps no entry of any domain for it.
  if (!hasOwn(DOMAIN_DESCRIPTIONS, domain)) throw new RangeError(`unknown domain ${JSON.stringify(domain)}`);
  return domain;
}

/** The catalogue entry for `code` (200004 or "200004") in `domain`, or undefined when unknown; a RangeError for an unknown domain. */
export function lookupError<D extends Domain>(domain: D, code: number | string): ErrorInfoByDomain[D] | undefined {
  return LOOKUPS[knownDomain(domain)](code);
}

/** True when `code` (200000 or "200000") means success in `domain`. */
export function isSuccessCode(domain: Domain, code: number | string): boolean {
  const codes: readonly number[] = SUCCESS_CODES[knownDomain(domain)];
  for (const success of codes) {
    if (success === code || String(success) === code) return true;
  }
  return false;
}

// Responses: from a raw KuCoin response to a classified error.

/** How well a message matched the catalogue: its exact text, a filled-in template, only its code, or nothing. */
export type MatchQuality = "exact" | "template" | "code_only" | "unknown";

interface ErrorInfoFields {
  /** The message KuCoin sent (for a body that is not JSON, its first 500 code points once trimmed). */
  readonly message: string;
  readonly httpStatus: number | null;
  readonly variant: MessageVariant | null;
  /** Placeholder values of a template match, by placeholder name. */
  readonly values: Readonly<Record<string, string>>;
  readonly category: Category | null;
  readonly retry: RetryAdvice | null;
  /** The gw-ratelimit-reset header of the response, in milliseconds. */
  readonly resetMs: number | null;
}

/** A failed response whose code the catalogue knows: `domain` narrows `code` and `entry`. */
export type KnownErrorInfo = {
  readonly [D in Domain]: ErrorInfoFields & {
    readonly domain: D;
    readonly code: ErrorCodeByDomain[D];
    readonly entry: ErrorInfoByDomain[D];
    readonly match: "exact" | "template" | "code_only";
  };
}[Domain];

/** A failed response whose code the catalogue does not know (or that had none). */
export interface UnknownErrorInfo extends ErrorInfoFields {
  readonly domain: Domain;
  /** The number KuCoin sent, the raw string when it is not a number, or null when there was none. */
  readonly code: number | string | null;
  readonly entry: null;
  readonly match: "unknown";
  /** The tombstone when the code was removed from the catalogue. */
  readonly removed?: RemovedCode;
  /** The string code or the failure under the success code that named the response, when the catalogue lists it. */
  readonly unnumbered?: UnnumberedError;
}

/** A failed KuCoin response, classified against the catalogue. */
export type KucoinErrorInfo = KnownErrorInfo | UnknownErrorInfo;

/** What parseKucoinResponse returns. */
export type KucoinResponse = { readonly ok: true } | { readonly ok: false; readonly error: KucoinErrorInfo };

/** Response headers: a fetch `Headers` object, a plain record (Node's `IncomingHttpHeaders`) or [name, value] pairs. */
export type HeadersInput =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | readonly (readonly [string, string])[];

const GATEWAY_CODES: Readonly<Record<number, string>> = WIRE.gatewayCodes;
const RETRY_DELAYS: Readonly<Partial<Record<Category, number>>> = DEFAULT_RETRY_MS;
const RETRYABLE_ACTIONS: readonly string[] = WIRE.retryableActions;
const WHITESPACE_RUN = /* @__PURE__ */ new RegExp(WIRE.whitespaceRun, "g");
const CANONICAL_CODE = /^[1-9][0-9]{0,9}$/;
const JSON_OBJECT = /^[ \t\n\r]*\{/;
// A string of JSON, or a bracket outside one.
const JSON_NESTING = /"(?:[^"\\]|\\[\s\S])*"|[[\]{}]/g;
// A header of milliseconds is plain decimal digits, with the optional white space of HTTP around them.
const HEADER_MILLISECONDS = /^[ \t]*([0-9]+)[ \t]*$/;
// Cloudflare's 1015 page names the code and says "rate limited", in either order: two searches,
// each linear, where one expression for both orders backtracks quadratically on a large page.
const ERROR_1015 = /\b1015\b/;
// With the u flag, [\s\S] is one code point, as a character is in Python ("rate😀limited").
const RATE_LIMITED = /rate[\s\S]?limit/iu;

declare const TextDecoder: new () => { decode(input: Uint8Array): string };

// White space is Unicode's White_Space property and case is ASCII case, in both bindings:
// Python and JavaScript disagree on both otherwise (U+001C, U+FEFF; the Kelvin sign, the long s).
const NON_ASCII = /[\u0080-\uffff]/;
const ASCII_UPPER = /[A-Z]+/g;

// A white space character other than the space, or two spaces: a text without one has no run to collapse.
const IRREGULAR_SPACE = /* @__PURE__ */ new RegExp(`(?! )${WIRE.whitespaceRun.slice(0, -1)}| {2}`);

/** Runs of white space as one space, trimmed, without trailing full stops: what templates match; case kept. */
function normalise(text: string): string {
  const spaced = IRREGULAR_SPACE.test(text) ? text.replace(WHITESPACE_RUN, " ") : text;
  let start = 0;
  let end = spaced.length;
  while (start < end && spaced.charCodeAt(start) === 32) start++;
  while (end > start && WIRE.trailing.includes(spaced.charAt(end - 1))) end--;
  return start === 0 && end === spaced.length ? spaced : spaced.slice(start, end);
}

/** `text` without white space at either end. */
function trimWhitespace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && WIRE.whitespace.includes(text.charAt(start))) start++;
  while (end > start && WIRE.whitespace.includes(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/** True when `text` has more than WIRE.templateMatchLimit code points (a surrogate pair is one, as a character is in Python). */
function overTemplateLimit(text: string): boolean {
  return text.length > WIRE.templateMatchLimit && firstCodePoints(text, WIRE.templateMatchLimit).length < text.length;
}

/** The first `limit` code points of `text` (a surrogate pair is one, as a character is in Python). */
function firstCodePoints(text: string, limit: number): string {
  if (text.length <= limit) return text; // no more code points than UTF-16 units
  let end = 0;
  for (let count = 0; count < limit && end < text.length; count++) {
    const unit = text.charCodeAt(end);
    const next = text.charCodeAt(end + 1);
    end += unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  }
  return text.slice(0, end);
}

/** ASCII letters in lower case, other characters as they are: the key of an exact match. */
function fold(text: string): string {
  return NON_ASCII.test(text) ? text.replace(ASCII_UPPER, (letters) => letters.toLowerCase()) : text.toLowerCase();
}

function exactTexts(info: ErrorInfo): Map<string, number> {
  const texts = new Map<string, number>();
  info.variants.forEach((variant, index) => {
    const head = [variant.key, variant.message].filter((part) => part !== undefined).join(WIRE.rowSeparator);
    const documented = variant.detail === undefined ? head : head + (variant.detailSeparator ?? WIRE.rowSeparator) + variant.detail;
    for (const text of [documented, variant.message, variant.key, ...(variant.aliases ?? [])]) {
      if (text !== undefined && !texts.has(fold(normalise(text)))) texts.set(fold(normalise(text)), index);
    }
  });
  return texts;
}

interface Matchers {
  readonly exact: Map<string, number>;
  readonly templates: readonly (readonly [number, RegExp])[];
}

interface DomainMatchers {
  /** Per code, its exact texts and templates. */
  readonly byCode: Map<number, Matchers>;
  /** Each normalised text and the lowest code that has it. */
  readonly codesByMessage: Map<string, number>;
  /** Every template with its code, lowest code first. */
  readonly templates: (readonly [number, RegExp])[];
}

// Built for a domain when it first classifies a message: loading the module builds nothing, and a bundler
// can leave out what a program never classifies.
const DOMAIN_MATCHERS = /* @__PURE__ */ new Map<Domain, DomainMatchers>();

/** The matchers of `domain`'s entries, built on first use. */
function matchersOf(domain: Domain): DomainMatchers {
  const built = DOMAIN_MATCHERS.get(domain);
  if (built !== undefined) return built;
  const matchers: DomainMatchers = { byCode: new Map(), codesByMessage: new Map(), templates: [] };
  const infos = (Object.values(ERRORS[domain]) as ErrorInfo[]).sort((a, b) => a.code - b.code);
  for (const info of infos) {
    const exact = exactTexts(info);
    const patterns = TEMPLATE_PATTERNS[domain][info.code] ?? [];
    const templates = patterns.map(([index, pattern]) => [index, new RegExp(pattern, "i")] as const);
    matchers.byCode.set(info.code, { exact, templates });
    for (const [, pattern] of templates) matchers.templates.push([info.code, pattern]);
    for (const text of exact.keys()) {
      if (!matchers.codesByMessage.has(text)) matchers.codesByMessage.set(text, info.code);
    }
  }
  DOMAIN_MATCHERS.set(domain, matchers);
  return matchers;
}

/**
 * The code a message without one names: the lowest whose exact text it is, else whose template it fills.
 * Codes that share a text share its category and retry advice, so which one is named does not change the advice.
 */
function codeNamedBy(domain: Domain, normalised: string, folded: string): number | null {
  for (const layer of layers(domain)) {
    const code = matchersOf(layer).codesByMessage.get(folded);
    if (code !== undefined) return code;
    if (overTemplateLimit(normalised)) continue;
    for (const [templateCode, pattern] of matchersOf(layer).templates) {
      if (pattern.test(normalised)) return templateCode;
    }
  }
  return null;
}

/** The lowest code whose catalogued text (message, key, row or alias) `message` is exactly, in the domain then its fallback. */
function codeOfExactText(domain: Domain, message: string): number | null {
  if (message === "") return null;
  const folded = fold(normalise(message));
  for (const layer of layers(domain)) {
    const code = matchersOf(layer).codesByMessage.get(folded);
    if (code !== undefined) return code;
  }
  return null;
}

/** The domain, then the layer its responses come through (the gateway), if any. */
function layers(domain: Domain): readonly Domain[] {
  const cached = LAYERS.get(domain);
  if (cached !== undefined) return cached;
  const fallback = hasOwn(FALLBACKS, domain) ? FALLBACKS[domain] : undefined;
  const found = fallback === undefined || !hasOwn(ERRORS, fallback) ? [domain] : [domain, fallback];
  LAYERS.set(domain, found);
  return found;
}

const LAYERS = /* @__PURE__ */ new Map<Domain, readonly Domain[]>();

/** The entry of `code` in `domain`, a domain the catalogue has. */
function entryIn(domain: Domain, code: number | string): ErrorInfo | undefined {
  return entryOf(ERRORS[domain], code) as ErrorInfo | undefined;
}

interface Match {
  readonly entry: ErrorInfo;
  readonly match: "exact" | "template" | "code_only";
  readonly variant: MessageVariant | null;
  readonly values: Readonly<Record<string, string>>;
}

/** How `entry`'s code matches a message: its exact text, a filled-in template, or only the code. */
function matchEntry(entry: ErrorInfo, normalised: string, folded: string): Match {
  const matchers = matchersOf(entry.domain).byCode.get(entry.code);
  const exact = matchers?.exact.get(folded);
  if (exact !== undefined) return { entry, match: "exact", variant: entry.variants[exact] ?? null, values: {} };
  if (overTemplateLimit(normalised)) return { entry, match: "code_only", variant: null, values: {} };
  for (const [index, pattern] of matchers?.templates ?? []) {
    const found = pattern.exec(normalised);
    const candidate = entry.variants[index];
    if (found !== null && candidate !== undefined) {
      const values: Record<string, string> = {};
      candidate.placeholders.forEach((placeholder, group) => {
        values[placeholder.name] = found[group + 1] ?? "";
      });
      return { entry, match: "template", variant: candidate, values };
    }
  }
  return { entry, match: "code_only", variant: null, values: {} };
}

// A string, not the literal: a catalogue may lack the http domain, whose entries then give no advice.
const STATUS_DOMAIN: string = WIRE.statusDomain;

function statusAdvice(httpStatus: number | null): { category: Category | null; retry: RetryAdvice | null } {
  if (httpStatus === null) return { category: null, retry: null };
  const entry = hasOwn(ERRORS, STATUS_DOMAIN) ? entryIn(STATUS_DOMAIN as Domain, httpStatus) : undefined;
  if (entry !== undefined) return { category: entry.category, retry: entry.retry };
  if (httpStatus === 429) return { category: "rate_limited", retry: { action: "wait", afterHeader: WIRE.rateLimitResetHeader } };
  // A timeout: a write may have taken effect.
  if (httpStatus === 408 || httpStatus === 504) return { category: "network_timeout", retry: { action: "check_state" } };
  // A server or proxy failed after the request may have reached the service: look a write up first.
  if (httpStatus >= 500 && httpStatus <= 599) return { category: "exchange_unavailable", retry: { action: "check_state" } };
  return { category: null, retry: null };
}

/** The tombstone of a code removed from `domain` (number or exact wire string), or undefined when the code was never removed. */
export function removedError(domain: Domain, code: number | string): RemovedCode | undefined {
  return entryOf(REMOVED[knownDomain(domain)], code) as RemovedCode | undefined;
}

/** The tombstone of `code` in the domain or the layer it falls back on, if the code was removed there. */
function removedIn(domain: Domain, code: number | string | null): RemovedCode | undefined {
  if (code === null) return undefined;
  for (const layer of layers(domain)) {
    const removed = removedError(layer, code);
    if (removed !== undefined) return removed;
  }
  return undefined;
}

const STRING_CODE_INDEX = new Map<Domain, ReadonlyMap<string, UnnumberedError>>();
const FAILURE_INDEX = new Map<Domain, ReadonlyMap<string, UnnumberedError>>();

/** The catalogued code that is not a number, exactly as sent, in the domain or the layer it falls back on. */
function stringCode(domain: Domain, code: string): UnnumberedError | undefined {
  for (const layer of layers(domain)) {
    let index = STRING_CODE_INDEX.get(layer);
    if (index === undefined) {
      index = new Map(STRING_CODES[layer].map((item) => [item.code ?? "", item]));
      STRING_CODE_INDEX.set(layer, index);
    }
    const found = index.get(code);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The failure a message under a success code names, compared as exact matches are: in the domain, then its fallback. */
function failureUnderSuccess(domain: Domain, message: string): UnnumberedError | undefined {
  if (message === "") return undefined;
  const folded = fold(normalise(message));
  for (const layer of layers(domain)) {
    let index = FAILURE_INDEX.get(layer);
    if (index === undefined) {
      index = new Map([...FAILURES_UNDER_SUCCESS[layer]].reverse().map((item) => [fold(normalise(item.message ?? "")), item]));
      FAILURE_INDEX.set(layer, index);
    }
    const found = index.get(folded);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The failure a listed string code or message names, in the domain (or layer) that lists it. */
function unnumberedInfo(code: number | string | null, message: string, httpStatus: number | null, resetMs: number | null, item: UnnumberedError): UnknownErrorInfo {
  const { domain, category, retry } = item;
  return { domain, code, message, httpStatus, match: "unknown", entry: null, variant: null, values: {}, category, retry, resetMs, unnumbered: item };
}

function classify(domain: Domain, code: number | string | null, message: string, httpStatus: number | null, resetMs: number | null): KucoinErrorInfo {
  knownDomain(domain);
  const normalised = normalise(message);
  const folded = fold(normalised);
  // Batch items may carry a message without a code: its text names one.
  code ??= codeNamedBy(domain, normalised, folded);
  const found: ErrorInfo[] = [];
  if (code !== null) {
    for (const layer of layers(domain)) {
      const entry = entryIn(layer, code);
      if (entry !== undefined) found.push(entry);
    }
  }
  if (found.length === 0 && typeof code === "number" && hasOwn(GATEWAY_CODES, code)) {
    // KuCoin documents these in one table, and sends them for every API.
    const gateway = GATEWAY_CODES[code];
    const entry = gateway !== undefined && hasOwn(ERRORS, gateway) ? entryIn(gateway as Domain, code) : undefined;
    if (entry !== undefined) found.push(entry);
  }
  const first = found[0];
  const listed = first === undefined && typeof code === "string" ? stringCode(domain, code) : undefined;
  // A code that is not a number, which the catalogue lists: before the HTTP status.
  if (listed !== undefined) return unnumberedInfo(code, message, httpStatus, resetMs, listed);
  if (first === undefined) {
    const removed = removedIn(domain, code);
    const unknown: UnknownErrorInfo = { domain, code, message, httpStatus, match: "unknown", entry: null, variant: null, values: {}, resetMs, ...statusAdvice(httpStatus) };
    return removed === undefined ? unknown : { ...unknown, removed };
  }
  // The domain's entry, then its fallback's; where both define the code, the one whose message matches decides.
  let best = matchEntry(first, normalised, folded);
  for (let index = 1; index < found.length && best.match === "code_only"; index++) {
    const other = found[index];
    if (other === undefined) break;
    const candidate = matchEntry(other, normalised, folded);
    if (candidate.match !== "code_only") best = candidate;
  }
  const { entry, match, variant, values } = best;
  return {
    domain: entry.domain,
    code: entry.code,
    entry,
    message,
    httpStatus,
    match,
    variant,
    values,
    category: variant?.category ?? entry.category,
    retry: variant?.retry ?? entry.retry,
    resetMs,
  } as KucoinErrorInfo;
}

/**
 * Match a code and message against the catalogue: the entry, the variant and its placeholder values.
 * Both compare normalised texts: runs of white space count as one space, and white space at either end,
 * trailing full stops and the case of ASCII letters do not count. An exact match compares the whole text;
 * a template match fills the variant's placeholders (`values`, read from the normalised message).
 */
export function classifyMessage(domain: Domain, code: number | string | null, message: string): KucoinErrorInfo {
  return classify(domain, code, message, null, null);
}

/**
 * The code as KuCoin sent it: a number for a whole number in 1..2**31-1, else the raw string (a number
 * that is no code as `String()` writes it), null when absent.
 */
function wireCode(raw: unknown): number | string | null {
  if (typeof raw === "number") return Number.isInteger(raw) && raw > 0 && raw <= WIRE.maxCode ? raw : String(raw);
  if (typeof raw === "string") return CANONICAL_CODE.test(raw) && Number(raw) <= WIRE.maxCode ? Number(raw) : raw === "" ? null : raw;
  return null;
}

/** The bytes of a body given as a Uint8Array (a Node Buffer), any other ArrayBuffer view or an ArrayBuffer. */
function bytesOf(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return null;
}

function asRecord(value: unknown): Readonly<Record<string, unknown>> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof ArrayBuffer) && !ArrayBuffer.isView(value)
    ? (value as Record<string, unknown>)
    : null;
}

/**
 * The JSON object of a body (string, bytes or already decoded) and its text; never throws. A byte order
 * mark before the text is dropped, as fetch's `text()` and `TextDecoder` do.
 */
function decode(body: unknown): { document: Readonly<Record<string, unknown>> | null; text: string } {
  const record = asRecord(body);
  if (record !== null) return { document: record, text: "" };
  const bytes = bytesOf(body);
  let text: string;
  if (bytes !== null) text = new TextDecoder().decode(bytes);
  else if (typeof body === "string") text = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
  else return { document: null, text: "" };
  if (JSON_OBJECT.test(text) && !nestsTooDeep(text)) {
    try {
      return { document: asRecord(JSON.parse(text)), text };
    } catch {
      return { document: null, text };
    }
  }
  return { document: null, text };
}

/** True when the JSON in `text` nests deeper than WIRE.maxJsonDepth; linear, and free for text with few brackets. */
function nestsTooDeep(text: string): boolean {
  if (text.length <= WIRE.maxJsonDepth) return false; // fewer brackets than that
  let brackets = 0;
  for (let index = text.indexOf("{"); index >= 0 && brackets <= WIRE.maxJsonDepth; index = text.indexOf("{", index + 1)) brackets++;
  for (let index = text.indexOf("["); index >= 0 && brackets <= WIRE.maxJsonDepth; index = text.indexOf("[", index + 1)) brackets++;
  if (brackets <= WIRE.maxJsonDepth) return false;
  let depth = 0;
  for (const token of text.matchAll(JSON_NESTING)) {
    const bracket = token[0];
    if (bracket === "{" || bracket === "[") {
      depth++;
      if (depth > WIRE.maxJsonDepth) return true;
    } else if (bracket === "}" || bracket === "]") depth--;
  }
  return false;
}

function textOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/**
 * The value of the header `name` (in lower case), names compared ignoring case; undefined when absent.
 * `headers` is a `Headers` object (anything with `get`), a record or [name, value] pairs; any other
 * shape has no headers.
 */
function headerValue(headers: unknown, name: string): unknown {
  if (typeof headers !== "object" || headers === null) return undefined;
  if (Array.isArray(headers)) {
    for (const pair of headers as unknown[]) {
      if (Array.isArray(pair) && pair.length === 2 && typeof pair[0] === "string" && fold(pair[0]) === name) return pair[1];
    }
    return undefined;
  }
  const get: unknown = (headers as { readonly get?: unknown }).get;
  if (typeof get === "function") return (get as (this: unknown, name: string) => unknown).call(headers, name);
  const record = headers as Readonly<Record<string, unknown>>;
  // The name as sent in lower case, else the first name equal to it ignoring case.
  if (hasOwn(record, name) && record[name] !== undefined && record[name] !== null) return record[name];
  const key = Object.keys(record).find((candidate) => fold(candidate) === name);
  return key === undefined ? undefined : record[key];
}

/** The header `name` as milliseconds: plain decimal digits (the first value of an array); null otherwise. */
function headerMs(headers: unknown, name: string): number | null {
  let value = headerValue(headers, name);
  if (Array.isArray(value)) value = (value as unknown[])[0];
  const matched = typeof value === "string" ? HEADER_MILLISECONDS.exec(value) : null;
  if (matched === null) return null;
  const milliseconds = Number(matched[1]);
  return Number.isFinite(milliseconds) ? milliseconds : null;
}

/**
 * `{ ok: true }` when a KuCoin response is a success, else the classified error; never throws on wire data.
 * `body` is the text (`res.text()`), the bytes (`res.arrayBuffer()`, a Uint8Array or Buffer) or the decoded
 * JSON. KuCoin sends error codes with any HTTP status, so the body decides; the status only fills in when
 * the body carries no code (an empty, truncated or HTML body). The rate-limit reset header, found in `headers`
 * ignoring case, is kept for `retryAfterMs`.
 */
export function parseKucoinResponse(domain: Domain, status: number, body: unknown, headers?: HeadersInput | null): KucoinResponse {
  knownDomain(domain);
  const { document, text } = decode(body);
  let code: number | string | null;
  let message: string;
  if (document !== null) {
    code = wireCode(document["code"]);
    if (document["success"] === true || (code !== null && isSuccessCode(domain, code))) {
      // A failure can come under the success code ("Position does not exist"): its exact text names it,
      // a catalogued entry's text first, then a message the domain lists as a failure under success.
      const text = textOf(document["msg"]) || textOf(document["message"]);
      const wire = code;
      code = codeOfExactText(domain, text);
      if (code === null) {
        const failure = failureUnderSuccess(domain, text);
        if (failure === undefined) return { ok: true };
        return { ok: false, error: unnumberedInfo(wire, text, status, headerMs(headers, WIRE.rateLimitResetHeader), failure) };
      }
    }
    if (code === null && status >= 200 && status <= 299 && "data" in document) return { ok: true };
    message = textOf(document["msg"]) || textOf(document["message"]);
  } else {
    code = ERROR_1015.test(text) && RATE_LIMITED.test(text) ? 1015 : null;
    message = firstCodePoints(trimWhitespace(text), WIRE.messageLimit);
  }
  return { ok: false, error: classify(domain, code, message, status, headerMs(headers, WIRE.rateLimitResetHeader)) };
}

// A string, not the literal: a catalogue may lack the websocket domain, which classify then refuses.
const WEBSOCKET_DOMAIN: string = WIRE.websocketDomain;

/**
 * `null` unless a websocket frame is an error, else the error classified in the websocket domain; never throws on
 * wire data. An error frame is `{"type": "error", "code": 509, "data": "exceed max permits per second"}`: the
 * message is in `data`. `frame` is the text, the bytes or the decoded JSON. A RangeError when the catalogue has no
 * websocket domain.
 */
export function parseKucoinWsMessage(frame: unknown): KucoinErrorInfo | null {
  const { document } = decode(frame);
  if (document?.["type"] !== "error") return null;
  const message = textOf(document["data"]) || textOf(document["msg"]);
  return classify(WEBSOCKET_DOMAIN as Domain, wireCode(document["code"]), message, null, null);
}

/**
 * Milliseconds to wait before retrying, or null when retrying will not help. In order: the header the
 * retry advice names (`afterHeader`, milliseconds: gw-ratelimit-reset for 429000 and HTTP 403 or 429),
 * read from `headers` or, when they are null or undefined, from the response; the catalogue's block time
 * (`afterMs`: futures 1015 30 s, futures 200002 10 s); the category's default delay. A header the advice
 * does not name is ignored: KuCoin sends gw-ratelimit-reset with every response. Null also for
 * "check_state" (look the write up before sending it again) and once `attempts` (how many times the
 * request was sent) reaches the advice's `maxAttempts`: then follow `retry.then`.
 */
export function retryAfterMs(error: KucoinErrorInfo, headers?: HeadersInput | null, attempts = 1): number | null {
  const advice = error.retry;
  if (advice === null || !RETRYABLE_ACTIONS.includes(advice.action)) return null;
  if (advice.maxAttempts !== undefined && attempts >= advice.maxAttempts) return null;
  if (advice.afterHeader !== undefined) {
    const named =
      headers !== undefined && headers !== null
        ? headerMs(headers, advice.afterHeader)
        : advice.afterHeader === WIRE.rateLimitResetHeader
          ? error.resetMs
          : null;
    if (named !== null) return named;
  }
  if (advice.afterMs !== undefined) return advice.afterMs;
  return (error.category === null ? undefined : RETRY_DELAYS[error.category]) ?? WIRE.fallbackRetryDelayMs;
}

/** The failed items of a batch response ("200000" outside, failures inside `data`), by index. */
export function batchFailures(domain: Domain, body: unknown): { readonly index: number; readonly error: KucoinErrorInfo }[] {
  knownDomain(domain);
  const { document } = decode(body);
  let data: unknown = document === null ? undefined : document["data"];
  const wrapper = asRecord(data);
  if (wrapper !== null) data = Array.isArray(wrapper["data"]) ? wrapper["data"] : wrapper["items"];
  if (!Array.isArray(data)) return [];
  const failures: { readonly index: number; readonly error: KucoinErrorInfo }[] = [];
  data.forEach((element: unknown, index: number) => {
    const item = asRecord(element);
    if (item === null) return;
    const code = wireCode(item["code"]);
    if (item["success"] === false || item["status"] === "fail" || (code !== null && !isSuccessCode(domain, code))) {
      failures.push({ index, error: classify(domain, code, textOf(item["failMsg"]) || textOf(item["msg"]), null, null) });
    }
  });
  return failures;
}

/** A failed KuCoin response as an exception: the fields of its KucoinErrorInfo (`info`), but `message`. */
export class KucoinApiError extends Error {
  readonly info: KucoinErrorInfo;
  readonly domain: Domain;
  readonly code: KucoinErrorInfo["code"];
  readonly entry: KucoinErrorInfo["entry"];
  readonly variant: MessageVariant | null;
  readonly match: MatchQuality;
  /** Placeholder values of a template match, by placeholder name. */
  readonly values: Readonly<Record<string, string>>;
  readonly category: Category | null;
  readonly retry: RetryAdvice | null;
  readonly httpStatus: number | null;
  /** The gw-ratelimit-reset header of the response, in milliseconds. */
  readonly resetMs: number | null;
  /** The string code or the failure under the success code that named the response, when the catalogue lists it. */
  readonly unnumbered: UnnumberedError | undefined;

  /** The exception this one was made from (a client library's), as ES2022's `Error.cause`; undefined when none. */
  readonly cause: unknown;

  /** `message` says which error it is; the message KuCoin sent is `info.message`. */
  constructor(info: KucoinErrorInfo, cause?: unknown) {
    super(`KuCoin ${info.domain} error ${info.code === null ? "(no code)" : String(info.code)}: ${info.message}`);
    this.name = "KucoinApiError";
    this.cause = cause;
    this.info = info;
    this.domain = info.domain;
    this.code = info.code;
    this.entry = info.entry;
    this.variant = info.variant;
    this.match = info.match;
    this.values = info.values;
    this.category = info.category;
    this.retry = info.retry;
    this.httpStatus = info.httpStatus;
    this.resetMs = info.resetMs;
    this.unnumbered = info.match === "unknown" ? info.unnumbered : undefined;
  }
}

/** Throw a KucoinApiError when the response is a failure. */
export function throwForResponse(domain: Domain, status: number, body: unknown, headers?: HeadersInput | null): void {
  const response = parseKucoinResponse(domain, status, body, headers);
  if (!response.ok) throw new KucoinApiError(response.error);
}

/** A fetch `Response`, or any object with its status, headers and `arrayBuffer()`. */
export interface FetchResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** parseKucoinResponse for a fetch `Response`: reads its body, which can be read once (pass `res.clone()` to read it too). */
export async function parseFetchResponse(domain: Domain, response: FetchResponse): Promise<KucoinResponse> {
  return parseKucoinResponse(domain, response.status, await response.arrayBuffer(), response.headers);
}

/** throwForResponse for a fetch `Response`: rejects with a KucoinApiError when it is a failure. */
export async function throwForFetchResponse(domain: Domain, response: FetchResponse): Promise<void> {
  const result = await parseFetchResponse(domain, response);
  if (!result.ok) throw new KucoinApiError(result.error);
}

// ccxt's message for a failed HTTP status: "<exchange id> <method> <url> <status> <reason> <body>".
const CCXT_HTTP_STATUS = /^[A-Z]+ [^ ]+ ([1-5][0-9]{2}) /;

/**
 * A ccxt error of its kucoin or kucoinfutures exchange as a KucoinApiError whose `cause` is the ccxt error;
 * null when it carries no response (a timeout, a network error). ccxt throws with the message
 * `"<exchange id> <body>"`, or `"<exchange id> <method> <url> <status> <reason> <body>"` for a failed HTTP
 * status, and keeps neither the status nor the headers on the error: the body (and the status, when the
 * message has it) is read from the message, the rate-limit reset header from `headers`
 * (`exchange.last_response_headers`).
 */
export function fromCcxtError(domain: Domain, error: unknown, headers?: HeadersInput | null): KucoinApiError | null {
  const text = error instanceof Error ? error.message : String(error);
  const space = text.indexOf(" ");
  let rest = space < 0 ? "" : text.slice(space + 1);
  let status = 200;
  const http = CCXT_HTTP_STATUS.exec(rest);
  if (http !== null) {
    status = Number(http[1]);
    rest = rest.slice(http[0].length);
  }
  const start = rest.indexOf("{");
  if (start >= 0) rest = rest.slice(start);
  else if (http === null) return null;
  const result = parseKucoinResponse(domain, status, rest, headers);
  return result.ok ? null : new KucoinApiError(result.error, error);
}
