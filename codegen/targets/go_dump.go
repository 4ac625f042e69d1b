// Command go_dump writes the generated Go module as catalogue data (JSON on stdout), in the shape of
// codegen.serialize, so that the tests can rebuild the model from it. codegen/targets/go.py builds it
// against the module with a replace directive.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	kucoinerrors "kucoinerrors"
)

func retry(advice kucoinerrors.RetryAdvice, into map[string]any) {
	into["retry"] = advice.Action
	if advice.AfterMs != 0 {
		into["retry_after_ms"] = advice.AfterMs
	}
	if advice.AfterHeader != "" {
		into["retry_after_header"] = advice.AfterHeader
	}
	if advice.MaxAttempts != 0 {
		into["retry_max_attempts"] = advice.MaxAttempts
	}
	if advice.Then != "" {
		into["retry_then"] = advice.Then
	}
}

func setText(into map[string]any, name, value string) {
	if value != "" {
		into[name] = value
	}
}

func variant(v kucoinerrors.MessageVariant) map[string]any {
	out := map[string]any{"id": v.ID, "message": v.Message}
	setText(out, "key", v.Key)
	setText(out, "detail", v.Detail)
	setText(out, "detail_separator", v.DetailSeparator)
	if len(v.Aliases) > 0 {
		out["aliases"] = v.Aliases
	}
	setText(out, "table", v.Table)
	if len(v.Placeholders) > 0 {
		placeholders := []map[string]any{}
		for _, p := range v.Placeholders {
			placeholder := map[string]any{"token": p.Token, "name": p.Name}
			setText(placeholder, "kind", string(p.Kind))
			placeholders = append(placeholders, placeholder)
		}
		out["placeholders"] = placeholders
	}
	setText(out, "category", string(v.Category))
	if v.Retry != nil {
		retry(*v.Retry, out)
	}
	setText(out, "note", v.Note)
	setText(out, "review", v.Review)
	setText(out, "undocumented", v.Undocumented)
	if len(v.Pages) > 0 {
		out["pages"] = v.Pages
	}
	return out
}

func entry(domain kucoinerrors.Domain, info kucoinerrors.ErrorInfo) map[string]any {
	found, ok := kucoinerrors.Lookup(domain, info.Code)
	byText, okByText := kucoinerrors.Lookup(domain, fmt.Sprint(info.Code))
	if !ok || !okByText || found.Code != info.Code || byText != found || info.Domain != domain {
		fmt.Fprintf(os.Stderr, "Lookup(%s, %d) does not find its own entry\n", domain, info.Code)
		os.Exit(1)
	}
	out := map[string]any{"code": info.Code, "name": info.Name, "category": info.Category}
	setText(out, "scope", string(info.Scope))
	retry(info.Retry, out)
	if info.HTTPStatus != 0 {
		out["http_status"] = info.HTTPStatus
	}
	setText(out, "note", info.Note)
	setText(out, "review", info.Review)
	if info.Deprecated != "" {
		deprecated := map[string]any{"reason": info.Deprecated}
		setText(deprecated, "replaced_by", info.ReplacedBy)
		out["deprecated"] = deprecated
	}
	setText(out, "undocumented", info.Undocumented)
	variants := []map[string]any{}
	for _, v := range info.Variants {
		variants = append(variants, variant(v))
	}
	out["variants"] = variants
	return out
}

func tombstone(domain kucoinerrors.Domain, dead kucoinerrors.RemovedCode) map[string]any {
	found, ok := kucoinerrors.Removed(domain, fmt.Sprint(dead.Code))
	if _, known := kucoinerrors.Lookup(domain, dead.Code); !ok || *found != dead || dead.Domain != domain || known {
		fmt.Fprintf(os.Stderr, "Removed(%s, %d) does not find its own tombstone, or Lookup still does\n", domain, dead.Code)
		os.Exit(1)
	}
	out := map[string]any{"code": dead.Code, "name": dead.Name}
	setText(out, "reason", dead.Reason)
	setText(out, "replaced_by", dead.ReplacedBy)
	return out
}

func unnumbered(domain kucoinerrors.Domain, items []kucoinerrors.UnnumberedError) []map[string]any {
	out := []map[string]any{}
	for _, item := range items {
		if item.Domain != domain || item.Retry != (kucoinerrors.RetryAdvice{Action: item.Retry.Action}) {
			fmt.Fprintf(os.Stderr, "%s: %s is not of its domain, or its advice is more than an action\n", domain, item.Name)
			os.Exit(1)
		}
		data := map[string]any{"name": item.Name, "category": item.Category, "retry": item.Retry.Action}
		setText(data, "code", item.Code)
		setText(data, "message", item.Message)
		setText(data, "note", item.Note)
		setText(data, "undocumented", item.Undocumented)
		out = append(out, data)
	}
	return out
}

func main() {
	domains := []map[string]any{}
	for _, domain := range kucoinerrors.Domains() {
		errors := []map[string]any{}
		for _, info := range domain.Entries() {
			errors = append(errors, entry(domain, info))
		}
		out := map[string]any{"domain": domain, "description": domain.Description(), "success_codes": domain.SuccessCodes(), "errors": errors}
		if removed := domain.RemovedCodes(); len(removed) > 0 {
			tombstones := []map[string]any{}
			for _, dead := range removed {
				tombstones = append(tombstones, tombstone(domain, dead))
			}
			out["removed"] = tombstones
		}
		if fallback, ok := domain.Fallback(); ok {
			out["fallback"] = fallback
		}
		if items := domain.StringCodes(); len(items) > 0 {
			out["string_codes"] = unnumbered(domain, items)
		}
		if items := domain.FailuresUnderSuccess(); len(items) > 0 {
			out["failures_under_success"] = unnumbered(domain, items)
		}
		domains = append(domains, out)
	}
	categories := map[string]string{}
	for _, category := range kucoinerrors.Categories() {
		categories[string(category)] = category.Description()
	}
	retryActions := map[string]string{}
	for _, action := range kucoinerrors.RetryActions() {
		retryActions[string(action)] = action.Description()
	}
	encoder := json.NewEncoder(os.Stdout)
	encoder.SetEscapeHTML(false)
	if err := encoder.Encode(map[string]any{"domains": domains, "categories": categories, "retry_actions": retryActions, "hash": kucoinerrors.CatalogHash}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
