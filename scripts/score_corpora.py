#!/usr/bin/env python3
"""Score checker on every corpus under tests/corpora (or the folders given) against its expected.yaml.

    python scripts/score_corpora.py [FOLDER ...] [--verbose]

Prints one line per corpus (found/planted, look-alikes flagged, extra findings) and a total. Gold-format
corpora (must_flag / must_not_flag) are scored like ../shared/tools/score_gold.py; list-format ones
(rule + claim words) by exact match. Use it for the first-run score of a new corpus.
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker import Checker  # noqa: E402
from checker.gold import score  # noqa: E402
from checker.report.json_report import to_dict  # noqa: E402


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    folders = [Path(a) for a in argv if not a.startswith("--")] or sorted(
        p for p in (ROOT / "tests" / "corpora").iterdir() if (p / "expected.yaml").exists())
    checker = Checker()
    totals = [0, 0, 0, 0]
    for folder in folders:
        gold = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
        checked = checker.check_paths([folder])
        for skipped in checked.skipped:     # a crash in extraction must not pass for a miss
            if not skipped.reason.startswith("mostly not Arabic"):
                print(f"{folder.name:<24} SKIPPED {skipped.path} ({skipped.stage}): {skipped.reason}", file=sys.stderr)
        report = to_dict(checked, {})
        if not isinstance(gold, dict):
            print(f"{folder.name:<24} list format: {len(report['discrepancies'])} found, {len(gold)} expected")
            continue
        result = score(gold, report)
        totals = [totals[0] + len(result.found), totals[1] + result.planted, totals[2] + len(result.violated),
                  totals[3] + len(result.extra)]
        print(f"{folder.name:<24} {result.summary()}")
        if verbose:
            for name in result.missed:
                print(f"    missed   {name}")
            for name in result.violated:
                print(f"    violated {name}")
            for message in result.extra:
                print(f"    extra    {message}")
    print(f"{'total':<24} found {totals[0]}/{totals[1]}, violated {totals[2]}, extra {totals[3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
