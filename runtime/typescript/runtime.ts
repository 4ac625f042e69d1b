// The runtime of the generated kucoin-errors.ts: lookup, message matching, response parsing, retry advice.
// Static source, appended verbatim to the generated declarations and data, which declare the names
// imported below; the import block serves only to check this file as source and is left out.
// codegen: begin source-only
import type { Category, Domain, ErrorCodeByDomain, ErrorInfoByDomain, MarginScope, PlaceholderKind, RetryAction } from "./kucoin-errors-data.js";
import { DEFAULT_RETRY_MS, DOMAIN_DESCRIPTIONS, ERRORS, FAILURES_UNDER_SUCCESS, FALLBACKS, REMOVED, STRING_CODES, SUCCESS_CODES, TEMPLATE_PATTERNS, WIRE } from "./kucoin-errors-data.js";
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

/** `Object.prototype.hasOwnProperty` as called below: a plain signature, which spares the compiler the generic `call`. */
interface OwnPropertyTest {
  call(object: object, key: PropertyKey): boolean;
}

function hasOwn(object: object, key: PropertyKey): boolean {
  return (Object.prototype.hasOwnProperty as unknown as OwnPropertyTest).call(object, key);
}

/** The entry of `table` (a domain's entries) for `code` as a number or its exact wire string, or undefined. */
function entryOf(table: object, code: number | string): unknown {
  // No property of Object.prototype is named by a number, so a number needs no test of its own.
  return typeof code === "number" || (typeof code === "string" && hasOwn(table, code)) ? (table as Readonly<Record<string, unknown>>)[code] : undefined;
}

/** Nothing when the catalogue has `domain`; a RangeError otherwise, also for names every object carries ("constructor"). */
function checkDomain(domain: Domain): void {
  // DOMAIN_DESCRIPTIONS rather than ERRORS: a bundle that checks a domain keeps no entry of any domain for it.
  if (!hasOwn(DOMAIN_DESCRIPTIONS, domain)) throw new RangeError(`unknown domain ${JSON.stringify(domain)}`);
}

/** The entries of `domain`, keyed by code (through `object`: their own types list every code, which the compiler would compare). */
function entriesOf(domain: string): Readonly<Record<string, ErrorInfo | undefined>> {
  const table: object = ERRORS[domain as Domain];
  return table as Readonly<Record<string, ErrorInfo | undefined>>;
}

/** The catalogue entry for `code` (200004 or "200004") in `domain`, or undefined when unknown; a RangeError for an unknown domain. */
export function lookupError<D extends Domain>(domain: D, code: number | string): ErrorInfoByDomain[D] | undefined {
  checkDomain(domain);
  return entryOf(entriesOf(domain), code) as ErrorInfoByDomain[D] | undefined;
}

/** True when `code` (200000 or "200000") means success in `domain`. */
export function isSuccessCode(domain: Domain, code: number | string): boolean {
  checkDomain(domain);
  return isSuccessIn(domain, code);
}

/** isSuccessCode for a domain already checked: a success code, or its exact wire string. */
function isSuccessIn(domain: Domain, code: number | string): boolean {
  const wire = wireCode(code);
  const codes: readonly number[] = SUCCESS_CODES[domain];
  return typeof wire === "number" && codes.includes(wire);
}

/**
 * The code as KuCoin sent it: a number for a whole number in 1..2**31-1 or its canonical digits, else the raw
 * string (a number that is no code as `String()` writes it), null when absent.
 */
function wireCode(raw: unknown): number | string | null {
  if (typeof raw === "number") return Number.isInteger(raw) && raw > 0 && raw <= WIRE.maxCode ? raw : String(raw);
  if (typeof raw !== "string" || raw === "") return null;
  // Canonical digits: 1 to 10 of them, the first not 0.
  if (raw.length > 10 || raw.charCodeAt(0) === 48) return raw;
  for (let index = 0; index < raw.length; index++) {
    const unit = raw.charCodeAt(index);
    if (unit < 48 || unit > 57) return raw;
  }
  const value = Number(raw);
  return value <= WIRE.maxCode ? value : raw;
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

/** Every field of a classification, as the runtime builds it: one plain shape, which the public types narrow. */
interface Classification extends ErrorInfoFields {
  readonly domain: Domain;
  readonly code: number | string | null;
  readonly entry: ErrorInfo | null;
  readonly match: MatchQuality;
  removed?: RemovedCode;
  unnumbered?: UnnumberedError;
}

/** The fields of a classification in their plain shape, which spares the compiler the union of every domain's. */
function fieldsOf(info: KucoinErrorInfo): Classification {
  const fields: object = info;
  return fields as Classification;
}

/** A category and retry advice: an entry's, a variant's, a listed failure's or an HTTP status's. */
interface Advice {
  readonly category?: Category | undefined;
  readonly retry?: RetryAdvice | undefined;
}

// A string, not the literal: a catalogue may lack the http domain, whose entries then give no advice.
const STATUS_DOMAIN: string = WIRE.statusDomain;
// The same for the websocket domain, which classify then refuses.
const WEBSOCKET_DOMAIN: string = WIRE.websocketDomain;
const GATEWAY_CODES: Readonly<Record<number, string>> = WIRE.gatewayCodes;
const RETRY_DELAYS: Readonly<Record<string, number>> = DEFAULT_RETRY_MS;
const RETRYABLE_ACTIONS: readonly string[] = WIRE.retryableActions;
const WHITESPACE_RUN = /* @__PURE__ */ new RegExp(WIRE.whitespaceRun, "g");
// A string of JSON, or a bracket outside one.
const JSON_NESTING = /"(?:[^"\\]|\\[\s\S])*"|[[\]{}]/g;
// A header of milliseconds is plain decimal digits, with the optional white space of HTTP around them.
const HEADER_MILLISECONDS = /^[ \t]*([0-9]+)[ \t]*$/;
// Cloudflare's 1015 page names the code and says "rate limited", in either order: two searches,
// each linear, where one expression for both orders backtracks quadratically on a large page.
const ERROR_1015 = /\b1015\b/;
// With the u flag, [\s\S] is one code point, as a character is in Python ("rate😀limited").
const RATE_LIMITED = /rate[\s\S]?limit/iu;
// ccxt's message for a failed HTTP status: "<exchange id> <method> <url> <status> <reason> <body>".
const CCXT_HTTP_STATUS = /^[A-Z]+ [^ ]+ ([1-5][0-9]{2}) /;

declare const TextDecoder: new () => { decode(input: ArrayBuffer | ArrayBufferView): string };

// Made on the first body given as bytes; decoding without streaming keeps no state between bodies.
let DECODER: { decode(input: ArrayBuffer | ArrayBufferView): string } | undefined;

// White space is Unicode's White_Space property and case is ASCII case, in both bindings:
// Python and JavaScript disagree on both otherwise (U+001C, U+FEFF; the Kelvin sign, the long s).

/** True when the UTF-16 unit `unit` is white space (WIRE.whitespace). */
function isWhitespace(unit: number): boolean {
  // The printable ASCII characters after the space and the controls up to U+0084 are never white space:
  // the common case needs no search.
  return (unit <= 32 || unit >= 0x85) && WIRE.whitespace.includes(String.fromCharCode(unit));
}

/** Runs of white space as one space, trimmed, without trailing full stops: what templates match; case kept. */
function normalise(text: string): string {
  let spaced = text;
  // A white space character other than the space, or two spaces: a text without one has no run to collapse.
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit === 32 ? text.charCodeAt(index + 1) === 32 : isWhitespace(unit)) {
      spaced = text.replace(WHITESPACE_RUN, " ");
      break;
    }
  }
  let start = 0;
  let end = spaced.length;
  while (start < end && spaced.charCodeAt(start) === 32) start++;
  while (end > start && WIRE.trailing.includes(spaced.charAt(end - 1))) end--;
  return spaced.slice(start, end);
}

/** The first `limit` code points of `text` trimmed of white space (a surrogate pair is one, as a character is in Python). */
function trimmedPrefix(text: string, limit: number): string {
  let start = 0;
  let end = text.length;
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  return firstCodePoints(text.slice(start, end), limit);
}

/** The first `limit` code points of `text`. */
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
  let ascii = true;
  for (let index = 0; index < text.length && ascii; index++) ascii = text.charCodeAt(index) <= 0x7f;
  if (ascii) return text.toLowerCase();
  // toLowerCase would change letters outside ASCII too: here ASCII letters are folded one by one.
  let folded = "";
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 65 && unit <= 90) {
      folded += text.slice(from, index) + String.fromCharCode(unit + 32);
      from = index + 1;
    }
  }
  return folded + text.slice(from);
}

/** A template of a code: the variant it fills and the expression the filled-in text matches. */
interface Template {
  readonly code: number;
  readonly variant: MessageVariant;
  readonly pattern: RegExp;
}

/** A code's entry, its exact texts (folded) with the variant of each, and its templates. */
interface CodeMatchers {
  readonly entry: ErrorInfo;
  readonly texts: string[];
  readonly variants: MessageVariant[];
  readonly templates: Template[];
}

/** What a domain's messages are matched against, built when the domain first classifies one. */
interface DomainMatchers {
  readonly domain: Domain;
  readonly codes: Map<number, CodeMatchers>;
  /** Each exact text and the lowest code that has it. */
  readonly codeByText: Map<string, number>;
  /** Every template, lowest code first. */
  readonly templates: Template[];
  /** The codes that are not numbers, the last item of each. */
  readonly stringCodes: Map<string, UnnumberedError>;
  /** The failures under a success code by their text, compared as exact matches are; the first item of each. */
  readonly failures: Map<string, UnnumberedError>;
  /** The domain, then the layer its responses come through (the gateway), if any; set on first use. */
  layers?: readonly DomainMatchers[];
}

// Built for a domain when it first classifies a message: loading the module builds nothing, and a bundler
// can leave out what a program never classifies.
const MATCHERS = /* @__PURE__ */ new Map<string, DomainMatchers>();

/** The matchers of `domain`, built on first use. */
function matchersOf(domain: Domain): DomainMatchers {
  const built = MATCHERS.get(domain);
  if (built !== undefined) return built;
  const matchers: DomainMatchers = {
    domain,
    codes: new Map<number, CodeMatchers>(),
    codeByText: new Map<string, number>(),
    templates: [],
    stringCodes: new Map<string, UnnumberedError>(),
    failures: new Map<string, UnnumberedError>(),
  };
  const table = entriesOf(domain);
  // A domain's codes are array indices (1 to 2**31-1), which Object.keys lists in ascending order.
  for (const key of Object.keys(table)) {
    const entry = table[key];
    if (entry !== undefined) addCode(matchers, entry);
  }
  for (const item of STRING_CODES[domain]) matchers.stringCodes.set(item.code ?? "", item);
  for (const item of FAILURES_UNDER_SUCCESS[domain]) {
    const folded = fold(normalise(item.message ?? ""));
    if (!matchers.failures.has(folded)) matchers.failures.set(folded, item);
  }
  MATCHERS.set(domain, matchers);
  return matchers;
}

/** The exact texts and templates of `entry` into `matchers`, the texts a lower code has already kept left to it. */
function addCode(matchers: DomainMatchers, entry: ErrorInfo): void {
  const own: CodeMatchers = { entry, texts: [], variants: [], templates: [] };
  for (const variant of entry.variants) {
    const head = variant.key === undefined ? variant.message : variant.key + WIRE.rowSeparator + variant.message;
    const row = variant.detail === undefined ? head : head + (variant.detailSeparator ?? WIRE.rowSeparator) + variant.detail;
    for (const text of [row, variant.message, variant.key ?? row, ...(variant.aliases ?? [])]) {
      const folded = fold(normalise(text));
      own.texts.push(folded);
      own.variants.push(variant);
      if (!matchers.codeByText.has(folded)) matchers.codeByText.set(folded, entry.code);
    }
  }
  for (const pattern of TEMPLATE_PATTERNS[matchers.domain]?.[entry.code] ?? []) {
    const variant = entry.variants[pattern[0]];
    if (variant === undefined) continue;
    const template: Template = { code: entry.code, variant, pattern: new RegExp(pattern[1], "i") };
    own.templates.push(template);
    matchers.templates.push(template);
  }
  matchers.codes.set(entry.code, own);
}

/** The matchers of the domain, then of the layer it falls back on when the catalogue has that domain. */
function layersOf(domain: Domain): readonly DomainMatchers[] {
  const own = matchersOf(domain);
  if (own.layers !== undefined) return own.layers;
  const fallback = hasOwn(FALLBACKS, domain) ? FALLBACKS[domain] : undefined;
  own.layers = fallback !== undefined && hasOwn(ERRORS, fallback) ? [own, matchersOf(fallback)] : [own];
  return own.layers;
}

/**
 * The code a message names, in the domain then its fallback: the lowest whose exact text (message, key, row
 * or alias) it is, else, when `templated`, the lowest whose template it fills. Codes that share a text share
 * its category and retry advice, so which one is named does not change the advice.
 */
function codeNamedBy(layers: readonly DomainMatchers[], normalised: string, folded: string, templated: boolean): number | null {
  for (const layer of layers) {
    const code = layer.codeByText.get(folded);
    if (code !== undefined) return code;
    for (const template of templated ? layer.templates : []) {
      if (template.pattern.test(normalised)) return template.code;
    }
  }
  return null;
}

/**
 * The matchers of `code` in the domain, then in its fallback; else, for a gateway code, in the table KuCoin
 * documents it in (it sends these for every API). A string is a code of a table only as its exact wire digits.
 */
function candidatesOf(layers: readonly DomainMatchers[], code: number | string | null): CodeMatchers[] {
  const key = typeof code === "string" ? wireCode(code) : code;
  const found: CodeMatchers[] = [];
  for (const layer of typeof key === "number" ? layers : []) {
    const own = layer.codes.get(key as number);
    if (own !== undefined) found.push(own);
  }
  const gateway = typeof code === "number" && found.length === 0 && hasOwn(GATEWAY_CODES, code) ? GATEWAY_CODES[code] : undefined;
  const own = gateway !== undefined && hasOwn(ERRORS, gateway) ? matchersOf(gateway as Domain).codes.get(code as number) : undefined;
  if (own !== undefined) found.push(own);
  return found;
}

/** classifyMessage for a domain already checked, with the response's HTTP status and reset header. */
function classify(domain: Domain, wire: number | string | null, message: string, httpStatus: number | null, resetMs: number | null): KucoinErrorInfo {
  const normalised = normalise(message);
  const folded = fold(normalised);
  // Templates are tried on texts of up to WIRE.templateMatchLimit code points: matching stays linear in time.
  const templated = firstCodePoints(normalised, WIRE.templateMatchLimit).length === normalised.length;
  const layers = layersOf(domain);
  // Batch items may carry a message without a code: its text names one.
  const code = wire ?? codeNamedBy(layers, normalised, folded, templated);
  // Where several tables define the code, the first whose message matches decides, else the first.
  const candidates = candidatesOf(layers, code);
  for (const own of candidates) {
    const matched = matchedInfo(own, normalised, folded, templated, message, httpStatus, resetMs);
    if (matched !== null) return matched;
  }
  const first = candidates[0];
  if (first !== undefined) return classified(first.entry.domain, first.entry.code, message, httpStatus, resetMs, "code_only", first.entry);
  // A code that is not a number, which the catalogue lists: before the HTTP status.
  const listed = typeof code === "string" ? listedIn(layers, code) : undefined;
  if (listed !== undefined) return classified(listed.domain, code, message, httpStatus, resetMs, "unknown", null, null, {}, listed, undefined, listed);
  const removed = code === null ? undefined : removedIn(layers, code);
  return classified(domain, code, message, httpStatus, resetMs, "unknown", null, null, {}, statusAdvice(httpStatus), removed);
}

/** The classification of a message of `own`'s code by its exact text or a filled-in template; null when neither. */
function matchedInfo(own: CodeMatchers, normalised: string, folded: string, templated: boolean, message: string, httpStatus: number | null, resetMs: number | null): KucoinErrorInfo | null {
  const entry = own.entry;
  const exact = own.texts.indexOf(folded);
  if (exact >= 0) return classified(entry.domain, entry.code, message, httpStatus, resetMs, "exact", entry, own.variants[exact] ?? null);
  for (const template of templated ? own.templates : []) {
    const found = template.pattern.exec(normalised);
    if (found === null) continue;
    const values: Record<string, string> = {};
    let group = 1;
    for (const placeholder of template.variant.placeholders) values[placeholder.name] = found[group++] ?? "";
    return classified(entry.domain, entry.code, message, httpStatus, resetMs, "template", entry, template.variant, values);
  }
  return null;
}

/** The catalogued code that is not a number, exactly as sent, in the domain or the layer it falls back on. */
function listedIn(layers: readonly DomainMatchers[], code: string): UnnumberedError | undefined {
  for (const layer of layers) {
    const listed = layer.stringCodes.get(code);
    if (listed !== undefined) return listed;
  }
  return undefined;
}

/** The tombstone of `code` in the domain or the layer it falls back on, if the code was removed there. */
function removedIn(layers: readonly DomainMatchers[], code: number | string): RemovedCode | undefined {
  for (const layer of layers) {
    const removed = entryOf(REMOVED[layer.domain], code) as RemovedCode | undefined;
    if (removed !== undefined) return removed;
  }
  return undefined;
}

/** A classification; the variant's category and retry advice before those of `advice` (by default the entry's). */
function classified(
  domain: Domain,
  code: number | string | null,
  message: string,
  httpStatus: number | null,
  resetMs: number | null,
  match: MatchQuality,
  entry: ErrorInfo | null,
  variant: MessageVariant | null = null,
  values: Readonly<Record<string, string>> = {},
  advice: Advice | null = entry,
  removed?: RemovedCode,
  item?: UnnumberedError,
): KucoinErrorInfo {
  const category = variant?.category ?? advice?.category ?? null;
  const retry = variant?.retry ?? advice?.retry ?? null;
  const info: Classification = { domain, code, entry, message, httpStatus, match, variant, values, category, retry, resetMs };
  if (removed !== undefined) info.removed = removed;
  if (item !== undefined) info.unnumbered = item;
  return info as KucoinErrorInfo;
}

/** The failure a listed string code or message names, in the domain (or layer) that lists it. */
function unnumbered(code: number | string | null, message: string, httpStatus: number | null, resetMs: number | null, item: UnnumberedError): KucoinErrorInfo {
  return classified(item.domain, code, message, httpStatus, resetMs, "unknown", null, null, {}, item, undefined, item);
}

/** The advice of an HTTP status for a code the catalogue does not know: its entry in the http domain, else 429, a timeout or a 5xx. */
function statusAdvice(httpStatus: number | null): Advice | null {
  const entry = httpStatus !== null && hasOwn(ERRORS, STATUS_DOMAIN) ? entriesOf(STATUS_DOMAIN)[httpStatus] : undefined;
  if (entry !== undefined) return entry;
  if (httpStatus === 429) return { category: "rate_limited", retry: { action: "wait", afterHeader: WIRE.rateLimitResetHeader } };
  // A timeout, or a server or proxy that failed after the request may have reached the service: a write may
  // have taken effect, so look it up first.
  if (httpStatus === 408 || httpStatus === 504) return { category: "network_timeout", retry: { action: "check_state" } };
  return httpStatus !== null && httpStatus >= 500 && httpStatus <= 599 ? { category: "exchange_unavailable", retry: { action: "check_state" } } : null;
}

/** The tombstone of a code removed from `domain` (number or exact wire string), or undefined when the code was never removed. */
export function removedError(domain: Domain, code: number | string): RemovedCode | undefined {
  checkDomain(domain);
  return entryOf(REMOVED[domain], code) as RemovedCode | undefined;
}

/**
 * Match a code and message against the catalogue: the entry, the variant and its placeholder values.
 * Both compare normalised texts: runs of white space count as one space, and white space at either end,
 * trailing full stops and the case of ASCII letters do not count. An exact match compares the whole text;
 * a template match fills the variant's placeholders (`values`, read from the normalised message).
 */
export function classifyMessage(domain: Domain, code: number | string | null, message: string): KucoinErrorInfo {
  checkDomain(domain);
  return classify(domain, code, message, null, null);
}

/** A value as a JSON object: not null, an array or bytes. */
function asRecord(value: unknown): Readonly<Record<string, unknown>> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof ArrayBuffer) && !ArrayBuffer.isView(value)
    ? (value as Readonly<Record<string, unknown>>)
    : null;
}

/**
 * The text of a body given as text or bytes (an ArrayBuffer, or a view of one: a Uint8Array, a Node Buffer),
 * null for any other value. A byte order mark before the text is dropped, as fetch's `text()` and `TextDecoder` do.
 */
function bodyText(body: unknown): string | null {
  if (typeof body === "string") return body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
  if (!(body instanceof ArrayBuffer) && !ArrayBuffer.isView(body)) return null;
  DECODER ??= new TextDecoder();
  return DECODER.decode(body);
}

/** The JSON object of a body (text, bytes or already decoded), or null (not JSON, not an object, nested too deep); never throws. */
function documentOf(body: unknown, text: string | null = bodyText(body)): Readonly<Record<string, unknown>> | null {
  if (text === null) return asRecord(body);
  // JSON white space, then an object.
  let start = 0;
  for (let unit = text.charCodeAt(0); unit === 32 || unit === 9 || unit === 10 || unit === 13; unit = text.charCodeAt(start)) start++;
  if (text.charCodeAt(start) !== 123 || nestsTooDeep(text)) return null;
  try {
    return asRecord(JSON.parse(text));
  } catch {
    return null;
  }
}

/** True when the JSON in `text` nests deeper than WIRE.maxJsonDepth; linear, and free for text with few brackets. */
function nestsTooDeep(text: string): boolean {
  if (text.length <= WIRE.maxJsonDepth) return false; // fewer brackets than that
  let brackets = 0;
  for (let index = text.indexOf("{"); index >= 0 && brackets <= WIRE.maxJsonDepth; index = text.indexOf("{", index + 1)) brackets++;
  for (let index = text.indexOf("["); index >= 0 && brackets <= WIRE.maxJsonDepth; index = text.indexOf("[", index + 1)) brackets++;
  let depth = 0;
  JSON_NESTING.lastIndex = 0;
  for (let token = brackets > WIRE.maxJsonDepth ? JSON_NESTING.exec(text) : null; token !== null; token = JSON_NESTING.exec(text)) {
    const bracket = token[0];
    if (bracket === "{" || bracket === "[") depth++;
    else if (bracket === "}" || bracket === "]") depth--;
    if (depth > WIRE.maxJsonDepth) return true;
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
function headerValue(headers: object, name: string): unknown {
  if (Array.isArray(headers)) {
    for (const pair of headers as readonly unknown[]) {
      if (Array.isArray(pair) && pair.length === 2 && typeof pair[0] === "string" && fold(pair[0]) === name) return pair[1];
    }
    return undefined;
  }
  const record = headers as Readonly<Record<string, unknown>>;
  if (typeof record["get"] === "function") return (headers as { get(name: string): unknown }).get(name);
  // The name as sent in lower case, else the first name equal to it ignoring case.
  if (hasOwn(record, name) && record[name] !== undefined && record[name] !== null) return record[name];
  for (const key of Object.keys(record)) {
    if (fold(key) === name) return record[key];
  }
  return undefined;
}

/** The header `name` as milliseconds: plain decimal digits (the first value of an array); null otherwise. */
function headerMs(headers: unknown, name: string): number | null {
  let value = typeof headers === "object" && headers !== null ? headerValue(headers, name) : undefined;
  if (Array.isArray(value)) value = (value as unknown[])[0];
  const matched = typeof value === "string" ? HEADER_MILLISECONDS.exec(value) : null;
  const milliseconds = matched === null ? NaN : Number(matched[1]);
  return Number.isFinite(milliseconds) ? milliseconds : null;
}

/** The lowest code whose catalogued text `message` is exactly, in the domain then its fallback. */
function codeOfExactText(domain: Domain, message: string): number | null {
  return message === "" ? null : codeNamedBy(layersOf(domain), "", fold(normalise(message)), false);
}

/** The failure a message under a success code names, compared as exact matches are: in the domain, then its fallback. */
function failureUnderSuccess(domain: Domain, message: string): UnnumberedError | undefined {
  const folded = fold(normalise(message));
  for (const layer of message === "" ? [] : layersOf(domain)) {
    const found = layer.failures.get(folded);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * `{ ok: true }` when a KuCoin response is a success, else the classified error; never throws on wire data.
 * `body` is the text (`res.text()`), the bytes (`res.arrayBuffer()`, a Uint8Array or Buffer) or the decoded
 * JSON. KuCoin sends error codes with any HTTP status, so the body decides; the status only fills in when
 * the body carries no code (an empty, truncated or HTML body). The rate-limit reset header, found in `headers`
 * ignoring case, is kept for `retryAfterMs`.
 */
export function parseKucoinResponse(domain: Domain, status: number, body: unknown, headers?: HeadersInput | null): KucoinResponse {
  checkDomain(domain);
  const text = bodyText(body);
  const document = documentOf(body, text);
  let code: number | string | null = document === null ? null : wireCode(document["code"]);
  const message = document === null ? trimmedPrefix(text ?? "", WIRE.messageLimit) : textOf(document["msg"]) || textOf(document["message"]);
  if (document === null) {
    if (ERROR_1015.test(text ?? "") && RATE_LIMITED.test(text ?? "")) code = 1015;
  } else if (document["success"] === true || (code !== null && isSuccessIn(domain, code))) {
    // A failure can come under the success code ("Position does not exist"): its exact text names it,
    // a catalogued entry's text first, then a message the domain lists as a failure under success.
    const named = codeOfExactText(domain, message);
    const failure = named === null ? failureUnderSuccess(domain, message) : undefined;
    if (failure !== undefined) return { ok: false, error: unnumbered(code, message, status, headerMs(headers, WIRE.rateLimitResetHeader), failure) };
    if (named === null) return { ok: true };
    code = named;
  } else if (code === null && status >= 200 && status <= 299 && "data" in document) return { ok: true };
  return { ok: false, error: classify(domain, code, message, status, headerMs(headers, WIRE.rateLimitResetHeader)) };
}

/**
 * `null` unless a websocket frame is an error, else the error classified in the websocket domain; never throws on
 * wire data. An error frame is `{"type": "error", "code": 509, "data": "exceed max permits per second"}`: the
 * message is in `data`. `frame` is the text, the bytes or the decoded JSON. A RangeError when the catalogue has no
 * websocket domain.
 */
export function parseKucoinWsMessage(frame: unknown): KucoinErrorInfo | null {
  const document = documentOf(frame);
  if (document?.["type"] !== "error") return null;
  return classifyMessage(WEBSOCKET_DOMAIN as Domain, wireCode(document["code"]), textOf(document["data"]) || textOf(document["msg"]));
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
  const fields = fieldsOf(error);
  const retry = fields.retry;
  if (retry === null || !RETRYABLE_ACTIONS.includes(retry.action)) return null;
  if (retry.maxAttempts !== undefined && attempts >= retry.maxAttempts) return null;
  const header = retry.afterHeader;
  const named =
    header === undefined ? null : headers !== undefined && headers !== null ? headerMs(headers, header) : header === WIRE.rateLimitResetHeader ? fields.resetMs : null;
  return named ?? retry.afterMs ?? (fields.category === null ? undefined : RETRY_DELAYS[fields.category]) ?? WIRE.fallbackRetryDelayMs;
}

/** The failed items of a batch response ("200000" outside, failures inside `data`), by index. */
export function batchFailures(domain: Domain, body: unknown): { readonly index: number; readonly error: KucoinErrorInfo }[] {
  checkDomain(domain);
  const data = documentOf(body)?.["data"];
  const wrapper = asRecord(data);
  const items: unknown = wrapper === null ? data : Array.isArray(wrapper["data"]) ? wrapper["data"] : wrapper["items"];
  const failures: { readonly index: number; readonly error: KucoinErrorInfo }[] = [];
  let index = -1;
  for (const element of Array.isArray(items) ? (items as readonly unknown[]) : []) {
    index++;
    const item = asRecord(element);
    const code = wireCode(item?.["code"]);
    if (item !== null && (item["success"] === false || item["status"] === "fail" || (code !== null && !isSuccessIn(domain, code)))) {
      failures.push({ index, error: classify(domain, code, textOf(item["failMsg"]) || textOf(item["msg"]), null, null) });
    }
  }
  return failures;
}

/** The fields a KucoinApiError copies from its KucoinErrorInfo. */
const ERROR_FIELDS = ["domain", "code", "entry", "variant", "match", "values", "category", "retry", "httpStatus", "resetMs", "unnumbered"] as const;

/** A failed KuCoin response as an exception: the fields of its KucoinErrorInfo (`info`), but `message`. */
export class KucoinApiError extends Error {
  readonly info: KucoinErrorInfo;
  readonly domain!: Domain;
  readonly code!: number | string | null;
  readonly entry!: ErrorInfoByDomain[Domain] | null;
  readonly variant!: MessageVariant | null;
  readonly match!: MatchQuality;
  /** Placeholder values of a template match, by placeholder name. */
  readonly values!: Readonly<Record<string, string>>;
  readonly category!: Category | null;
  readonly retry!: RetryAdvice | null;
  readonly httpStatus!: number | null;
  /** The gw-ratelimit-reset header of the response, in milliseconds. */
  readonly resetMs!: number | null;
  /** The string code or the failure under the success code that named the response, when the catalogue lists it. */
  readonly unnumbered!: UnnumberedError | undefined;

  /** The exception this one was made from (a client library's), as ES2022's `Error.cause`; undefined when none. */
  readonly cause: unknown;

  /** `message` says which error it is; the message KuCoin sent is `info.message`. */
  constructor(info: KucoinErrorInfo, cause?: unknown) {
    const fields = fieldsOf(info);
    super(`KuCoin ${fields.domain} error ${fields.code === null ? "(no code)" : String(fields.code)}: ${fields.message}`);
    this.name = "KucoinApiError";
    this.cause = cause;
    this.info = info;
    for (const field of ERROR_FIELDS) (this as Record<string, unknown>)[field] = fields[field];
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
  const rest = space < 0 ? "" : text.slice(space + 1);
  const http = CCXT_HTTP_STATUS.exec(rest);
  const body = http === null ? rest : rest.slice(http[0].length);
  const start = body.indexOf("{");
  if (start < 0 && http === null) return null;
  const result = parseKucoinResponse(domain, http === null ? 200 : Number(http[1]), start < 0 ? body : body.slice(start), headers);
  return result.ok ? null : new KucoinApiError(result.error, error);
}
