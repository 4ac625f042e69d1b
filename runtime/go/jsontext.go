package kucoinerrors

// Reading a body: bytes to text, and text to a JSON object, deciding as Python's json module does in
// every binding (duplicate keys: the last wins; NaN and Infinity: not JSON; numbers: doubles; invalid
// UTF-8: U+FFFD per maximal invalid subsequence; a byte order mark before the text: dropped).
// encoding/json decides otherwise on several of these, so the object is read here.

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// decodeText is body as UTF-8, each maximal invalid subsequence replaced by U+FFFD (as Python and TextDecoder do).
func decodeText(body []byte) string {
	if utf8.Valid(body) {
		return string(body)
	}
	var out strings.Builder
	out.Grow(len(body) + 8)
	for i := 0; i < len(body); {
		lead := body[i]
		if lead < 0x80 {
			out.WriteByte(lead)
			i++
			continue
		}
		need, low, high := 0, byte(0x80), byte(0xBF)
		switch {
		case lead >= 0xC2 && lead <= 0xDF:
			need = 1
		case lead == 0xE0:
			need, low = 2, 0xA0
		case lead == 0xED:
			need, high = 2, 0x9F
		case lead >= 0xE1 && lead <= 0xEF:
			need = 2
		case lead == 0xF0:
			need, low = 3, 0x90
		case lead == 0xF4:
			need, high = 3, 0x8F
		case lead >= 0xF1 && lead <= 0xF3:
			need = 3
		default:
			out.WriteRune(utf8.RuneError)
			i++
			continue
		}
		end, complete := i+1, true
		for k := 0; k < need; k++ {
			if end >= len(body) || body[end] < low || body[end] > high {
				complete = false
				break
			}
			low, high = 0x80, 0xBF
			end++
		}
		if complete {
			out.Write(body[i:end])
		} else {
			out.WriteRune(utf8.RuneError)
		}
		i = end
	}
	return out.String()
}

func isJSONSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// decodeDocument is the JSON object text holds (nil when it holds none) and the text without its byte order mark.
func decodeDocument(text string) (map[string]any, string) {
	text = strings.TrimPrefix(text, "\ufeff")
	start := 0
	for start < len(text) && isJSONSpace(text[start]) {
		start++
	}
	if start == len(text) || text[start] != '{' || nestsTooDeep(text) {
		return nil, text
	}
	reader := jsonReader{text: text, at: start}
	value, ok := reader.value()
	if !ok {
		return nil, text
	}
	for reader.at < len(text) {
		if !isJSONSpace(text[reader.at]) {
			return nil, text // text after the object: not JSON
		}
		reader.at++
	}
	document, _ := value.(map[string]any)
	return document, text
}

// nestsTooDeep is true when the JSON in text nests deeper than maxJsonDepth; linear, and free for text with few brackets.
// A string is a quote, then characters or backslash pairs, then a quote; brackets inside one do not count.
func nestsTooDeep(text string) bool {
	if strings.Count(text, "{")+strings.Count(text, "[") <= maxJsonDepth {
		return false
	}
	depth, strs := 0, true
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '"':
			if !strs {
				continue
			}
			end := closingQuote(text, i+1)
			if end < 0 {
				// Unterminated from here: so is every later quote, whose scan would end in step with this one.
				strs = false
				continue
			}
			i = end
		case '{', '[':
			depth++
			if depth > maxJsonDepth {
				return true
			}
		case '}', ']':
			depth--
		}
	}
	return false
}

func closingQuote(text string, from int) int {
	for i := from; i < len(text); i++ {
		switch text[i] {
		case '"':
			return i
		case '\\':
			if i+1 >= len(text) {
				return -1
			}
			i++
		}
	}
	return -1
}

type jsonReader struct {
	text string
	at   int
}

func (r *jsonReader) skipSpace() {
	for r.at < len(r.text) && isJSONSpace(r.text[r.at]) {
		r.at++
	}
}

func (r *jsonReader) literal(word string) bool {
	if strings.HasPrefix(r.text[r.at:], word) {
		r.at += len(word)
		return true
	}
	return false
}

// value reads one JSON value at r.at (no white space before it); false when there is none.
func (r *jsonReader) value() (any, bool) {
	if r.at >= len(r.text) {
		return nil, false
	}
	switch c := r.text[r.at]; {
	case c == '"':
		r.at++
		return r.str()
	case c == '{':
		return r.object()
	case c == '[':
		return r.array()
	case c == 'n':
		return nil, r.literal("null")
	case c == 't':
		return true, r.literal("true")
	case c == 'f':
		return false, r.literal("false")
	case c == '-' || (c >= '0' && c <= '9'):
		return r.number()
	default:
		// NaN and Infinity among them: they are not JSON.
		return nil, false
	}
}

func (r *jsonReader) object() (any, bool) {
	r.at++
	document := map[string]any{}
	r.skipSpace()
	if r.at < len(r.text) && r.text[r.at] == '}' {
		r.at++
		return document, true
	}
	for {
		if r.at >= len(r.text) || r.text[r.at] != '"' {
			return nil, false
		}
		r.at++
		key, ok := r.str()
		if !ok {
			return nil, false
		}
		r.skipSpace()
		if r.at >= len(r.text) || r.text[r.at] != ':' {
			return nil, false
		}
		r.at++
		r.skipSpace()
		value, ok := r.value()
		if !ok {
			return nil, false
		}
		document[key.(string)] = value
		r.skipSpace()
		if r.at >= len(r.text) {
			return nil, false
		}
		if r.text[r.at] == '}' {
			r.at++
			return document, true
		}
		if r.text[r.at] != ',' {
			return nil, false
		}
		r.at++
		r.skipSpace()
	}
}

func (r *jsonReader) array() (any, bool) {
	r.at++
	items := []any{}
	r.skipSpace()
	if r.at < len(r.text) && r.text[r.at] == ']' {
		r.at++
		return items, true
	}
	for {
		value, ok := r.value()
		if !ok {
			return nil, false
		}
		items = append(items, value)
		r.skipSpace()
		if r.at >= len(r.text) {
			return nil, false
		}
		if r.text[r.at] == ']' {
			r.at++
			return items, true
		}
		if r.text[r.at] != ',' {
			return nil, false
		}
		r.at++
		r.skipSpace()
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// number reads -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)? as a double; too large a number is an infinity.
func (r *jsonReader) number() (any, bool) {
	start := r.at
	if r.text[r.at] == '-' {
		r.at++
	}
	switch {
	case r.at < len(r.text) && r.text[r.at] == '0':
		r.at++
	case r.at < len(r.text) && isDigit(r.text[r.at]):
		for r.at < len(r.text) && isDigit(r.text[r.at]) {
			r.at++
		}
	default:
		return nil, false
	}
	if r.at+1 < len(r.text) && r.text[r.at] == '.' && isDigit(r.text[r.at+1]) {
		r.at += 2
		for r.at < len(r.text) && isDigit(r.text[r.at]) {
			r.at++
		}
	}
	if r.at < len(r.text) && (r.text[r.at] == 'e' || r.text[r.at] == 'E') {
		exponent := r.at
		r.at++
		if r.at < len(r.text) && (r.text[r.at] == '-' || r.text[r.at] == '+') {
			r.at++
		}
		digits := r.at
		for r.at < len(r.text) && isDigit(r.text[r.at]) {
			r.at++
		}
		if r.at == digits {
			r.at = exponent
		}
	}
	// A syntax error is impossible here; a range error gives the infinity (or zero) Python's float() gives.
	number, _ := strconv.ParseFloat(r.text[start:r.at], 64)
	return number, true
}

func hexValue(text string) (rune, bool) {
	if len(text) < 4 {
		return 0, false
	}
	var value rune
	for i := 0; i < 4; i++ {
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			value = value<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			value = value<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			value = value<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return value, true
}

// str reads the rest of a string after its opening quote: no control characters, JSON's escapes only.
// A lone surrogate escape, which a Go string cannot hold, becomes U+FFFD.
func (r *jsonReader) str() (any, bool) {
	var out strings.Builder
	run := r.at
	for r.at < len(r.text) {
		c := r.text[r.at]
		switch {
		case c == '"':
			out.WriteString(r.text[run:r.at])
			r.at++
			return out.String(), true
		case c < 0x20:
			return nil, false
		case c == '\\':
			out.WriteString(r.text[run:r.at])
			if r.at+1 >= len(r.text) {
				return nil, false
			}
			escape := r.text[r.at+1]
			r.at += 2
			switch escape {
			case '"', '\\', '/':
				out.WriteByte(escape)
			case 'b':
				out.WriteByte('\b')
			case 'f':
				out.WriteByte('\f')
			case 'n':
				out.WriteByte('\n')
			case 'r':
				out.WriteByte('\r')
			case 't':
				out.WriteByte('\t')
			case 'u':
				point, ok := hexValue(r.text[r.at:])
				if !ok {
					return nil, false
				}
				r.at += 4
				if point >= 0xD800 && point <= 0xDBFF && strings.HasPrefix(r.text[r.at:], "\\u") {
					if low, isHex := hexValue(r.text[r.at+2:]); isHex && low >= 0xDC00 && low <= 0xDFFF {
						point = 0x10000 + (point-0xD800)<<10 + (low - 0xDC00)
						r.at += 6
					}
				}
				out.WriteRune(point)
			default:
				return nil, false
			}
			run = r.at
		default:
			r.at++
		}
	}
	return nil, false
}

// wireCode is the code as KuCoin sent it: a number for a whole number in 1..2^31-1, else the raw text;
// absent for no code, null, a boolean, an object or an array. A number that is no code keeps the text
// JavaScript gives it, as JSON numbers are doubles in every binding.
func wireCode(raw any) WireCode {
	switch value := raw.(type) {
	case string:
		if number, ok := decimalCode(value); ok && number > 0 {
			return WireCode{Number: number}
		}
		return WireCode{Raw: value}
	case float64:
		return floatCode(value)
	case float32:
		return floatCode(float64(value))
	case json.Number:
		number, err := strconv.ParseFloat(string(value), 64)
		if err != nil && !math.IsInf(number, 0) {
			return WireCode{}
		}
		return floatCode(number)
	case int:
		return intCode(int64(value))
	case int64:
		return intCode(value)
	case int32:
		return intCode(int64(value))
	default:
		return WireCode{}
	}
}

func intCode(value int64) WireCode {
	if value > 0 && value <= maxCode {
		return WireCode{Number: int(value)}
	}
	return floatCode(float64(value))
}

func floatCode(value float64) WireCode {
	if value == math.Trunc(value) && value > 0 && value <= maxCode {
		return WireCode{Number: int(value)}
	}
	return WireCode{Raw: numberText(value)}
}

// numberText is number as JavaScript's String() writes it ("200004.5", "1e+21", "Infinity").
func numberText(number float64) string {
	switch {
	case math.IsNaN(number):
		return "NaN"
	case math.IsInf(number, 1):
		return "Infinity"
	case math.IsInf(number, -1):
		return "-Infinity"
	case number == 0:
		return "0"
	}
	sign := ""
	if number < 0 {
		sign = "-"
	}
	// The shortest digits that read back as the number, as JavaScript gives; value = 0.digits * 10^point.
	scientific := strconv.FormatFloat(math.Abs(number), 'e', -1, 64)
	mantissa, exponentText, _ := strings.Cut(scientific, "e")
	exponent, _ := strconv.Atoi(exponentText)
	digits := strings.TrimRight(strings.Replace(mantissa, ".", "", 1), "0")
	point := exponent + 1
	switch {
	case len(digits) <= point && point <= 21:
		return sign + digits + strings.Repeat("0", point-len(digits))
	case 0 < point && point <= 21:
		return sign + digits[:point] + "." + digits[point:]
	case -6 < point && point <= 0:
		return sign + "0." + strings.Repeat("0", -point) + digits
	}
	fraction := ""
	if len(digits) > 1 {
		fraction = "." + digits[1:]
	}
	exponentSign := "+"
	if point-1 < 0 {
		exponentSign = "-"
	}
	return sign + digits[:1] + fraction + "e" + exponentSign + strconv.Itoa(abs(point-1))
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
