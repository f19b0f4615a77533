"""Command line. Only this module prints; every command returns an exit code (0 ok, 1 findings, 2 errors)."""
from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

from . import __version__
from .config import severity_at_least
from .parse import ModelError
from .i18n import LANGUAGES
from .schemas import RulesError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
RULES_ROOT = Path(__file__).resolve().parents[1] / "rules"
REPORT_FORMATS = ["json", "md", "csv", "line", "html", "sarif", "junit", "github"]
FAIL_ON = ("error", "warning", "info", "never")


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """argparse's errors in the run's language (its help is localized by `i18n.localize_parser`)."""
    lang = "en"

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, _tr(f"{self.prog}: error: {message}", self.lang) + "\n")


def _tr(message: str, lang: str) -> str:
    from .i18n import translate
    return translate(message, RULES_ROOT, lang)


def _status(args, message: str) -> None:
    """A status line on stderr, in the run's language."""
    print(_tr(message, getattr(args, "ui_lang", "en")), file=sys.stderr)


def _corpus_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--models", help="Stanza model folder or 'stanza-official' (default: $CHECKER_STANZA_DIR, then models/)")
    p.add_argument("--rules", help="rules folder (default: the project's rules/)")
    p.add_argument("--as-of", type=date.fromisoformat, help="date for articles without one (YYYY-MM-DD; default: today)")
    p.add_argument("--reports-dir", default="reports", type=Path, help="where reports and stores go (default: reports/)")
    p.add_argument("--reviews", type=Path, help="decisions store (default: REPORTS_DIR/reviews.sqlite)")
    p.add_argument("--no-cache", action="store_true", help="parse and extract again, ignoring caches")
    p.add_argument("--cache-db", type=Path, metavar="FILE",
                   help="claims cache (default: claims.sqlite beside the parses, in $CHECKER_CACHE_DIR or ~/.cache/checker)")
    p.add_argument("--max-article-chars", type=_positive_int, metavar="N",
                   help="skip articles longer than this (default: 200000, or max-article-chars in config)")
    p.add_argument("--jobs", type=_positive_int, default=os.cpu_count() or 1, metavar="N",
                   help="processes that parse and extract (default: the machine's cores)")
    p.add_argument("--device", choices=["auto", "cpu", "cuda"], default="auto",
                   help="where the parser runs (default: auto, CUDA when torch sees one)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="parse and extract on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' "
                        "for a local cluster of --jobs workers (needs checker[cluster])")
    p.add_argument("--threads", type=_positive_int, metavar="N",
                   help="torch threads per process (default: $OMP_NUM_THREADS, else 1)")
    p.add_argument("--follow-symlinks", action="store_true",
                   help="read symbolic links that point outside the checked folder (default: skip them)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    p.add_argument("--lang", choices=LANGUAGES,
                   help="language of messages and reports (default: lang in config, then the locale, then en)")


def _output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=REPORT_FORMATS, help="write one format (to --output or stdout)")
    p.add_argument("--output", help="file for --format (default: stdout)")
    p.add_argument("--fail-on", choices=FAIL_ON,
                   help="exit 1 when a finding at or above this severity remains (default: error, or fail-on in config)")
    p.add_argument("--show-dismissed", action="store_true", help="also report dismissed discrepancies")
    p.add_argument("--select", type=_codes, help="only these rules: codes or prefixes, comma-separated (CC,CR101)")
    p.add_argument("--ignore", type=_codes, help="skip these rules: codes or prefixes, comma-separated")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="checker", description="Claim-level fact-consistency checker for news.")
    parser.add_argument("--version", action="version", version=f"checker {__version__}")
    parser.add_argument("--lang", choices=LANGUAGES, dest="help_lang",
                        help="language of this help (default: lang in config, then the locale, then en)")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="check a folder or files of articles")
    check.add_argument("paths", nargs="+", help="folders (read recursively) or article files")
    _corpus_options(check)
    _output_options(check)

    ci = sub.add_parser("ci", help="check new or changed articles against the corpus")
    ci.add_argument("corpus", type=Path)
    which = ci.add_mutually_exclusive_group(required=True)
    which.add_argument("--since", metavar="REF", help="articles added or changed since this git ref")
    which.add_argument("--new", nargs="+", metavar="FILE", help="the new or changed article files")
    ci.add_argument("--baseline", type=Path, help="baseline file (default: .checker-baseline.json when present)")
    ci.add_argument("--incremental", action="store_true",
                    help="compare only the stories the new articles join and the articles that give their "
                         "people an office (experimental: findings across stories may differ from a full run)")
    _corpus_options(ci)
    _output_options(ci)

    base = sub.add_parser("baseline", help="accept today's discrepancies: CI then fails only on new ones")
    base.add_argument("corpus", type=Path)
    base.add_argument("--output", type=Path, default=Path(".checker-baseline.json"))
    _corpus_options(base)

    review = sub.add_parser("review", help="list, show and decide discrepancies of the last check")
    review.add_argument("action", choices=["list", "show", "dismiss", "confirm", "reopen", "history", "export", "import"])
    review.add_argument("id", nargs="?", help="discrepancy id (or a unique prefix); a file for export/import")
    review.add_argument("--note", default="", help="why (dismiss, confirm, reopen)")
    review.add_argument("--by", help="reviewer (default: the OS user)")
    review.add_argument("--report", type=Path, help="JSON report to review (default: REPORTS_DIR/last-check.json)")
    review.add_argument("--reports-dir", default="reports", type=Path)
    review.add_argument("--reviews", type=Path)
    review.add_argument("--lang", choices=LANGUAGES, help="language of messages (default: config, locale, en)")

    claims = sub.add_parser("claims", help="list the claims extracted from articles (or show them highlighted)")
    claims.add_argument("paths", nargs="+")
    claims.add_argument("--kind", help="only claims of this kind (count, date, role, speaker, ...)")
    claims.add_argument("--html", type=Path, help="write a page with every article's claims highlighted (displaCy)")
    _corpus_options(claims)

    stories = sub.add_parser("stories", help="show how the articles are grouped into stories (what is compared)")
    stories.add_argument("paths", nargs="+")
    stories.add_argument("--format", choices=["text", "json"], default="text")
    _corpus_options(stories)

    serve = sub.add_parser("serve", help="review page on 127.0.0.1 with confirm/dismiss buttons")
    serve.add_argument("paths", nargs="+")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--by", help="reviewer recorded for decisions (default: the OS user)")
    _corpus_options(serve)

    models = sub.add_parser("models", help="model set in use, or train one")
    models.add_argument("action", choices=["info", "train"])
    models.add_argument("--models", help="model folder to describe")
    models.add_argument("--treebank", type=Path, help="train: UD .conllu file")
    models.add_argument("--out", type=Path, help="train: model folder to write")
    models.add_argument("--lang", choices=LANGUAGES, help="language of what it prints (default: config, locale, en)")

    rules = sub.add_parser("rules", help="list the rules")
    rules.add_argument("--rules", help="rules folder")
    rules.add_argument("--validate", action="store_true", help="only validate every file under rules/")
    rules.add_argument("--lang", choices=LANGUAGES, help="language of the rules' titles (default: config, locale, en)")

    explain = sub.add_parser("explain", help="explain one rule")
    explain.add_argument("code")
    explain.add_argument("--rules", help="rules folder")
    explain.add_argument("--format", choices=["text", "json"], default="text")
    explain.add_argument("--lang", choices=LANGUAGES, help="language of the explanation (default: config, locale, en)")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    Parser.lang = lang = _argv_language(argv)
    if "-h" in argv or "--help" in argv:
        from .i18n import localize_parser
        localize_parser(parser, RULES_ROOT, lang)
    args = parser.parse_args(argv)
    args.ui_lang = lang
    from .ci import CiError
    try:
        return COMMANDS[args.command](args)
    except (RulesError, ModelError, UsageError, CiError, ValueError) as exc:
        if os.environ.get("CHECKER_DEBUG"):     # the traceback, for a bug rather than a bad input
            raise
        _status(args, f"checker: error: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_USAGE
    except BrokenPipeError:     # `checker review list | head`: the reader left, nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _argv_language(argv: list[str]) -> str:
    """The language of help, errors and status lines, known before the line is parsed: --lang on
    the line, else checker.toml, else the locale."""
    from .config import read_project_config
    from .i18n import DEFAULT, language
    chosen = next((argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--lang"), None) \
        or next((a.split("=", 1)[1] for a in argv if a.startswith("--lang=")), None)
    try:
        return language(chosen if chosen in LANGUAGES else None, read_project_config())
    except (ValueError, RulesError):     # a bad config is reported once the command runs
        return DEFAULT


# -- check / ci / baseline ---------------------------------------------------------------------------

def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: '{text}'") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be above 0, not {value}")
    return value


def _codes(text: str) -> list[str]:
    return [c.strip() for c in text.split(",") if c.strip()]


CONFIG_KEYS = ("select", "ignore", "severity", "fail-on", "max-article-chars", "follow-symlinks", "lang")


def _config(args) -> dict:
    """checker.toml / [tool.checker], read once per command."""
    if not hasattr(args, "_config"):
        from .config import read_project_config
        args._config = read_project_config()
    return args._config


def _lang(args) -> str:
    from .i18n import language
    return language(getattr(args, "lang", None), _config(args))


def _limits(args):
    """--max-article-chars and --follow-symlinks, else checker.toml, else the defaults."""
    from .load import Limits
    config = _config(args)
    chars = args.max_article_chars or config.get("max-article-chars", Limits.max_article_chars)
    if not isinstance(chars, int) or isinstance(chars, bool) or chars <= 0:
        raise UsageError(f"max-article-chars in checker config must be a whole number above 0, not {chars!r}")
    follow = args.follow_symlinks or config.get("follow-symlinks", False)
    if not isinstance(follow, bool):
        raise UsageError(f"follow-symlinks in checker config must be true or false, not {follow!r}")
    return Limits(max_article_chars=chars, follow_symlinks=follow)


def _selection(args):
    """checker.toml / [tool.checker] first; --select and --ignore on the command line replace them."""
    from .config import Selection
    config = _config(args)
    unknown = sorted(set(config) - set(CONFIG_KEYS))
    if unknown:
        raise UsageError(f"unknown key(s) in checker config: {', '.join(unknown)} (expected {', '.join(CONFIG_KEYS)})")
    if hasattr(args, "fail_on"):
        args.fail_on = args.fail_on or config.get("fail-on", "error")
        if args.fail_on not in FAIL_ON:
            raise UsageError(f"fail-on in checker config must be one of {', '.join(FAIL_ON)}, not '{args.fail_on}'")
    return Selection(select=getattr(args, "select", None) or config.get("select"),
                     ignore=getattr(args, "ignore", None) or config.get("ignore"),
                     severity=config.get("severity"))


def _checker(args):
    from .pipeline import Checker
    return Checker(models=args.models, rules_dir=args.rules, use_cache=not args.no_cache, claim_cache=args.cache_db,
                   selection=_selection(args), jobs=args.jobs, device=args.device, threads=args.threads,
                   scheduler=args.scheduler)


def _run(checker, paths, args, focus=None):
    from .load import load_folder_indexed, load_paths
    as_of = args.as_of or date.today()
    if focus is not None and checker.claim_cache and len(paths) == 1:
        # an incremental CI run reads only the files that changed since the archive was indexed
        loaded = load_folder_indexed(Path(paths[0]), as_of, checker.claim_cache, _limits(args))
    else:
        loaded = load_paths(paths, as_of, _limits(args))
    for skipped in loaded.skipped:
        _say_skipped(skipped, args)
    if not loaded.articles:
        raise UsageError("no readable articles in " + ", ".join(map(str, paths)))
    result = checker.run(loaded, progress=_progress_bar(len(loaded.articles), args), focus=focus)
    for skipped in result.skipped:
        if skipped not in loaded.skipped:       # those of later stages: the loader's were shown already
            _say_skipped(skipped, args)
    return result


def _say_skipped(skipped, args) -> None:
    """One line per article that could not be checked: file, stage, reason (terminal-safe)."""
    from .report.safe import terminal
    _status(args, terminal(f"checker: skipped {skipped.path} ({skipped.stage}): {skipped.reason}"))


def _reviews_path(args) -> Path:
    return args.reviews or args.reports_dir / "reviews.sqlite"


def _report_opts(checker, result, args) -> dict:
    from .review import ReviewStore, apply_reviews
    store = ReviewStore(_reviews_path(args))
    try:
        reviews = apply_reviews(result.discrepancies, store)
    finally:
        store.close()
    return {"version": __version__, "models": checker.parser.source.describe(), "rules_version": checker.rules.version,
            "rule_names": {c.code: c.name for c in checker.rules.catalogue.checks.values()},
            "checks": list(checker.rules.catalogue.checks.values()), "reviews": reviews,
            "rules": checker.rules, "lang": _lang(args)}


def _hide_dismissed(result, opts, show: bool):
    if show:
        return result
    from dataclasses import replace
    reviews = opts["reviews"]
    kept = [d for d in result.discrepancies if reviews[d.id].status != "dismissed"]
    opts["hidden_dismissed"] = len(result.discrepancies) - len(kept)
    return replace(result, discrepancies=kept)


def _emit(result, args, opts, human_default) -> None:
    from .report import render
    if args.format and args.output:
        from .report.safe import atomic_write
        with atomic_write(Path(args.output)) as fh:
            render(result, args.format, fh, opts)
    elif args.format:
        render(result, args.format, sys.stdout, opts)
    else:
        human_default(result, opts)


def cmd_check(args) -> int:
    checker = _checker(args)
    result = _run(checker, args.paths, args)
    opts = _report_opts(checker, result, args)
    shown = _hide_dismissed(result, opts, args.show_dismissed)

    def human(res, o):
        from .report import render, write_default_reports
        written = write_default_reports(res, args.reports_dir, o)
        render(res, "line", sys.stdout, o)
        if not args.quiet:
            _status(args, "reports: " + ", ".join(str(p) for p in written))

    _emit(shown, args, opts, human)
    _write_last_check(result, opts, args.reports_dir)
    if not args.quiet:
        print(_summary(shown, opts), file=sys.stderr)
    failing = [d for d in shown.discrepancies if severity_at_least(d.severity, args.fail_on)]
    return EXIT_FINDINGS if failing else EXIT_OK


def cmd_ci(args) -> int:
    from dataclasses import replace
    from .baseline import DEFAULT_BASELINE, load_baseline
    from .ci import changed_since, classify, named_articles
    if not args.corpus.is_dir():
        raise UsageError(f"{args.corpus} is not a folder")
    changed = changed_since(args.corpus, args.since) if args.since else named_articles(args.corpus, args.new)
    baseline_path = args.baseline or (DEFAULT_BASELINE if DEFAULT_BASELINE.exists() else None)
    baseline = load_baseline(baseline_path) if baseline_path else set()
    checker = _checker(args)
    result = _run(checker, [args.corpus], args, focus=changed if args.incremental else None)
    opts = _report_opts(checker, result, args)
    dismissed = {i for i, r in opts["reviews"].items() if r.status == "dismissed"}
    outcome = classify(result, changed, baseline, dismissed, args.fail_on)
    shown = outcome.touching if args.show_dismissed else [d for d in outcome.touching if d.id not in dismissed]
    opts.update(status=outcome.status_of(), articles=sorted(changed), failing=[d.id for d in outcome.failing])

    def human(res, o):
        from .report import render
        render(replace(res, discrepancies=outcome.new), "line", sys.stdout, o)

    _emit(replace(result, discrepancies=shown), args, opts, human)
    if not args.quiet:
        s = result.stats
        parts = [outcome.summary(), f"parsed {s['parsed']}, claims from cache {s['claims_cache_hits']}"]
        if s["compared"] < s["articles"]:
            parts.append(f"compared {s['compared']} of {s['articles']} articles (the stories they join)")
        parts += [f"baseline {baseline_path}"] if baseline_path else []
        print(" · ".join(_tr(part, args.ui_lang) for part in parts), file=sys.stderr)
    return EXIT_FINDINGS if outcome.failing or outcome.unchecked else EXIT_OK


def cmd_baseline(args) -> int:
    from .baseline import write_baseline
    checker = _checker(args)
    result = _run(checker, [args.corpus], args)
    count = write_baseline(result, args.output, checker.rules.version)
    _status(args, f"baseline: {count} discrepancies accepted in {args.output}")
    return EXIT_OK


# -- review / serve ----------------------------------------------------------------------------------

LAST_CHECK = "last-check.json"


def _write_last_check(result, opts, folder: Path) -> None:
    """Every discrepancy of the run, dismissed ones included: what `checker review` works on."""
    from .report import render
    from .report.safe import atomic_write
    with atomic_write(folder / LAST_CHECK) as fh:
        render(result, "json", fh, opts)


def _last_report(args) -> dict:
    path = args.report or args.reports_dir / LAST_CHECK
    if not path.exists():
        raise UsageError(f"{path} not found: run `checker check` first")
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(report.get("discrepancies"), list):
            raise ValueError("no list of discrepancies")
    except (OSError, ValueError, AttributeError) as exc:
        raise UsageError(f"{path} is not a checker report ({exc}): run `checker check` again") from None
    return report


def _find(report: dict, prefix: str | None) -> dict:
    if not prefix:
        raise UsageError("give a discrepancy id (see `checker review list`)")
    hits = [d for d in report["discrepancies"] if d["id"].startswith(prefix)]
    if len(hits) != 1:
        raise UsageError(f"no discrepancies match '{prefix}'" if not hits else f"several discrepancies match '{prefix}'")
    return hits[0]


def cmd_review(args) -> int:
    from .review import ReviewStore
    from .review.store import evidence_of_record, status_of
    store = ReviewStore(_reviews_path(args))
    try:
        if args.action in ("export", "import"):
            return _review_transfer(store, args)
        if args.action == "history":
            for row in store.history(args.id):
                _say(f"{row.at}  {row.discrepancy_id}  {_word(row.decision, args):<8} {row.reviewer}: {row.note}")
            return EXIT_OK
        report = _last_report(args)
        latest = store.latest()
        lang = _lang(args)
        if args.action == "list":
            for d in report["discrepancies"]:
                status = status_of(evidence_of_record(d), latest.get(d["id"])).status
                _say(f"{d['id']}  {_word(d['severity'], args):<7} {d['rule']}  {d['kind']:<8} {_word(status, args):<9} "
                     + (d["topic"] if lang == "en" else d.get("messages", {}).get(lang, d["topic"])))
            return EXIT_OK
        d = _find(report, args.id)
        if args.action == "show":
            for line in _show(d, latest.get(d["id"]), args).split("\n"):
                _say(line)
            return EXIT_OK
        row = store.record(d["id"], args.action, evidence_of_record(d), args.note, args.by)
        _say(_tr(f"{row.decision} {row.discrepancy_id} by {row.reviewer} at {row.at}", args.ui_lang))
        return EXIT_OK
    finally:
        store.close()


def _say(line: str) -> None:
    """A line of article or reviewer text on the terminal, with no escape sequence left in it."""
    from .report.safe import terminal
    print(terminal(line))


def _review_transfer(store, args) -> int:
    if not args.id:
        raise UsageError(f"review {args.action} needs a file (- for standard input/output)")
    if args.action == "export":
        from .report.safe import atomic_write
        if args.id == "-":
            count = store.export_jsonl(sys.stdout)
        else:
            with atomic_write(Path(args.id), newline=None) as out:
                count = store.export_jsonl(out)
        _status(args, f"exported {count} decisions")
    else:
        lines = sys.stdin if args.id == "-" else Path(args.id).read_text(encoding="utf-8").splitlines()
        _status(args, f"imported {store.import_jsonl(lines)} new decisions")
    return EXIT_OK


def _word(word: str, args) -> str:
    """A severity, status or decision in the run's language (rules/i18n/strings.yaml)."""
    from .i18n import strings
    return strings(RULES_ROOT, _lang(args))[word]


def _show(d: dict, row, args) -> str:
    lang = _lang(args)
    message = d.get("messages", {}).get(lang, d["message"])
    lines = [f"{d['id']}  {d['rule']} ({d.get('name', '')}) · {_word(d['severity'], args)} · {d['topic']}", message, ""]
    from .report.evidence import sentence_parts
    for c in d["claims"]:
        before, words, after = sentence_parts(c["sentence"], c["start"], c["end"], c.get("sentence_start", 0))
        marked = f"{before}[[{words}]]{after}" if words else c["sentence"]
        lines += [f"  {c['article']}:{c['line']}:{c['column']}", f"    {marked}", ""]
    if row:
        lines.append(_tr(f"last decision: {row.decision} by {row.reviewer} at {row.at}: {row.note}", lang))
    return "\n".join(lines)


def cmd_claims(args) -> int:
    from .report.evidence import articles_by_id, line_col
    checker = _checker(args)
    result = _run(checker, args.paths, args)
    chosen = [c for c in result.claims if not args.kind or c.kind == args.kind]
    articles = articles_by_id(result)
    for c in chosen:
        line, col = line_col(articles[c.article_id].text, c.start)
        shown = c.value.get("display") or c.value.get("speaker") or c.value.get("office") or c.value.get("place") or ""
        print(f"{c.article_id}:{line}:{col}\t{c.kind}\t{c.text}\t{shown}\t{' '.join(c.entity_ids)}")
    if args.html:
        from .doc import render_claims, to_spacy
        docs = [(a.id, to_spacy(a, checker.parser.parse(a), [c for c in chosen if c.article_id == a.id]))
                for a in result.articles]
        args.html.write_text(render_claims(docs), encoding="utf-8")
        _status(args, f"claims page: {args.html}")
    return EXIT_OK


def cmd_stories(args) -> int:
    from .report.evidence import story_record, story_title
    result = _run(_checker(args), args.paths, args)
    if args.format == "json":
        print(json.dumps([story_record(s) for s in result.stories], ensure_ascii=False, indent=2))
        return EXIT_OK
    for story in result.stories:
        found = sum(d.story == story.id for d in result.discrepancies)
        counts = f"{len(story.articles)} articles, {found} discrepancies" + (", named in front matter" if story.named else "")
        print(f"{story.id}  {story_title(story)}  ({_tr(counts, args.ui_lang)})")
        for article in story.articles:
            print(f"    {article}")
    return EXIT_OK


def cmd_serve(args) -> int:
    from .report.html_report import render_page
    from .review.server import make_server
    checker = _checker(args)
    result = _run(checker, args.paths, args)

    def render(res, token):
        opts = _report_opts(checker, res, args)
        opts.update(interactive=True, token=token)
        return render_page(_hide_dismissed(res, opts, False), opts)

    server = make_server(result, _reviews_path(args), render, port=args.port, reviewer=args.by)
    _status(args, f"review page: http://127.0.0.1:{server.server_address[1]}/  (Ctrl-C to stop)")
    sys.stderr.flush()
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return EXIT_OK


# -- models / rules / explain ------------------------------------------------------------------------

def cmd_models(args) -> int:
    from .models_info import describe, train
    if args.action == "train":
        if not (args.treebank and args.out):
            raise UsageError("models train needs --treebank FILE and --out DIR")
        return train(args.treebank, args.out)
    print("\n".join(_tr(line, _lang(args)) for line in describe(args.models).split("\n")))
    return EXIT_OK


def cmd_rules(args) -> int:
    from .config import load_rules
    rules = load_rules(args.rules)
    if args.validate:
        print(_tr(f"rules OK: {len(rules.catalogue.checks)} checks, {len(rules.kb.people)} people (version {rules.version})",
                  _lang(args)))
        return EXIT_OK
    lang = _lang(args)
    if lang == "en":
        for code, name, kind, severity, status in rules.catalogue.table():
            print(f"{code}  {name:<26} {kind:<9} {severity:<8} {status}")
        return EXIT_OK
    t = rules.strings(lang)
    for code, _, kind, severity, status in rules.catalogue.table():    # the rule's own title, not its id
        print(f"{code}  {t[f'kind_{kind}']:<8} {t[severity]:<8} {t[status]:<8} {rules.catalogue.get(code).title_in(lang)}")
    return EXIT_OK


def cmd_explain(args) -> int:
    from .config import load_rules
    rules = load_rules(args.rules)
    lang = _lang(args)
    t = rules.strings(lang)
    try:
        print(rules.catalogue.explain(args.code, as_json=args.format == "json", lang=lang,
                                      headings=(t["explain_what"], t["explain_why"], t["explain_example"],
                                                t["explain_not_flagged"])))
    except KeyError as exc:
        raise UsageError(exc.args[0]) from None
    return EXIT_OK


def _progress_bar(total: int, args):
    if args.quiet or total < 2 or not sys.stderr.isatty():
        return None
    from tqdm import tqdm
    bar = tqdm(total=total, desc=_tr("checking", args.ui_lang), unit="article", file=sys.stderr, leave=False)
    return lambda _article: bar.update(1)


def _summary(result, opts) -> str:
    from .report.evidence import report_strings, severity_counts
    c = severity_counts(result)
    s = result.stats
    hidden = opts.get("hidden_dismissed", 0)
    t = report_strings(opts)
    rate = s["articles"] / s["seconds"] if s["seconds"] else 0.0
    comma = t["comma"]
    return (comma.join([f"{c['error']} {t['errors']}", f"{c['warning']} {t['warnings']}", f"{c['info']} {t['info']}"])
            + (f" ({hidden} {t['dismissed_hidden']})" if hidden else "")
            + " · " + comma.join([f"{s['articles']} {t['articles']}", f"{s['claims']} {t['claims']}",
                                  f"{len(result.skipped)} {t['skipped']}"])
            + " · " + comma.join([f"{t['parsed']} {s['parsed']}", f"{t['from_cache']} {s['parse_cache_hits']}",
                                  f"{t['claims_from_cache']} {s['claims_cache_hits']}"])
            + f" · {s['seconds']} s ({rate:.1f} {t['articles_per_second']})")


COMMANDS = {"check": cmd_check, "ci": cmd_ci, "baseline": cmd_baseline, "review": cmd_review, "serve": cmd_serve,
            "claims": cmd_claims, "stories": cmd_stories,
            "models": cmd_models, "rules": cmd_rules, "explain": cmd_explain}
