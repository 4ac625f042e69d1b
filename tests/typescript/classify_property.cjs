// Property, with fast-check: for every template variant of the compiled module, formatting its message with
// generated values (and white space, case and trailing stops that normalisation ignores) and classifying the
// result gives back the same variant and values, with or without the code.
// Usage: node classify_property.cjs MODULE_PATH < settings.json
// settings: {placeholder_pattern, default_kinds, whitespace, num_runs, seed}. Prints a summary as JSON;
// on a counterexample, fast-check's report goes to stderr and the exit status is 1.
"use strict";
const fc = require("fast-check");
const k = require(process.argv[2]);

function run(settings) {
  const tokens = new RegExp(settings.placeholder_pattern, "g");
  const tokenNames = new Set(["xxx", "xx", "xxx-xxx"]);
  const alphanumeric = (min, max, first) =>
    fc.tuple(fc.stringMatching(first), fc.stringMatching(new RegExp(`^[A-Z0-9]{${min},${max}}$`))).map(([a, b]) => a + b);
  // What KuCoin substitutes, by kind; a value spelled like a token would give the template text itself.
  const kinds = {
    number: fc.stringMatching(/^-?[0-9]{1,9}(\.[0-9]{1,8})?$/),
    // A currency right after a number must start with a letter to be told apart ("1.5BTC"; "1.51INCH" is ambiguous).
    currency: alphanumeric(0, 9, /^[A-Z]$/),
    symbol: fc.tuple(fc.stringMatching(/^[A-Z0-9]{1,6}$/), fc.stringMatching(/^[A-Z0-9]{1,6}$/)).map(([a, b]) => `${a}-${b}`),
    // Values are read from the normalised message, where a run of spaces is one space.
    text: fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9 ._-]{0,18}[A-Za-z0-9])?$/).filter((v) => !v.includes("  ")),
  };
  const whitespace = [...settings.whitespace];
  const space = fc.array(fc.constantFrom(...whitespace), { minLength: 1, maxLength: 3 }).map((chars) => chars.join(""));
  const edge = fc.array(fc.constantFrom(...whitespace), { maxLength: 2 }).map((chars) => chars.join(""));
  const trailing = fc.array(fc.constantFrom(".", "!", " ", "\t", "\u00a0"), { maxLength: 4 }).map((chars) => chars.join(""));

  const variants = [];
  for (const domain of Object.keys(k.ERRORS)) {
    for (const entry of Object.values(k.ERRORS[domain])) {
      for (const variant of entry.variants) {
        if (variant.placeholders.length > 0) variants.push({ domain, code: entry.code, variant });
      }
    }
  }

  /** The literal pieces of a template around its placeholders: one more than there are placeholders. */
  function pieces(message) {
    const parts = [];
    let position = 0;
    for (const found of message.matchAll(tokens)) {
      parts.push(message.slice(position, found.index));
      position = found.index + found[0].length;
    }
    parts.push(message.slice(position));
    return parts;
  }

  /** A literal piece as KuCoin might send it: each space a run of white space, ASCII letters in either case. */
  function reworded(piece) {
    const words = piece.split(" ");
    return fc
      .tuple(fc.array(space, { minLength: words.length - 1, maxLength: words.length - 1 }), fc.array(fc.boolean(), { minLength: piece.length, maxLength: piece.length }))
      .map(([spaces, upper]) => {
        const flipped = [...piece].map((c, i) => (/[A-Za-z]/.test(c) ? (upper[i] ? c.toUpperCase() : c.toLowerCase()) : c)).join("");
        return flipped.split(" ").map((word, i) => (i === 0 ? "" : spaces[i - 1]) + word).join("");
      });
  }

  const cases = fc.constantFrom(...variants).chain(({ domain, code, variant }) => {
    const kindsOf = variant.placeholders.map((p) => p.kind ?? settings.default_kinds[p.token] ?? "text");
    const values = fc.tuple(...kindsOf.map((kind) => kinds[kind].filter((v) => !tokenNames.has(v.toLowerCase()))));
    const literals = fc.tuple(...pieces(variant.message).map(reworded));
    return fc.record({ domain: fc.constant(domain), code: fc.constant(code), variant: fc.constant(variant), values, literals, before: edge, after: trailing });
  });

  let checked = 0;
  fc.assert(
    fc.property(cases, ({ domain, code, variant, values, literals, before, after }) => {
      const message = before + literals.reduce((text, literal, i) => text + (i === 0 ? "" : values[i - 1]) + literal, "") + after;
      const expected = Object.fromEntries(variant.placeholders.map((p, i) => [p.name, values[i]]));
      for (const given of [code, null]) {
        const info = k.classifyMessage(domain, given, message);
        const got = { code: info.code, match: info.match, variant: info.variant && info.variant.id, values: info.values };
        const want = { code, match: "template", variant: variant.id, values: expected };
        if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`${JSON.stringify(message)} with code ${given}: ${JSON.stringify(got)}`);
      }
      checked++;
    }),
    { numRuns: settings.num_runs, seed: settings.seed },
  );
  return { variants: variants.length, checked };
}

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => process.stdout.write(JSON.stringify(run(JSON.parse(input)))));
