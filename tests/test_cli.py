import json
import subprocess
import sys
from pathlib import Path

import pytest

from checker.cli import main
from tests.conftest import model_dir

ROOT = Path(__file__).resolve().parent.parent


def test_rules_lists_every_code(capsys):
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "CC101  count-mismatch" in out and "CS101" in out


def test_explain_known_and_unknown_code(capsys):
    assert main(["explain", "CR101"]) == 0
    assert "exclusive-office-clash (CR101)" in capsys.readouterr().out
    assert main(["explain", "CZ999"]) == 2
    assert "unknown rule code" in capsys.readouterr().err


def test_bad_models_dir_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("خبر", encoding="utf-8")
    assert main(["check", str(tmp_path), "--models", str(tmp_path / "none")]) == 2
    assert "not a Stanza model folder" in capsys.readouterr().err


def test_checker_debug_shows_the_traceback_instead_of_a_one_line_error(tmp_path, monkeypatch, capsys):
    bad = tmp_path / "baseline.json"
    bad.write_text("not json")
    (tmp_path / "x.txt").write_text("خبر", encoding="utf-8")
    args = ["ci", str(tmp_path), "--new", str(tmp_path / "x.txt"), "--baseline", str(bad)]
    assert main(args) == 2 and "not a checker baseline" in capsys.readouterr().err
    monkeypatch.setenv("CHECKER_DEBUG", "1")
    with pytest.raises(ValueError, match="not a checker baseline"):
        main(args)


def test_usage_error_exit_code():
    with pytest.raises(SystemExit) as exc:
        main(["check"])
    assert exc.value.code == 2


@pytest.fixture
def corpus_of(tmp_path, monkeypatch):
    """A folder of articles {name: text}, with the models and a private parse cache set up."""
    monkeypatch.setenv("CHECKER_STANZA_DIR", model_dir())
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path / "cache"))

    def make(texts: dict[str, str]) -> Path:
        corpus = tmp_path / "corpus"
        corpus.mkdir()
        for name, text in texts.items():
            (corpus / name).write_text(text, encoding="utf-8")
        return corpus
    return make


@pytest.mark.models
def test_check_exit_codes_and_outputs(tmp_path, capsys, monkeypatch, corpus_of):
    corpus = corpus_of({"a.txt": "القمة تضم أكثر من 27 قائدًا.", "b.txt": "القمة بمشاركة 27 قائدًا."})
    (corpus / "bad.txt").write_bytes(b"\xff\xfe\x00")
    out = tmp_path / "out.json"
    assert main(["check", str(corpus), "--format", "json", "--output", str(out), "-q"]) == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["rule"] for d in data["discrepancies"]] == ["CC101"]
    assert data["skipped"][0]["path"] == "bad.txt"
    assert "skipped bad.txt" in capsys.readouterr().err
    assert main(["check", str(corpus), "--fail-on", "never", "--reports-dir", str(tmp_path / "r"), "-q"]) == 0
    assert main(["check", str(corpus), "--select", "CD,CR", "--format", "line", "-q"]) == 0
    monkeypatch.chdir(tmp_path)
    (tmp_path / "checker.toml").write_text('ignore = ["CC101"]\n', encoding="utf-8")
    assert main(["check", str(corpus), "--format", "line", "-q"]) == 0
    (tmp_path / "checker.toml").write_text('select = ["CX"]\n', encoding="utf-8")
    assert main(["check", str(corpus), "-q"]) == 2
    assert "unknown rule selector" in capsys.readouterr().err
    (tmp_path / "checker.toml").unlink()
    assert (tmp_path / "r" / "report.md").exists()
    (corpus / "b.txt").write_text("القمة بمشاركة نحو 30 قائدًا.", encoding="utf-8")
    assert main(["check", str(corpus), "--format", "line", "-q"]) == 0


@pytest.mark.models
def test_python_dash_m_runs(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("انعقدت قمة في باريس.", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "checker", "check", str(corpus), "--format", "json",
                           "--models", model_dir(), "-q"], capture_output=True, text=True, cwd=ROOT,
                          env={"CHECKER_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["articles"][0]["id"] == "a.txt"


@pytest.mark.models
def test_review_flow_from_the_command_line(tmp_path, capsys, corpus_of):
    corpus = corpus_of({"a.txt": "انعقدت القمة يوم الثلاثاء.", "b.txt": "انعقدت القمة يوم الخميس."})
    reports = ["--reports-dir", str(tmp_path / "r")]
    assert main(["check", str(corpus), "-q", *reports]) == 0
    capsys.readouterr()
    assert main(["review", "list", *reports]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    ident = line.split()[0]
    assert "CD101" in line and "open" in line
    assert main(["review", "show", ident[:6], *reports]) == 0
    assert "[[يوم الثلاثاء]]" in capsys.readouterr().out
    assert main(["review", "dismiss", ident[:6], "--note", "two summits", "--by", "ana", *reports]) == 0
    assert capsys.readouterr().out.startswith(f"dismiss {ident} by ana")
    assert main(["check", str(corpus), "-q", "--format", "line", *reports]) == 0
    assert capsys.readouterr().out == ""                       # dismissed: hidden
    assert main(["review", "list", *reports]) == 0
    assert "dismissed" in capsys.readouterr().out
    (corpus / "b.txt").write_text("انعقدت القمة كما قيل يوم الخميس.", encoding="utf-8")
    assert main(["check", str(corpus), "-q", "--format", "json", "--output", str(tmp_path / "o.json"), *reports]) == 0
    review = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))["discrepancies"][0]["review"]
    assert review["status"] == "reopened" and "b.txt" in review["reason"] and review["reviewer"] == "ana"
    assert main(["review", "reopen", ident, "--note", "again", *reports]) == 0
    assert main(["review", "history", *reports]) == 0
    assert [ln.split()[2] for ln in capsys.readouterr().out.splitlines()[-2:]] == ["dismiss", "reopen"]


def _arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text or "")


def test_every_command_and_option_has_arabic_help():
    """An Arabic-reading editor reads --help in Arabic: a new option without its entry in
    rules/i18n/cli.yaml fails here."""
    import argparse
    from checker.cli import build_parser
    from checker.i18n import localize_parser
    parser = build_parser()
    localize_parser(parser, Path(__file__).resolve().parents[1] / "rules", "ar")
    missing = []

    def walk(p, name):
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                missing.extend(c.dest for c in action._choices_actions if not _arabic(c.help))
                for sub_name, sub in action.choices.items():
                    walk(sub, sub_name)
            elif action.help != argparse.SUPPRESS and not _arabic(action.help):
                missing.append(f"{name} {action.option_strings or action.dest}")
    walk(parser, "checker")
    assert missing == []


def test_help_follows_lang(capsys):
    import pytest
    from checker.cli import main
    with pytest.raises(SystemExit):
        main(["check", "--help", "--lang", "ar"])
    arabic = capsys.readouterr().out
    assert "الخيارات" in arabic and "options:" not in arabic and "show this help" not in arabic
    with pytest.raises(SystemExit):
        main(["check", "--help", "--lang", "en"])
    assert "options:" in capsys.readouterr().out


def test_errors_follow_lang(capsys):
    assert main(["explain", "CZ999", "--lang", "ar"]) == 2
    err = capsys.readouterr().err
    assert "رمز قاعدة غير معروف 'CZ999'" in err and "unknown" not in err
    with pytest.raises(SystemExit) as exit_:
        main(["check", "--lang", "ar", "--jobs", "0", "x"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "المعطى --jobs: يجب أن يكون أكبر من 0، لا 0" in err and "must be above" not in err
    assert main(["explain", "CZ999", "--lang", "en"]) == 2
    assert "unknown rule code 'CZ999'" in capsys.readouterr().err


def _messages_in_code():
    """Every message checker raises or prints, as a sample text: each {value} of an f-string
    replaced by a word, so that it can be looked up in rules/i18n/messages.yaml."""
    import ast
    raised = {"UsageError", "ModelError", "RulesError", "CiError", "ValueError", "KeyError", "ArgumentTypeError",
              "Skipped", "_status"}
    samples = []
    for path in sorted((ROOT / "checker").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in raised:
                continue
            for arg in node.args:
                if isinstance(arg, ast.JoinedStr):
                    samples.append((path.name, "".join(v.value if isinstance(v, ast.Constant) else "word"
                                                       for v in arg.values)))
                elif isinstance(arg, ast.Constant) and isinstance(arg.value, str) and " " in arg.value:
                    samples.append((path.name, arg.value))
    return samples


def test_every_error_and_status_line_has_arabic():
    """A new error or status line without its entry in rules/i18n/messages.yaml fails here.
    Internal errors (a rule file's own schema, a registry used twice) are for developers."""
    from checker.i18n import translate
    developer_only = {"registry.py", "schemas.py", "i18n.py"}
    samples = _messages_in_code()
    assert len(samples) > 40
    untranslated = [(f, s) for f, s in samples if f not in developer_only
                    and not _arabic(translate(s, ROOT / "rules", "ar"))]
    assert untranslated == []


def test_rules_list_in_arabic(capsys):
    assert main(["rules", "--lang", "ar"]) == 0
    lines = capsys.readouterr().out.splitlines()
    first = next(line for line in lines if line.startswith("CC101"))
    assert "عددان مختلفان لشيء واحد" in first and "خطأ" in first and "count-mismatch" not in first
    assert main(["rules", "--validate", "--lang", "ar"]) == 0
    assert "القواعد سليمة" in capsys.readouterr().out
    assert main(["models", "info", "--lang", "ar"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("النماذج:") and "chosen by" not in out
