"""Write docs/schema.json: the JSON Schema of ``Article.to_dict()`` output.

Run from the repository root after changing a result class:

    PYTHONPATH=src python scripts/make_schema.py

``tests/test_export.py`` fails while the committed file differs from what this writes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsparse.export import article_schema

TARGET = Path(__file__).resolve().parents[1] / "docs" / "schema.json"


def render() -> str:
    """The schema as the committed file holds it: two-space indent, final newline."""
    return json.dumps(article_schema(), indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    """Write the schema; with ``--check``, only report whether the file is up to date."""
    text = render()
    if "--check" in sys.argv[1:]:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run scripts/make_schema.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
