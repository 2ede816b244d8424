"""``python -m newsparse``: the same command line as ``newsparse`` (see :mod:`newsparse.cli`)."""

from __future__ import annotations

import sys

from newsparse.cli import main

if __name__ == "__main__":
    sys.exit(main())
