"""``python -m codegen``: generation, ``--check`` exit codes, and user errors without tracebacks."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import CATALOG_DIR, awkward_catalog_data, run_codegen, write_catalog

OUTPUTS = [
    "docs/ERRORS.md",
    "docs/kucoin-errors.txt",
    "docs/pages/kucoin-errors-docs-new.txt",
    "docs/pages/kucoin-errors.txt",
    "go/data.go",
    "go/go.mod",
    "go/jsontext.go",
    "go/model.go",
    "go/runtime.go",
    "java/kucoinerrors/BatchFailure.java",
    "java/kucoinerrors/Category.java",
    "java/kucoinerrors/Domain.java",
    "java/kucoinerrors/ErrorCodes.java",
    "java/kucoinerrors/ErrorInfo.java",
    "java/kucoinerrors/Headers.java",
    "java/kucoinerrors/Json.java",
    "java/kucoinerrors/KucoinApiException.java",
    "java/kucoinerrors/KucoinErrorCode.java",
    "java/kucoinerrors/KucoinErrorInfo.java",
    "java/kucoinerrors/KucoinErrors.java",
    "java/kucoinerrors/MarginScope.java",
    "java/kucoinerrors/MatchQuality.java",
    "java/kucoinerrors/Matching.java",
    "java/kucoinerrors/MessageVariant.java",
    "java/kucoinerrors/Placeholder.java",
    "java/kucoinerrors/PlaceholderKind.java",
    "java/kucoinerrors/RemovedCode.java",
    "java/kucoinerrors/RetryAction.java",
    "java/kucoinerrors/RetryAdvice.java",
    "java/kucoinerrors/TemplatePatterns.java",
    "java/kucoinerrors/Text.java",
    "java/kucoinerrors/UnnumberedError.java",
    "java/kucoinerrors/Wire.java",
    "json/kucoin-errors.json",
    "json/kucoin-errors.schema.json",
    "python/kucoin_errors/__init__.py",
    "python/kucoin_errors/_data.py",
    "python/kucoin_errors/_definitions.py",
    "python/kucoin_errors/_enums.py",
    "python/kucoin_errors/_glue.py",
    "python/kucoin_errors/_model.py",
    "python/kucoin_errors/_runtime.py",
    "python/kucoin_errors/_types.py",
    "python/kucoin_errors/py.typed",
    "rust/Cargo.toml",
    "rust/src/data.rs",
    "rust/src/json.rs",
    "rust/src/lib.rs",
    "rust/src/macros.rs",
    "rust/src/matching.rs",
    "rust/src/model.rs",
    "rust/src/runtime.rs",
    "typescript/kucoin-errors.ts",
]
#: The registered targets, in name order.
TARGETS = ["docs", "go", "java", "json", "python", "rust", "typescript"]
#: The same, as the command line lists them.
TARGET_NAMES = ", ".join(TARGETS)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture
def generated_copy(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    result = run_codegen("--out", out)
    assert result.returncode == 0, result.stderr
    return out


def test_generation_writes_every_output(generated_copy: Path) -> None:
    assert sorted(snapshot(generated_copy)) == OUTPUTS


def test_committed_outputs_are_current() -> None:
    result = run_codegen("--check")
    assert result.returncode == 0, result.stderr
    assert f"{len(OUTPUTS)} generated files are current" in result.stdout


def test_generation_is_byte_identical_across_runs_and_folders(generated_copy: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    result = run_codegen("--catalog", CATALOG_DIR, "--out", elsewhere, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert snapshot(elsewhere) == snapshot(generated_copy)
    again = run_codegen("--out", generated_copy)
    assert again.returncode == 0, again.stderr
    assert snapshot(generated_copy) == snapshot(elsewhere)


# A small catalogue and, written by hand, what each output must say about it.
TINY_SPOT = """\
# yaml-language-server: $schema=../schema/error_catalog.schema.json
domain: spot
description: "Spot errors."
success_codes: [200000]
errors:
  - code: 200004
    name: BALANCE_INSUFFICIENT
    category: insufficient_funds
    retry: top_up
    variants:
      - id: BALANCE_INSUFFICIENT
        message: "Balance insufficient"
  - code: 400100
    name: PARAMETER_ERROR
    category: bad_request
    retry: fix_request
    variants:
      - id: PARAMETER_ERROR
        message: "Parameter Error"
      - id: MAX_PRICE
        key: order.price
        message: "The maximum order price is: xxx"
        detail: "lower it"
        placeholders:
          - {token: xxx, name: max_price, kind: number}
        category: invalid_order
        retry: fix_request
"""
TINY_FUTURES = """\
domain: futures
description: "Futures errors."
success_codes: [200000]
errors:
  - code: 429000
    name: TOO_MANY_REQUESTS
    category: rate_limited
    retry: wait
    retry_after_header: gw-ratelimit-reset
    http_status: 429
    variants:
      - id: TOO_MANY_REQUESTS
        message: "Too Many Requests"
"""
TINY_DOMAINS = [
    {"domain": "spot", "description": "Spot errors.", "success_codes": [200000], "errors": [
        {"code": 200004, "name": "BALANCE_INSUFFICIENT", "category": "insufficient_funds", "retry": "top_up",
         "variants": [{"id": "BALANCE_INSUFFICIENT", "message": "Balance insufficient"}]},
        {"code": 400100, "name": "PARAMETER_ERROR", "category": "bad_request", "retry": "fix_request", "variants": [
            {"id": "PARAMETER_ERROR", "message": "Parameter Error"},
            {"id": "MAX_PRICE", "key": "order.price", "message": "The maximum order price is: xxx", "detail": "lower it",
             "placeholders": [{"token": "xxx", "name": "max_price", "kind": "number"}], "category": "invalid_order", "retry": "fix_request"}]},
    ]},
    {"domain": "futures", "description": "Futures errors.", "success_codes": [200000], "errors": [
        {"code": 429000, "name": "TOO_MANY_REQUESTS", "category": "rate_limited", "retry": "wait", "retry_after_header": "gw-ratelimit-reset",
         "http_status": 429, "variants": [{"id": "TOO_MANY_REQUESTS", "message": "Too Many Requests"}]},
    ]},
]
TINY_BANNER = "Generated by `python -m codegen` from catalog/futures.yaml, catalog/spot.yaml."
HASH = re.compile(r"sha256:[0-9a-f]{64}")


def tiny_outputs(folder: Path, spot: str = TINY_SPOT, futures: str = TINY_FUTURES) -> dict[str, str]:
    catalog = folder / "catalog"
    catalog.mkdir(parents=True)
    (catalog / "spot.yaml").write_text(spot, encoding="utf-8")
    (catalog / "futures.yaml").write_text(futures, encoding="utf-8")
    result = run_codegen("--catalog", catalog, "--out", folder / "out")
    assert result.returncode == 0, result.stderr
    return {name: content.decode("utf-8") for name, content in snapshot(folder / "out").items()}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return tiny_outputs(tmp_path_factory.mktemp("tiny"))


def catalogue_hash(text: str) -> str:
    found = re.search(r"Catalogue content: (sha256:[0-9a-f]{64})\.", text)
    assert found is not None, text[:300]
    return found.group(1)


def test_a_small_catalogue_gives_the_hand_written_text_export(tiny: dict[str, str]) -> None:
    lines = tiny["docs/kucoin-errors.txt"].split("\n")
    assert lines[0] == TINY_BANNER
    assert lines[2:4] == ["Do not edit: change the catalogue and run `python -m codegen`.", lines[3]] and lines[3].startswith("File hash: sha256:")
    assert lines[4:] == [
        "", "Errors Code", "", "Spot Errors Code", "", "Code\tMeaning",
        "200004\tBalance insufficient",
        "400100\tParameter Error",
        "400100\torder.price -- The maximum order price is: xxx -- lower it",
        "", "Futures Errors Code", "", "Code\tMeaning",
        "429000\tToo Many Requests",
        "",
    ]


def test_a_small_catalogue_gives_the_hand_written_reference_rows(tiny: dict[str, str]) -> None:
    page = tiny["docs/ERRORS.md"].split("\n")
    assert page[1] == TINY_BANNER
    for expected in [
        "- [Spot](#domain-spot): 2 codes",
        "- [Futures](#domain-futures): 1 codes",
        "Spot errors. Success: `200000`.",
        "| Code | Name | Category | Retry | Messages |",
        "| <a id=\"spot-200004\"></a>200004 | `BALANCE_INSUFFICIENT` | [insufficient_funds](#category-insufficient_funds) | top up | Balance insufficient |",
        "| <a id=\"spot-400100\"></a>400100 | `PARAMETER_ERROR` | [bad_request](#category-bad_request) | fix request | Parameter Error<br>**order.price** -- The maximum order price is: <code>xxx</code>"
        " -- lower it (`xxx` max\\_price) → [invalid_order](#category-invalid_order), fix request |",
        "| <a id=\"futures-429000\"></a>429000 | `TOO_MANY_REQUESTS` | [rate_limited](#category-rate_limited) | wait (`gw-ratelimit-reset` header) | Too Many Requests |",
    ]:
        assert expected in page, expected
    assert page.index("## Spot") < page.index("## Futures")


def test_a_small_catalogue_gives_the_hand_written_json_bundle(tiny: dict[str, str]) -> None:
    bundle = json.loads(tiny["json/kucoin-errors.json"])
    assert list(bundle) == ["$schema", "$comment", "format_version", "content_hash", "sources", "domains"]
    assert bundle["$schema"] == "./kucoin-errors.schema.json"
    assert bundle["$comment"].startswith(TINY_BANNER + " Catalogue content: sha256:")
    assert bundle["format_version"] == 1
    assert HASH.fullmatch(bundle["content_hash"])
    assert bundle["sources"] == ["catalog/futures.yaml", "catalog/spot.yaml"]
    assert bundle["domains"] == TINY_DOMAINS


def test_a_small_catalogue_gives_the_hand_written_typescript_declarations(tiny: dict[str, str]) -> None:
    module = tiny["typescript/kucoin-errors.ts"]
    assert module.split("\n")[0] == "// " + TINY_BANNER
    for block in [
        "export type SpotErrorCode = (typeof SpotErrorCode)[keyof typeof SpotErrorCode];\n",
        "export const SpotErrorCode = {\n  BALANCE_INSUFFICIENT: 200004,\n  PARAMETER_ERROR: 400100,\n} as const;\n",
        "export type FuturesErrorCode = (typeof FuturesErrorCode)[keyof typeof FuturesErrorCode];\n",
        "export const FuturesErrorCode = {\n  TOO_MANY_REQUESTS: 429000,\n} as const;\n",
        """\n  '{"domain":"spot","code":400100,"name":"PARAMETER_ERROR",""",
        '"message":"The maximum order price is: xxx",',
    ]:
        assert block in module, block
    assert "HttpErrorCode" not in module and "MarginErrorCode" not in module


TINY_PYTHON_PROGRAM = """
import json, sys
sys.path.insert(0, sys.argv[1])
import kucoin_errors as k
variant = k.lookup("spot", "400100").info.variants[1]
info = k.parse_response(400, '{"code":"400100","msg":"The maximum order price is: 12.5"}', domain="spot")
limited = k.parse_response(429, '{"code":"429000","msg":"Too Many Requests"}', {"gw-ratelimit-reset": "750"}, domain="futures")
print(json.dumps({
    "spot": [[m.name, m.value] for m in k.SpotErrorCode],
    "futures": [[m.name, m.value] for m in k.FuturesErrorCode],
    "domains": list(k.ERROR_CODES),
    "variant": [variant.id, variant.key, variant.message, variant.detail, [[p.token, p.name, p.kind] for p in variant.placeholders],
                variant.category, variant.retry.action],
    "parsed": [info.code, info.match, info.variant.id, dict(info.values), info.category, info.retry.action, k.retry_after(info)],
    "limited": [limited.code, limited.category, limited.retry.after_header, k.retry_after(limited)],
    "hash": k.CATALOG_HASH,
}))
"""


def test_a_small_catalogue_gives_a_python_package_that_says_what_the_catalogue_says(tiny: dict[str, str], tmp_path: Path) -> None:
    for name, text in tiny.items():
        if name.startswith("python/"):
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_text(text, encoding="utf-8")
    assert tiny["python/kucoin_errors/__init__.py"].split("\n")[0] == "# " + TINY_BANNER
    result = subprocess.run([sys.executable, "-I", "-c", TINY_PYTHON_PROGRAM, str(tmp_path / "python")], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    assert facts["spot"] == [["BALANCE_INSUFFICIENT", 200004], ["PARAMETER_ERROR", 400100]]
    assert facts["futures"] == [["TOO_MANY_REQUESTS", 429000]]
    assert facts["domains"] == ["spot", "futures"]
    assert facts["variant"] == ["MAX_PRICE", "order.price", "The maximum order price is: xxx", "lower it", [["xxx", "max_price", "number"]],
                                "invalid_order", "fix_request"]
    assert facts["parsed"] == [400100, "template", "MAX_PRICE", {"max_price": "12.5"}, "invalid_order", "fix_request", None]
    assert facts["limited"] == [429000, "rate_limited", "gw-ratelimit-reset", 0.75]
    assert facts["hash"] == catalogue_hash(tiny["python/kucoin_errors/__init__.py"])


def test_every_output_names_one_catalogue_hash_and_carries_the_hash_of_its_own_text(tiny: dict[str, str]) -> None:
    # The README's outputs each name the catalogue's hash; any other file that names one names the same.
    hashes = {name: catalogue_hash(text) for name, text in tiny.items() if "Catalogue content: sha256:" in text}
    assert {"docs/ERRORS.md", "docs/kucoin-errors.txt", "json/kucoin-errors.json", "python/kucoin_errors/__init__.py",
            "typescript/kucoin-errors.ts"} <= set(hashes)
    assert len(set(hashes.values())) == 1
    assert json.loads(tiny["json/kucoin-errors.json"])["content_hash"] in hashes.values()
    assert f'export const CATALOG_HASH = "{hashes["docs/ERRORS.md"]}";' in tiny["typescript/kucoin-errors.ts"]
    # "File hash: sha256:H (of this file, with this value zeroed)": checked here with hashlib, not with codegen.
    assert tiny["python/kucoin_errors/py.typed"] == ""
    for name, text in tiny.items():
        found = re.search(r"File hash: sha256:([0-9a-f]{64})", text)
        if found is None:
            assert name not in hashes, name  # a file generated from the catalogue carries its own hash
            continue
        zeroed = text[:found.start(1)] + "0" * 64 + text[found.end(1):]
        assert hashlib.sha256(zeroed.encode("utf-8")).hexdigest() == found.group(1), name


def test_comments_quoting_and_key_order_change_no_output_but_a_message_changes_the_hash(tiny: dict[str, str], tmp_path: Path) -> None:
    relaid = TINY_FUTURES.replace('description: "Futures errors."', "# a comment\ndescription: 'Futures errors.'  # another").replace(
        "    retry: wait\n    retry_after_header: gw-ratelimit-reset\n    http_status: 429\n",
        "    http_status: 429\n    retry_after_header: \"gw-ratelimit-reset\"\n    retry: wait\n")
    assert relaid != TINY_FUTURES
    assert tiny_outputs(tmp_path / "relaid", futures=relaid) == tiny
    reworded = tiny_outputs(tmp_path / "reworded", futures=TINY_FUTURES.replace('"Too Many Requests"', '"Too many requests"'))
    assert catalogue_hash(reworded["json/kucoin-errors.json"]) != catalogue_hash(tiny["json/kucoin-errors.json"])
    assert "429000\tToo many requests" in reworded["docs/kucoin-errors.txt"].split("\n")
    assert json.loads(reworded["json/kucoin-errors.json"])["domains"][1]["errors"][0]["variants"][0]["message"] == "Too many requests"


def test_outputs_carry_a_banner_and_unix_line_endings(generated_copy: Path) -> None:
    for name, content in snapshot(generated_copy).items():
        assert b"\r" not in content.replace(b"\\r", b""), name
        if name.endswith("py.typed"):
            continue
        text = content.decode("utf-8")
        banner = ("Generated by `python -m codegen` from catalog/broker.yaml, catalog/copytrading.yaml, catalog/earn.yaml, catalog/futures.yaml, catalog/gateway.yaml, "
              "catalog/http.yaml, catalog/margin.yaml, catalog/pro_api.yaml, catalog/spot.yaml, catalog/websocket.yaml.")
        # The first line, or the line after the opening of a Markdown comment, or the JSON $comment.
        assert banner in "\n".join(text.splitlines()[:2]) or f'"$comment": "{banner}' in text, name
        assert "Do not edit" in text, name
        assert text.endswith("\n") and not text.endswith("\n\n"), name


def test_check_reports_an_edited_file_with_a_diff(generated_copy: Path) -> None:
    target = generated_copy / "typescript" / "kucoin-errors.ts"
    target.write_text(target.read_text(encoding="utf-8").replace('"message":"Balance insufficient"', '"message":"Balance sufficient"'), encoding="utf-8")
    result = run_codegen("--check", "--out", generated_copy)
    assert result.returncode == 1
    assert "typescript/kucoin-errors.ts: edited by hand (its content no longer matches the hash in its header)" in result.stderr
    removed = [line for line in result.stderr.splitlines() if line.startswith("-  '{")]
    added = [line for line in result.stderr.splitlines() if line.startswith("+  '{")]
    assert removed and all('"message":"Balance sufficient"' in line for line in removed), result.stderr
    assert [line.replace("Balance sufficient", "Balance insufficient") for line in removed] == ["-" + line[1:] for line in added]
    assert "1 generated file(s) would change" in result.stderr


def test_check_reports_a_missing_file(generated_copy: Path) -> None:
    (generated_copy / "json" / "kucoin-errors.json").unlink()
    result = run_codegen("--check", "--out", generated_copy)
    assert result.returncode == 1
    assert "json/kucoin-errors.json: missing" in result.stderr


def test_check_writes_nothing(tmp_path: Path) -> None:
    result = run_codegen("--check", "--out", tmp_path / "out")
    assert result.returncode == 1
    assert not (tmp_path / "out").exists()


def test_invalid_catalogue_exits_2_and_writes_nothing(generated_copy: Path, tmp_path: Path) -> None:
    broken = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, broken)
    spot = broken / "spot.yaml"
    spot.write_text(spot.read_text(encoding="utf-8").replace("category: insufficient_funds", "category: insufficent_funds", 1), encoding="utf-8")
    before = snapshot(generated_copy)
    for extra in ([], ["--check"]):
        result = run_codegen("--catalog", broken, "--out", generated_copy, *extra)
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        assert "catalog/spot.yaml:" in result.stderr and "did you mean 'insufficient_funds'?" in result.stderr
        assert "nothing was written" in result.stderr
    assert snapshot(generated_copy) == before


def test_problem_lines_have_the_path_line_column_format(tmp_path: Path) -> None:
    catalog = write_catalog(tmp_path / "catalog", awkward_catalog_data())
    (catalog / "earn.yaml").write_text("domain: earn\ndescription: [\n", encoding="utf-8")
    result = run_codegen("--catalog", catalog, "--out", tmp_path / "out")
    assert result.returncode == 2
    first = result.stderr.splitlines()[0]
    path, line, column, message = first.split(":", 3)
    assert (path, line.isdigit(), column.isdigit()) == ("catalog/earn.yaml", True, True)
    assert message.startswith(" invalid YAML")


def test_validate_summarises_the_catalogue() -> None:
    result = run_codegen("validate")
    assert result.returncode == 0, result.stderr
    assert "spot: 52 codes, 56 messages" in result.stdout
    assert "catalogue is valid" in result.stdout


def test_validate_counts_each_domain_s_string_codes_and_failures_under_the_success_code() -> None:
    result = run_codegen("validate")
    assert result.returncode == 0, result.stderr
    summaries = {line.split(":", 1)[0]: line for line in result.stdout.splitlines() if ": " in line and " codes, " in line}
    for path in sorted(CATALOG_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        parts = [f"{len(data[key])} {one if len(data[key]) == 1 else many}"
                 for key, one, many in (("string_codes", "string code", "string codes"), ("failures_under_success", "failure under success", "failures under success"))
                 if data.get(key)]
        summary = summaries[data["domain"]]
        assert summary.endswith(" categories" + "".join(f", {part}" for part in parts)), summary
    assert summaries["spot"].endswith(" categories, 1 string code, 1 failure under success")
    assert summaries["http"].endswith(" categories")


def test_unwritable_output_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("a file where the output folder should be", encoding="utf-8")
    result = run_codegen("--out", blocker)
    assert result.returncode == 2
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr
