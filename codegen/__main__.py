import sys

from codegen.cli import main

try:
    status = main()
except BrokenPipeError:  # the reader went away (python -m codegen ... | head): not an error of ours
    sys.stderr.close()
    status = 0
raise SystemExit(status)
