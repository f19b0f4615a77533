"""scripts/train_models.py: the data side of training (split, augmentation), which must be exact."""
import importlib.util

from checker.models_info import compare_scores, conllu_blocks
from tests.conftest import ROOT

spec = importlib.util.spec_from_file_location("train_models", ROOT / "scripts" / "train_models.py")
train_models = importlib.util.module_from_spec(spec)
spec.loader.exec_module(train_models)

SENTENCE = """# newdoc id = n01
# sent_id = s1
# text = قال "نعم", 25 مرة?
1\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_
2\t"\t"\tPUNCT\t_\t_\t3\tpunct\t_\tSpaceAfter=No
3\tنعم\tنعم\tINTJ\t_\t_\t1\tobj\t_\tSpaceAfter=No
4\t"\t"\tPUNCT\t_\t_\t3\tpunct\t_\tSpaceAfter=No
5\t,\t,\tPUNCT\t_\t_\t7\tpunct\t_\t_
6\t25\t25\tNUM\t_\t_\t7\tnummod\t_\t_
7\tمرة\tمرة\tNOUN\t_\t_\t1\tobl\t_\tSpaceAfter=No
8\t?\t?\tPUNCT\t_\t_\t1\tpunct\t_\t_"""


def forms(block):
    return [ln.split("\t")[1] for ln in block if not ln.startswith("#")]


def text_of(block):
    return next(ln for ln in block if ln.startswith("# text = "))[len("# text = "):]


def test_augmented_copy_changes_text_and_token_forms_alike():
    block = SENTENCE.splitlines()
    guillemets = train_models.augment(block, style=0, digits=False)
    assert text_of(guillemets) == "قال «نعم»، 25 مرة؟"
    assert forms(guillemets) == ["قال", "«", "نعم", "»", "،", "25", "مرة", "؟"]
    curly_indic = train_models.augment(block, style=1, digits=True)
    assert text_of(curly_indic) == "قال “نعم”، ٢٥ مرة؟"
    assert forms(curly_indic)[1:6] == ["“", "نعم", "”", "،", "٢٥"]
    # every token form is still found, in order, in the new text: the tokenizer labels stay aligned
    position = 0
    for form in forms(curly_indic):
        position = text_of(curly_indic).index(form, position) + len(form)


def test_sentence_with_nothing_to_convert_gets_no_copy():
    block = ["# sent_id = s2", "# text = قال نعم", "1\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_",
             "2\tنعم\tنعم\tINTJ\t_\t_\t1\tobj\t_\t_"]
    assert train_models.augment(block, style=0, digits=True) is None
    assert train_models.augment(block[:1] + ["# text = قال 7"] + block[2:], style=0, digits=True) is not None


def test_split_is_deterministic_and_the_held_out_part_is_untouched(tmp_path):
    treebank = ROOT / "models" / "heldout-test.conllu"     # any CoNLL-U file will do
    counts = train_models.split_and_augment(treebank, tmp_path / "a")
    assert counts == train_models.split_and_augment(treebank, tmp_path / "b")
    original = conllu_blocks(treebank.read_text(encoding="utf-8"))
    folder = tmp_path / "a" / train_models.TREEBANK
    test = conllu_blocks((folder / f"{train_models.SHORT}-ud-test.conllu").read_text(encoding="utf-8"))
    assert [forms(b) for b in test] == [forms(b) for b in original[len(original) * 9 // 10:]]
    train = conllu_blocks((folder / f"{train_models.SHORT}-ud-train.conllu").read_text(encoding="utf-8"))
    assert counts["train"] == len(train) > len(original) * 8 // 10       # augmented copies added


def test_compare_scores_flags_what_moved_beyond_the_noise():
    lines, within = compare_scores({"upos": 91.2, "las": 75.1, "train_minutes": 80},
                                   {"upos": 91.0, "las": 73.5, "train_minutes": 94})
    assert not within
    assert [line.split()[0] for line in lines] == ["upos", "las"]
    assert "OUTSIDE NOISE" in lines[1] and "OUTSIDE" not in lines[0]
    assert compare_scores({"upos": 91.2}, {"upos": 91.0})[1]


def test_conllu_blocks_ignore_extra_blank_lines():
    assert conllu_blocks("a\nb\n\n\n\nc\n") == [["a", "b"], ["c"]]


def test_the_shipped_models_were_trained_with_the_committed_recipe():
    """train.json records the arguments of each step: a recipe change without a retrain shows here."""
    import json
    record = json.loads((ROOT / "models" / "train.json").read_text())
    assert record["args"] == {name: args for name, _, args, _ in train_models.STEPS}
    assert record["minutes"]["total"] <= 90


def test_a_resumed_run_keeps_a_model_only_when_its_recipe_and_data_are_unchanged(tmp_path, capsys):
    done, logs = tmp_path / "pos", tmp_path / "logs"
    done.mkdir()
    logs.mkdir()
    (done / "model.pt").write_bytes(b"weights")
    data = tmp_path / "train.conllu"
    data.write_text("1\tا\n")
    recipe = train_models.recipe_digest("--max_steps", "2400", data)
    (logs / "pos.recipe").write_text(recipe + "\n")
    assert train_models.up_to_date("pos", done, recipe, logs)
    data.write_text("1\tب\n")                                     # the augmentation changed the data
    assert not train_models.up_to_date("pos", done, train_models.recipe_digest("--max_steps", "2400", data), logs)
    assert not done.exists()                                      # the stale model is gone
    assert "another recipe or other data" in capsys.readouterr().out
