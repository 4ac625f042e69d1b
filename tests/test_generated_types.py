"""The generated Python package is clean under the strictest settings of mypy and pyright."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.catalog import LoadedCatalog
from tests.conftest import GENERATED_DIR, NODE_BIN, ROOT

# Code a user writes against the real package: it type-checks only if lookup
# narrows to the domain's enum and the metadata fields carry literal types.
USAGE = """\
from kucoin_errors import Category, FuturesErrorCode, RetryAction, SpotErrorCode, lookup

spot: SpotErrorCode | None = lookup("spot", "200004")
futures: FuturesErrorCode | None = lookup("futures", 200002)
if spot is not None:
    category: Category = spot.info.category
    action: RetryAction = spot.info.retry.action
    retryable: bool = spot.info.retry.retryable
    wait: int | None = SpotErrorCode.BALANCE_INSUFFICIENT.info.retry.after_ms

# Headers as HTTP libraries give them: a dict, http.client's HTTPMessage, str or bytes pairs.
from http.client import HTTPMessage
from kucoin_errors import KucoinErrorInfo, parse_response, retry_after
for headers in ({"gw-ratelimit-reset": "1"}, HTTPMessage(), [("gw-ratelimit-reset", "1")], [(b"gw-ratelimit-reset", b"1")], {b"gw-ratelimit-reset": b"1"}):
    parsed: KucoinErrorInfo | None = parse_response(429, b"", headers, domain="futures")
    if parsed is not None:
        seconds: float | None = retry_after(parsed, headers)
"""


def _typecheck_folder(package: Path, folder: Path, usage: str | None = None) -> Path:
    shutil.copytree(package, folder / "kucoin_errors")
    (folder / "pyrightconfig.json").write_text(json.dumps({"typeCheckingMode": "strict", "pythonVersion": "3.10"}))
    if usage is not None:
        (folder / "usage.py").write_text(usage)
    return folder


@pytest.fixture(scope="module")
def package_copies(generated: tuple[LoadedCatalog, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generated package alone in a folder, with a strict pyright configuration."""
    _, out_dir = generated
    return _typecheck_folder(out_dir / "python" / "kucoin_errors", tmp_path_factory.mktemp("typecheck"))


def _mypy(folder: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10", "--no-incremental", *targets], cwd=folder, capture_output=True, text=True, check=False)


def _pyright(folder: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(NODE_BIN / "pyright"), "--pythonpath", sys.executable, *targets], cwd=folder, capture_output=True, text=True, check=False)


def test_package_is_mypy_strict_clean(package_copies: Path) -> None:
    result = _mypy(package_copies, "kucoin_errors")
    assert result.returncode == 0, result.stdout + result.stderr


def test_package_is_pyright_strict_clean(package_copies: Path) -> None:
    result = _pyright(package_copies, "kucoin_errors")
    assert result.returncode == 0, result.stdout + result.stderr


def test_lookup_narrows_to_the_domain_enum_for_both_checkers(tmp_path: Path) -> None:
    folder = _typecheck_folder(GENERATED_DIR / "python" / "kucoin_errors", tmp_path, USAGE)
    for result in (_mypy(folder, "usage.py"), _pyright(folder, "usage.py")):
        assert result.returncode == 0, result.stdout + result.stderr


def test_a_wrong_narrowing_is_caught_as_the_one_assignment_error_it_is(tmp_path: Path) -> None:
    folder = _typecheck_folder(GENERATED_DIR / "python" / "kucoin_errors", tmp_path, USAGE.replace('lookup("spot", "200004")', 'lookup("futures", "200004")'))
    mypy = _mypy(folder, "usage.py")
    assert mypy.returncode == 1, mypy.stdout + mypy.stderr
    assert mypy.stdout.splitlines() == [
        'usage.py:3: error: Incompatible types in assignment (expression has type "FuturesErrorCode | None", variable has type "SpotErrorCode | None")  [assignment]',
        "Found 1 error in 1 file (checked 1 source file)",
    ]
    pyright = _pyright(folder, "usage.py")
    assert pyright.returncode == 1, pyright.stdout + pyright.stderr
    errors = [line.strip() for line in pyright.stdout.splitlines() if " - error: " in line]
    assert len(errors) == 1, pyright.stdout
    assert re.fullmatch(r'\S*usage\.py:3:\d+ - error: Type "FuturesErrorCode \| None" is not assignable to declared type "SpotErrorCode \| None"', errors[0]), errors
    assert "(reportAssignmentType)" in pyright.stdout and "1 error, 0 warnings" in pyright.stdout


TS_USAGE = """\
import { FuturesErrorCode, SPOT_ERRORS, SpotErrorCode, isSpotErrorCode, isSpotErrorCodeString, lookupError } from "./kucoin-errors";
import type { Category, SpotErrorInfo } from "./kucoin-errors";

const info = lookupError("spot", "200004");
if (info !== undefined) {
  const code: SpotErrorCode = info.code;
  const category: Category = info.category;
  void code;
  void category;
}
const wire: unknown = JSON.parse('{"code":"200004"}').code;
if (isSpotErrorCodeString(wire)) {
  const entry: SpotErrorInfo = SPOT_ERRORS[wire];
  void entry;
}
const raw: unknown = 200004;
if (isSpotErrorCode(raw)) {
  const entry: SpotErrorInfo = SPOT_ERRORS[raw];
  void entry;
}
const balance: 200004 = SpotErrorCode.BALANCE_INSUFFICIENT;
const limited: 200002 = FuturesErrorCode.REQUEST_LIMIT_EXCEEDED;
void balance;
void limited;
"""


def _tsc(folder: Path, source: str, usage: str = TS_USAGE, **options: object) -> subprocess.CompletedProcess[str]:
    (folder / "kucoin-errors.ts").write_text(source, encoding="utf-8")
    (folder / "usage.ts").write_text(usage, encoding="utf-8")
    (folder / "tsconfig.json").write_text(json.dumps({
        "extends": str(Path(__file__).resolve().parent / "typescript" / "tsconfig.json"),
        "compilerOptions": {"module": "commonjs", "moduleResolution": "node10", "noEmit": True, **options},
        "files": ["usage.ts", "kucoin-errors.ts"],
    }))
    return subprocess.run([str(NODE_BIN / "tsc"), "-p", str(folder / "tsconfig.json")], capture_output=True, text=True, check=False)


def test_typescript_lookup_and_guards_narrow(tmp_path: Path) -> None:
    result = _tsc(tmp_path, (GENERATED_DIR / "typescript" / "kucoin-errors.ts").read_text(encoding="utf-8"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_code_the_catalogue_lacks_is_no_code_of_the_domain(tmp_path: Path) -> None:
    usage = 'import type { SpotErrorCode } from "./kucoin-errors";\nexport const wrong: SpotErrorCode = 999999;\n'
    result = _tsc(tmp_path, (GENERATED_DIR / "typescript" / "kucoin-errors.ts").read_text(encoding="utf-8"), usage=usage)
    assert result.returncode == 2, result.stdout
    assert "error TS2322: Type '999999' is not assignable to type 'SpotErrorCode'" in result.stdout


def readme_typescript_example() -> str:
    """The README's TypeScript response example, as the body of a function given a fetch response."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### From a response to a decision"):]
    block = re.search(r"```ts\n(.*?)```", section, re.S)
    assert block is not None
    imports, body = [], []
    for line in block.group(1).splitlines():
        (imports if line.startswith("import ") else body).append(line)
    response_type = "{ status: number; arrayBuffer(): Promise<ArrayBuffer>; text(): Promise<string>; headers: { get(name: string): string | null } }"
    return "\n".join([*imports, f"export async function example(res: {response_type}): Promise<void> {{", *body, "}", ""])


def _compile_readme(folder: Path, example: str) -> subprocess.CompletedProcess[str]:
    # The example names values to show them, so unused locals are allowed; everything else is the strict set.
    return _tsc(folder, (GENERATED_DIR / "typescript" / "kucoin-errors.ts").read_text(encoding="utf-8"), example, noUnusedLocals=False)


def test_the_readme_typescript_example_compiles_and_narrows_the_code(tmp_path: Path) -> None:
    example = readme_typescript_example()
    assert "const code: FuturesErrorCode = result.error.code;" in example
    result = _compile_readme(tmp_path, example)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("check", "wider"),
    # Without the domain check the code is any domain's (pro_api's 706003, the last, among them); without the match check it may be raw or absent.
    [('result.error.domain === "futures" && ', "| 706003' is not assignable"),
     (' && result.error.match !== "unknown"', "Type 'string | number | null' is not assignable")],
    ids=["without-the-domain", "without-the-match"],
)
def test_the_code_is_not_narrowed_without_both_checks(tmp_path: Path, check: str, wider: str) -> None:
    example = readme_typescript_example()
    assert example.count(check) == 1
    result = _compile_readme(tmp_path, example.replace(check, ""))
    assert result.returncode == 2, result.stdout
    errors = [line for line in result.stdout.splitlines() if ": error TS" in line]
    assert len(errors) == 1, result.stdout
    assert "usage.ts(" in errors[0] and "error TS2322: Type '" in errors[0] and wider in errors[0], errors
    assert errors[0].endswith("is not assignable to type 'FuturesErrorCode'."), errors


def test_kucoin_api_error_has_the_fields_of_the_error_it_carries(tmp_path: Path) -> None:
    usage = """\
import { KucoinApiError, parseKucoinResponse } from "./kucoin-errors";
import type { KucoinErrorInfo } from "./kucoin-errors";

type Fields = Exclude<keyof KucoinErrorInfo, "message">;
export function fields(error: KucoinApiError): { readonly [K in Fields]: KucoinErrorInfo[K] } {
  return error;
}
const result = parseKucoinResponse("spot", 400, new Uint8Array(0));
if (!result.ok) void fields(new KucoinApiError(result.error));
"""
    result = _tsc(tmp_path, (GENERATED_DIR / "typescript" / "kucoin-errors.ts").read_text(encoding="utf-8"), usage)
    assert result.returncode == 0, result.stdout + result.stderr
