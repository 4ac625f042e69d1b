from codegen.cli import run

raise SystemExit(run(prog="python -m codegen"))
