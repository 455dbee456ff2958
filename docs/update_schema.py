"""Regenerate the CREATE statements in docs/schema.md from a freshly migrated database.

    python docs/update_schema.py          # rewrite the block
    python docs/update_schema.py --check  # exit 1 if the docs have drifted (the test suite does this)
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

DOC = Path(__file__).with_name("schema.md")
BLOCK = re.compile(r"(<!-- schema: generated -->\n```sql\n)(.*?)(```\n<!-- /schema -->)", re.DOTALL)


def generated() -> str:
    from monitor.db import make_engine, schema_sql, upgrade

    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'schema.db'}")
        upgrade(engine)
        sql = schema_sql(engine)
        engine.dispose()
        return sql


def main() -> int:
    text = DOC.read_text(encoding="utf-8")
    match = BLOCK.search(text)
    if not match:
        print(f"{DOC}: no generated schema block", file=sys.stderr)
        return 1
    sql = generated()
    if "--check" in sys.argv:
        return 0 if match.group(2) == sql else 1
    DOC.write_text(text[: match.start(2)] + sql + text[match.end(2) :], encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
