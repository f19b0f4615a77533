#!/usr/bin/env python3
"""Train checker's Arabic Stanza models from a UD treebank, with Stanza's own training entry points.

    python scripts/train_models.py --treebank ../shared/ud/ar_pud-ud-test.conllu --out models

Steps: deterministic split (by order) -> augmentation with Arabic punctuation, quote styles and
Arabic-Indic digits (train and dev only) -> Stanza data preparation -> word vectors (gensim
skip-gram) -> tokenizer, tagger, lemmatizer, parser -> model folder with resources.json ->
evaluation from raw text on the held-out split (eval.json beside the models).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from checker.models_info import compare_scores, conllu_blocks, evaluate

TREEBANK = "UD_Arabic-PUD"
SHORT = "ar_pud"
PACKAGE = "pud_local"
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
ARABIC_PUNCT = str.maketrans({",": "،", ";": "؛", "?": "؟"})
QUOTE_STYLES = (("«", "»"), ("“", "”"))

# Hyper-parameters from the recipe in shared/stanza/README.md, sized for 2 CPU cores, and step
# counts from the dev curves of earlier runs. The tokenizer has two RNN layers (dev 99.21 against
# 99.12 with one, best at step 2500 in both). The tagger (78.5 at 1200 -> 80.0 at 2150) and the
# parser (LAS 82.1 at its last step, 1000) were still improving, so they train longer; the
# lemmatizer peaked at epoch 15 of 30.
TOKENIZER_ARGS = ["--no_charlm", "--rnn_layers", "2", "--steps", "3000", "--eval_steps", "250",
                  "--max_steps_before_stop", "1500"]
POS_ARGS = ["--no_charlm", "--batch_size", "50", "--deep_biaff_hidden_dim", "100",
            "--composite_deep_biaff_hidden_dim", "50", "--max_steps", "2400", "--eval_interval", "50",
            "--fix_eval_interval", "--max_steps_before_stop", "600"]
DEPPARSE_ARGS = ["--no_charlm", "--batch_size", "1500", "--hidden_dim", "200", "--char_hidden_dim", "200",
                 "--deep_biaff_hidden_dim", "200", "--num_layers", "2", "--optim", "adam", "--lr", "3e-3",
                 "--beta2", "0.95", "--weight_decay", "0", "--no_second_optim", "--max_steps", "2000",
                 "--eval_interval", "50", "--max_steps_before_stop", "600"]
LEMMA_ARGS = ["--no_charlm", "--num_epoch", "15", "--decay_epoch", "15"]
VECTORS_VERSION = "skip-gram 100d 30 epochs, one worker, seed 1, blake2b hash"
# (step, Stanza training entry point, arguments, trained on the word vectors)
STEPS = (("tokenize", "run_tokenizer", TOKENIZER_ARGS, False), ("pos", "run_pos", POS_ARGS, True),
         ("lemma", "run_lemma", LEMMA_ARGS, False), ("depparse", "run_depparse", DEPPARSE_ARGS, True))


SHIPPED = Path(__file__).resolve().parent.parent / "models"


class StepFailed(Exception):
    pass


def drop_repeated_newdoc(blocks: list[list[str]]) -> list[list[str]]:
    """PUD repeats '# newdoc id' on every sentence; keep it only when the id changes, or the
    tokenizer never learns to split sentences inside a paragraph."""
    out, last = [], None
    for block in blocks:
        doc = next((ln for ln in block if ln.startswith("# newdoc id")), None)
        if doc is not None and doc == last:
            block = [ln for ln in block if ln != doc]
        last = doc or last
        out.append(block)
    return out


def augment(block: list[str], style: int, digits: bool) -> list[str] | None:
    """A copy of the sentence with Arabic punctuation, one quote style and optionally Arabic-Indic
    digits, in the text line and the token forms alike; None when nothing would change."""
    opening, closing = QUOTE_STYLES[style]
    text_line = next(ln for ln in block if ln.startswith("# text = "))
    text = text_line[len("# text = "):]
    if not re.search(r'[,;?"]' + ("|[0-9]" if digits else ""), text):
        return None
    quotes = iter([opening, closing] * text.count('"'))
    convert = (lambda s: s.translate(ARABIC_PUNCT).translate(ARABIC_INDIC) if digits else s.translate(ARABIC_PUNCT))
    new_text = re.sub('"', lambda _: next(quotes), convert(text))
    quotes = iter([opening, closing] * text.count('"'))
    out = []
    for line in block:
        if line.startswith("# sent_id = "):
            out.append(f"{line}-aug{style}{int(digits)}")
        elif line.startswith("# text = "):
            out.append("# text = " + new_text)
        elif line.startswith("#"):
            continue
        else:
            cols = line.split("\t")
            if cols[1] == '"':
                cols[1] = cols[2] = next(quotes)
            else:
                cols[1], cols[2] = convert(cols[1]), convert(cols[2])
            out.append("\t".join(cols))
    return out


def split_and_augment(treebank: Path, ud_dir: Path) -> dict[str, int]:
    blocks = drop_repeated_newdoc(conllu_blocks(treebank.read_text(encoding="utf-8")))
    n = len(blocks)
    parts = {"train": blocks[: n * 8 // 10], "dev": blocks[n * 8 // 10: n * 9 // 10], "test": blocks[n * 9 // 10:]}
    for name in ("train", "dev"):
        extra = [a for b in parts[name] for a in (augment(b, 0, False), augment(b, 1, True)) if a]
        # Copies come in documents of ten sentences, so sentence splitting is learned inside paragraphs.
        extra = [([f"# newdoc id = {name}-aug-{i}"] if i % 10 == 0 else []) + b for i, b in enumerate(extra)]
        parts[name] = parts[name] + extra
    target = ud_dir / TREEBANK
    target.mkdir(parents=True, exist_ok=True)
    for name, part in parts.items():
        (target / f"{SHORT}-ud-{name}.conllu").write_text("\n\n".join("\n".join(b) for b in part) + "\n\n",
                                                          encoding="utf-8")
    return {name: len(part) for name, part in parts.items()}


def recipe_digest(*parts: str | Path) -> str:
    """What a step's result depends on: its arguments and the bytes of its input files."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.read_bytes() if isinstance(part, Path) else part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def up_to_date(name: str, done: Path, recipe: str, log_dir: Path) -> bool:
    """Whether `done` holds a model made by this very recipe; a stale one is removed."""
    recorded = log_dir / f"{name}.recipe"
    if any(done.rglob("*.pt")):
        if recorded.exists() and recorded.read_text().strip() == recipe:
            print(f"[{name}] already trained in {done} with this recipe and data, skipped", flush=True)
            return True
        print(f"[{name}] the model in {done} came from another recipe or other data: retraining", flush=True)
        shutil.rmtree(done)
    return False


def run_step(name: str, cmd: list[str], env: dict, log_dir: Path, done: Path | None = None,
             inputs: tuple[Path, ...] = ()) -> None:
    """Run one Stanza entry point; skipped when `done` holds a model trained by the same recipe."""
    recipe = recipe_digest(*cmd[2:], *inputs)
    if done is not None and up_to_date(name, done, recipe, log_dir):
        return
    log = log_dir / f"{name}.log"
    print(f"[{name}] {' '.join(cmd[2:])}", flush=True)
    started = time.time()
    with log.open("w") as fh:
        code = subprocess.call(cmd, env=env, stdout=fh, stderr=subprocess.STDOUT)
    if code != 0:
        tail = "".join(log.read_text(errors="replace").splitlines(keepends=True)[-15:])
        raise StepFailed(f"step '{name}' failed (exit {code}); last lines of {log}:\n{tail}")
    seconds = time.time() - started
    (log_dir / f"{name}.seconds").write_text(f"{seconds:.0f}\n")
    (log_dir / f"{name}.recipe").write_text(recipe + "\n")
    print(f"[{name}] done in {seconds:.0f} s", flush=True)


def stable_hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=4).digest(), "little")


def train_word_vectors(ud_dir: Path, out_pt: Path, dim: int = 100) -> None:
    from gensim.models import Word2Vec
    from stanza.models.common.pretrain import Pretrain
    train = ud_dir / TREEBANK / f"{SHORT}-ud-train.conllu"
    sentences = [[ln.split("\t")[1] for ln in block if not ln.startswith("#")] for block in conllu_blocks(train.read_text(encoding="utf-8"))]
    # gensim seeds each vector from Python's hash(), which changes per process (PYTHONHASHSEED);
    # a fixed hash and one worker make the vectors, and so the tagger and parser, reproducible.
    model = Word2Vec(sentences, vector_size=dim, window=5, min_count=1, sg=1, epochs=30, workers=1, seed=1,
                     hashfxn=stable_hash)
    out_pt.parent.mkdir(parents=True, exist_ok=True)
    vec_txt = out_pt.with_suffix(".txt")
    model.wv.save_word2vec_format(str(vec_txt))
    Pretrain(str(out_pt), str(vec_txt)).load()      # converts and saves the .pt
    vec_txt.unlink()


def assemble(saved: Path, pretrain: Path, out: Path) -> None:
    targets = {"tokenize": f"{SHORT}*tokenizer*.pt", "pos": f"{SHORT}*tagger*.pt",
               "lemma": f"{SHORT}*lemmatizer*.pt", "depparse": f"{SHORT}*parser*.pt"}
    for processor, pattern in targets.items():
        found = sorted(p for p in (saved / processor).rglob(pattern) if "checkpoint" not in p.name)
        if not found:
            raise StepFailed(f"assemble: no {processor} model matching {pattern} under {saved}")
        dest = out / "ar" / processor / f"{PACKAGE}.pt"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(found[0], dest)
    (out / "ar" / "pretrain").mkdir(parents=True, exist_ok=True)
    shutil.copy(pretrain, out / "ar" / "pretrain" / f"{PACKAGE}.pt")
    with_pretrain = {PACKAGE: {"dependencies": [{"model": "pretrain", "package": PACKAGE}]}}
    processors = {"tokenize": PACKAGE, "pos": PACKAGE, "lemma": PACKAGE, "depparse": PACKAGE}
    resources = {"ar": {"lang_name": "Arabic", "tokenize": {PACKAGE: {}}, "pos": with_pretrain,
                        "lemma": {PACKAGE: {}}, "depparse": with_pretrain, "pretrain": {PACKAGE: {}},
                        "default_processors": processors, "packages": {"default": processors}}}
    (out / "resources.json").write_text(json.dumps(resources, indent=2))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--treebank", required=True, type=Path, help="a UD .conllu file (PUD: 1000 sentences)")
    ap.add_argument("--out", required=True, type=Path, help="model folder to write")
    ap.add_argument("--work", type=Path, default=Path("build/train"), help="scratch folder (default build/train)")
    ap.add_argument("--compare", type=Path, default=SHIPPED,
                    help="model folder whose eval.json the new scores are compared with (default: the shipped models/)")
    args = ap.parse_args(argv)
    # read before training: --out may be the compared folder itself
    reference = args.compare / "eval.json"
    reference_scores = json.loads(reference.read_text()) if reference.exists() else None
    work = args.work.resolve()
    ud, data, saved, logs = work / "ud", work / "data", work / "saved_models", work / "logs"
    for d in (ud, data, saved, logs):
        d.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "UDBASE": str(ud), "DATA_ROOT": str(data), "PYTHONUNBUFFERED": "1"}
    py = [sys.executable, "-m"]
    try:
        print(f"[split] {split_and_augment(args.treebank, ud)}", flush=True)
        for kind, extra in (("tokenizer", []), ("pos", []), ("lemma", ["--gold"]), ("depparse", ["--gold"])):
            run_step(f"prepare-{kind}", py + [f"stanza.utils.datasets.prepare_{kind}_treebank", TREEBANK, *extra],
                     env, logs)
        data = tuple(ud / TREEBANK / f"{SHORT}-ud-{part}.conllu" for part in ("train", "dev"))
        pretrain = saved / "pretrain" / f"{SHORT}.pt"
        vectors_recipe = recipe_digest(VECTORS_VERSION, *data)
        if not (pretrain.exists() and up_to_date("word-vectors", pretrain.parent, vectors_recipe, logs)):
            print("[word-vectors] gensim skip-gram", flush=True)
            train_word_vectors(ud, pretrain)
            (logs / "word-vectors.recipe").write_text(vectors_recipe + "\n")
        for name, entry, step_args, with_vectors in STEPS:
            vectors = ["--wordvec_pretrain_file", str(pretrain)] if with_vectors else []
            run_step(name, py + [f"stanza.utils.training.{entry}", TREEBANK, *step_args, *vectors,
                                 "--save_dir", str(saved / name)], env, logs, saved / name,
                     inputs=data + ((pretrain,) if with_vectors else ()))
        assemble(saved, pretrain, args.out)
        write_training_record(args.out, args.treebank, logs)
        heldout = args.out / "heldout-test.conllu"
        shutil.copy(ud / TREEBANK / f"{SHORT}-ud-test.conllu", heldout)
        scores = evaluate(args.out, heldout)
    except StepFailed as exc:
        print(f"training failed: {exc}", file=sys.stderr)
        return 1
    scores["train_minutes"] = step_minutes(logs)["total"]
    (args.out / "eval.json").write_text(json.dumps(scores, indent=2) + "\n")
    print(f"[eval] {scores}", flush=True)
    if reference_scores:
        report_reproduction(scores, reference_scores, reference)
    return 0


def step_minutes(logs: Path) -> dict[str, float]:
    """Minutes per step from the .seconds files, so a resumed run still reports what training took."""
    seconds = {p.stem: float(p.read_text()) for p in sorted(logs.glob("*.seconds"))}
    return {**{step: round(s / 60, 1) for step, s in seconds.items()}, "total": round(sum(seconds.values()) / 60, 1)}


def write_training_record(out: Path, treebank: Path, logs: Path) -> None:
    """train.json beside the models: what produced them, so a retrain can be compared like for like."""
    import stanza
    import torch
    record = {"treebank": treebank.name, "treebank_sha256": hashlib.sha256(treebank.read_bytes()).hexdigest(),
              "stanza": stanza.__version__, "torch": torch.__version__, "cpu_threads": torch.get_num_threads(),
              "args": {name: step_args for name, _, step_args, _ in STEPS},
              "minutes": step_minutes(logs)}
    (out / "train.json").write_text(json.dumps(record, indent=2) + "\n")


def report_reproduction(scores: dict, reference_scores: dict, reference: Path) -> None:
    lines, within = compare_scores(scores, reference_scores)
    print(f"[compare] against {reference} (as it was before this run):", *lines, sep="\n  ", flush=True)
    print(f"[compare] {'every score within' if within else 'NOT all scores within'} the noise of a 100-sentence split",
          flush=True)


if __name__ == "__main__":
    sys.exit(main())
