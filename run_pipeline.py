#!/usr/bin/env python3
"""Clean the pages in raw/ into cleaned/. See README.md, or run with -h for the options."""

import gc
import sys

gc.disable()  # the imports make objects that live as long as the process: collecting them is wasted start-up
from pipeline.cli import main  # noqa: E402

gc.freeze()  # ... and no later collection looks at them again (nor do the forked workers')
gc.enable()

if __name__ == "__main__":
    sys.exit(main())
