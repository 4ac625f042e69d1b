// Command runner decides response cases with the generated Go binding: cases as JSON on stdin, outcomes as JSON on
// stdout, in the shapes of tests/test_responses.py (python_outcome, python_raised). Headers arrive as [name, value]
// pairs (tests/bindings/go.py reads Python's shapes of headers into them), or null for none.
package main

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"os"

	kucoinerrors "kucoinerrors"
)

type body struct {
	Kind  string          `json:"kind"`
	Value json.RawMessage `json:"value"`
}

type testCase struct {
	Domain          string            `json:"domain"`
	Status          int               `json:"status"`
	Body            body              `json:"body"`
	Headers         *[][2]string      `json:"headers"`
	HasRetryHeaders bool              `json:"has_retry_headers"`
	RetryHeaders    *[][2]string      `json:"retry_headers"`
	Classify        []json.RawMessage `json:"classify"`
	Batch           bool              `json:"batch"`
	Throw           bool              `json:"throw"`
}

func header(pairs *[][2]string) http.Header {
	if pairs == nil {
		return nil
	}
	built := http.Header{}
	for _, pair := range *pairs {
		built.Add(pair[0], pair[1])
	}
	return built
}

func optional[T comparable](value T) any {
	var zero T
	if value == zero {
		return nil
	}
	return value
}

func codeOf(code kucoinerrors.WireCode) any {
	if code.Number != 0 {
		return code.Number
	}
	return optional(code.Raw)
}

func retryAfter(failure *kucoinerrors.APIError, retryHeader http.Header, attempts int) any {
	if ms, ok := kucoinerrors.RetryAfterMs(failure, retryHeader, attempts); ok {
		return ms
	}
	return nil
}

func outcome(failure *kucoinerrors.APIError, retryHeader http.Header) map[string]any {
	if failure == nil {
		return map[string]any{"ok": true}
	}
	out := map[string]any{
		"ok": false, "domain": failure.Domain, "code": codeOf(failure.Code), "message": failure.Message,
		"http_status": optional(failure.HTTPStatus), "match": failure.Match, "entry": nil, "variant": nil,
		"values": failure.Values, "category": optional(failure.Category), "retry": nil,
		"retry_after_ms": retryAfter(failure, retryHeader, 1),
	}
	if failure.Entry != nil {
		out["entry"] = []any{failure.Entry.Domain, failure.Entry.Code}
	}
	if failure.Variant != nil {
		out["variant"] = failure.Variant.ID
	}
	if failure.Unnumbered != nil {
		out["unnumbered"] = []any{failure.Unnumbered.Domain, failure.Unnumbered.Name}
	}
	if advice := failure.Retry; advice != nil {
		retry := map[string]any{"action": advice.Action, "after_ms": optional(advice.AfterMs), "after_header": optional(advice.AfterHeader)}
		if advice.MaxAttempts != 0 {
			retry["max_attempts"] = advice.MaxAttempts
			retry["then"] = advice.Then
			byAttempts := []any{}
			for _, attempts := range []int{1, 2, 3, 10} {
				byAttempts = append(byAttempts, retryAfter(failure, retryHeader, attempts))
			}
			out["retry_after_ms_by_attempts"] = byAttempts
		}
		out["retry"] = retry
	}
	return out
}

func bodyBytes(b body) ([]byte, map[string]any, bool) {
	switch b.Kind {
	case "text":
		var text string
		must(json.Unmarshal(b.Value, &text))
		return []byte(text), nil, false
	case "bytes", "arraybuffer", "view":
		var encoded string
		must(json.Unmarshal(b.Value, &encoded))
		decoded, err := base64.StdEncoding.DecodeString(encoded)
		must(err)
		return decoded, nil, false
	case "json":
		var value any
		must(json.Unmarshal(b.Value, &value))
		document, _ := value.(map[string]any)
		return nil, document, true
	default:
		return nil, nil, false
	}
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func decide(c testCase) any {
	var retryHeader http.Header
	if c.HasRetryHeaders {
		retryHeader = header(c.RetryHeaders)
	}
	domain := kucoinerrors.Domain(c.Domain)
	if c.Classify != nil {
		var message string
		var rawCode any
		must(json.Unmarshal(c.Classify[0], &c.Domain))
		must(json.Unmarshal(c.Classify[1], &rawCode))
		must(json.Unmarshal(c.Classify[2], &message))
		code := kucoinerrors.WireCode{}
		switch value := rawCode.(type) {
		case float64:
			code.Number = int(value)
		case string:
			code.Raw = value
		}
		failure, err := kucoinerrors.Classify(kucoinerrors.Domain(c.Domain), code, message)
		must(err)
		return outcome(failure, retryHeader)
	}
	raw, document, decoded := bodyBytes(c.Body)
	if c.Batch {
		var failures []kucoinerrors.BatchFailure
		var err error
		if decoded {
			failures, err = kucoinerrors.BatchFailuresDecoded(domain, document)
		} else {
			failures, err = kucoinerrors.BatchFailures(domain, raw)
		}
		must(err)
		out := []any{}
		for _, failure := range failures {
			out = append(out, []any{failure.Index, outcome(failure.Err, retryHeader)})
		}
		return out
	}
	if c.Throw {
		if decoded {
			panic("throw cases carry raw bodies")
		}
		err := kucoinerrors.CheckResponse(domain, c.Status, raw, header(c.Headers))
		if err == nil {
			return map[string]any{"thrown": false}
		}
		var failure *kucoinerrors.APIError
		if !errors.As(err, &failure) {
			panic(err)
		}
		if failure.Category != "" && !errors.Is(err, failure.Category.Err()) {
			panic("errors.Is does not find the category")
		}
		return map[string]any{"thrown": true, "text": err.Error(), "outcome": outcome(failure, nil)}
	}
	var failure *kucoinerrors.APIError
	var err error
	if decoded {
		failure, err = kucoinerrors.ParseDecoded(domain, c.Status, document, header(c.Headers))
	} else {
		failure, err = kucoinerrors.ParseResponse(domain, c.Status, raw, header(c.Headers))
	}
	must(err)
	return outcome(failure, retryHeader)
}

func main() {
	var cases []testCase
	decoder := json.NewDecoder(bufio.NewReader(os.Stdin))
	must(decoder.Decode(&cases))
	outcomes := make([]any, len(cases))
	for i, c := range cases {
		outcomes[i] = decide(c)
	}
	writer := bufio.NewWriter(os.Stdout)
	encoder := json.NewEncoder(writer)
	encoder.SetEscapeHTML(false)
	must(encoder.Encode(outcomes))
	must(writer.Flush())
}
