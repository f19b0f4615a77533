"""Command line: check, rules, explain. Only this module prints."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from . import __version__
from .config import severity_at_least
from .parse import ModelError
from .schemas import RulesError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="checker", description="Claim-level fact-consistency checker for news.")
    parser.add_argument("--version", action="version", version=f"checker {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="check a folder or files of articles")
    check.add_argument("paths", nargs="+", help="folders (read recursively) or article files")
    check.add_argument("--models", help="Stanza model folder, or 'stanza-official' (default: $CHECKER_STANZA_DIR, then shipped models)")
    check.add_argument("--rules", help="rules folder (default: the project's rules/)")
    check.add_argument("--format", choices=["json", "md", "csv", "line"],
                       help="write one format (to --output or stdout) instead of the default reports")
    check.add_argument("--output", help="file for --format (default: stdout)")
    check.add_argument("--reports-dir", default="reports", help="where default reports go (default: reports/)")
    check.add_argument("--as-of", type=date.fromisoformat, help="date for articles without one (YYYY-MM-DD; default: today)")
    check.add_argument("--fail-on", choices=["error", "warning", "info", "never"], default="error",
                       help="exit 1 when a discrepancy at or above this severity is found (default: error)")
    check.add_argument("--no-cache", action="store_true", help="parse again even when a cached parse exists")
    check.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")

    rules = sub.add_parser("rules", help="list the rules")
    rules.add_argument("--rules", help="rules folder")
    rules.add_argument("--validate", action="store_true", help="only validate every file under rules/")

    explain = sub.add_parser("explain", help="explain one rule")
    explain.add_argument("code")
    explain.add_argument("--rules", help="rules folder")
    explain.add_argument("--format", choices=["text", "json"], default="text")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (RulesError, ModelError) as exc:
        print(f"checker: error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def cmd_rules(args) -> int:
    from .config import load_rules
    rules = load_rules(args.rules)
    if args.validate:
        print(f"rules OK: {len(rules.catalogue.checks)} checks, {len(rules.kb.people)} people (version {rules.version})")
        return EXIT_OK
    for code, name, kind, severity, status in rules.catalogue.table():
        print(f"{code}  {name:<26} {kind:<9} {severity:<8} {status}")
    return EXIT_OK


def cmd_explain(args) -> int:
    from .config import load_rules
    catalogue = load_rules(args.rules).catalogue
    try:
        print(catalogue.explain(args.code, as_json=args.format == "json"))
    except KeyError as exc:
        print(f"checker: error: {exc.args[0]}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def cmd_check(args) -> int:
    from .pipeline import Checker
    from .report import render, write_default_reports
    from .load import load_paths

    checker = Checker(models=args.models, rules_dir=args.rules, use_cache=not args.no_cache)
    loaded = load_paths(args.paths, args.as_of or date.today())
    for skipped in loaded.skipped:
        print(f"checker: skipped {skipped.path}: {skipped.reason}", file=sys.stderr)
    if not loaded.articles:
        print("checker: error: no readable articles in " + ", ".join(args.paths), file=sys.stderr)
        return EXIT_USAGE
    result = checker.run(loaded, progress=_progress_bar(len(loaded.articles), args.quiet))
    opts = {"version": __version__, "models": checker.parser.source.describe(),
            "rules_version": checker.rules.version,
            "rule_names": {c.code: c.name for c in checker.rules.catalogue.checks.values()}}
    human = args.format is None
    if args.format and args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as fh:
            render(result, args.format, fh, opts)
    elif args.format:
        render(result, args.format, sys.stdout, opts)
    else:
        written = write_default_reports(result, Path(args.reports_dir), opts)
        render(result, "line", sys.stdout, opts)
        if not args.quiet:
            print("reports: " + ", ".join(str(p) for p in written), file=sys.stderr)
    if not args.quiet:
        print(_summary(result), file=sys.stderr if not human else sys.stdout)
    failing = [d for d in result.discrepancies if severity_at_least(d.severity, args.fail_on)]
    return EXIT_FINDINGS if failing else EXIT_OK


def _progress_bar(total: int, quiet: bool):
    if quiet or total < 2 or not sys.stderr.isatty():
        return None
    from tqdm import tqdm
    bar = tqdm(total=total, desc="parsing", unit="article", file=sys.stderr, leave=False)
    return lambda _article: bar.update(1)


def _summary(result) -> str:
    from .report.evidence import severity_counts
    c = severity_counts(result)
    s = result.stats
    return (f"{c['error']} errors, {c['warning']} warnings, {c['info']} info · {s['articles']} articles, "
            f"{s['claims']} claims, {len(result.skipped)} skipped · parsed {s['parsed']}, "
            f"from cache {s['parse_cache_hits']} · {s['seconds']} s")


COMMANDS = {"check": cmd_check, "rules": cmd_rules, "explain": cmd_explain}
