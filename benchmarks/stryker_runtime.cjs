// Stryker's command runner for runtime/typescript/runtime.ts (see benchmarks/mutation.py).
//   node benchmarks/stryker_runtime.cjs build   compile the fixture data and the runtime into one CommonJS module
//   node benchmarks/stryker_runtime.cjs test    run tests/typescript/runtime.test.cjs with Node's test runner against it
// As tests/test_runtime_typescript.py does, the module under test is tests/fixtures/typescript/kucoin-errors-data.ts
// followed by runtime.ts, each without its source-only block. Stryker instruments runtime.ts once and switches
// mutants at run time (__STRYKER_ACTIVE_MUTANT__), so one build serves every mutant; it is transpiled without a
// type check, since the instrumented source does not type-check.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const ROOT = path.resolve(__dirname, "..");
const BEGIN = "// codegen: begin source-only\n";
const END = "// codegen: end source-only\n";
const BUILT = path.join(ROOT, "build", "stryker", "kucoin-errors.js");

// Leaves out the source-only block's import declarations, as codegen's without_source_only leaves out the block;
// anything else there is kept, since Stryker puts its own preamble after the last import.
function withoutSourceOnly(source, file) {
  const start = source.indexOf(BEGIN);
  const end = source.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file}: needs one source-only block`);
  const block = source.slice(start + BEGIN.length, end);
  const imports = /^import [^;]*;\n?/gm;
  return source.slice(0, start) + block.replace(imports, "") + source.slice(end + END.length);
}

function build() {
  const ts = require("typescript");
  const parts = ["tests/fixtures/typescript/kucoin-errors-data.ts", "runtime/typescript/runtime.ts"].map((file) =>
    withoutSourceOnly(fs.readFileSync(path.join(ROOT, file), "utf8"), file),
  );
  const result = ts.transpileModule(parts.join(""), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    reportDiagnostics: true,
  });
  if (result.diagnostics && result.diagnostics.length > 0) {
    throw new Error(ts.formatDiagnostics(result.diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => "\n" }));
  }
  fs.mkdirSync(path.dirname(BUILT), { recursive: true });
  fs.writeFileSync(BUILT, result.outputText);
}

function test() {
  const run = spawnSync(process.execPath, ["--test", path.join(ROOT, "tests", "typescript", "runtime.test.cjs")], {
    env: { ...process.env, KUCOIN_ERRORS_MODULE: BUILT },
    stdio: "inherit",
  });
  process.exit(run.status === null ? 1 : run.status);
}

const command = process.argv[2];
if (command === "build") build();
else if (command === "test") test();
else {
  console.error("usage: node benchmarks/stryker_runtime.cjs build|test");
  process.exit(2);
}
