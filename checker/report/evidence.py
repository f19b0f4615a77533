"""Shared helpers: where a claim sits in its article (line, column) and its JSON form."""
from __future__ import annotations

from ..model import Article, Claim, Discrepancy, RunResult, Story


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def articles_by_id(result: RunResult) -> dict[str, Article]:
    return {a.id: a for a in result.articles}


def report_strings(opts: dict):
    """The words of the report in the run's language (--lang), from the rules in use."""
    from ..config import DEFAULT_RULES_DIR
    from ..i18n import strings
    rules = opts.get("rules")
    return rules.strings(opts.get("lang", "en")) if rules else strings(DEFAULT_RULES_DIR, opts.get("lang", "en"))


def topic_heading(kind: str, label: str, strings, claims: tuple[Claim, ...] = (), labels: dict | None = None) -> str:
    """A topic for a reader of the report's language: in English its label; in another language
    what it is about in that language's words from rules/ (the day or place of an event, a frame
    of measure), or the one person whose offices it holds, else the kind of claim with the
    articles' own (Arabic) words when the label is made of them (the counted noun)."""
    if strings.lang == "en":
        return label
    people = sorted({c.subject for c in claims} - {None})
    if kind == "role" and people:       # the fullest of the spellings one person is named by
        return f"{strings['kind_role']} · {max(people, key=len)}"
    if claims and labels is not None and (named := _labelled(kind, claims[0], strings, labels)):
        return named
    # the articles' own words in the label ("day of INQITA' (weekday)"), never its English template
    own = " ".join(w for w in label.split() if any("\u0600" <= ch <= "\u06ff" for ch in w))
    return f"{strings[f'kind_{kind}']} · {own}" if own else strings[f"kind_{kind}"]


def _labelled(kind: str, claim: Claim, strings, labels: dict) -> str | None:
    attrs = claim.attrs
    if kind in ("date", "location") and attrs.get("event_kind"):
        event = attrs["event_kind"]
        word = attrs.get("event_label") if event.startswith("lemma:") else labels.get(f"event:{event}", {}).get(strings.lang)
        return strings["day_of" if kind == "date" else "place_of"].format(event=word) if word else None
    frame = labels.get(f"frame:{attrs.get('frame')}", {}).get(strings.lang)
    return f"{strings[f'kind_{kind}']} · {frame}" if frame else None


def rule_labels(opts: dict) -> dict | None:
    """The labels of events and frames in every language, from the rules in use."""
    rules = opts.get("rules")
    return rules.lexicon.labels if rules else None


def outlet_of(article: Article | None) -> str:
    return str(article.meta.get("outlet") or "") if article else ""


def claim_record(claim: Claim, article: Article | None) -> dict:
    """A claim as reports give it, with who said it and when: the article's outlet, date (when the
    article has one) and headline."""
    line, col = line_col(article.text, claim.start) if article else (None, None)
    return {"id": claim.id, "kind": claim.kind, "article": claim.article_id, "outlet": outlet_of(article) or None,
            "article_date": article.date.isoformat() if article and article.dated else None,
            "headline": article.headline if article else None, "sentence_index": claim.sentence_index,
            "sentence": claim.sentence, "sentence_start": claim.sentence_start, "text": claim.text,
            "start": claim.start, "end": claim.end,
            "line": line, "column": col, "value": claim.value, "subject": claim.subject,
            "entities": list(claim.entity_ids), "attrs": claim.attrs}


def discrepancy_record(d: Discrepancy, articles: dict[str, Article], name: str) -> dict:
    return {"id": d.id, "rule": d.rule, "name": name, "kind": d.kind, "severity": d.severity, "topic": d.topic,
            "story": d.story, "message": d.message, "messages": {"en": d.message, **dict(d.localized)}, "claims": [claim_record(c, articles.get(c.article_id)) for c in d.claims],
            "also": [claim_record(c, articles.get(c.article_id)) for c in d.also]}


def story_record(story: Story) -> dict:
    return {"id": story.id, "label": list(story.label), "articles": list(story.articles),
            "first": story.first.isoformat() if story.first else None,
            "last": story.last.isoformat() if story.last else None, "named": story.named}


def story_title(story: Story | None, strings=None) -> str:
    """How a story is named to a reader: its label words and its dates."""
    if story is None:
        return strings["across_stories"] if strings else "across stories"
    days = f" ({story.first}{'' if story.last == story.first else ' – ' + str(story.last)})" if story.first else ""
    return f"{' · '.join(story.label) or story.id}{days}"


def by_story(result: RunResult) -> list[tuple[Story | None, list[Discrepancy]]]:
    """Discrepancies grouped by story, in the stories' order; cross-story ones (offices) last."""
    stories = {s.id: s for s in result.stories}
    groups: dict[str | None, list[Discrepancy]] = {}
    for d in result.discrepancies:
        groups.setdefault(d.story if d.story in stories else None, []).append(d)
    order = [s.id for s in result.stories if s.id in groups] + ([None] if None in groups else [])
    return [(stories.get(k), groups[k]) for k in order]


def severity_counts(result: RunResult) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for d in result.discrepancies:
        counts[d.severity] += 1
    return counts


def sentence_parts(sentence: str, start: int, end: int, sentence_start: int) -> tuple[str, str, str]:
    """The sentence split around the claim words (offsets into the article): before, words, after."""
    a, b = start - sentence_start, end - sentence_start
    if not 0 <= a <= b <= len(sentence):
        return sentence, "", ""
    return sentence[:a], sentence[a:b], sentence[b:]


def marked_sentence(claim: Claim, left: str, right: str) -> str:
    """The claim's sentence with the claim words wrapped in left/right markers."""
    before, words, after = sentence_parts(claim.sentence, claim.start, claim.end, claim.sentence_start)
    return f"{before}{left}{words}{right}{after}" if words else claim.sentence
