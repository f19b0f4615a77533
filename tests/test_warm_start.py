"""What a run whose articles are all cached loads: the validated rules from their pickle, the claims
from the cache, and no model library (the speed itself is measured by bench/, not here)."""
import json
import os
import shutil
import subprocess
import sys

from checker.config import load_rules
from tests.conftest import ROOT, model_dir



def test_rules_are_kept_validated_and_read_again_until_a_file_changes(tmp_path):
    rules_dir, cache = tmp_path / "rules", tmp_path / "cache"
    shutil.copytree(ROOT / "rules", rules_dir)
    first = load_rules(rules_dir, cache)
    (kept,) = cache.glob("rules-*.pickle")
    again = load_rules(rules_dir, cache)
    assert again.version == first.version and again.kb.people.keys() == first.kb.people.keys()
    speech = rules_dir / "lexicon" / "speech.yaml"
    speech.write_text(speech.read_text(encoding="utf-8").replace("verbs: [", "verbs: [نوه, "), encoding="utf-8")
    changed = load_rules(rules_dir, cache)
    assert changed.extraction_version != first.extraction_version
    assert len(list(cache.glob("rules-*.pickle"))) == 2 and kept.exists()


def test_a_broken_rules_pickle_is_rebuilt(tmp_path):
    first = load_rules(None, tmp_path)
    (kept,) = tmp_path.glob("rules-*.pickle")
    kept.write_bytes(b"not a pickle")
    assert load_rules(None, tmp_path).version == first.version


LOADED = ("torch", "stanza", "pandas", "jinja2", "networkx")
PROBE = ("import json, sys\nfrom checker.cli import main\n"
         "code = main(sys.argv[1:])\n"
         f"print(json.dumps(sorted(m for m in {LOADED!r} if m in sys.modules)))\n")


def test_a_warm_run_loads_no_model_library(tmp_path):
    """... nor the graph library: the same articles with the same rules were compared before."""
    env = {**os.environ, "CHECKER_CACHE_DIR": str(tmp_path / "cache"), "CHECKER_STANZA_DIR": model_dir()}
    command = [sys.executable, "-c", PROBE, "check", str(ROOT / "seeds"), "--format", "json", "--output",
               str(tmp_path / "r.json"), "-q", "--reports-dir", str(tmp_path / "reports"), "--as-of", "2026-01-06"]
    cold = subprocess.run(command, env=env, capture_output=True, text=True, cwd=tmp_path, check=True)
    assert "stanza" in json.loads(cold.stdout.splitlines()[-1])            # the first run parses
    warm = subprocess.run(command, env=env, capture_output=True, text=True, cwd=tmp_path, check=True)
    assert json.loads(warm.stdout.splitlines()[-1]) == []


def test_a_stored_comparison_is_the_one_a_fresh_one_gives_and_any_change_makes_a_new_one(tmp_path):
    from checker import Checker
    from checker.report.json_report import to_dict
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))}
    cached = Checker(cache_dir=tmp_path / "parses", claim_cache=tmp_path / "claims.sqlite")
    first, again = cached.check(texts), cached.check(texts)
    fresh = Checker(cache_dir=tmp_path / "parses", claim_cache=tmp_path / "fresh.sqlite").check(texts)
    shown = lambda r: {k: v for k, v in to_dict(r, {}).items() if k != "stats"}  # noqa: E731
    assert shown(first) == shown(again) == shown(fresh) and again.discrepancies
    changed = dict(texts)
    name = sorted(changed)[0]
    changed[name] = changed[name].replace("27", "29", 1)
    assert changed != texts
    again_fresh = Checker(cache_dir=tmp_path / "parses", claim_cache=tmp_path / "fresh2.sqlite").check(changed)
    assert shown(cached.check(changed)) == shown(again_fresh) != shown(fresh)
