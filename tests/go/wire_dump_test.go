// Prints the wire constants and retry delays a build of the package holds, as JSON, when KUCOIN_WIRE_DUMP is set:
// tests/test_go_binding.py compares them with codegen/wire.py, for the generated data and for the hand-written fixture.
package kucoinerrors

import (
	"encoding/json"
	"os"
	"testing"
)

func TestPrintWireConstants(t *testing.T) {
	if os.Getenv("KUCOIN_WIRE_DUMP") == "" {
		t.Skip("KUCOIN_WIRE_DUMP is not set")
	}
	constants := map[string]any{
		"ROW_SEPARATOR": rowSeparator, "RETRYABLE_ACTIONS": retryableActions, "RATE_LIMIT_RESET_HEADER": rateLimitResetHeader,
		"MAX_CODE": maxCode, "GATEWAY_CODES": gatewayCodes, "STATUS_DOMAIN": statusDomain, "WEBSOCKET_DOMAIN": websocketDomain,
		"MESSAGE_LIMIT": messageLimit, "TEMPLATE_MATCH_LIMIT": templateMatchLimit, "MAX_JSON_DEPTH": maxJsonDepth,
		"DEFAULT_PLACEHOLDER_KINDS": defaultPlaceholderKinds, "FALLBACK_RETRY_DELAY_MS": fallbackRetryDelayMs,
		"WHITESPACE": whitespace, "TRAILING": trailing, "DEFAULT_RETRY_DELAY_MS": defaultRetryDelayMs,
	}
	encoder := json.NewEncoder(os.Stdout)
	encoder.SetEscapeHTML(false)
	if err := encoder.Encode(constants); err != nil {
		t.Fatal(err)
	}
}
