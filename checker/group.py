"""Claims → topics: same gathering + same quantity, same person's roles, an article's speakers.

Every topic but a person's offices lies inside one story: claims of two stories are never
compared. Offices are checked against the knowledge base and each other across stories, since a
person holds one office whatever story they appear in.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from difflib import SequenceMatcher

import networkx as nx

from .config import Rules
from .model import Claim, Topic
from .stories import StoryMap

CROSS_STORY_KINDS = ("role",)
# The days and places articles' leads give to what they report (extract.events.in_the_lead)
LEAD_DAY_TOPIC = "date:lead:"
LEAD_PLACE_TOPIC = "location:lead"
LEAD_TOPICS = (LEAD_DAY_TOPIC, LEAD_PLACE_TOPIC)

QUOTE_SIMILARITY = 0.8
MIN_QUOTE_WORDS = 3
MIN_CONTAINED_WORDS = 6     # a quote this long found inside a longer one is the same quote


def group_claims(claims: list[Claim], rules: Rules, stories: StoryMap | None = None) -> list[Topic]:
    story_of = stories.story_of if stories else (lambda _article: None)
    buckets: dict[str, list[Claim]] = defaultdict(list)
    heads: dict[str, tuple[str, str, str | None]] = {}      # key → (kind, label of its first claim, story)
    nouns = _counted_nouns(claims, story_of)
    news_only = announcement_leads(claims)
    first_lead = _first_lead_sentences(claims)
    for claim in sorted(claims, key=claim_order):
        story = None if claim.kind in CROSS_STORY_KINDS else story_of(claim.article_id)
        lead = (not claim.attrs.get("event_speaker") or claim.article_id in news_only) and not _later_bare_lead_day(claim, first_lead)
        for key, kind, label in topic_keys(claim, nouns.get((story, claim.value.get("unit"))), lead):
            key = f"{story}|{key}" if story else key
            buckets[key].append(claim)
            heads.setdefault(key, (kind, label, story))
    _add_any_event_claims(buckets, heads)
    by_story: dict[str | None, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_story[story_of(claim.article_id)].append(claim)
    for story in sorted(by_story, key=str):
        for (key, kind, label), members in quote_clusters(by_story[story]).items():
            key = f"{story}|{key}" if story else key
            buckets[key] = members
            heads[key] = (kind, label, story)
    return [Topic(key=k, kind=heads[k][0], label=heads[k][1], claims=tuple(v), story=heads[k][2])
            for k, v in sorted(buckets.items())]


def _counted_nouns(claims: list[Claim], story_of) -> dict[tuple, str]:
    """(story, noun unit) → the unit its counts are grouped under: nouns whose written or lemma keys
    meet, joined (networkx components), named by their smallest unit."""
    graph = nx.Graph()
    for claim in claims:
        if not str(claim.value.get("unit", "")).startswith("noun:"):
            continue
        keys = claim.attrs.get("noun_keys") or []
        story = story_of(claim.article_id)
        nodes = [(story, k) for k in sorted({claim.value["unit"], *keys})]
        graph.add_nodes_from(nodes)
        graph.add_edges_from(zip(nodes, nodes[1:]))
    out = {}
    for component in nx.connected_components(graph):
        name = min(unit for _, unit in component)
        out.update({node: name for node in component})
    return out


def _add_any_event_claims(buckets: dict[str, list[Claim]], heads: dict) -> None:
    """A date or place of "the ceremony" or "the opening", with no event named, may be about any
    event of its story that a list names: it joins each of their topics (and only is compared
    where its phase fits, see detect.same.compatible_events)."""
    by_story_kind: dict[tuple, list[str]] = defaultdict(list)     # (story, kind) → its topics' keys
    for key in sorted(buckets):
        by_story_kind[(heads[key][2], _local(key).split(":", 1)[0])].append(key)
    for key in [k for k in buckets if k.endswith(":any")]:
        kind = _local(key).split(":", 1)[0]
        for other in by_story_kind[(heads[key][2], kind)]:
            if other != key and not _local(other).startswith(kind + ":root:") and _has_parts(buckets[other]):
                buckets[other] = sorted(buckets[other] + buckets[key], key=claim_order)


def _local(key: str) -> str:
    """A topic's key without its story."""
    return key.rsplit("|", 1)[-1]


def _has_parts(claims: list[Claim]) -> bool:
    """An event that lasts (a summit, a festival) has an opening and a ceremony of its own; a press
    conference or a statement, a moment, has neither."""
    return any(c.attrs.get("event_lasts", True) for c in claims)


def claim_order(claim: Claim) -> tuple:
    """The one order every stage lists claims in: by article, then place in it."""
    return (claim.article_id, claim.start, claim.end, claim.kind, claim.id)


def _first_lead_sentences(claims: list[Claim]) -> dict[str, int]:
    """Each article's first sentence that gives a lead day."""
    out: dict[str, int] = {}
    for c in claims:
        if c.kind == "date" and c.attrs.get("lead_day"):
            out[c.article_id] = min(out.get(c.article_id, c.sentence_index), c.sentence_index)
    return out


def _later_bare_lead_day(claim: Claim, first_lead: dict[str, int]) -> bool:
    """A lead day of no event of its own, after a sentence of its article that gave one ("the
    strike entered its 18th day TODAY WEDNESDAY ... the prison moved three, YESTERDAY TUESDAY, to
    hospital"): the day of something else the lead goes on to tell."""
    return claim.kind == "date" and bool(claim.attrs.get("lead_day")) and claim.attrs.get("event") is None \
        and claim.sentence_index > first_lead.get(claim.article_id, claim.sentence_index)


def announcement_leads(claims: list[Claim]) -> set[str]:
    """The articles whose lead gives a day only to the announcement it opens with: that day stands
    for what they report (extract.dates); a lead that also dates the event keeps its announcement's
    day to itself."""
    lead_days = [c for c in claims if c.kind == "date" and c.attrs.get("lead_day")]
    return {c.article_id for c in lead_days} - {c.article_id for c in lead_days if not c.attrs.get("event_speaker")}


def topic_keys(claim: Claim, noun: str | None = None, lead: bool = True) -> list[tuple[str, str, str]]:
    """(key, kind, label) of each topic a claim belongs to; none when it has no comparable subject.
    noun: the unit a count of a noun no list names is grouped under (see _counted_nouns); lead=False
    keeps a lead's day out of the leads' topic."""
    v, a = claim.value, claim.attrs
    if claim.kind in ("count", "duration", "money", "percent"):
        if a.get("malformed"):
            return []
        # Frames name measures (and tell which frame a claim belongs to); the unit keys the topic,
        # and the comparator decides which figures of it measure the same thing.
        unit = "time" if claim.kind == "duration" else (a.get("frame_measure") or noun or v["unit"])
        label = a.get("frame") or (v["display"].split()[-1] if claim.kind == "count" else claim.kind)
        return [(f"{claim.kind}:{unit}", claim.kind, label)]
    if claim.kind == "date":
        keys = []
        for field in _date_fields(v):
            if claim.subject:
                keys.append((f"date:{claim.subject}:{field}", "date", f"day of {a['event_label']} ({field})"))
            if a.get("lead_day") and lead:
                keys.append((f"{LEAD_DAY_TOPIC}{field}", "date", f"day of what the articles' leads report ({field})"))
        return keys
    if claim.kind == "location":
        keys = [(f"location:{claim.subject}", "location", f"place of {a['event_label']}")] if claim.subject else []
        if a.get("lead_place"):
            keys.append((LEAD_PLACE_TOPIC, "location", "place of what the articles' leads report"))
        return keys
    if claim.kind == "role" and claim.entity_ids:
        keys = [(f"role:{claim.entity_ids[0]}", "role", f"offices of {claim.subject}")]
        if v.get("office") and not v.get("former"):
            keys.append((f"office:{v['office']}", "role", f"holder of {office_words(v['office'])}"))
        return keys
    if claim.kind == "speaker":
        return [(f"speaker:{claim.article_id}", "speaker", f"who is quoted in {claim.article_id}")]
    return []


def _date_fields(value: dict) -> list[str]:
    """The date topics a day joins: by its weekday, else by its calendar date. A day of a month
    with no year (in an article with no date: "Sunday 8 March") has no weekday of its own: it
    joins the days that have one (and is compared only with a dated day: detect.compare)."""
    if "weekday" in value or ("month" in value and "day" in value and "iso" not in value):
        return ["weekday"]
    return ["calendar"] if "iso" in value else []


def office_words(office: str) -> str:
    """An office id as words: "president/european-commission" is "president of european commission"."""
    return office.replace("/", " of ").replace("-", " ")


def quote_clusters(claims: list[Claim]) -> dict[tuple[str, str, str], list[Claim]]:
    """Speaker claims whose quoted words are nearly the same, across articles."""
    quoted = [c for c in sorted(claims, key=claim_order)
              if c.kind == "speaker" and len((c.value.get("quote") or "").split()) >= MIN_QUOTE_WORDS]
    clusters: list[list[Claim]] = []
    for claim in quoted:
        home = next((cl for cl in clusters if _similar(cl[0].value["quote"], claim.value["quote"])), None)
        if home is None:
            clusters.append([claim])
        else:
            home.append(claim)
    out = {}
    for members in clusters:
        if len({c.article_id for c in members}) > 1:
            first = members[0].value["quote"]
            out[(f"quote:{first[:40]}", "quote", f"the quote «{first[:60]}»")] = members
    return out


def _similar(a: str, b: str) -> bool:
    """Nearly the same words, or one quote nearly contained in the other (an outlet quotes more)."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    # (the quick ratios are upper bounds of ratio(): most pairs of quotes end there)
    if matcher.real_quick_ratio() >= QUOTE_SIMILARITY and matcher.quick_ratio() >= QUOTE_SIMILARITY \
            and matcher.ratio() >= QUOTE_SIMILARITY:
        return True
    words_a, words_b = a.split(), b.split()
    shorter = min(len(words_a), len(words_b))
    if shorter < MIN_CONTAINED_WORDS or sum((Counter(words_a) & Counter(words_b)).values()) < QUOTE_SIMILARITY * shorter:
        return False        # (the words both share bound the matching blocks from above)
    matcher = SequenceMatcher(None, words_a, words_b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / shorter >= QUOTE_SIMILARITY
