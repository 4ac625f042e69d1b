from codegen.fast_path import run

raise SystemExit(run(prog="python -m codegen"))
