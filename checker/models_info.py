"""`checker models info|train`: which model set is in use, where it came from, its scores."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .config import PROJECT_ROOT
from .parse import ModelError, resolve_models

TRAIN_SCRIPT = PROJECT_ROOT / "scripts" / "train_models.py"


def describe(models: str | None = None) -> str:
    source = resolve_models(models)
    lines = [f"models: {source.describe()}", f"chosen by: {source.origin}"]
    if source.path is not None:
        scores = source.path / "eval.json"
        if scores.exists():
            data = json.loads(scores.read_text())
            lines.append("held-out scores (from raw text): " + ", ".join(f"{k} {v}" for k, v in data.items()))
        record = source.path / "train.json"
        if record.exists():
            minutes = json.loads(record.read_text())["minutes"]
            steps = ", ".join(f"{k} {v}" for k, v in minutes.items() if k != "total" and not k.startswith("prepare-"))
            lines.append(f"training: {minutes['total']} min ({steps}); recipe in {record}")
        provenance = source.path / "README.md"
        if provenance.exists():
            lines.append(f"provenance: {provenance}")
        files = sorted(p for p in source.path.rglob("*.pt"))
        size = sum(p.stat().st_size for p in files) / 1e6
        lines.append(f"files: {len(files)} model files, {size:.1f} MB")
    return "\n".join(lines)


def train(treebank: Path, out: Path) -> int:
    if not TRAIN_SCRIPT.exists():
        raise ModelError(f"{TRAIN_SCRIPT} not found (train from a source checkout)")
    return subprocess.call([sys.executable, str(TRAIN_SCRIPT), "--treebank", str(treebank), "--out", str(out)])


def conllu_blocks(text: str) -> list[list[str]]:
    """The sentence blocks of a CoNLL-U text, each a list of its lines."""
    blocks, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def compare_scores(measured: dict, reference: dict, noise: float = 1.0) -> tuple[list[str], bool]:
    """One line per score shared by both runs, and whether every score is within `noise` points.

    A 100-sentence held-out split moves about a point between retrains; that is the default noise."""
    lines, within = [], True
    for key in (k for k in measured if k in reference and k != "train_minutes"):
        delta = measured[key] - reference[key]
        ok = abs(delta) <= noise
        within &= ok
        lines.append(f"{key:<13} {measured[key]:6.2f}  reference {reference[key]:6.2f}  "
                     f"{delta:+.2f}{'' if ok else '  OUTSIDE NOISE'}")
    return lines, within


def evaluate(models: Path, test_conllu: Path) -> dict:
    """Full pipeline from raw text on a held-out split, scored with the CoNLL 2018 shared-task script."""
    import tempfile

    import stanza
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL
    nlp = stanza.Pipeline("ar", dir=str(models), download_method=None, processors="tokenize,pos,lemma,depparse",
                          use_gpu=False, logging_level="WARN")
    blocks = conllu_blocks(test_conllu.read_text(encoding="utf-8"))
    texts = [line[len("# text = "):] for b in blocks for line in b if line.startswith("# text = ")]
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.conllu"
        CoNLL.write_doc2conll(nlp("\n\n".join(texts)), str(pred))
        scores = ud_scores(str(test_conllu), str(pred))
    names = {"tokens_f1": "Tokens", "sentences_f1": "Sentences", "upos": "UPOS", "ufeats": "UFeats",
             "lemma": "Lemmas", "uas": "UAS", "las": "LAS"}
    return {key: round(100 * scores[metric].f1, 2) for key, metric in names.items()}
