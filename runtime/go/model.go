package kucoinerrors

// The shapes of the catalogue's data and of a classified response.
// Static source of the kucoinerrors runtime, copied verbatim into the generated module;
// data.go (the taxonomy, the wire constants and the codes) is generated from the catalogue.

import (
	"reflect"
	"strconv"
)

// Placeholder is a value KuCoin substitutes into a message: its token as written, what it is, and its kind.
type Placeholder struct {
	Token string
	Name  string
	// Kind is empty when the catalogue does not say; ValueKind then gives the token's default.
	Kind PlaceholderKind
}

// ValueKind is the kind of value the message carries here (the catalogue's, or the token's default).
func (p Placeholder) ValueKind() PlaceholderKind {
	if p.Kind != "" {
		return p.Kind
	}
	if kind, found := defaultPlaceholderKinds[p.Token]; found {
		return PlaceholderKind(kind)
	}
	return KindText
}

// RetryAdvice is what to do next; with ActionWait, a fixed delay or a header giving milliseconds.
// A zero AfterMs, AfterHeader, MaxAttempts or Then is absent.
type RetryAdvice struct {
	Action      RetryAction
	AfterMs     int
	AfterHeader string
	// MaxAttempts is how many times to send the request at most when the cause may be permanent; then do Then.
	MaxAttempts int
	Then        RetryAction
}

// Retryable is true when sending the same request again can succeed.
func (r RetryAdvice) Retryable() bool {
	for _, action := range retryableActions {
		if string(r.Action) == action {
			return true
		}
	}
	return false
}

// MessageVariant is one documented message of a code; Category and Retry, when set, override the code's.
// An empty Key, Detail, DetailSeparator, Table, Note, Review or Undocumented is absent.
type MessageVariant struct {
	ID              string
	Message         string
	Key             string
	Detail          string
	DetailSeparator string
	// Aliases are other wordings of the message (older or newer pages), each matched exactly.
	Aliases      []string
	Table        string
	Placeholders []Placeholder
	Category     Category
	Retry        *RetryAdvice
	Note         string
	Review       string
	// Undocumented says where a message no KuCoin page lists was seen (another client's exception map).
	Undocumented string
	// Pages are the rows of KuCoin's pages the message is: "PAGE:ROW", or "PAGE:ROW:ALIAS" where the row reads as that alias (1-based).
	Pages []string
}

// DocumentedText is the row as KuCoin's documentation prints it (key -- message -- detail).
func (v *MessageVariant) DocumentedText() string {
	head := v.Message
	if v.Key != "" {
		head = v.Key + rowSeparator + v.Message
	}
	if v.Detail == "" {
		return head
	}
	separator := v.DetailSeparator
	if separator == "" {
		separator = rowSeparator
	}
	return head + separator + v.Detail
}

// ErrorInfo is the catalogue entry of one error code. An empty Scope, Note or Review and a zero HTTPStatus are absent.
// Deprecated is why the entry is deprecated ("" when it is not); ReplacedBy is the entry to use instead (DOMAIN:CODE), if any.
// Undocumented says where a code no KuCoin page lists was seen ("" for a documented code).
type ErrorInfo struct {
	Domain       Domain
	Code         int
	Name         string
	Category     Category
	Retry        RetryAdvice
	Variants     []MessageVariant
	Scope        MarginScope
	HTTPStatus   int
	Note         string
	Review       string
	Deprecated   string
	ReplacedBy   string
	Undocumented string
}

// RemovedCode is the tombstone of a code removed from its domain: gone from the constants and from Lookup, kept so
// that it can be told apart from a code never known. An empty Reason or ReplacedBy (DOMAIN:CODE) is absent.
type RemovedCode struct {
	Domain     Domain
	Code       int
	Name       string
	Reason     string
	ReplacedBy string
}

type term struct {
	name        string
	description string
}

type domainTable struct {
	domain       Domain
	description  string
	fallback     Domain
	successCodes []int
	entries      []ErrorInfo
	removed      []RemovedCode
}

type indexedPattern struct {
	domain  Domain
	code    int
	variant int
	pattern string
}

// Description is the taxonomy's definition of the category ("" for one it does not have).
func (c Category) Description() string { return describe(categoryTerms, string(c)) }

// categoryError is the error of a category (ErrRateLimited...), which an *APIError of that category is.
type categoryError Category

func (c categoryError) Error() string { return "KuCoin error category " + string(c) }

// Err is the error of the category for errors.Is (ErrRateLimited for CategoryRateLimited).
func (c Category) Err() error { return categoryError(c) }

// Description is the taxonomy's definition of the retry action ("" for one it does not have).
func (a RetryAction) Description() string { return describe(retryActionTerms, string(a)) }

func describe(terms []term, name string) string {
	for _, t := range terms {
		if t.name == name {
			return t.description
		}
	}
	return ""
}

// Categories is every category, in the taxonomy's order.
func Categories() []Category {
	out := make([]Category, len(categoryTerms))
	for i, t := range categoryTerms {
		out[i] = Category(t.name)
	}
	return out
}

// RetryActions is every retry action, in the taxonomy's order.
func RetryActions() []RetryAction {
	out := make([]RetryAction, len(retryActionTerms))
	for i, t := range retryActionTerms {
		out[i] = RetryAction(t.name)
	}
	return out
}

// Domains is every domain, in catalogue order.
func Domains() []Domain {
	out := make([]Domain, len(domainTables))
	for i := range domainTables {
		out[i] = domainTables[i].domain
	}
	return out
}

func tableOf(domain Domain) *domainTable {
	for i := range domainTables {
		if domainTables[i].domain == domain {
			return &domainTables[i]
		}
	}
	return nil
}

// Description is the catalogue's description of the domain ("" for one it does not have).
func (d Domain) Description() string {
	if table := tableOf(d); table != nil {
		return table.description
	}
	return ""
}

// Fallback is the layer the domain's responses come through (the gateway), read for what the domain does not define.
func (d Domain) Fallback() (Domain, bool) {
	table := tableOf(d)
	if table == nil || table.fallback == "" {
		return "", false
	}
	return table.fallback, true
}

// SuccessCodes are the codes that mean success in the domain ("200000"; "200" on some newer margin endpoints).
func (d Domain) SuccessCodes() []int {
	if table := tableOf(d); table != nil {
		return append([]int{}, table.successCodes...)
	}
	return nil
}

// Entries are the catalogue entries of the domain, in catalogue order; nil for a domain the catalogue does not have.
func (d Domain) Entries() []ErrorInfo {
	if table := tableOf(d); table != nil {
		return table.entries
	}
	return nil
}

// RemovedCodes are the tombstones of the domain's removed codes, in catalogue order; nil for a domain the catalogue does not have.
func (d Domain) RemovedCodes() []RemovedCode {
	if table := tableOf(d); table != nil {
		return table.removed
	}
	return nil
}

// UnnumberedError is a failure KuCoin reports without a numeric code: a string code (Code), or a message under a
// success code (Message); exactly one is set. It has no entry: a response it names is classified with MatchUnknown,
// its category and retry advice, and carries it as APIError.Unnumbered. An empty Note or Undocumented is absent;
// Undocumented says where a failure no KuCoin page lists was seen.
type UnnumberedError struct {
	Domain       Domain
	Name         string
	Category     Category
	Retry        RetryAdvice
	Code         string
	Message      string
	Note         string
	Undocumented string
}

// StringCodes are the domain's codes that are not numbers ("order_not_exist"), in catalogue order.
func (d Domain) StringCodes() []UnnumberedError {
	return append([]UnnumberedError{}, stringCodes[d]...)
}

// FailuresUnderSuccess are the messages that make a response under one of the domain's success codes a failure.
func (d Domain) FailuresUnderSuccess() []UnnumberedError {
	return append([]UnnumberedError{}, failuresUnderSuccess[d]...)
}

// CodeValue is a code as Lookup takes it: a number (a domain's code constant, an int) or its decimal text.
type CodeValue interface {
	~int | ~int32 | ~int64 | ~uint32 | ~string
}

// Lookup is the catalogue entry of code (200004 or "200004") in domain; false when the domain or the code is unknown.
// Only the exact wire form matches: " 200004" and "0200004" are unknown.
func Lookup[C CodeValue](domain Domain, code C) (*ErrorInfo, bool) {
	number, ok := codeNumber(reflect.ValueOf(code))
	if !ok {
		return nil, false
	}
	entry := entryOf(domain, number)
	return entry, entry != nil
}

// Removed is the tombstone of code (200004 or "200004") removed from domain; false when it was never removed there
// or the domain is unknown. Lookup is false for a removed code as for one never known: Removed tells them apart and
// names the replacement. Only the exact wire form matches.
func Removed[C CodeValue](domain Domain, code C) (*RemovedCode, bool) {
	number, ok := codeNumber(reflect.ValueOf(code))
	if !ok {
		return nil, false
	}
	dead := removedOf(domain, number)
	return dead, dead != nil
}

func removedOf(domain Domain, code int) *RemovedCode {
	table := tableOf(domain)
	if table == nil {
		return nil
	}
	for i := range table.removed {
		if table.removed[i].Code == code {
			return &table.removed[i]
		}
	}
	return nil
}

// IsSuccess is true when code (200000 or "200000") means success in domain.
func IsSuccess[C CodeValue](domain Domain, code C) bool {
	number, ok := codeNumber(reflect.ValueOf(code))
	table := tableOf(domain)
	if !ok || table == nil {
		return false
	}
	for _, success := range table.successCodes {
		if success == number {
			return true
		}
	}
	return false
}

func codeNumber(value reflect.Value) (int, bool) {
	switch value.Kind() {
	case reflect.String:
		return decimalCode(value.String())
	case reflect.Int, reflect.Int32, reflect.Int64:
		number := value.Int()
		return int(number), number >= 0 && number <= maxCode
	case reflect.Uint32:
		number := value.Uint()
		return int(number), number <= maxCode
	default:
		return 0, false
	}
}

// decimalCode reads text that is exactly the decimal form of a code (no sign, no leading zero).
func decimalCode(text string) (int, bool) {
	if text == "" || len(text) > 10 || (text[0] == '0' && len(text) > 1) {
		return 0, false
	}
	for i := 0; i < len(text); i++ {
		if text[i] < '0' || text[i] > '9' {
			return 0, false
		}
	}
	number, err := strconv.Atoi(text)
	if err != nil || number > maxCode {
		return 0, false
	}
	return number, true
}

func entryOf(domain Domain, code int) *ErrorInfo {
	index := indexOf(domain)
	if index == nil {
		return nil
	}
	if m := index.matchers[code]; m != nil {
		return m.entry
	}
	return nil
}

func codeName(domain Domain, code int) string {
	if entry := entryOf(domain, code); entry != nil {
		return entry.Name
	}
	return strconv.Itoa(code)
}

// MatchKind is how well a message matched the catalogue: its exact text, a filled-in template, only its code, or nothing.
type MatchKind string

// The kinds of match.
const (
	MatchExact    MatchKind = "exact"
	MatchTemplate MatchKind = "template"
	MatchCodeOnly MatchKind = "code_only"
	MatchUnknown  MatchKind = "unknown"
)

// WireCode is the code a response carried. Number is set for a whole number in 1..2^31-1 (sent as a number or as
// its decimal text); otherwise Raw is what was sent (a number that is no code as JavaScript writes it: "200004.5",
// "1e+21"); both are zero when the response had no code.
type WireCode struct {
	Number int
	Raw    string
}

// NumberCode is the wire code of a number.
func NumberCode(number int) WireCode { return WireCode{Number: number} }

// Present is true when the response carried a code.
func (c WireCode) Present() bool { return c.Number != 0 || c.Raw != "" }

// String is the code as text: its number, the raw text, or "" when absent.
func (c WireCode) String() string {
	if c.Number != 0 {
		return strconv.Itoa(c.Number)
	}
	return c.Raw
}

// APIError is a failed KuCoin response, classified against the catalogue.
//
// Message is the message KuCoin sent; for a body that is not JSON, its first 500 characters once trimmed.
// Entry and Variant are nil when the catalogue does not know the code or the message; Category and Retry then
// come from the HTTP status when it says enough (429, 5xx, or a status of the http table), else they are empty.
// HTTPStatus is zero when no status was given (Classify, BatchFailures, ParseWsMessage). ResetMs is the
// gw-ratelimit-reset header of the response, if any.
type APIError struct {
	Domain     Domain
	Code       WireCode
	Message    string
	Match      MatchKind
	HTTPStatus int
	Entry      *ErrorInfo
	Variant    *MessageVariant
	Values     map[string]string
	Category   Category
	Retry      *RetryAdvice
	ResetMs    *float64
	// Removed is the tombstone of a code removed from the catalogue (Match is then MatchUnknown), else nil.
	Removed *RemovedCode
	// Unnumbered is the string code or the failure under the success code that named the response (Match is then
	// MatchUnknown), else nil.
	Unnumbered *UnnumberedError
}

// Error reads "KuCoin spot error 200004: Balance insufficient".
func (e *APIError) Error() string {
	code := "(no code)"
	if e.Code.Present() {
		code = e.Code.String()
	}
	return "KuCoin " + string(e.Domain) + " error " + code + ": " + e.Message
}

// Is makes errors.Is(err, ErrRateLimited) true for an error of category rate_limited, and so on for every category.
func (e *APIError) Is(target error) bool {
	category, ok := target.(categoryError)
	return ok && e.Category != "" && Category(category) == e.Category
}
