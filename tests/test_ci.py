"""`checker ci` in a real git repository: seeds as the base commit, one contradicting article added."""
import json
import re
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest

from checker.cli import main
from tests.conftest import ROOT, model_dir

pytestmark = pytest.mark.models
NEW_ARTICLE = ("انطلقت في باريس اليوم الجمعة قمة تحالف الراغبين بمشاركة 40 دولة.\n"
               "وقال رئيس الوزراء الهولندي مارك روته إن الضمانات الأمنية ضرورية لأوكرانيا.\n")
SARIF_SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-2.1.0-rtm.5.json").read_text())


def git(repo, *args):
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@x", "PATH": "/usr/bin:/bin"}
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


@pytest.fixture(scope="module")
def parse_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("parse-cache")


@pytest.fixture
def repo(tmp_path, monkeypatch, parse_cache):
    repo = tmp_path / "newsroom"
    shutil.copytree(ROOT / "seeds", repo / "corpus")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "seeds")
    (repo / "corpus" / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "new article")
    monkeypatch.chdir(repo)
    monkeypatch.setenv("CHECKER_STANZA_DIR", model_dir())
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(parse_cache))
    return repo


def ci(*extra, out="ci.json", fmt="json"):
    code = main(["ci", "corpus", "--format", fmt, "--output", out, "-q", "--as-of", "2026-01-06", *extra])
    return code, Path(out).read_text(encoding="utf-8")


def ci_counts(capsys, *extra) -> dict[str, int]:
    """What a ci run parsed and took from the caches, from its summary line (the report itself
    carries nothing that differs between two runs on the same articles)."""
    capsys.readouterr()
    main(["ci", "corpus", "--format", "json", "--output", "ci.json", "--as-of", "2026-01-06", *extra])
    line = capsys.readouterr().err
    found = re.search(r"parsed (\d+), claims from cache (\d+)", line)
    assert found, line
    return dict(zip(("parsed", "claims_cache_hits"), map(int, found.groups())))


def test_ci_reports_only_discrepancies_touching_the_new_article(repo):
    code, text = ci("--since", "HEAD~1")
    report = json.loads(text)
    assert code == 1
    rules = {d["rule"] for d in report["discrepancies"]}
    assert {"CC101", "CD101", "CR101"} <= rules
    for d in report["discrepancies"]:
        assert "new.txt" in {c["article"] for c in d["claims"] + d["also"]}
    assert "CS101" not in rules           # the seed's own Scholz quote does not touch new.txt


def test_baseline_suppresses_accepted_discrepancies_and_second_run_parses_nothing(repo, capsys):
    assert main(["baseline", "corpus", "-q", "--as-of", "2026-01-06"]) == 0
    assert Path(".checker-baseline.json").exists()
    stats = ci_counts(capsys, "--since", "HEAD~1")
    assert stats["parsed"] == 0 and stats["claims_cache_hits"] == 6      # the baseline run filled the caches
    code, text = ci("--since", "HEAD~1")
    assert code == 0, text


def test_named_new_files_and_dismissed_decisions(repo):
    code, text = ci("--new", "corpus/new.txt")
    report = json.loads(text)
    assert code == 1
    for d in report["discrepancies"]:
        if d["severity"] == "error":
            main(["review", "dismiss", d["id"], "--note", "checked", "--report", "ci.json"])
    assert ci("--new", "corpus/new.txt")[0] == 0


def test_changed_lexicon_invalidates_extraction_but_not_parses(repo, tmp_path, capsys):
    ci("--since", "HEAD~1")
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    check = rules / "checks" / "CL101.yaml"
    check.write_text(check.read_text(encoding="utf-8").replace("severity: warning", "severity: error"), encoding="utf-8")
    stats = ci_counts(capsys, "--since", "HEAD~1", "--rules", str(rules))
    assert stats["claims_cache_hits"] == 6 and stats["parsed"] == 0        # a check change invalidates nothing
    speech = rules / "lexicon" / "speech.yaml"
    speech.write_text(speech.read_text(encoding="utf-8").replace("verbs: [", "verbs: [نوه, "), encoding="utf-8")
    stats = ci_counts(capsys, "--since", "HEAD~1", "--rules", str(rules))
    assert stats["claims_cache_hits"] == 0 and stats["parsed"] == 0        # re-extracted from cached parses


def test_sarif_output_validates(repo):
    code, text = ci("--since", "HEAD~1", out="ci.sarif", fmt="sarif")
    sarif = json.loads(text)
    jsonschema.validate(sarif, SARIF_SCHEMA)
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
            for r in sarif["runs"][0]["results"] for loc in r["locations"]}
    assert "corpus/new.txt" in uris


def test_unknown_ref_is_a_usage_error(repo, capsys):
    assert main(["ci", "corpus", "--since", "no-such-ref", "-q"]) == 2
    assert "no-such-ref" in capsys.readouterr().err


def test_incremental_ci_compares_only_the_new_articles_stories_and_finds_what_a_full_run_finds(repo, capsys):
    shutil.copytree(ROOT / "tests" / "corpora" / "bus-crash", repo / "corpus" / "bus-crash")   # another story
    reports = []
    for extra in ((), ("--incremental",)):
        capsys.readouterr()
        main(["ci", "corpus", "--new", "corpus/new.txt", "--format", "json", "--output", "ci.json",
              "--as-of", "2026-01-06", *extra])
        reports.append(json.loads(Path("ci.json").read_text(encoding="utf-8")))
    compared = re.search(r"compared (\d+) of (\d+) articles", capsys.readouterr().err)
    assert compared and int(compared[1]) < int(compared[2])
    in_story = [{d["id"] for d in report["discrepancies"] if d.get("story")} for report in reports]
    assert in_story[0] and in_story[0] == in_story[1]


def test_incremental_ci_reads_the_claims_of_the_articles_it_compares_only(tmp_path):
    """A cached archive: every article's index entry is read, the claims of the compared ones only."""
    from checker import Checker
    from checker.load import load_paths
    from datetime import date
    for corpus in ("bus-crash", "oil-output", "space-launch"):
        shutil.copytree(ROOT / "tests" / "corpora" / corpus, tmp_path / "archive" / corpus,
                        ignore=shutil.ignore_patterns("*.yaml"))
    checker = Checker(models=model_dir(), cache_dir=tmp_path / "cache")
    day = date(2026, 1, 6)
    full = checker.run(load_paths([tmp_path / "archive"], day))     # fills the claims cache
    new = sorted(a.id for a in full.articles if a.id.startswith("bus-crash/"))[:1]
    read = []
    get = checker.claim_cache.get
    checker.claim_cache.get = lambda key: read.append(key) or get(key)
    focused = checker.run(load_paths([tmp_path / "archive"], day), focus=new)
    assert len(focused.articles) == len(full.articles)
    assert focused.stats["compared"] < len(full.articles) and len(read) == focused.stats["compared"]
    assert focused.stats["claims_cache_hits"] == len(full.articles)
    touching = lambda result: sorted(d.id for d in result.discrepancies if any(c.article_id in new for c in d.claims))  # noqa: E731
    assert touching(focused) and touching(focused) == touching(full)
