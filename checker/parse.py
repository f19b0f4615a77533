"""Articles → ParsedArticles with Stanza, one paragraph (line) at a time, cached on disk."""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from .config import PROJECT_ROOT
from .model import Article, ParsedArticle, ParsedSentence, Token

OFFICIAL = "stanza-official"
PROCESSORS = "tokenize,pos,lemma,depparse"
OFFICIAL_PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"
# Bump when the conversion below changes, so old cache entries are not reused.
PARSE_FORMAT = "8"
# Stanza's tokenizer splits "58.40" into three tokens and may end a sentence inside it; written with
# the Arabic decimal and thousands separators (same length, so offsets hold) a number stays whole.
_DECIMAL = re.compile(r"(?<=\d)[.,](?=\d)")
_ARABIC_SEPARATORS = {".": "\u066b", ",": "\u066c"}
# ... and it ends a sentence at the dot of an outlet's web name ("told al-Arabiya.net that"): a dot
# between two letters is written as the Arabic decimal separator too, so the sentence goes on.
_DOT_IN_WORD = re.compile(r"(?<=[^\W\d_])\.(?=[^\W\d_])")
# The small PUD-trained models leave Arabic punctuation and curly quotes glued to words.
_EDGE_PUNCT = "\u060c\u061b\u061f!.,:;\u00ab\u00bb\u201c\u201d\"'()[]\u2026"
# Marks no sentence ends with: a "sentence" the tokenizer ended on one goes on in the next.
NO_SENTENCE_END = frozenset("/\u060c,(-\u2013")
# The parser's memory grows with the square of a sentence's length: a paragraph longer than this is
# cut for the parser at sentence ends, and a piece still longer at spaces. News paragraphs are far
# shorter (the longest in the corpora is about 800 characters).
MAX_PARSE_CHARS = 3000
# Articles parsed per Stanza call when many are parsed at once (measured with bench/bench_parse.py).
BATCH_ARTICLES = 16
_SENTENCE_END = re.compile(r"[.!?\u061f\u061b;\u06d4]+\s+")


class ModelError(Exception):
    """The Stanza models cannot be found or loaded."""


@dataclass(frozen=True)
class ModelSource:
    path: Path | None      # None: Stanza's own resource folder (official models)
    origin: str            # where the choice came from: --models, env, shipped, official

    @property
    def official(self) -> bool:
        return self.path is None

    def describe(self) -> str:
        return f"{OFFICIAL} (Stanza's download folder)" if self.official else str(self.path)


def resolve_models(models: str | Path | None = None) -> ModelSource:
    """--models DIR > CHECKER_STANZA_DIR > models shipped in the project > official models."""
    if models is not None and str(models) != OFFICIAL:
        return _checked(Path(models), "--models")
    if models is None and os.environ.get("CHECKER_STANZA_DIR"):
        return _checked(Path(os.environ["CHECKER_STANZA_DIR"]), "CHECKER_STANZA_DIR")
    shipped = PROJECT_ROOT / "models"
    if models is None and (shipped / "resources.json").exists():
        return ModelSource(shipped, "shipped")
    return ModelSource(None, "official")


def _checked(path: Path, origin: str) -> ModelSource:
    if not (path / "resources.json").exists():
        raise ModelError(f"{origin}: {path} is not a Stanza model folder (no resources.json)")
    return ModelSource(path, origin)


def model_identity(source: ModelSource) -> str:
    """A cheap fingerprint of the model files: names, sizes and the first MiB of each."""
    if source.official:
        import stanza
        return f"official-{stanza.__version__}"
    digest = hashlib.sha256()
    for path in sorted(source.path.rglob("*")):
        if path.suffix == ".pt" or path.name == "resources.json":     # what Stanza loads, not the docs
            digest.update(f"{path.relative_to(source.path)}:{path.stat().st_size}".encode())
            with path.open("rb") as fh:
                digest.update(fh.read(1 << 20))
    return digest.hexdigest()[:16]


class Parser:
    """Loads the Stanza pipeline once; parse() reuses it and the disk cache."""

    def __init__(self, models: str | Path | None = None, cache_dir: Path | None = None, use_cache: bool = True,
                 device: str = "auto", threads: int | None = None):
        """device: auto (CUDA when torch sees one), cpu or cuda; threads: torch's CPU threads (default:
        $OMP_NUM_THREADS, else 1: two processes each asking for every core run ten times slower,
        and one thread parses news about as fast as two)."""
        if device not in DEVICES:
            raise ModelError(f"device must be one of {', '.join(DEVICES)}, not '{device}'")
        self.device, self.threads = device, threads
        self.source = resolve_models(models)
        self.model_id = model_identity(self.source)
        self.cache_dir = Path(cache_dir or os.environ.get("CHECKER_CACHE_DIR")
                              or Path.home() / ".cache" / "checker") / "parses"
        self.use_cache = use_cache
        self._nlp = None
        self.stats = {"parsed": 0, "cached": 0}

    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = _load_pipeline(self.source, _use_gpu(self.device), torch_threads(self.threads))
        return self._nlp

    def parse(self, article: Article) -> ParsedArticle:
        return self.parse_many([article])[article.id]

    def parse_many(self, articles: list[Article], batch: int = BATCH_ARTICLES) -> dict[str, ParsedArticle]:
        """{article id: its parse}: cached parses read, the others parsed `batch` articles per Stanza call
        (one bulk call over every paragraph of those articles keeps the tagger's and parser's batches full)."""
        out: dict[str, ParsedArticle] = {}
        todo: list[tuple[Article, str]] = []
        for article in articles:
            key = hashlib.sha256(f"{PARSE_FORMAT}\0{self.model_id}\0{article.text}".encode()).hexdigest()
            if cached := self._read_cache(key, article.id):
                self.stats["cached"] += 1
                out[article.id] = cached
            else:
                todo.append((article, key))
        batch = max(1, batch)
        for start in range(0, len(todo), batch):
            chunk = todo[start:start + batch]
            for (article, key), sentences in zip(chunk, self._parse_texts([a.text for a, _ in chunk])):
                out[article.id] = parsed = ParsedArticle(article.id, tuple(sentences))
                self.stats["parsed"] += 1
                self._write_cache(key, parsed)
        return out

    def _parse_texts(self, texts: list[str]) -> list[list[ParsedSentence]]:
        """Each text's sentences, every paragraph of every text parsed in one Stanza bulk call."""
        import stanza
        pieces = [(n, piece) for n, text in enumerate(texts)
                  for m in re.finditer(r"[^\n]+", text) if m.group().strip()
                  for piece in parser_pieces(m.group(), m.start())]
        docs = (self.nlp.bulk_process([stanza.Document([], text=_whole_numbers(line)) for _, (_, line) in pieces])
                if pieces else [])
        out: list[list[ParsedSentence]] = [[] for _ in texts]
        for (n, (offset, _)), doc in zip(pieces, docs):
            sentences, first = out[n], len(out[n])
            for sent in doc.sentences:
                tokens = split_edge_punct(_tokens_of(sent, offset))
                if not tokens:
                    continue
                if len(sentences) > first and len(tokens) == 1 and tokens[0].start == sentences[-1].end \
                        and tokens[0].text.isalnum():
                    sentences[-1] = _word_run_on(sentences[-1], tokens[0])
                elif len(sentences) > first and sentences[-1].tokens[-1].text[-1:] in NO_SENTENCE_END:
                    sentences[-1] = _clause_run_on(sentences[-1], tokens)
                else:
                    sentences.append(ParsedSentence(len(sentences), tokens[0].start, tokens[-1].end, tuple(tokens)))
        return out

    def _read_cache(self, key: str, article_id: str) -> ParsedArticle | None:
        path = self.cache_dir / f"{key}.json"
        if not (self.use_cache and path.exists()):
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            sentences = tuple(ParsedSentence(s["index"], s["start"], s["end"], tuple(Token(**t) for t in s["tokens"]))
                              for s in data["sentences"])
        except (ValueError, KeyError, TypeError):
            return None   # a corrupt entry is parsed again and overwritten
        return ParsedArticle(article_id, sentences)

    def _write_cache(self, key: str, parsed: ParsedArticle) -> None:
        if not self.use_cache:
            return
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_dir / f"{key}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps({"sentences": [asdict(s) for s in parsed.sentences]}, ensure_ascii=False),
                       encoding="utf-8")
        tmp.replace(self.cache_dir / f"{key}.json")


def parser_pieces(line: str, offset: int, limit: int = MAX_PARSE_CHARS) -> list[tuple[int, str]]:
    """A line as pieces of at most `limit` characters, each with its offset in the text."""
    if len(line) <= limit:
        return [(offset, line)]
    pieces, start = [], 0
    while start < len(line):
        end = start + limit
        if end < len(line):
            cut = [m.end() for m in _SENTENCE_END.finditer(line, start, end)]
            space = line.rfind(" ", start + 1, end)
            end = cut[-1] if cut else space + 1 if space > start else end
        pieces.append((offset + start, line[start:end]))
        start = end
    return [(o, p) for o, p in pieces if p.strip()]


def _whole_numbers(text: str) -> str:
    return _DOT_IN_WORD.sub("\u066b", _DECIMAL.sub(lambda m: _ARABIC_SEPARATORS[m.group()], text))


DEVICES = ("auto", "cpu", "cuda")


def torch_threads(threads: int | None = None) -> int:
    """--threads, else $OMP_NUM_THREADS, else 1."""
    if threads:
        return threads
    try:
        return max(1, int(os.environ.get("OMP_NUM_THREADS", "1")))
    except ValueError:
        return 1


def _use_gpu(device: str) -> bool:
    if device == "cpu":
        return False
    import torch
    available = torch.cuda.is_available()
    if device == "cuda" and not available:
        raise ModelError("--device cuda: torch sees no CUDA device")
    return available


def _load_pipeline(source: ModelSource, use_gpu: bool = False, threads: int = 1):
    import stanza
    import torch
    torch.set_num_threads(threads)
    try:
        if source.official:
            return stanza.Pipeline("ar", processors=OFFICIAL_PROCESSORS, use_gpu=use_gpu, logging_level="WARN")
        return stanza.Pipeline("ar", dir=str(source.path), download_method=None, processors=PROCESSORS,
                               use_gpu=use_gpu, logging_level="WARN")
    except Exception as exc:  # Stanza raises several unrelated types for missing files or no network
        hint = (" (the official models need a network the first time; pass --models DIR for offline models)"
                if source.official else "")
        raise ModelError(f"cannot load Stanza models from {source.describe()}: {exc}{hint}") from exc


def _tokens_of(sent, offset: int) -> list[Token]:
    tokens = []
    for tok in sent.tokens:
        for word in tok.words:
            start = word.start_char if word.start_char is not None else tok.start_char
            end = word.end_char if word.end_char is not None else tok.end_char
            tokens.append(Token(word.text, word.lemma or word.text, word.upos or "X", word.head or 0,
                                word.deprel or "dep", start + offset, end + offset, getattr(tok, "ner", None) or "O"))
    return tokens


def _word_run_on(sentence: ParsedSentence, piece: Token) -> ParsedSentence:
    """The small tokenizer may end a line with no final stop one letter early ("... the escapee|s",
    "in 202|6"), making the last letter a sentence: that letter is the end of the sentence's last word."""
    last = sentence.tokens[-1]
    text = last.text + piece.text
    word = replace(last, text=text, lemma=last.lemma if last.lemma != last.text else text, end=piece.end)
    return replace(sentence, end=piece.end, tokens=(*sentence.tokens[:-1], word))


def _clause_run_on(sentence: ParsedSentence, tokens: list[Token]) -> ParsedSentence:
    """A sentence the tokenizer ended on a mark no sentence ends with ("in September/ | Aylul 2024"):
    the next one goes on it, its tree beside the first (heads renumbered, its root kept)."""
    shift = len(sentence.tokens)
    moved = tuple(replace(t, head=t.head + shift if t.head else 0) for t in tokens)
    return replace(sentence, end=tokens[-1].end, tokens=sentence.tokens + moved)


def split_edge_punct(tokens: list[Token]) -> list[Token]:
    """Split punctuation glued to a word's edges into PUNCT tokens attached to that word.

    Heads are 1-based word positions (0 = root), renumbered after the split.
    """
    pieces: list[list[tuple[str, int, int, bool]]] = []
    for tok in tokens:
        text, start = tok.text, tok.start
        lead = len(text) - len(text.lstrip(_EDGE_PUNCT))
        trail = len(text) - len(text.rstrip(_EDGE_PUNCT))
        if lead + trail >= len(text) or tok.end - tok.start != len(text):
            pieces.append([(text, tok.start, tok.end, True)])
            continue
        parts = [(ch, start + i, start + i + 1, False) for i, ch in enumerate(text[:lead])]
        parts.append((text[lead:len(text) - trail], start + lead, tok.end - trail, True))
        parts += [(ch, tok.end - trail + i, tok.end - trail + i + 1, False) for i, ch in enumerate(text[len(text) - trail:])]
        pieces.append(parts)
    new_index = {}
    position = 0
    for old, parts in enumerate(pieces, start=1):
        for text, _, _, is_word in parts:
            position += 1
            if is_word:
                new_index[old] = position
    out = []
    for old, (tok, parts) in enumerate(zip(tokens, pieces), start=1):
        for text, start, end, is_word in parts:
            if is_word:
                out.append(Token(text, tok.lemma if len(parts) == 1 else text, tok.upos,
                                 new_index.get(tok.head, 0), tok.deprel, start, end, tok.ner))
            else:
                out.append(Token(text, text, "PUNCT", new_index[old], "punct", start, end))
    return out
