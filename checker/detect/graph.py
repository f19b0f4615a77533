"""Build the claim graph (agree / contradict edges) and turn contradicting components into discrepancies."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from fnmatch import fnmatch
from typing import Iterable

import networkx as nx

from ..config import SEVERITIES, Rules
from ..fingerprint import fingerprint, value_key
from ..extract.events import LEAD_SENTENCES
from ..group import LEAD_TOPICS, announcement_leads, claim_order
from ..model import Claim, Discrepancy, PersonMention, Topic
from ..schemas import Check
from .compare import CLAIM_COMPARATORS, TOPIC_COMPARATORS, Context, Finding, interval_of, whole_and_part


def detect(topics: list[Topic], claims: list[Claim], mentions: list[PersonMention],
           rules: Rules, dates: dict, undated: Iterable[str] = (),
           sources: dict[str, str] | None = None) -> tuple[list[Discrepancy], nx.Graph]:
    """sources: each article's outlet, as messages in other languages name it (else its file)."""
    ctx = Context(rules, dates, _by_article(mentions), frozenset(undated), _introduced(mentions), _speakers(claims))
    words = _Words(rules, sources or {})
    whole = nx.Graph()      # every topic's claim graph, one after the other (topics seldom share a claim)
    out: list[Discrepancy] = []
    judged: set[frozenset[str]] = set()
    lead_events = _lead_event_classes(claims)
    # (the days and places the leads give come last: a pair already judged in its event's topic is
    # not judged again)
    for topic in sorted(topics, key=lambda t: t.local_key.startswith(LEAD_TOPICS)):
        findings = list(_topic_findings(topic, ctx))
        pairs = [frozenset(c.id for c in f.claims) for f in findings]
        if topic.local_key.startswith(LEAD_TOPICS):
            findings = _lead_findings(findings, pairs, judged, lead_events)
        else:
            judged.update(pairs)
        if not findings:    # (most topics: only their claims, as nodes)
            whole.add_nodes_from((c.id, {"claim": c, "findings": []}) for c in topic.claims)
            continue
        graph = claim_graph(topic.claims, findings)
        whole.update(graph)
        out += _discrepancies(topic.key, topic.label, graph, words, dates, topic.story)
    for check in _active(rules, "claim"):
        for finding in _claim_findings(claims, ctx, check.compare, check.code):
            graph = claim_graph(finding.claims, [finding])
            out += _discrepancies(f"{check.name}:{finding.claims[0].id}", check.name, graph, words, dates)
    return _unique(out), whole


def _lead_findings(findings: list[Finding], pairs: list[frozenset[str]],
                   judged: set[frozenset[str]], lead_events: dict[str, set[str]]) -> list[Finding]:
    """The days (places) two articles' leads give to what they report differ only when none of one
    article's agrees with one of the other's: a lead may give the day of the event and of the
    news of it ("freed on Sunday the tourists held since Tuesday"). A pair judged already in its
    event's topic is not judged again, nor two leads that name listed events of no class in common
    (an attack and the peace talks: two events of one story)."""
    agreeing = {frozenset(c.article_id for c in f.claims) for f in findings if not f.contradict}

    def two_events(f: Finding) -> bool:
        a, b = (lead_events.get(c.article_id, set()) for c in f.claims[:2])
        return bool(a) and bool(b) and a.isdisjoint(b)
    return [f for f, pair in zip(findings, pairs)
            if pair not in judged and frozenset(c.article_id for c in f.claims) not in agreeing and not two_events(f)]


def _lead_event_classes(claims: list[Claim]) -> dict[str, set[str]]:
    """The classes of listed events each article's lead gives a day or a place to (the headline and
    the sentences right after it: LEAD_SENTENCES, and one more for a byline between)."""
    out: dict[str, set[str]] = {}
    news_only = announcement_leads(claims)     # (their announcement is the news of an event, not another)
    for claim in claims:
        cls = claim.attrs.get("event_class")
        in_lead = claim.attrs.get("lead_day") or claim.attrs.get("lead_place") or claim.sentence_index <= LEAD_SENTENCES + 1
        if cls == "statement" and claim.article_id in news_only:
            continue
        if in_lead and claim.kind in ("date", "location") and cls not in (None, "any") and not str(cls).startswith("lemma:"):
            out.setdefault(claim.article_id, set()).add(cls)
    return out


def _speakers(claims: list[Claim]) -> dict[tuple[str, int], frozenset[str]]:
    """Who speaks in each sentence that reports someone's words: (article, sentence) -> people."""
    out: dict[tuple[str, int], set[str]] = defaultdict(set)
    for c in claims:
        if c.kind == "speaker" and (c.entity_ids or c.subject):
            out[(c.article_id, c.sentence_index)].update(c.entity_ids or (c.subject,))
    return {k: frozenset(v) for k, v in out.items()}


def _by_article(mentions: list[PersonMention]) -> dict[str, list[PersonMention]]:
    grouped = defaultdict(list)
    for m in mentions:
        grouped[m.article_id].append(m)
    return grouped


def _introduced(mentions: list[PersonMention]) -> dict[str, frozenset[str]]:
    """Each person → the articles that name them in full."""
    grouped = defaultdict(set)
    for m in mentions:
        if m.full:
            grouped[m.entity_id].add(m.article_id)
    return {entity: frozenset(articles) for entity, articles in grouped.items()}


def _active(rules: Rules, scope: str) -> list[Check]:
    return [c for c in rules.catalogue.checks.values() if c.scope == scope and c.status != "deprecated"]


def _checks_for(topic: Topic, rules: Rules) -> list[Check]:
    return [c for c in _active(rules, "topic") if c.kind == topic.kind
            and (not c.topics or any(fnmatch(topic.local_key, pattern) for pattern in c.topics))]


def _topic_findings(topic: Topic, ctx: Context) -> Iterable[Finding]:
    for check in _checks_for(topic, ctx.rules):
        if check.compare in TOPIC_COMPARATORS:
            yield from TOPIC_COMPARATORS[check.compare](check.code, topic, ctx)
        elif check.compare in CLAIM_COMPARATORS:
            yield from _claim_findings(topic.claims, ctx, check.compare, check.code)


def _claim_findings(claims: Iterable[Claim], ctx: Context, compare: str, code: str):
    for claim in claims:
        finding = CLAIM_COMPARATORS[compare](claim, ctx)
        if finding:
            yield replace(finding, rule=code)


def claim_graph(claims: Iterable[Claim], findings: Iterable[Finding]) -> nx.Graph:
    """Claims as nodes, agree/contradict edges between them; each node keeps the contradicting
    findings it takes part in (a finding about one claim alone is only a node's finding)."""
    graph = nx.Graph()
    graph.add_nodes_from((c.id, {"claim": c, "findings": []}) for c in claims)
    for f in findings:
        ids = [c.id for c in f.claims]
        if f.contradict:
            for cid in ids:
                graph.nodes[cid]["findings"].append(f)
        if len(ids) == 2 and graph.get_edge_data(*ids, {}).get("relation") != "contradict":
            graph.add_edge(*ids, relation="contradict" if f.contradict else "agree", rule=f.rule)
    return graph


class _Words:
    """What messages are written with: the rules (templates per language), the report words, and
    the articles' outlets."""

    def __init__(self, rules: Rules, sources: dict[str, str]):
        self.rules, self.sources = rules, sources
        self.languages = sorted({lang for c in rules.catalogue.checks.values() for lang in c.translations})

    def more(self, lang: str, n: int) -> str:
        return self.rules.strings(lang).more_claims(n)


def _discrepancies(topic_key: str, label: str, graph: nx.Graph, words: "_Words", dates: dict,
                   story: str | None = None) -> list[Discrepancy]:
    """One discrepancy per connected set of claims joined by contradictions."""
    conflicting = [n for n, found in graph.nodes(data="findings") if found]
    if not conflicting:
        return []       # (most topics: nothing to build)
    conflict = nx.Graph()
    conflict.add_nodes_from(conflicting)
    conflict.add_edges_from((a, b) for a, b, rel in graph.edges(data="relation") if rel == "contradict")
    out = []
    for component in sorted(nx.connected_components(conflict), key=min):
        witnesses = [graph.nodes[n]["claim"] for n in sorted(_self_contradictions(graph, component))]
        claims = sorted((graph.nodes[n]["claim"] for n in component), key=claim_order)
        found = {(f.rule, tuple(c.id for c in f.claims)): f for n in sorted(component) for f in graph.nodes[n]["findings"]}
        same = _one_office(graph, component, words.rules)
        out.append(_make(topic_key, label, claims, [found[k] for k in sorted(found)], words, dates, story, same,
                         witnesses))
    return out


def _self_contradictions(graph: nx.Graph, component: set[str]) -> set[str]:
    """Claims outside a contradiction that agree with one side of it, in the article that gives the
    other side: that article contradicts itself ("after nine rounds" early on, "over eleven
    rounds" later, where the other reports say nine), though its two phrases were not comparable
    on their own. They are shown as evidence, not judged as findings."""
    claim = lambda n: graph.nodes[n]["claim"]      # noqa: E731
    out = set()
    for u, v, relation in graph.edges(sorted(component), data="relation"):
        if relation != "contradict" or u not in component or v not in component:
            continue
        for side, other in ((u, v), (v, u)):
            out.update(w for w, edge in graph[side].items() if w not in component and edge["relation"] == "agree"
                       and not graph.has_edge(w, other) and _contradicts_in_its_article(claim(w), claim(other)))
    return out


def _contradicts_in_its_article(witness: Claim, other: Claim) -> bool:
    """A claim of one article's other sentence whose value cannot hold with the other claim's: not
    a figure that admits it ("99% or more" and "99.85%"), nor the whole the other is a part of
    ("19 of the 23 workers"). Two figures of one sentence are a list or two sources' counts."""
    if witness.article_id != other.article_id or witness.sentence_index == other.sentence_index:
        return False
    if "interval" not in witness.value or "interval" not in other.value:
        return _one_value(witness) != _one_value(other)
    return not (whole_and_part(witness, other) or whole_and_part(other, witness)
                or interval_of(witness).overlaps(interval_of(other)))


def _one_office(graph: nx.Graph, component: set[str], rules: Rules) -> dict[str, str]:
    """Offices a comparator judged one office in two wordings ("director general of social security",
    "director general of the social security corporation"): each claim's group, by its first claim."""
    if graph.nodes[min(component)]["claim"].kind != "role":
        return {}       # (a topic holds claims of one kind)
    agree = nx.Graph()
    agree.add_edges_from((a, b) for a, b, rel in graph.edges(data="relation")
                         if rel == "agree" and a in component and b in component
                         and _one_post(graph.nodes[a]["claim"], graph.nodes[b]["claim"], rules))
    return {n: "office:" + min(group) for group in nx.connected_components(agree) for n in group}


def _one_post(a: Claim, b: Claim, rules: Rules) -> bool:
    """Two titles that agree name one post only when of one head (or one the other's head may be
    called by: "the director general", "the director"), country and tense: "the former president"
    agrees with "the president" (no clash) but is not the same value."""
    fields = ("family", "jurisdiction", "former")
    return a.kind == b.kind == "role" and rules.kb.one_head(a.value.get("head"), b.value.get("head")) \
        and all(a.value.get(k) == b.value.get(k) for k in fields)


def _make(topic_key: str, label: str, claims: list[Claim], found: list[Finding], words: _Words,
          dates: dict, story: str | None = None, same: dict[str, str] | None = None,
          witnesses: list[Claim] = ()) -> Discrepancy:
    """witnesses: claims shown beside the representatives, whatever their value (_self_contradictions)."""
    checks = words.rules.catalogue.checks
    values = {c.id: _one_value(c) for c in claims}
    torn = {f.claims[0].article_id for f in found if len({c.article_id for c in f.claims}) == 1}
    shown, also = representatives(claims, same, values, torn)
    shown = sorted([*shown, *witnesses], key=claim_order)
    shown_ids = {c.id for c in shown}       # (by id: comparing whole claims is slow)
    found = [f for f in found if all(c.id in shown_ids for c in f.claims)] or found
    severity_of = (lambda f: f.severity or checks[f.rule].severity)  # noqa: E731
    primary = lead_finding(found, severity_of, _support(claims, values))
    check = checks[primary.rule]
    details = "".join(dict.fromkeys(f.detail for f in found if f.rule == primary.rule))
    day = dates.get(primary.claims[0].article_id)
    primary_ids = {c.id for c in primary.claims}
    shown = sorted(primary.claims, key=claim_order) + [c for c in shown if c.id not in primary_ids]
    extra = len(shown) - len(primary.claims)

    def written(template: str, lang: str) -> str:
        text = _render(template, primary, label, details, day, words.sources)
        return text + " " + words.more(lang, extra) if extra > 0 else text

    return Discrepancy(id=fingerprint(check.code, topic_key, claims), rule=check.code, kind=check.kind,
                       severity=severity_of(primary), topic=label, message=written(check.message, "en"),
                       claims=tuple(shown), also=tuple(also), story=story,
                       localized=tuple((lang, written(check.message_in(lang), lang)) for lang in words.languages
                                       if lang in check.translations))


def representatives(claims: list[Claim], same: dict[str, str] | None = None,
                    values: dict[str, str] | None = None, torn: set[str] = frozenset()) -> tuple[list[Claim], list[Claim]]:
    """One claim per distinct value (same: claims of one value in other words, by group; values:
    each claim's _one_value, by id, when already read): a direct statement before an incidental one
    (a title inside someone else's phrase), a sentence of the body before the headline (which
    abbreviates), then one of an article a finding shows contradicting itself (torn: its own words
    show it), then the earliest."""
    shown: dict[str, Claim] = {}
    same = same or {}
    for claim in sorted(claims, key=lambda c: (bool(c.attrs.get("embedded")), bool(c.attrs.get("headline")),
                                               c.article_id not in torn, claim_order(c))):
        shown.setdefault(same.get(claim.id) or (values[claim.id] if values else _one_value(claim)), claim)
    chosen = {c.id for c in shown.values()}
    return sorted(shown.values(), key=claim_order), [c for c in claims if c.id not in chosen]


def _one_value(claim: Claim) -> str:
    """A claim's value as an editor reads it: a duration in days to three figures whatever unit it
    is written in ("five years" and "60 months" are one value; units.yaml gives the days), a count
    of a frame whatever its noun."""
    if claim.kind == "duration" and claim.value.get("interval"):
        ends = [None if x is None else f"{x:.3g}" for x in claim.value["interval"][:2]]
        return f"duration:{claim.value.get('qualifier')}:{ends}"
    if claim.kind in ("count", "money", "percent") and "number" in claim.value:
        # "18.5 million" and "eighteen and a half million": one figure, though the digits admit
        # rounding; "14 dead" and "14 people killed": one figure of one frame, whatever noun counts it
        measure = (claim.kind == "count" and claim.attrs.get("frame")) or claim.value.get("unit")
        return f"{claim.kind}:{measure}:{_bound_of(claim)}:{claim.value['number']}"
    return value_key(claim)


def _bound_of(claim: Claim) -> str | None:
    """The qualifier as far as it changes the figure read: "about 85 million" says 85 million, as
    "85 million" does; "more than 85 million" does not."""
    interval, number = claim.value.get("interval"), claim.value["number"]
    if interval and None not in interval[:2] and abs(interval[0] + interval[1] - 2 * number) < 1e-9 * max(1.0, number):
        return None
    return claim.value.get("qualifier")


def lead_finding(found: list[Finding], severity_of, support=None) -> Finding:
    """The finding that leads a discrepancy's message: the most severe, then the one between
    direct statements (not a title inside someone else's phrase), then between sentences of the
    body (a headline abbreviates), then the one whose values more articles give (support: the
    articles that give each claim's value, by claim id; "five" in two outlets against "six", not a part,
    "three of them", said once), then one between places a gazetteer names over a venue ("Aqaba" against "Amman", not
    "the ministry's seat"), then one across articles, then the widest gap between values, then the one that
    names more claims; ties go to the earliest claims, so the choice never depends on the order
    findings were made in."""
    def rank(f: Finding):
        direct = sum(not c.attrs.get("embedded") for c in f.claims)
        body = sum(not c.attrs.get("headline") for c in f.claims)
        backed = sum(len(support.get(c.id, ())) for c in f.claims[:2]) if support else 0
        named = sum(not str(c.value.get("place", "")).startswith("venue:") for c in f.claims[:2])
        across = len({c.article_id for c in f.claims})
        return (-SEVERITIES.index(severity_of(f)), -direct, -body, -backed, -named, -across, -value_gap(f.claims), -len(f.claims),
                [claim_order(c) for c in f.claims], f.rule)
    return min(found, key=rank)


def _support(claims: list[Claim], values: dict[str, str]) -> dict[str, set[str]]:
    """For each claim (by id), the articles that give its value (values: each claim's _one_value)."""
    by_value: dict[str, set[str]] = {}
    for claim in claims:
        by_value.setdefault(values[claim.id], set()).add(claim.article_id)
    return {claim.id: by_value[values[claim.id]] for claim in claims}


def value_gap(claims: tuple[Claim, ...]) -> float:
    """How far apart two quantities are, relative to the larger (0 for anything else)."""
    intervals = [c.value.get("interval") for c in claims[:2]]
    if len(intervals) < 2 or not all(intervals):
        return 0.0
    (a_low, a_high, *_), (b_low, b_high, *_) = intervals
    if a_high is not None and b_low is not None and a_high < b_low:
        gap, scale = b_low - a_high, max(abs(b_low), abs(a_high))
    elif b_high is not None and a_low is not None and b_high < a_low:
        gap, scale = a_low - b_high, max(abs(a_low), abs(b_high))
    else:
        return 0.0
    return gap / scale if scale else 0.0


def plain(display: str) -> str:
    """A value as an English reader says it: "more-than 27 leader" is "more than 27 leaders"
    (qualifier and unit ids are English words joined by hyphens; Arabic words stay as written;
    participles such as "dead" and "missing" take no plural)."""
    words = [w.replace("-", " ") if w.isascii() else w for w in display.split()]
    number = next((w for w in words if w.replace(".", "", 1).isdigit()), None)
    unit = words[-1] if len(words) > 1 else ""
    if number not in (None, "1") and unit.isascii() and unit.isalpha() and len(unit) >= 3 \
            and not unit.endswith(("d", "ing", "s")):
        words[-1] = unit[:-1] + "ies" if unit.endswith("y") and unit[-2] not in "aeiou" else unit + "s"
    return " ".join(words)


class _ClaimSlots:
    def __init__(self, claim: Claim, sources: dict[str, str]):
        self.article, self.text = claim.article_id, claim.text
        self.source = sources.get(claim.article_id) or claim.article_id     # the outlet, else the file
        self.value = plain(claim.value.get("display") or claim.value.get("place") or "")
        self.speaker = claim.value.get("speaker", claim.subject or "")


class _Slots(dict):
    def __missing__(self, key):
        return ""


def _render(template: str, finding: Finding, label: str, detail: str, day=None,
            sources: dict[str, str] | None = None) -> str:
    a = finding.claims[0]
    b = finding.claims[1] if len(finding.claims) > 1 else a
    slots = _Slots(a=_ClaimSlots(a, sources or {}), b=_ClaimSlots(b, sources or {}), topic=label, detail=detail,
                   subject=a.subject or "", date=day or "")
    return template.format_map(slots)


def _unique(discrepancies: list[Discrepancy]) -> list[Discrepancy]:
    seen, out = set(), []
    for d in discrepancies:
        if d.id not in seen:
            seen.add(d.id)
            out.append(d)
    return sorted(out, key=lambda d: (-SEVERITIES.index(d.severity), d.rule, claim_order(d.claims[0]), d.id))
