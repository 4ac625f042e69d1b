package kucoinerrors

// From a raw KuCoin response to a classified error: message matching, response parsing, retry advice.
// Static source of the kucoinerrors runtime, copied verbatim into the generated module.

import (
	"errors"
	"math"
	"net/http"
	"net/textproto"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// ErrUnknownDomain is returned (wrapped) for a domain the catalogue does not have.
var ErrUnknownDomain = errors.New("unknown domain")

func unknownDomain(domain Domain) error {
	names := make([]string, len(domainTables))
	for i := range domainTables {
		names[i] = string(domainTables[i].domain)
	}
	return &domainError{domain: domain, known: strings.Join(names, ", ")}
}

type domainError struct {
	domain Domain
	known  string
}

func (e *domainError) Error() string {
	return "unknown domain " + strconv.Quote(string(e.domain)) + "; expected one of " + e.known
}

func (e *domainError) Unwrap() error { return ErrUnknownDomain }

// Matching: normalised texts, exact and by template.

func isWhitespace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || (r >= '\t' && r <= '\r')
	}
	return strings.ContainsRune(whitespace, r)
}

// normalise is text with runs of white space (Unicode's White_Space) as one space, trimmed, without trailing full stops; case kept.
func normalise(text string) string {
	var out strings.Builder
	out.Grow(len(text))
	pendingSpace := false
	for _, r := range text {
		if isWhitespace(r) {
			pendingSpace = out.Len() > 0
			continue
		}
		if pendingSpace {
			out.WriteByte(' ')
			pendingSpace = false
		}
		out.WriteRune(r)
	}
	return strings.TrimRight(out.String(), trailing)
}

// fold is text with ASCII letters in lower case and other characters as they are: the key of an exact match.
// (strings.ToLower would fold the Kelvin sign to k, which no other binding does.)
func fold(text string) string {
	for i := 0; i < len(text); i++ {
		if text[i] >= 'A' && text[i] <= 'Z' {
			folded := []byte(text)
			for j := i; j < len(folded); j++ {
				if folded[j] >= 'A' && folded[j] <= 'Z' {
					folded[j] += 'a' - 'A'
				}
			}
			return string(folded)
		}
	}
	return text
}

type template struct {
	variant *MessageVariant
	pattern *regexp.Regexp
	names   []string
}

// matcher is what matching a message under one code takes: its entry, exact texts and templates.
type matcher struct {
	entry *ErrorInfo
	// Each normalised, folded text of a variant (documented row, message, key, alias), with the first variant that has it.
	exact     map[string]*MessageVariant
	templates []template
}

type codeTemplate struct {
	code    int
	pattern *regexp.Regexp
}

type domainIndex struct {
	// The domain's codes that are not numbers, by their text, and its failures under success by folded message.
	stringCodes map[string]*UnnumberedError
	failures    map[string]*UnnumberedError
	matchers    map[int]*matcher
	// Each normalised, folded text and the lowest code that has it.
	byMessage map[string]int
	// Every template with its code, lowest code first.
	templates []codeTemplate
}

var (
	indexOnce sync.Once
	indexes   map[Domain]*domainIndex
)

// indexOf is the matching index of domain, built for every domain on first use; nil for an unknown domain.
func indexOf(domain Domain) *domainIndex {
	indexOnce.Do(buildIndexes)
	return indexes[domain]
}

func buildIndexes() {
	indexes = make(map[Domain]*domainIndex, len(domainTables))
	for t := range domainTables {
		table := &domainTables[t]
		index := &domainIndex{matchers: map[int]*matcher{}, byMessage: map[string]int{}, stringCodes: map[string]*UnnumberedError{},
			failures: map[string]*UnnumberedError{}}
		for i := range stringCodes[table.domain] {
			item := &stringCodes[table.domain][i]
			index.stringCodes[item.Code] = item
		}
		for i := len(failuresUnderSuccess[table.domain]) - 1; i >= 0; i-- {
			item := &failuresUnderSuccess[table.domain][i]
			index.failures[fold(normalise(item.Message))] = item
		}
		codes := make([]int, 0, len(table.entries))
		for e := range table.entries {
			entry := &table.entries[e]
			m := &matcher{entry: entry, exact: map[string]*MessageVariant{}}
			for v := range entry.Variants {
				variant := &entry.Variants[v]
				texts := append([]string{variant.DocumentedText(), variant.Message, variant.Key}, variant.Aliases...)
				for _, text := range texts {
					if text == "" {
						continue
					}
					key := fold(normalise(text))
					if _, seen := m.exact[key]; !seen {
						m.exact[key] = variant
					}
				}
			}
			for _, indexed := range templatePatterns {
				if indexed.domain != table.domain || indexed.code != entry.Code {
					continue
				}
				variant := &entry.Variants[indexed.variant]
				names := make([]string, len(variant.Placeholders))
				for i, placeholder := range variant.Placeholders {
					names[i] = placeholder.Name
				}
				m.templates = append(m.templates, template{variant, regexp.MustCompile(indexed.pattern), names})
			}
			index.matchers[entry.Code] = m
			codes = append(codes, entry.Code)
			for text := range m.exact {
				if known, seen := index.byMessage[text]; !seen || entry.Code < known {
					index.byMessage[text] = entry.Code
				}
			}
		}
		sort.Ints(codes)
		for _, code := range codes {
			for _, t := range index.matchers[code].templates {
				index.templates = append(index.templates, codeTemplate{code, t.pattern})
			}
		}
		indexes[table.domain] = index
	}
}

// layers are the domain, then the layer its responses come through (the gateway), if any.
func layers(domain Domain) []*domainIndex {
	found := []*domainIndex{indexOf(domain)}
	if fallback, ok := domain.Fallback(); ok && indexOf(fallback) != nil {
		found = append(found, indexOf(fallback))
	}
	return found
}

// codeNamedBy is the code a message without one names: the lowest whose exact text it is, else whose template it
// fills; the domain's, then its fallback's. Codes that share a text share its category and retry advice.
func codeNamedBy(domain Domain, normalised, folded string) (int, bool) {
	for _, layer := range layers(domain) {
		if code, ok := layer.byMessage[folded]; ok {
			return code, true
		}
		if utf8.RuneCountInString(normalised) <= templateMatchLimit {
			for _, t := range layer.templates {
				if t.pattern.MatchString(folded) {
					return t.code, true
				}
			}
		}
	}
	return 0, false
}

// codeOfExactText is the lowest code whose catalogued text message is exactly, in the domain then its fallback.
func codeOfExactText(domain Domain, message string) (int, bool) {
	if message == "" {
		return 0, false
	}
	folded := fold(normalise(message))
	for _, layer := range layers(domain) {
		if code, ok := layer.byMessage[folded]; ok {
			return code, true
		}
	}
	return 0, false
}

// failureUnderSuccess is the failure a message under a success code names, compared as exact matches are: in the
// domain, then its fallback.
func failureUnderSuccess(domain Domain, message string) *UnnumberedError {
	if message == "" {
		return nil
	}
	folded := fold(normalise(message))
	for _, layer := range layers(domain) {
		if item, ok := layer.failures[folded]; ok {
			return item
		}
	}
	return nil
}

// unnumberedError is the failure a listed string code or message names, in the domain (or layer) that lists it.
func unnumberedError(code WireCode, message string, status int, resetMs *float64, item *UnnumberedError) *APIError {
	retry := item.Retry
	return &APIError{Domain: item.Domain, Code: code, Message: message, Match: MatchUnknown, HTTPStatus: status, Values: map[string]string{},
		Category: item.Category, Retry: &retry, ResetMs: resetMs, Unnumbered: item}
}

// match is how m's code matches a message: its exact text, a filled-in template, or only the code.
// Templates match the folded text; the values are read from the normalised text, at the same offsets.
func (m *matcher) match(normalised, folded string) (MatchKind, *MessageVariant, map[string]string) {
	if variant, ok := m.exact[folded]; ok {
		return MatchExact, variant, map[string]string{}
	}
	if utf8.RuneCountInString(normalised) > templateMatchLimit {
		return MatchCodeOnly, nil, map[string]string{}
	}
	for _, t := range m.templates {
		if found := t.pattern.FindStringSubmatchIndex(folded); found != nil {
			values := make(map[string]string, len(t.names))
			for i, name := range t.names {
				values[name] = normalised[found[2*i+2]:found[2*i+3]]
			}
			return MatchTemplate, t.variant, values
		}
	}
	return MatchCodeOnly, nil, map[string]string{}
}

func statusAdvice(status int) (Category, *RetryAdvice) {
	if status == 0 {
		return "", nil
	}
	if entry := entryOf(statusDomain, status); entry != nil {
		retry := entry.Retry
		return entry.Category, &retry
	}
	switch {
	case status == 429:
		return "rate_limited", &RetryAdvice{Action: "wait", AfterHeader: rateLimitResetHeader}
	case status == 408 || status == 504:
		// A timeout: a write may have taken effect.
		return "network_timeout", &RetryAdvice{Action: "check_state"}
	case status >= 500 && status <= 599:
		// A server or proxy failed after the request may have reached the service: look a write up first.
		return "exchange_unavailable", &RetryAdvice{Action: "check_state"}
	}
	return "", nil
}

// lookedUpCode is the code to look up: the number, or for a code sent as text the code whose exact decimal form it is.
func lookedUpCode(code WireCode) (int, bool) {
	if code.Number != 0 {
		return code.Number, true
	}
	return decimalCode(code.Raw)
}

// removedIn is the tombstone of code in the domain or the layer it falls back on, if the code was removed there.
func removedIn(domain Domain, code WireCode) *RemovedCode {
	number, ok := lookedUpCode(code)
	if !ok {
		return nil
	}
	if dead := removedOf(domain, number); dead != nil {
		return dead
	}
	if fallback, ok := domain.Fallback(); ok {
		return removedOf(fallback, number)
	}
	return nil
}

func classify(domain Domain, code WireCode, message string, status int, resetMs *float64) *APIError {
	normalised := normalise(message)
	folded := fold(normalised)
	if !code.Present() {
		// Batch items may carry a message without a code: its text names one.
		if named, ok := codeNamedBy(domain, normalised, folded); ok {
			code = WireCode{Number: named}
		}
	}
	var found []*matcher
	if number, ok := lookedUpCode(code); ok {
		for _, layer := range layers(domain) {
			if m := layer.matchers[number]; m != nil {
				found = append(found, m)
			}
		}
	}
	if gateway, ok := gatewayCodes[code.Number]; ok && len(found) == 0 {
		// KuCoin documents these in one table, and sends them for every API (as numbers: a code sent as text does not count).
		if index := indexOf(Domain(gateway)); index != nil && index.matchers[code.Number] != nil {
			found = []*matcher{index.matchers[code.Number]}
		}
	}
	if _, numeric := lookedUpCode(code); len(found) == 0 && !numeric && code.Raw != "" {
		// A code that is not a number, which the catalogue lists: before the HTTP status.
		for _, layer := range layers(domain) {
			if item, ok := layer.stringCodes[code.Raw]; ok {
				return unnumberedError(code, message, status, resetMs, item)
			}
		}
	}
	if len(found) == 0 {
		category, retry := statusAdvice(status)
		return &APIError{Domain: domain, Code: code, Message: message, Match: MatchUnknown, HTTPStatus: status, Values: map[string]string{}, Category: category, Retry: retry, ResetMs: resetMs,
			Removed: removedIn(domain, code)}
	}
	// The domain's entry, then its fallback's; where both define the code, the one whose message matches decides.
	chosen := found[0]
	kind, variant, values := chosen.match(normalised, folded)
	for _, other := range found[1:] {
		if kind != MatchCodeOnly {
			break
		}
		if otherKind, otherVariant, otherValues := other.match(normalised, folded); otherKind != MatchCodeOnly {
			chosen, kind, variant, values = other, otherKind, otherVariant, otherValues
		}
	}
	entry := chosen.entry
	category, retry := entry.Category, entry.Retry
	if variant != nil && variant.Category != "" {
		category = variant.Category
	}
	if variant != nil && variant.Retry != nil {
		retry = *variant.Retry
	}
	return &APIError{Domain: entry.Domain, Code: WireCode{Number: entry.Code}, Message: message, Match: kind, HTTPStatus: status, Entry: entry,
		Variant: variant, Values: values, Category: category, Retry: &retry, ResetMs: resetMs}
}

// Classify matches a code and message against the catalogue: the entry, the variant and its placeholder values.
//
// Both compare normalised texts: runs of white space count as one space, and white space at either end, trailing
// full stops and the case of ASCII letters do not count. An exact match compares the whole text; a template match
// fills the variant's placeholders (Values, read from the normalised message). A zero code is no code: the message
// then names one. The error is for a domain the catalogue does not have.
func Classify(domain Domain, code WireCode, message string) (*APIError, error) {
	if indexOf(domain) == nil {
		return nil, unknownDomain(domain)
	}
	return classify(domain, code, message, 0, nil), nil
}

// Responses.

var (
	error1015   = regexp.MustCompile(`\b1015\b`)
	rateLimited = regexp.MustCompile(`[Rr][Aa][Tt][Ee][\s\S]?[Ll][Ii][Mm][Ii][Tt]`)
)

func textOf(value any) string {
	text, _ := value.(string)
	return text
}

func messageOf(document map[string]any, first, second string) string {
	if message := textOf(document[first]); message != "" {
		return message
	}
	return textOf(document[second])
}

func isSuccessCode(domain Domain, code WireCode) bool {
	number := code.Number
	if number == 0 {
		var ok bool
		if number, ok = decimalCode(code.Raw); !ok {
			return false
		}
	}
	return IsSuccess(domain, number)
}

// firstCharacters is the first limit characters (code points) of text.
func firstCharacters(text string, limit int) string {
	count := 0
	for i := range text {
		if count == limit {
			return text[:i]
		}
		count++
	}
	return text
}

func parse(domain Domain, status int, document map[string]any, text string, header http.Header) (*APIError, error) {
	if indexOf(domain) == nil {
		return nil, unknownDomain(domain)
	}
	var code WireCode
	var message string
	if document != nil {
		code = wireCode(document["code"])
		if success, _ := document["success"].(bool); success || (code.Present() && isSuccessCode(domain, code)) {
			// A failure can come under the success code ("Position does not exist"): its exact text names it,
			// a catalogued entry's text first, then a message the domain lists as a failure under success.
			message = messageOf(document, "msg", "message")
			named, ok := codeOfExactText(domain, message)
			if !ok {
				failure := failureUnderSuccess(domain, message)
				if failure == nil {
					return nil, nil
				}
				return unnumberedError(code, message, status, resetMsOf(header), failure), nil
			}
			code = WireCode{Number: named}
		}
		if _, hasData := document["data"]; !code.Present() && status >= 200 && status <= 299 && hasData {
			return nil, nil
		}
		message = messageOf(document, "msg", "message")
	} else {
		if error1015.MatchString(text) && rateLimited.MatchString(text) {
			code = WireCode{Number: 1015}
		}
		message = firstCharacters(strings.TrimFunc(text, isWhitespace), messageLimit)
	}
	return classify(domain, code, message, status, resetMsOf(header)), nil
}

// resetMsOf is the rate-limit reset header of header, in milliseconds; nil when absent or not plain digits.
func resetMsOf(header http.Header) *float64 {
	if header != nil {
		if ms, ok := headerMs(header, rateLimitResetHeader); ok {
			return &ms
		}
	}
	return nil
}

// ParseResponse is nil when a KuCoin response is a success, else the classified error; it never fails on wire data.
//
// KuCoin sends error codes with any HTTP status, so the body decides; the status only fills in when the body carries
// no code (an empty, truncated or HTML body). The rate-limit reset header of header, found ignoring case, is kept for
// RetryAfterMs. The error is for a domain the catalogue does not have.
func ParseResponse(domain Domain, status int, body []byte, header http.Header) (*APIError, error) {
	document, text := decodeDocument(decodeText(body))
	return parse(domain, status, document, text, header)
}

// ParseDecoded is ParseResponse for a body already decoded into a JSON object (by encoding/json, say; numbers as
// float64, json.Number or int); a nil document is a body without one.
func ParseDecoded(domain Domain, status int, document map[string]any, header http.Header) (*APIError, error) {
	return parse(domain, status, document, "", header)
}

// CheckResponse is nil when the response is a success, else its *APIError (errors.As reads it; errors.Is(err,
// ErrRateLimited) tests its category), or an error wrapping ErrUnknownDomain.
func CheckResponse(domain Domain, status int, body []byte, header http.Header) error {
	failure, err := ParseResponse(domain, status, body, header)
	if err != nil {
		return err
	}
	if failure == nil {
		return nil
	}
	return failure
}

// ParseWsMessage is nil unless a websocket frame is an error, else the error classified in the websocket domain.
// An error frame is {"type": "error", "code": 509, "data": "exceed max permits per second"}: the message is in
// data. The error is for a catalogue without a websocket domain.
func ParseWsMessage(frame []byte) (*APIError, error) {
	if indexOf(websocketDomain) == nil {
		return nil, unknownDomain(websocketDomain)
	}
	document, _ := decodeDocument(decodeText(frame))
	if document == nil || document["type"] != "error" {
		return nil, nil
	}
	return classify(websocketDomain, wireCode(document["code"]), messageOf(document, "data", "msg"), 0, nil), nil
}

// BatchFailure is one failed item of a batch response: its index in the batch and its classified error.
type BatchFailure struct {
	Index int
	Err   *APIError
}

// BatchFailures are the failed items of a batch response ("200000" outside, failures inside data), by index.
// The error is for a domain the catalogue does not have.
func BatchFailures(domain Domain, body []byte) ([]BatchFailure, error) {
	document, _ := decodeDocument(decodeText(body))
	return BatchFailuresDecoded(domain, document)
}

// BatchFailuresDecoded is BatchFailures for a body already decoded into a JSON object.
func BatchFailuresDecoded(domain Domain, document map[string]any) ([]BatchFailure, error) {
	if indexOf(domain) == nil {
		return nil, unknownDomain(domain)
	}
	data := document["data"]
	if wrapper, ok := data.(map[string]any); ok {
		data = wrapper["data"]
		if _, isList := data.([]any); !isList {
			data = wrapper["items"]
		}
	}
	items, _ := data.([]any)
	failures := []BatchFailure{}
	for index, element := range items {
		item, ok := element.(map[string]any)
		if !ok {
			continue
		}
		code := wireCode(item["code"])
		success, isBool := item["success"].(bool)
		failed := (isBool && !success) || item["status"] == "fail" || (code.Present() && !isSuccessCode(domain, code))
		if failed {
			failures = append(failures, BatchFailure{index, classify(domain, code, messageOf(item, "failMsg", "msg"), 0, nil)})
		}
	}
	return failures, nil
}

// Headers and retry advice.

// headerValue is the first value of the header name (in lower case): under name itself, under its canonical form,
// else under any key equal to it ignoring ASCII case (in key order).
func headerValue(header http.Header, name string) (string, bool) {
	for _, key := range []string{name, textproto.CanonicalMIMEHeaderKey(name)} {
		if values, ok := header[key]; ok {
			return firstOf(values), true
		}
	}
	keys := make([]string, 0, len(header))
	for key := range header {
		if fold(key) == name {
			keys = append(keys, key)
		}
	}
	if len(keys) == 0 {
		return "", false
	}
	sort.Strings(keys)
	return firstOf(header[keys[0]]), true
}

func firstOf(values []string) string {
	if len(values) == 0 {
		return ""
	}
	return values[0]
}

// headerMs is the header name as milliseconds: plain decimal digits, with HTTP's optional spaces and tabs around them.
func headerMs(header http.Header, name string) (float64, bool) {
	value, ok := headerValue(header, name)
	if !ok {
		return 0, false
	}
	digits := strings.Trim(value, " \t")
	if digits == "" {
		return 0, false
	}
	for i := 0; i < len(digits); i++ {
		if !isDigit(digits[i]) {
			return 0, false
		}
	}
	milliseconds, err := strconv.ParseFloat(digits, 64)
	if err != nil || math.IsInf(milliseconds, 0) {
		return 0, false
	}
	return milliseconds, true
}

// RetryAfterMs is how many milliseconds to wait before retrying, or false when retrying will not help.
//
// False also for check_state (look the write up before sending it again) and once attempts (how many times the
// request was sent) reaches the advice's MaxAttempts: then follow Retry.Then.
//
// In order: the header the retry advice names (AfterHeader, milliseconds: gw-ratelimit-reset for 429000 and HTTP 403
// or 429), read from header or, when it is nil, from the response; the catalogue's block time (AfterMs: futures 1015
// 30 s, futures 200002 10 s); the category's default delay. A header the advice does not name is ignored: KuCoin
// sends gw-ratelimit-reset with every response.
func RetryAfterMs(e *APIError, header http.Header, attempts int) (float64, bool) {
	advice := e.Retry
	if advice == nil || !advice.Retryable() || (advice.MaxAttempts != 0 && attempts >= advice.MaxAttempts) {
		return 0, false
	}
	if advice.AfterHeader != "" {
		if header != nil {
			if ms, ok := headerMs(header, advice.AfterHeader); ok {
				return ms, true
			}
		} else if advice.AfterHeader == rateLimitResetHeader && e.ResetMs != nil {
			return *e.ResetMs, true
		}
	}
	if advice.AfterMs != 0 {
		return float64(advice.AfterMs), true
	}
	if delay, ok := defaultRetryDelayMs[e.Category]; ok {
		return float64(delay), true
	}
	return fallbackRetryDelayMs, true
}

// RetryAfter is RetryAfterMs as a duration (at most the longest time.Duration).
func RetryAfter(e *APIError, header http.Header, attempts int) (time.Duration, bool) {
	ms, ok := RetryAfterMs(e, header, attempts)
	if !ok {
		return 0, false
	}
	if ms >= float64(math.MaxInt64/int64(time.Millisecond)) {
		return time.Duration(math.MaxInt64), true
	}
	return time.Duration(ms * float64(time.Millisecond)), true
}
