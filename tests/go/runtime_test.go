// Unit tests of the Go runtime (runtime/go), compiled with the hand-written data of tests/fixtures/go/data.go.
package kucoinerrors

import (
	"encoding/json"
	"errors"
	"math"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

func parsed(t *testing.T, domain Domain, status int, body string, header http.Header) *APIError {
	t.Helper()
	failure, err := ParseResponse(domain, status, []byte(body), header)
	if err != nil {
		t.Fatalf("ParseResponse(%s, %q): %v", domain, body, err)
	}
	if failure == nil {
		t.Fatalf("ParseResponse(%s, %q) is a success", domain, body)
	}
	return failure
}

func TestLookupTakesAnIntATypedConstantOrTheExactDecimalText(t *testing.T) {
	for _, found := range []func() (*ErrorInfo, bool){
		func() (*ErrorInfo, bool) { return Lookup(DomainSpot, 200004) },
		func() (*ErrorInfo, bool) { return Lookup(DomainSpot, "200004") },
		func() (*ErrorInfo, bool) { return Lookup(DomainSpot, SpotBalanceInsufficient) },
	} {
		entry, ok := found()
		if !ok || entry.Name != "BALANCE_INSUFFICIENT" || entry.Category != CategoryInsufficientFunds {
			t.Errorf("got %v, %v", entry, ok)
		}
	}
	for _, text := range []string{" 200004", "0200004", "200004.0", "", "-1", "99999999999"} {
		if entry, ok := Lookup(DomainSpot, text); ok || entry != nil {
			t.Errorf("Lookup(spot, %q) found %v", text, entry)
		}
	}
	if entry, ok := Lookup(Domain("nowhere"), 200004); ok || entry != nil {
		t.Errorf("an unknown domain found %v", entry)
	}
	if SpotBalanceInsufficient.String() != "BALANCE_INSUFFICIENT" || SpotErrorCode(7).String() != "7" || SpotErrorCode(7).Info() != nil {
		t.Error("String and Info of a typed code")
	}
}

func TestARemovedCodeIsUnknownToLookupAndKnownToRemovedInItsExactWireForm(t *testing.T) {
	want := RemovedCode{Domain: "spot", Code: 200005, Name: "OLD_BALANCE", Reason: "Merged into 200004", ReplacedBy: "spot:200004"}
	if entry, ok := Lookup(DomainSpot, 200005); ok || entry != nil {
		t.Errorf("Lookup(spot, 200005) found %v", entry)
	}
	for _, found := range []func() (*RemovedCode, bool){
		func() (*RemovedCode, bool) { return Removed(DomainSpot, 200005) },
		func() (*RemovedCode, bool) { return Removed(DomainSpot, "200005") },
	} {
		if dead, ok := found(); !ok || *dead != want {
			t.Errorf("got %v, %v", dead, ok)
		}
	}
	for _, text := range []string{"0200005", " 200005", "200004", ""} {
		if dead, ok := Removed(DomainSpot, text); ok || dead != nil {
			t.Errorf("Removed(spot, %q) found %v", text, dead)
		}
	}
	if dead, ok := Removed(DomainFutures, 200005); ok || dead != nil {
		t.Errorf("Removed(futures, 200005) found %v", dead)
	}
	if dead, ok := Removed(Domain("nowhere"), 200005); ok || dead != nil {
		t.Errorf("Removed(nowhere, 200005) found %v", dead)
	}
}

func TestAParsedRemovedCodeIsUnknownAndCarriesItsTombstoneFromTheDomainOrItsFallback(t *testing.T) {
	failure := parsed(t, DomainSpot, 400, `{"code":"200005","msg":"Balance insufficient!"}`, nil)
	if failure.Match != MatchUnknown || failure.Entry != nil || failure.Removed == nil || failure.Removed.Name != "OLD_BALANCE" {
		t.Errorf("got %+v", failure)
	}
	failure = parsed(t, DomainSpot, 400, `{"code":400009,"msg":"Old check"}`, nil)
	if failure.Match != MatchUnknown || failure.Removed == nil || failure.Removed.Domain != DomainGateway || failure.Removed.Reason != "" {
		t.Errorf("got %+v", failure)
	}
	for _, body := range []string{`{"code":"999999","msg":"Never known"}`, `{"code":200004,"msg":"Balance insufficient!"}`} {
		if failure := parsed(t, DomainSpot, 400, body, nil); failure.Removed != nil {
			t.Errorf("%s carries %v", body, failure.Removed)
		}
	}
	if failure := parsed(t, DomainFutures, 400, `{"code":"200005","msg":"x"}`, nil); failure.Removed != nil {
		t.Errorf("futures carries %v", failure.Removed)
	}
}

func TestTheBodyDecidesExactTemplateCodeOnlyAndUnknown(t *testing.T) {
	exact := parsed(t, DomainSpot, 200, `{"code":"200004","msg":"  balance   INSUFFICIENT  "}`, nil)
	if exact.Match != MatchExact || exact.Code.Number != 200004 || exact.Variant.ID != "BALANCE" || exact.HTTPStatus != 200 {
		t.Errorf("exact: %+v", exact)
	}
	template := parsed(t, DomainSpot, 400, `{"code":300000,"msg":"PRICE 12.5 is above the limit 10."}`, nil)
	if template.Match != MatchTemplate || !reflect.DeepEqual(template.Values, map[string]string{"price": "12.5", "limit": "10"}) {
		t.Errorf("template: %+v", template)
	}
	touching := parsed(t, DomainSpot, 400, `{"code":"130203","msg":"Maximum borrowing: 1.5BTC"}`, nil)
	if !reflect.DeepEqual(touching.Values, map[string]string{"amount": "1.5", "currency": "BTC"}) {
		t.Errorf("touching placeholders: %+v", touching.Values)
	}
	variant := parsed(t, DomainSpot, 400, `{"code":"400100","msg":"account.available.amount"}`, nil)
	if variant.Category != CategoryInsufficientFunds || variant.Retry.Action != "top_up" {
		t.Errorf("a variant's category and retry override the code's: %+v", variant)
	}
	codeOnly := parsed(t, DomainSpot, 400, `{"code":"200004","msg":"something else"}`, nil)
	if codeOnly.Match != MatchCodeOnly || codeOnly.Variant != nil || codeOnly.Entry.Code != 200004 {
		t.Errorf("code only: %+v", codeOnly)
	}
	unknown := parsed(t, DomainSpot, 502, `<html>Bad Gateway</html>`, nil)
	if unknown.Match != MatchUnknown || unknown.Code.Present() || unknown.Category != CategoryExchangeUnavailable || unknown.Message != "<html>Bad Gateway</html>" {
		t.Errorf("unknown: %+v", unknown)
	}
	if success, err := ParseResponse(DomainSpot, 200, []byte(`{"code":"200000","data":{}}`), nil); success != nil || err != nil {
		t.Errorf("success: %+v %v", success, err)
	}
}

func TestOnlyAsciiLettersFoldAndOnlyUnicodeWhiteSpaceCollapses(t *testing.T) {
	for _, message := range []string{"Price 1 i\u017f above the limit 2", "Balance in\u017fufficient", "Balance\ufeffinsufficient"} {
		failure, _ := Classify(DomainSpot, WireCode{Number: 300000}, message)
		if failure.Match == MatchExact || failure.Match == MatchTemplate {
			t.Errorf("%q matched %s", message, failure.Match)
		}
	}
	failure, _ := Classify(DomainSpot, WireCode{}, "\u00a0Balance\u2028\u3000insufficient .!")
	if failure.Match != MatchExact || failure.Code.Number != 200004 {
		t.Errorf("white space and trailing stops: %+v", failure)
	}
	if fold("K\u212aS\u017f") != "k\u212as\u017f" || normalise(" a \x1c b ") != "a \x1c b" {
		t.Error("fold or normalise")
	}
}

func TestAMessageWithoutACodeNamesTheLowestCodeAndTheGatewayFillsIn(t *testing.T) {
	named, _ := Classify(DomainSpot, WireCode{}, "Price 5 is above the limit 4")
	if named.Code.Number != 300000 || named.Match != MatchTemplate {
		t.Errorf("named by its template: %+v", named)
	}
	gateway := parsed(t, DomainSpot, 400, `{"code":"400005","msg":"Invalid KC-API-SIGN--the signature does not match"}`, nil)
	if gateway.Domain != DomainGateway || gateway.Match != MatchExact {
		t.Errorf("the fallback's entry: %+v", gateway)
	}
	blocked := parsed(t, DomainSpot, 429, "<html>error code: 1015 You are being rate-limited</html>", nil)
	if blocked.Entry == nil || blocked.Entry.Domain != DomainFutures || blocked.Code.Number != 1015 {
		t.Errorf("1015 through the gateway codes: %+v", blocked)
	}
	if raw, _ := Classify(DomainSpot, WireCode{Raw: "1015"}, ""); raw.Entry != nil {
		t.Errorf("a code sent as text does not reach the gateway table: %+v", raw)
	}
}

func TestJSONIsReadAsPythonReadsIt(t *testing.T) {
	cases := map[string]WireCode{
		`{"code":"1","code":"200004","msg":"x"}`: {Number: 200004},
		`{"code":200004.0,"msg":"x"}`:            {Number: 200004},
		`{"code":200004.5,"msg":"x"}`:            {Raw: "200004.5"},
		`{"code":1e400,"msg":"x"}`:               {Raw: "Infinity"},
		`{"code":-0,"msg":"x"}`:                  {Raw: "0"},
		`{"code":"0200004","msg":"x"}`:           {Raw: "0200004"},
		`{"code":2147483648,"msg":"x"}`:          {Raw: "2147483648"},
		"\ufeff {\"code\":\"200004\"} \r\n":      {Number: 200004},
	}
	for body, code := range cases {
		if failure := parsed(t, DomainFutures, 400, body, nil); failure.Code != code {
			t.Errorf("%s: code %+v, want %+v", body, failure.Code, code)
		}
	}
	for _, body := range []string{`{"code":"200004","x":NaN}`, `{"code":"200004","x":-Infinity}`, `{"code":"200004"} x`, `{"code":"200004",}`,
		`{"code":"200004","msg":"a` + "\x01" + `"}`, `{"a":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}`, `{"code":"200004","x":01}`} {
		if failure := parsed(t, DomainFutures, 400, body, nil); failure.Code.Present() || failure.Message != body {
			t.Errorf("%q is not JSON: %+v", body, failure)
		}
	}
	deepest := `{"code":"200004","a":` + strings.Repeat("[", 99) + strings.Repeat("]", 99) + `}`
	if failure := parsed(t, DomainFutures, 400, deepest, nil); failure.Code.Number != 200004 {
		t.Errorf("100 levels are JSON: %+v", failure.Code)
	}
	quoted := `{"code":"200004","a":"` + strings.Repeat("[", 200) + `"}`
	if failure := parsed(t, DomainFutures, 400, quoted, nil); failure.Code.Number != 200004 {
		t.Errorf("brackets in a string do not nest: %+v", failure.Code)
	}
	escaped, _ := decodeDocument(`{"msg":"\ud83d\ude00 \u00e9 \ud800 \/"}`)
	if escaped["msg"] != "\U0001F600 \u00e9 \uFFFD /" {
		t.Errorf("escapes: %q", escaped["msg"])
	}
}

func TestInvalidUTF8BecomesOneReplacementPerMaximalSubpart(t *testing.T) {
	cases := map[string]string{
		"a\xe2\x82b":       "a\uFFFDb",
		"\xed\xa0\x80":     "\uFFFD\uFFFD\uFFFD",
		"\xf0\x90\x80":     "\uFFFD",
		"\xc0\x80":         "\uFFFD\uFFFD",
		"\xf4\x90\x80\x80": "\uFFFD\uFFFD\uFFFD\uFFFD",
		"ok \u00e9":        "ok \u00e9",
	}
	for input, want := range cases {
		if got := decodeText([]byte(input)); got != want {
			t.Errorf("%q: got %q, want %q", input, got, want)
		}
	}
}

func TestNumbersThatAreNoCodesAreWrittenAsJavaScriptWritesThem(t *testing.T) {
	cases := map[float64]string{
		200004.5: "200004.5", 1e21: "1e+21", 1e20: "100000000000000000000", 1.2345678901234568e+24: "1.2345678901234568e+24",
		1e-7: "1e-7", 0.000001: "0.000001", 1.23e-18: "1.23e-18", -2.5: "-2.5", math.Inf(-1): "-Infinity", math.NaN(): "NaN",
	}
	for number, want := range cases {
		if got := numberText(number); got != want {
			t.Errorf("%v: got %q, want %q", number, got, want)
		}
	}
}

func TestCheckResponseGivesAnErrorForErrorsAsAndIs(t *testing.T) {
	err := CheckResponse(DomainSpot, 400, []byte(`{"code":"200004","msg":"Balance insufficient"}`), nil)
	var failure *APIError
	if !errors.As(err, &failure) || failure.Entry.Code != 200004 {
		t.Fatalf("errors.As: %v", err)
	}
	if !errors.Is(err, ErrInsufficientFunds) || !errors.Is(err, CategoryInsufficientFunds.Err()) || errors.Is(err, ErrRateLimited) {
		t.Error("errors.Is with a category")
	}
	if err.Error() != "KuCoin spot error 200004: Balance insufficient" {
		t.Errorf("text: %q", err.Error())
	}
	if err := CheckResponse(DomainSpot, 200, []byte(`{"code":"200000"}`), nil); err != nil {
		t.Errorf("success: %v", err)
	}
	if err := CheckResponse(Domain("nowhere"), 200, nil, nil); !errors.Is(err, ErrUnknownDomain) || !strings.Contains(err.Error(), "http, spot") {
		t.Errorf("unknown domain: %v", err)
	}
}

func TestRetryAfterReadsTheNamedHeaderThenTheBlockTimeThenTheDefault(t *testing.T) {
	header := http.Header{}
	header.Add("GW-RateLimit-Reset", " 1500\t")
	limited := parsed(t, DomainSpot, 403, "", header)
	if ms, ok := RetryAfterMs(limited, nil, 1); !ok || ms != 1500 {
		t.Errorf("the response's header: %v %v", ms, ok)
	}
	if ms, ok := RetryAfterMs(limited, http.Header{"gw-ratelimit-reset": {"250"}}, 1); !ok || ms != 250 {
		t.Errorf("the headers given: %v %v", ms, ok)
	}
	if ms, ok := RetryAfterMs(limited, http.Header{}, 1); !ok || ms != 1000 {
		t.Errorf("headers without it: %v %v", ms, ok)
	}
	for _, value := range []string{"1_500", "0x10", "1.5", "-5", "\u0661", strings.Repeat("9", 400)} {
		if ms, ok := headerMs(http.Header{"Gw-Ratelimit-Reset": {value}}, rateLimitResetHeader); ok {
			t.Errorf("%q read as %v", value, ms)
		}
	}
	unavailable := parsed(t, DomainSpot, 503, "", nil)
	if _, ok := RetryAfterMs(unavailable, nil, 3); ok {
		t.Error("max attempts reached")
	}
	blocked := parsed(t, DomainFutures, 429, `{"code":1015,"msg":"x"}`, header)
	if wait, ok := RetryAfter(blocked, nil, 1); !ok || wait != 30*time.Second {
		t.Errorf("block time: %v %v", wait, ok)
	}
	if _, ok := RetryAfterMs(parsed(t, DomainSpot, 504, "", nil), nil, 1); ok {
		t.Error("check_state is not a retry")
	}
}

func TestBatchFailuresAndWebsocketFrames(t *testing.T) {
	failures, err := BatchFailures(DomainSpot, []byte(`{"code":"200000","data":{"data":null,"items":[
		{"status":"success"},{"status":"fail","failMsg":"Balance insufficient"},{"success":false,"failMsg":"nothing known"},
		{"code":"200000"},{"code":"400100","msg":"Parameter Error"},"not an item"]}}`))
	if err != nil || len(failures) != 3 || failures[0].Index != 1 || failures[0].Err.Code.Number != 200004 || failures[1].Err.Match != MatchUnknown || failures[2].Index != 4 {
		t.Errorf("batch: %+v %v", failures, err)
	}
	frame, err := ParseWsMessage([]byte(`{"type":"error","code":509,"data":"service busy, please retry later"}`))
	if err != nil || frame.Variant.ID != "BUSY" || frame.Category != CategoryExchangeUnavailable {
		t.Errorf("websocket: %+v %v", frame, err)
	}
	if none, _ := ParseWsMessage([]byte(`{"type":"message"}`)); none != nil {
		t.Errorf("not an error frame: %+v", none)
	}
}

func TestHostileSizesAreDecidedWithoutBlowUp(t *testing.T) {
	message := strings.Repeat("1.5 ", 250_000)
	failure, _ := Classify(DomainSpot, WireCode{Number: 300000}, "Price "+message+" is above the limit 1")
	if failure.Match != MatchCodeOnly {
		t.Errorf("a message over the template limit: %s", failure.Match)
	}
	deep := parsed(t, DomainSpot, 400, `{"a":`+strings.Repeat("[", 50_000)+strings.Repeat("]", 50_000)+`}`, nil)
	if deep.Code.Present() {
		t.Error("a deeply nested body is not JSON")
	}
	page := parsed(t, DomainSpot, 429, "<html>"+strings.Repeat("rate limit ", 100_000)+"</html>", nil)
	if page.Code.Present() || len([]rune(page.Message)) != messageLimit {
		t.Errorf("a large page: %v, %d characters", page.Code, len([]rune(page.Message)))
	}
}

func TestTheJSONReaderTakesJSONsSyntaxAndNothingElse(t *testing.T) {
	read := map[string]any{
		`{ "a" : 1 , "b" : [ ] }`:                        map[string]any{"a": 1.0, "b": []any{}},
		`{"a":[1 ,2],"b":{"c":{}}}`:                      map[string]any{"a": []any{1.0, 2.0}, "b": map[string]any{"c": map[string]any{}}},
		`{"a":-5,"b":0.5,"c":1.5e-1,"d":1E+2}`:           map[string]any{"a": -5.0, "b": 0.5, "c": 0.15, "d": 100.0},
		`{"a":true,"b":false,"c":null}`:                  map[string]any{"a": true, "b": false, "c": nil},
		`{"a":"\b\f\n\r\t\"\\\/"}`:                       map[string]any{"a": "\b\f\n\r\t\"\\/"},
		`{"a":"\u00A9\u00af\u00AF\u0041 \ud800\u0041"}`:  map[string]any{"a": "\u00a9\u00af\u00afA \uFFFDA"},
		`{"a":"\ud800\udc00"}`:                           map[string]any{"a": "\U00010000"},
		`{"":"","b":"` + strings.Repeat("[", 150) + `"}`: map[string]any{"": "", "b": strings.Repeat("[", 150)},
	}
	for text, want := range read {
		if got, _ := decodeDocument(text); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %#v, want %#v", text, got, want)
		}
	}
	for _, text := range []string{`{"a"`, `{"a" 1}`, `{"a":1`, `{"a":-`, `{"a":-}`, `{"a":1.}`, `{"a":1e}`, `{"a":[1 2]}`, `{"a":[`, `{"a":[1`,
		`{"a":"\x}`, `{"a":"\u}`, `{"\u12G4":1}`, `{"a":"\`, `{"a":"\x"}`, `{"a":"\u123`, `{"a":"\u12G4"}`, `{"a":tru}`, `[1]`, ``, `   `, `{"a":1}}`, `{`, `{"a":{`, `{"a":1e`, `{"a":1e+`,
		`{"a":"` + strings.Repeat("[", 150), `{"a":` + strings.Repeat("[", 150) + `"abc`} {
		if got, _ := decodeDocument(text); got != nil {
			t.Errorf("%q is not a JSON object, got %#v", text, got)
		}
	}
}

func TestEachUTF8LeadByteTakesItsOwnRangeOfSecondBytes(t *testing.T) {
	// A valid sequence before an invalid byte: the whole text takes the byte-by-byte path.
	cases := map[string]string{
		"\xc2\x80\xff":         "\u0080\uFFFD",
		"\xdf\xbf\xff":         "\u07ff\uFFFD",
		"\xe0\xa0\x80\xff":     "\u0800\uFFFD",
		"\xe0\x9f\x80":         "\uFFFD\uFFFD\uFFFD",
		"\xed\x9f\xbf\xff":     "\ud7ff\uFFFD",
		"\xef\xbf\xbf\xff":     "\uffff\uFFFD",
		"\xf0\x90\x80\x80\xff": "\U00010000\uFFFD",
		"\xf0\x8f\xbf\xbf":     "\uFFFD\uFFFD\uFFFD\uFFFD",
		"\xf1\x80\x80\x80\xff": "\U00040000\uFFFD",
		"\xf4\x8f\xbf\xbf\xff": "\U0010FFFF\uFFFD",
		"\x7f\xff":             "\x7f\uFFFD",
		"\xc1\xbf":             "\uFFFD\uFFFD",
		"\xf5\x80\x80\x80":     "\uFFFD\uFFFD\uFFFD\uFFFD",
	}
	for input, want := range cases {
		if got := decodeText([]byte(input)); got != want {
			t.Errorf("%q: got %q, want %q", input, got, want)
		}
	}
}

func TestTheSmallestCodeTabsAndTheLetterZAreNoEdgeCases(t *testing.T) {
	for _, body := range []string{`{"code":"1","msg":"x"}`, `{"code":1,"msg":"x"}`} {
		if failure := parsed(t, DomainFutures, 400, body, nil); failure.Code != (WireCode{Number: 1}) || failure.Code.String() != "1" {
			t.Errorf("%s: code %+v", body, failure.Code)
		}
	}
	if normalise("a\tb\rc") != "a b c" || fold("AZaz@[") != "azaz@[" {
		t.Errorf("normalise or fold: %q %q", normalise("a\tb\rc"), fold("AZaz@["))
	}
	if fallback, ok := DomainGateway.Fallback(); ok || fallback != "" {
		t.Errorf("the gateway has no fallback: %q", fallback)
	}
	if fallback, ok := DomainSpot.Fallback(); !ok || fallback != DomainGateway {
		t.Errorf("spot falls back to the gateway: %q", fallback)
	}
}

func TestAStatusAtTheEdgeOfItsRangeDecidesAsInside(t *testing.T) {
	if failure, err := ParseResponse(DomainSpot, 299, []byte(`{"data":[]}`), nil); failure != nil || err != nil {
		t.Errorf("a 299 with data and no code is a success: %+v %v", failure, err)
	}
	if failure := parsed(t, DomainSpot, 300, `{"data":[]}`, nil); failure.Code.Present() {
		t.Errorf("a 300 is a failure without a code: %+v", failure)
	}
	if failure := parsed(t, DomainSpot, 408, "<html>timeout</html>", nil); failure.Category != CategoryNetworkTimeout {
		t.Errorf("408: %+v", failure)
	}
	if failure := parsed(t, DomainSpot, 599, "<html>down</html>", nil); failure.Category != CategoryExchangeUnavailable {
		t.Errorf("599: %+v", failure)
	}
}

func TestARetryDelayBeyondTheLongestDurationIsTheLongestDuration(t *testing.T) {
	failure := parsed(t, DomainSpot, 429, "<html>Too Many Requests</html>", nil)
	header := http.Header{}
	header.Set("gw-ratelimit-reset", "99999999999999999999")
	if delay, ok := RetryAfter(failure, header, 1); !ok || delay != time.Duration(math.MaxInt64) {
		t.Errorf("got %v, %v", delay, ok)
	}
	header.Set("gw-ratelimit-reset", "1500")
	if delay, ok := RetryAfter(failure, header, 1); !ok || delay != 1500*time.Millisecond {
		t.Errorf("got %v, %v", delay, ok)
	}
	header.Set("gw-ratelimit-reset", strconv.FormatInt(math.MaxInt64/int64(time.Millisecond), 10))
	if delay, ok := RetryAfter(failure, header, 1); !ok || delay != time.Duration(math.MaxInt64) {
		t.Errorf("the longest duration in whole milliseconds: got %v, %v", delay, ok)
	}
}

func TestAnErrorWithoutACategoryRetriesAfterTheFallbackDelay(t *testing.T) {
	bare := &APIError{Domain: DomainSpot, Retry: &RetryAdvice{Action: "retry"}}
	if ms, ok := RetryAfterMs(bare, nil, 1); !ok || ms != fallbackRetryDelayMs {
		t.Errorf("got %v, %v", ms, ok)
	}
}

func TestTheTaxonomyAndDomainAccessorsAnswerForKnownNamesOnly(t *testing.T) {
	if CategoryRateLimited.Description() != "Too many requests." || Category("nope").Description() != "" || RetryAction("check_state").Description() != "Look the write up first." {
		t.Error("descriptions of taxonomy terms")
	}
	if DomainSpot.Description() != "Spot." || Domain("nowhere").Description() != "" {
		t.Error("descriptions of domains")
	}
	if removed := DomainSpot.RemovedCodes(); len(removed) != 1 || removed[0].Code != 200005 || Domain("nowhere").RemovedCodes() != nil {
		t.Errorf("removed codes: %+v", removed)
	}
	if !IsSuccess(DomainSpot, 200000) || !IsSuccess(DomainSpot, "200000") || IsSuccess(DomainSpot, 200004) || IsSuccess(Domain("nowhere"), 200000) || IsSuccess(DomainSpot, "x") {
		t.Error("IsSuccess")
	}
	for placeholder, want := range map[Placeholder]PlaceholderKind{
		{Token: "XX", Name: "a", Kind: KindNumber}: KindNumber, {Token: "XX", Name: "a"}: KindCurrency, {Token: "N", Name: "a"}: KindText,
	} {
		if got := placeholder.ValueKind(); got != want {
			t.Errorf("%+v: %q, want %q", placeholder, got, want)
		}
	}
}

func TestACodeDecodedElsewhereIsReadAsTheSameNumber(t *testing.T) {
	cases := map[any]WireCode{int(1): {Number: 1}, int64(2147483647): {Number: 2147483647}, json.Number("-1e400"): {Raw: "-Infinity"}, json.Number("200004"): {Number: 200004}}
	for raw, want := range cases {
		failure, err := ParseDecoded(DomainFutures, 400, map[string]any{"code": raw, "msg": "x"}, nil)
		if err != nil || failure == nil || failure.Code != want {
			t.Errorf("%#v: %+v %v, want %+v", raw, failure, err, want)
		}
	}
	if numberText(1) != "1" || numberText(-1) != "-1" {
		t.Errorf("numberText(1) = %q", numberText(1))
	}
}

func TestOnlyTheExactDecimalFormOfACodeIsACode(t *testing.T) {
	type result struct {
		number int
		ok     bool
	}
	cases := map[string]result{
		"0": {0, true}, "9": {9, true}, "1234567890": {1234567890, true}, "2147483647": {2147483647, true},
		"2147483648": {0, false}, "12345678901": {0, false}, "": {0, false}, "01": {0, false}, "+1": {0, false}, "1a": {0, false}, "-1": {0, false},
	}
	for text, want := range cases {
		if number, ok := decimalCode(text); (result{number, ok}) != want {
			t.Errorf("decimalCode(%q) = %d, %v; want %+v", text, number, ok, want)
		}
	}
}

func TestEdgesOfSuccessStatusesBatchesAndUnknownDomains(t *testing.T) {
	for _, body := range []string{`{"data":[]}`, `{"success":true,"code":"900001","msg":"nothing known"}`} {
		if failure, err := ParseResponse(DomainSpot, 200, []byte(body), nil); failure != nil || err != nil {
			t.Errorf("%s is a success: %+v %v", body, failure, err)
		}
	}
	if failure := parsed(t, DomainSpot, 500, "<html>error</html>", nil); failure.Category != CategoryExchangeUnavailable {
		t.Errorf("500: %+v", failure)
	}
	if failure := parsed(t, DomainSpot, 600, "<html>error</html>", nil); failure.Category != "" || failure.Retry != nil {
		t.Errorf("600 is no server error: %+v", failure)
	}
	failures, err := BatchFailures(DomainSpot, []byte(`{"code":"200000","data":["not an item",{"status":"fail","failMsg":"Balance insufficient"}]}`))
	if err != nil || len(failures) != 1 || failures[0].Index != 1 {
		t.Errorf("a failure after an item that is no object: %+v %v", failures, err)
	}
	if failure, err := Classify(Domain("nowhere"), WireCode{Number: 200004}, ""); failure != nil || !errors.Is(err, ErrUnknownDomain) {
		t.Errorf("an unknown domain: %+v %v", failure, err)
	}
	if fold("Z") != "z" || fold("\u00e9Z") != "\u00e9z" {
		t.Errorf("fold: %q %q", fold("Z"), fold("\u00e9Z"))
	}
}

func TestTheGatewaysEntryDecidesWhenOnlyItsMessageMatches(t *testing.T) {
	gateway, _ := Classify(DomainSpot, WireCode{Number: 400001}, "Please check the URL of your request.")
	if gateway.Domain != DomainGateway || gateway.Entry.Name != "URL_INVALID" || gateway.Match != MatchExact {
		t.Errorf("the gateway's message: %+v", gateway)
	}
	// The gateway's fixture entry lists spot's alias as well: where both match, the domain's entry decides.
	both, _ := Classify(DomainSpot, WireCode{Number: 400001}, "KC-API-KEY or KC-API-SIGN missing")
	if both.Domain != DomainSpot || both.Entry.Name != "MISSING_AUTH_HEADERS" || both.Match != MatchExact {
		t.Errorf("a message both match: %+v", both)
	}
	if plain, _ := Classify(DomainSpot, NumberCode(200004), "Balance insufficient"); plain.HTTPStatus != 0 {
		t.Errorf("Classify has no HTTP status: %d", plain.HTTPStatus)
	}
	if frame, _ := ParseWsMessage([]byte(`{"type":"error","code":509,"data":"exceed max permits per second"}`)); frame == nil || frame.HTTPStatus != 0 {
		t.Errorf("a websocket frame has no HTTP status: %+v", frame)
	}
	own, _ := Classify(DomainSpot, WireCode{Number: 400001}, "something else")
	if own.Domain != DomainSpot || own.Entry.Name != "MISSING_AUTH_HEADERS" || own.Match != MatchCodeOnly {
		t.Errorf("no message matches: %+v", own)
	}
}

func TestAMessageOverTheTemplateLimitNamesNoCode(t *testing.T) {
	long, _ := Classify(DomainSpot, WireCode{}, "Price "+strings.Repeat("9", 1000)+" is above the limit 4")
	if long.Code.Present() || long.Match != MatchUnknown {
		t.Errorf("a message over the limit: %+v", long.Code)
	}
	short, _ := Classify(DomainSpot, WireCode{}, "Price "+strings.Repeat("9", 900)+" is above the limit 4")
	if short.Code.Number != 300000 {
		t.Errorf("a message under the limit: %+v", short.Code)
	}
}

func TestAListedMessageUnderTheSuccessCodeIsAFailureWithItsOwnAdvice(t *testing.T) {
	info := parsed(t, DomainFutures, 200, `{"code":"200000","msg":"  position does NOT exist. "}`, http.Header{"Gw-Ratelimit-Reset": {"900"}})
	if info.Domain != DomainFutures || info.Code.Number != 200000 || info.Match != MatchUnknown || info.Entry != nil || info.Variant != nil ||
		info.Category != CategoryBadRequest || info.Retry.Action != "fix_request" || info.HTTPStatus != 200 || info.ResetMs == nil || *info.ResetMs != 900 {
		t.Errorf("futures: %+v", info)
	}
	if info.Unnumbered != &failuresUnderSuccess["futures"][0] || info.Message != "  position does NOT exist. " {
		t.Errorf("carries the failure and the message as sent: %+v", info)
	}
	if _, ok := RetryAfterMs(info, nil, 1); ok {
		t.Errorf("fix_request has no wait: %+v", info)
	}
	if byFlag := parsed(t, DomainFutures, 200, `{"success":true,"msg":"Position does not exist"}`, nil); byFlag.Code.Present() || byFlag.Unnumbered.Name != "POSITION_NOT_FOUND" {
		t.Errorf("success flag: %+v", byFlag)
	}
	if through := parsed(t, DomainSpot, 200, `{"code":"200000","msg":"Refused by the gateway"}`, nil); through.Domain != DomainGateway || through.Unnumbered.Name != "GATEWAY_REFUSED" ||
		through.Category != CategoryAuthentication {
		t.Errorf("fallback: %+v", through)
	}
	if entry := parsed(t, DomainFutures, 200, `{"code":"200000","msg":"Balance insufficient"}`, nil); entry.Unnumbered != nil || entry.Code.Number != 200004 {
		t.Errorf("a catalogued text comes first: %+v", entry)
	}
	for _, body := range []string{`{"code":"200000","msg":"Position does not exist yet"}`, `{"code":"200000","msg":"Refused by the gateway"}`, `{"code":"200","msg":""}`} {
		if failure, err := ParseResponse(DomainFutures, 200, []byte(body), nil); failure != nil || err != nil {
			t.Errorf("%s is a success: %+v %v", body, failure, err)
		}
	}
	if coded := parsed(t, DomainFutures, 200, `{"code":"400100","msg":"Position does not exist"}`, nil); coded.Unnumbered != nil {
		t.Errorf("only under a success code: %+v", coded)
	}
}

func TestAListedStringCodeIsClassifiedBeforeTheHTTPStatus(t *testing.T) {
	info := parsed(t, DomainSpot, 404, `{"code":"order_not_exist","msg":"order_not_exist"}`, nil)
	if info.Domain != DomainSpot || info.Code.Raw != "order_not_exist" || info.Match != MatchUnknown || info.Entry != nil || info.Category != CategoryInvalidOrder ||
		info.Retry.Action != "stop" || info.Unnumbered == nil || info.Unnumbered.Name != "ORDER_NOT_EXIST" || info.Unnumbered.Undocumented != "ccxt" {
		t.Errorf("spot: %+v", info)
	}
	through := parsed(t, DomainSpot, 503, `{"code":"gateway_busy"}`, nil)
	if wait, ok := RetryAfterMs(through, nil, 1); through.Domain != DomainGateway || through.Category != CategoryExchangeUnavailable || !ok || wait != 1000 {
		t.Errorf("fallback: %+v", through)
	}
	for _, c := range []struct {
		body   string
		domain Domain
	}{{`{"code":"ORDER_NOT_EXIST"}`, DomainSpot}, {`{"code":" order_not_exist"}`, DomainSpot}, {`{"code":"order_not_exist"}`, DomainFutures}} {
		if other := parsed(t, c.domain, 503, c.body, nil); other.Unnumbered != nil || other.Category != CategoryMaintenance || other.Retry.Action != "retry" {
			t.Errorf("%s falls back on the status: %+v", c.body, other)
		}
	}
	failures, err := BatchFailures(DomainSpot, []byte(`{"code":"200000","data":[{"code":"order_not_exist","msg":"gone"}]}`))
	if err != nil || len(failures) != 1 || failures[0].Err.Category != CategoryInvalidOrder || failures[0].Err.Unnumbered.Name != "ORDER_NOT_EXIST" {
		t.Errorf("batch: %+v %v", failures, err)
	}
	if classified, err := Classify(DomainSpot, WireCode{Raw: "order_not_exist"}, ""); err != nil || classified.Category != CategoryInvalidOrder {
		t.Errorf("classify: %+v %v", classified, err)
	}
	if len(DomainSpot.StringCodes()) != 1 || len(DomainFutures.FailuresUnderSuccess()) != 1 || DomainHttp.StringCodes() == nil {
		t.Errorf("accessors: %v %v", DomainSpot.StringCodes(), DomainFutures.FailuresUnderSuccess())
	}
}

func TestAFaultInsideAValueIsRefusedEvenWhereTheTextGoesOnAsJSON(t *testing.T) {
	brackets := `{"k":[` + strings.Repeat("[],", 101) + `[]]}`
	for _, text := range []string{
		`{"a":}`, `{"a":[1,]}`, `{"a":{,"b":2}`, `{"\x:1}`, `{"a":{"\x,"b":2}`, `{"a":{"k","b":2}`, `{"a":{"k":,"b":2}`,
		`{"a":[{"k":1]}`, `{"a":[,"b":1}`, `{"a":[1}`, `{"a":1.x}`, `{"a":1.`, `{"a":1.5`, brackets + `"`, brackets + `"\`,
	} {
		if got, _ := decodeDocument(text); got != nil {
			t.Errorf("%q is not a JSON object, got %#v", text, got)
		}
	}
	deepest := `{"a":` + strings.Repeat("[", 99) + strings.Repeat("]", 99) + `,"b":[]}`
	if got, _ := decodeDocument(deepest); got == nil {
		t.Errorf("100 levels beside other brackets nest: got nil")
	}
	read := map[string]string{`{"a":"\u0041\udc00"}`: "A\uFFFD", `{"a":"\ud800xxdc00"}`: "\uFFFDxxdc00"}
	for text, want := range read {
		if got, _ := decodeDocument(text); got == nil || got["a"] != want {
			t.Errorf("%s: got %#v, want %q", text, got, want)
		}
	}
	if got := decodeText([]byte("\xe1\x80\x80\xff")); got != "\u1000\uFFFD" {
		t.Errorf("a three-byte sequence after E1: got %q", got)
	}
}

func TestZeroNegativeAndTooLargeIntegersAreCodesOfNoEntryKeptAsText(t *testing.T) {
	cases := map[any]WireCode{int(0): {Raw: "0"}, int64(-1): {Raw: "-1"}, int32(-7): {Raw: "-7"}, int64(2147483648): {Raw: "2147483648"}, "0": {Raw: "0"}}
	for raw, want := range cases {
		failure, err := ParseDecoded(DomainFutures, 400, map[string]any{"code": raw, "msg": "x"}, nil)
		if err != nil || failure == nil || failure.Code != want {
			t.Errorf("%#v: %+v %v, want %+v", raw, failure, err, want)
		}
	}
}

func TestNumbersInExponentFormKeepEveryDigitAsJavaScriptWritesThem(t *testing.T) {
	cases := map[float64]string{1.5e-7: "1.5e-7", 1.25e21: "1.25e+21", 1e21: "1e+21", 1e-7: "1e-7"}
	for number, want := range cases {
		if got := numberText(number); got != want {
			t.Errorf("numberText(%g) = %q, want %q", number, got, want)
		}
	}
}

func TestTheEntriesOfADomainAreItsCatalogueEntriesAndNoneForAnUnknownDomain(t *testing.T) {
	if entries := DomainSpot.Entries(); len(entries) == 0 || entries[0].Domain != DomainSpot {
		t.Errorf("spot's entries: %v", entries)
	}
	if entries := Domain("nowhere").Entries(); entries != nil {
		t.Errorf("an unknown domain's entries: %v", entries)
	}
}

func TestUnderItsCodeATemplateMatchesAMessageUpToTheLimitOnly(t *testing.T) {
	atLimit := "Price " + strings.Repeat("9", templateMatchLimit-len("Price  is above the limit 4")) + " is above the limit 4"
	if at, _ := Classify(DomainSpot, NumberCode(300000), atLimit); at.Match != MatchTemplate {
		t.Errorf("a message at the limit: %v", at.Match)
	}
	if beyond, _ := Classify(DomainSpot, NumberCode(300000), atLimit+"0"); beyond.Match != MatchCodeOnly {
		t.Errorf("a message beyond the limit: %v", beyond.Match)
	}
}

func TestStatusesJustOutsideTheServerErrorsAndBesideTheTimeoutsDecideByTheirRange(t *testing.T) {
	if failure := parsed(t, DomainSpot, 499, "<html>closed</html>", nil); failure.Category != "" || failure.Retry != nil {
		t.Errorf("499: %+v", failure)
	}
	if failure := parsed(t, DomainSpot, 505, "<html>version</html>", nil); failure.Category != CategoryExchangeUnavailable {
		t.Errorf("505: %+v", failure)
	}
}

func TestAHeaderFoundIgnoringCaseIsThatHeadersValueAndNoOther(t *testing.T) {
	header := http.Header{"A-Other": {"5"}, "GW-RATELIMIT-RESET": {"900"}}
	if ms, ok := headerMs(header, rateLimitResetHeader); !ok || ms != 900 {
		t.Errorf("the reset header in upper case: %v, %v", ms, ok)
	}
	if ms, ok := headerMs(http.Header{"A-Other": {"5"}}, rateLimitResetHeader); ok {
		t.Errorf("no reset header: %v", ms)
	}
}

func TestABatchItemHasNoHTTPStatusOfItsOwn(t *testing.T) {
	failures, err := BatchFailures(DomainSpot, []byte(`{"code":"200000","data":[{"code":"200004","msg":"x"}]}`))
	if err != nil || len(failures) != 1 || failures[0].Err.HTTPStatus != 0 {
		t.Errorf("a batch item: %+v %v", failures, err)
	}
}
