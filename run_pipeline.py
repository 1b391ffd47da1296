#!/usr/bin/env python3
"""Clean the pages in raw/ into cleaned/. See README.md, or run with -h for the options."""

import sys

from pipeline.cli import main

if __name__ == "__main__":
    sys.exit(main())
