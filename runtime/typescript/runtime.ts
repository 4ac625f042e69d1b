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
  if (typeof code === "number") return (table as Readonly<Record<number, unknown>>)[code];
  return typeof code === "string" && hasOwn(table, code) ? (table as Readonly<Record<string, unknown>>)[code] : undefined;
}

/** Nothing when the catalogue has `domain`; a RangeError otherwise, also for names every object carries ("constructor"). */
function checkDomain(domain: Domain): void {
  // DOMAIN_DESCRIPTIONS rather than ERRORS: a bundle that checks a domain keeps no entry of any domain for it.
  if (!hasOwn(DOMAIN_DESCRIPTIONS, domain)) throw new RangeError(`unknown domain ${JSON.stringify(domain)}`);
}

/** The catalogue entry for `code` (200004 or "200004") in `domain`, or undefined when unknown; a RangeError for an unknown domain. */
export function lookupError<D extends Domain>(domain: D, code: number | string): ErrorInfoByDomain[D] | undefined {
  checkDomain(domain);
  return LOOKUPS[domain](code);
}

/** True when `code` (200000 or "200000") means success in `domain`. */
export function isSuccessCode(domain: Domain, code: number | string): boolean {
  checkDomain(domain);
  return isSuccessIn(domain, code);
}

/** isSuccessCode for a domain already checked. */
function isSuccessIn(domain: Domain, code: number | string): boolean {
  const codes: readonly number[] = SUCCESS_CODES[domain];
  for (const success of codes) {
    if (success === code || (typeof code === "string" && String(success) === code)) return true;
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
// A string of JSON, or a bracket outside one.
const JSON_NESTING = /"(?:[^"\\]|\\[\s\S])*"|[[\]{}]/g;
// A header of milliseconds is plain decimal digits, with the optional white space of HTTP around them.
const HEADER_MILLISECONDS = /^[ \t]*([0-9]+)[ \t]*$/;
// Cloudflare's 1015 page names the code and says "rate limited", in either order: two searches,
// each linear, where one expression for both orders backtracks quadratically on a large page.
const ERROR_1015 = /\b1015\b/;
// With the u flag, [\s\S] is one code point, as a character is in Python ("rate😀limited").
const RATE_LIMITED = /rate[\s\S]?limit/iu;

declare const TextDecoder: new () => Utf8Decoder;

interface Utf8Decoder {
  decode(input: ArrayBuffer | ArrayBufferView): string;
}

// Made on the first body given as bytes; decoding without streaming keeps no state between bodies.
let DECODER: Utf8Decoder | undefined;

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
  return start === 0 && end === spaced.length ? spaced : spaced.slice(start, end);
}

/** `text` without white space at either end. */
function trimWhitespace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
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
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) > 0x7f) return foldAsciiLetters(text);
  }
  return text.toLowerCase();
}

/** fold for a text with characters outside ASCII, which toLowerCase would change too. */
function foldAsciiLetters(text: string): string {
  let folded = "";
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 65 && unit <= 90) {
      folded += text.slice(start, index) + String.fromCharCode(unit + 32);
      start = index + 1;
    }
  }
  return folded + text.slice(start);
}

/** A template of a code: the variant it fills and the expression the filled-in text matches. */
interface Template {
  readonly code: number;
  readonly variant: MessageVariant;
  readonly pattern: RegExp;
}

interface Matchers {
  readonly entry: ErrorInfo;
  /** Each exact text, folded, and the index of its variant. */
  readonly exact: Map<string, number>;
  readonly templates: Template[];
}

interface DomainMatchers {
  readonly domain: Domain;
  /** Per code, its entry, exact texts and templates. */
  readonly byCode: Map<number, Matchers>;
  /** Each normalised text and the lowest code that has it. */
  readonly codesByMessage: Map<string, number>;
  /** Every template, lowest code first. */
  readonly templates: Template[];
}

// Built for a domain when it first classifies a message: loading the module builds nothing, and a bundler
// can leave out what a program never classifies.
const DOMAIN_MATCHERS = /* @__PURE__ */ new Map<Domain, DomainMatchers>();

/** The entries of `domain`, keyed by code. */
function entriesOf(domain: Domain): Readonly<Record<string, ErrorInfo>> {
  // Through `object`: the tables' own types are records of every code, which the compiler would compare one by one.
  const table: object = ERRORS[domain];
  return table as Readonly<Record<string, ErrorInfo>>;
}

/** The matchers of `domain`'s entries, built on first use. */
function matchersOf(domain: Domain): DomainMatchers {
  const built = DOMAIN_MATCHERS.get(domain);
  if (built !== undefined) return built;
  const matchers: DomainMatchers = { domain, byCode: new Map<number, Matchers>(), codesByMessage: new Map<string, number>(), templates: [] };
  const table = entriesOf(domain);
  // A domain's codes are array indices (1 to 2**31-1), which Object.keys lists in ascending order.
  for (const key of Object.keys(table)) {
    const info = table[key];
    if (info !== undefined) addMatchers(matchers, info, TEMPLATE_PATTERNS[domain][info.code]);
  }
  DOMAIN_MATCHERS.set(domain, matchers);
  return matchers;
}

/** The exact texts and templates of `info` into `matchers`, the texts a lower code has already kept left to it. */
function addMatchers(matchers: DomainMatchers, info: ErrorInfo, patterns: readonly (readonly [number, string])[] | undefined): void {
  const exact = new Map<string, number>();
  let index = 0;
  for (const variant of info.variants) {
    const head = variant.key === undefined ? variant.message : variant.key + WIRE.rowSeparator + variant.message;
    const documented = variant.detail === undefined ? head : head + (variant.detailSeparator ?? WIRE.rowSeparator) + variant.detail;
    for (const text of [documented, variant.message, variant.key, ...(variant.aliases ?? [])]) {
      if (text === undefined) continue;
      const folded = fold(normalise(text));
      if (!exact.has(folded)) exact.set(folded, index);
      if (!matchers.codesByMessage.has(folded)) matchers.codesByMessage.set(folded, info.code);
    }
    index++;
  }
  const templates: Template[] = [];
  for (const [variantIndex, source] of patterns ?? []) {
    const variant = info.variants[variantIndex];
    if (variant === undefined) continue;
    const template: Template = { code: info.code, variant, pattern: new RegExp(source, "i") };
    templates.push(template);
    matchers.templates.push(template);
  }
  matchers.byCode.set(info.code, { entry: info, exact, templates });
}

/**
 * The code a message without one names: the lowest whose exact text it is, else whose template it fills.
 * Codes that share a text share its category and retry advice, so which one is named does not change the advice.
 */
function codeNamedBy(domain: Domain, normalised: string, folded: string): number | null {
  for (const matchers of layerMatchers(domain)) {
    const code = matchers.codesByMessage.get(folded);
    if (code !== undefined) return code;
    if (overTemplateLimit(normalised)) continue;
    for (const template of matchers.templates) {
      if (template.pattern.test(normalised)) return template.code;
    }
  }
  return null;
}

/** The lowest code whose catalogued text (message, key, row or alias) `message` is exactly, in the domain then its fallback. */
function codeOfExactText(domain: Domain, message: string): number | null {
  if (message === "") return null;
  const folded = fold(normalise(message));
  for (const matchers of layerMatchers(domain)) {
    const code = matchers.codesByMessage.get(folded);
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

/** The matchers of the domain and of the layer it falls back on, built on first use. */
function layerMatchers(domain: Domain): readonly DomainMatchers[] {
  const cached = LAYER_MATCHERS.get(domain);
  if (cached !== undefined) return cached;
  const found: DomainMatchers[] = [];
  for (const layer of layers(domain)) found.push(matchersOf(layer));
  LAYER_MATCHERS.set(domain, found);
  return found;
}

const LAYER_MATCHERS = /* @__PURE__ */ new Map<Domain, readonly DomainMatchers[]>();

/** The matchers of `code` in a domain's `matchers`, when the domain has the code. */
function codeIn(matchers: DomainMatchers, code: number | string): Matchers | undefined {
  if (typeof code === "number") return matchers.byCode.get(code);
  const entry = entryOf(entriesOf(matchers.domain), code) as ErrorInfo | undefined;
  return entry === undefined ? undefined : matchers.byCode.get(entry.code);
}

/** The matchers of `code` in the first of `domains` that has it. */
function firstMatchers(domains: readonly DomainMatchers[], code: number | string): Matchers | undefined {
  for (const layer of domains) {
    const matchers = codeIn(layer, code);
    if (matchers !== undefined) return matchers;
  }
  return undefined;
}

/** The matchers of a gateway code in the table KuCoin documents it in (it sends these for every API). */
function gatewayMatchers(code: number | string): Matchers | undefined {
  if (typeof code !== "number" || !hasOwn(GATEWAY_CODES, code)) return undefined;
  const gateway = GATEWAY_CODES[code];
  return gateway !== undefined && hasOwn(ERRORS, gateway) ? codeIn(matchersOf(gateway as Domain), code) : undefined;
}

/** The classification of a message of `matchers`' code by its exact text or a filled-in template; null when neither. */
function matchedInfo(matchers: Matchers, normalised: string, folded: string, message: string, httpStatus: number | null, resetMs: number | null): KucoinErrorInfo | null {
  const { entry } = matchers;
  const exact = matchers.exact.get(folded);
  if (exact !== undefined) return knownInfo(entry, "exact", entry.variants[exact] ?? null, {}, message, httpStatus, resetMs);
  if (matchers.templates.length === 0 || overTemplateLimit(normalised)) return null;
  for (const template of matchers.templates) {
    const found = template.pattern.exec(normalised);
    if (found !== null) {
      const values: Record<string, string> = {};
      let group = 1;
      for (const placeholder of template.variant.placeholders) values[placeholder.name] = found[group++] ?? "";
      return knownInfo(entry, "template", template.variant, values, message, httpStatus, resetMs);
    }
  }
  return null;
}

/** The fields of a KnownErrorInfo, whatever its domain. */
interface KnownFields extends ErrorInfoFields {
  readonly domain: Domain;
  readonly code: number;
  readonly entry: ErrorInfo;
  readonly match: "exact" | "template" | "code_only";
}

/** A failure of a catalogued code; the variant's category and retry advice before the entry's. */
function knownInfo(
  entry: ErrorInfo,
  match: "exact" | "template" | "code_only",
  variant: MessageVariant | null,
  values: Readonly<Record<string, string>>,
  message: string,
  httpStatus: number | null,
  resetMs: number | null,
): KucoinErrorInfo {
  const info: KnownFields = {
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
  };
  // Built as one plain shape: checking the literal against the union of every domain's shape costs the compiler more.
  return info as KucoinErrorInfo;
}

// A string, not the literal: a catalogue may lack the http domain, whose entries then give no advice.
const STATUS_DOMAIN: string = WIRE.statusDomain;

/** A failure whose code the catalogue does not know, with the advice of its HTTP status. */
function unknownInfo(domain: Domain, code: number | string | null, message: string, httpStatus: number | null, resetMs: number | null): UnknownErrorInfo {
  let category: Category | null = null;
  let retry: RetryAdvice | null = null;
  const entry = httpStatus !== null && hasOwn(ERRORS, STATUS_DOMAIN) ? (entryOf(entriesOf(STATUS_DOMAIN as Domain), httpStatus) as ErrorInfo | undefined) : undefined;
  if (entry !== undefined) {
    category = entry.category;
    retry = entry.retry;
  } else if (httpStatus === 429) {
    category = "rate_limited";
    retry = { action: "wait", afterHeader: WIRE.rateLimitResetHeader };
  } else if (httpStatus === 408 || httpStatus === 504) {
    // A timeout: a write may have taken effect.
    category = "network_timeout";
    retry = { action: "check_state" };
  } else if (httpStatus !== null && httpStatus >= 500 && httpStatus <= 599) {
    // A server or proxy failed after the request may have reached the service: look a write up first.
    category = "exchange_unavailable";
    retry = { action: "check_state" };
  }
  const removed = removedIn(domain, code);
  return removed === undefined
    ? { domain, code, message, httpStatus, match: "unknown", entry: null, variant: null, values: {}, resetMs, category, retry }
    : { domain, code, message, httpStatus, match: "unknown", entry: null, variant: null, values: {}, resetMs, category, retry, removed };
}

/** The tombstone of a code removed from `domain` (number or exact wire string), or undefined when the code was never removed. */
export function removedError(domain: Domain, code: number | string): RemovedCode | undefined {
  checkDomain(domain);
  return entryOf(REMOVED[domain], code) as RemovedCode | undefined;
}

/** The tombstone of `code` in the domain or the layer it falls back on, if the code was removed there. */
function removedIn(domain: Domain, code: number | string | null): RemovedCode | undefined {
  if (code === null) return undefined;
  for (const layer of layers(domain)) {
    const removed = entryOf(REMOVED[layer], code) as RemovedCode | undefined;
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
      const built = new Map<string, UnnumberedError>();
      // The last item with a code is the one it names.
      for (const item of STRING_CODES[layer]) built.set(item.code ?? "", item);
      index = built;
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
      const built = new Map<string, UnnumberedError>();
      // The first item with a text is the one it names.
      for (const item of FAILURES_UNDER_SUCCESS[layer]) {
        const text = fold(normalise(item.message ?? ""));
        if (!built.has(text)) built.set(text, item);
      }
      index = built;
      FAILURE_INDEX.set(layer, index);
    }
    const found = index.get(folded);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The failure a listed string code or message names, in the domain (or layer) that lists it. */
function unnumberedInfo(code: number | string | null, message: string, httpStatus: number | null, resetMs: number | null, item: UnnumberedError): UnknownErrorInfo {
  return { domain: item.domain, code, message, httpStatus, match: "unknown", entry: null, variant: null, values: {}, category: item.category, retry: item.retry, resetMs, unnumbered: item };
}

/** classifyMessage for a domain already checked, with the response's HTTP status and reset header. */
function classify(domain: Domain, wire: number | string | null, message: string, httpStatus: number | null, resetMs: number | null): KucoinErrorInfo {
  const normalised = normalise(message);
  const folded = fold(normalised);
  // Batch items may carry a message without a code: its text names one.
  const code = wire ?? codeNamedBy(domain, normalised, folded);
  if (code === null) return unknownInfo(domain, code, message, httpStatus, resetMs);
  // The domain's entry, then its fallback's; where both define the code, the one whose message matches decides.
  const domains = layerMatchers(domain);
  for (const layer of domains) {
    const matchers = codeIn(layer, code);
    const matched = matchers === undefined ? null : matchedInfo(matchers, normalised, folded, message, httpStatus, resetMs);
    if (matched !== null) return matched;
  }
  const first = firstMatchers(domains, code);
  if (first !== undefined) return knownInfo(first.entry, "code_only", null, {}, message, httpStatus, resetMs);
  const gateway = gatewayMatchers(code);
  if (gateway !== undefined) {
    return matchedInfo(gateway, normalised, folded, message, httpStatus, resetMs) ?? knownInfo(gateway.entry, "code_only", null, {}, message, httpStatus, resetMs);
  }
  // A code that is not a number, which the catalogue lists: before the HTTP status.
  const listed = typeof code === "string" ? stringCode(domain, code) : undefined;
  return listed === undefined ? unknownInfo(domain, code, message, httpStatus, resetMs) : unnumberedInfo(code, message, httpStatus, resetMs, listed);
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

/**
 * The code as KuCoin sent it: a number for a whole number in 1..2**31-1, else the raw string (a number
 * that is no code as `String()` writes it), null when absent.
 */
function wireCode(raw: unknown): number | string | null {
  if (typeof raw === "number") return Number.isInteger(raw) && raw > 0 && raw <= WIRE.maxCode ? raw : String(raw);
  if (typeof raw !== "string") return null;
  if (raw === "") return null;
  // Canonical digits: 1 to 10 of them, the first not 0.
  if (raw.length > 10 || raw.charCodeAt(0) === 48) return raw;
  for (let index = 0; index < raw.length; index++) {
    const unit = raw.charCodeAt(index);
    if (unit < 48 || unit > 57) return raw;
  }
  const value = Number(raw);
  return value <= WIRE.maxCode ? value : raw;
}

/** True for a body given as bytes: an ArrayBuffer, or a view of one (a Uint8Array, a Node Buffer). */
function isBytes(value: unknown): value is ArrayBuffer | ArrayBufferView {
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

function asRecord(value: unknown): Readonly<Record<string, unknown>> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !isBytes(value)
    ? (value as Record<string, unknown>)
    : null;
}

/**
 * The text of a body given as text or bytes, null for any other value. A byte order mark before the text is
 * dropped, as fetch's `text()` and `TextDecoder` do.
 */
function bodyText(body: unknown): string | null {
  if (typeof body === "string") return body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
  if (!isBytes(body)) return null;
  DECODER ??= new TextDecoder();
  return DECODER.decode(body);
}

/** The JSON object `text` holds, or null (not JSON, not an object, nested too deep); never throws. */
function jsonObject(text: string): Readonly<Record<string, unknown>> | null {
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

/** The JSON object of a body (string, bytes or already decoded), or null. */
function documentOf(body: unknown): Readonly<Record<string, unknown>> | null {
  const text = bodyText(body);
  return text === null ? asRecord(body) : jsonObject(text);
}

/** True when the JSON in `text` nests deeper than WIRE.maxJsonDepth; linear, and free for text with few brackets. */
function nestsTooDeep(text: string): boolean {
  if (text.length <= WIRE.maxJsonDepth) return false; // fewer brackets than that
  let brackets = 0;
  for (let index = text.indexOf("{"); index >= 0 && brackets <= WIRE.maxJsonDepth; index = text.indexOf("{", index + 1)) brackets++;
  for (let index = text.indexOf("["); index >= 0 && brackets <= WIRE.maxJsonDepth; index = text.indexOf("[", index + 1)) brackets++;
  if (brackets <= WIRE.maxJsonDepth) return false;
  let depth = 0;
  JSON_NESTING.lastIndex = 0;
  for (let token = JSON_NESTING.exec(text); token !== null; token = JSON_NESTING.exec(text)) {
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
    for (const pair of headers as readonly unknown[]) {
      if (Array.isArray(pair) && pair.length === 2 && typeof pair[0] === "string" && fold(pair[0]) === name) return pair[1];
    }
    return undefined;
  }
  if (typeof (headers as { readonly get?: unknown }).get === "function") return (headers as { get(name: string): unknown }).get(name);
  const record = headers as Readonly<Record<string, unknown>>;
  // The name as sent in lower case, else the first name equal to it ignoring case.
  if (hasOwn(record, name) && record[name] !== undefined && record[name] !== null) return record[name];
  for (const candidate of Object.keys(record)) {
    if (fold(candidate) === name) return record[candidate];
  }
  return undefined;
}

/** The header `name` as milliseconds: plain decimal digits (the first value of an array); null otherwise. */
function headerMs(headers: unknown, name: string): number | null {
  if (headers === undefined || headers === null) return null;
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
  checkDomain(domain);
  const text = bodyText(body);
  const document = text === null ? asRecord(body) : jsonObject(text);
  let code: number | string | null;
  let message: string;
  if (document !== null) {
    code = wireCode(document["code"]);
    message = textOf(document["msg"]) || textOf(document["message"]);
    if (document["success"] === true || (code !== null && isSuccessIn(domain, code))) {
      // A failure can come under the success code ("Position does not exist"): its exact text names it,
      // a catalogued entry's text first, then a message the domain lists as a failure under success.
      const wire = code;
      code = codeOfExactText(domain, message);
      if (code === null) {
        const failure = failureUnderSuccess(domain, message);
        if (failure === undefined) return { ok: true };
        return { ok: false, error: unnumberedInfo(wire, message, status, headerMs(headers, WIRE.rateLimitResetHeader), failure) };
      }
    }
    if (code === null && status >= 200 && status <= 299 && "data" in document) return { ok: true };
  } else {
    const raw = text ?? "";
    code = ERROR_1015.test(raw) && RATE_LIMITED.test(raw) ? 1015 : null;
    message = firstCodePoints(trimWhitespace(raw), WIRE.messageLimit);
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
  const document = documentOf(frame);
  if (document?.["type"] !== "error") return null;
  const message = textOf(document["data"]) || textOf(document["msg"]);
  return classifyMessage(WEBSOCKET_DOMAIN as Domain, wireCode(document["code"]), message);
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
  checkDomain(domain);
  const document = documentOf(body);
  let data: unknown = document === null ? undefined : document["data"];
  const wrapper = asRecord(data);
  if (wrapper !== null) data = Array.isArray(wrapper["data"]) ? wrapper["data"] : wrapper["items"];
  if (!Array.isArray(data)) return [];
  const failures: { readonly index: number; readonly error: KucoinErrorInfo }[] = [];
  let index = -1;
  for (const element of data as readonly unknown[]) {
    index++;
    const item = asRecord(element);
    if (item === null) continue;
    const code = wireCode(item["code"]);
    if (item["success"] === false || item["status"] === "fail" || (code !== null && !isSuccessIn(domain, code))) {
      failures.push({ index, error: classify(domain, code, textOf(item["failMsg"]) || textOf(item["msg"]), null, null) });
    }
  }
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
