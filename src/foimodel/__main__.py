"""``python -m foimodel``: the same entry point as the ``foimodel`` console script."""

from __future__ import annotations

import sys

from foimodel.cli import main

if __name__ == "__main__":
    sys.exit(main())
