"""The story at a glance: for each story, one row per thing its articles give a value for (a
count, a sum, a day, a place, a person's office), one column per article (its outlet when known),
each cell the article's own words, and the rows in conflict marked."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..fingerprint import value_key
from ..model import Claim, RunResult, Story, Topic
from .evidence import articles_by_id, outlet_of, topic_heading

SHEET_KINDS = ("count", "money", "percent", "duration", "date", "location", "role")


@dataclass
class Row:
    label: str
    kind: str
    cells: dict[str, list[Claim]] = field(default_factory=dict)     # article id → its claims
    conflict: str | None = None                                     # the id of the discrepancy, if any


@dataclass
class Sheet:
    story: Story
    columns: list[tuple[str, str]]          # (article id, heading: outlet or file)
    rows: list[Row]


def story_sheets(result: RunResult, strings, labels: dict | None = None) -> list[Sheet]:
    articles = articles_by_id(result)
    conflict_of = {c.id: d.id for d in result.discrepancies for c in (*d.claims, *d.also)}
    in_conflict = {d.id: {c.id for c in (*d.claims, *d.also)} for d in result.discrepancies}
    sheets = []
    for story in result.stories:
        # a person's offices are compared across stories: the story's row holds its own articles' claims
        topics = [t for t in result.topics if t.kind in SHEET_KINDS
                  and (t.story == story.id or (t.story is None and t.key.startswith("role:")))]
        members = set(story.articles)
        rows = [row for t in topics if (row := _row(t, members, conflict_of, in_conflict, strings, labels))]
        if not rows:
            continue
        used = sorted({a for r in rows for a in r.cells})
        columns = [(a, outlet_of(articles.get(a)) or a) for a in used]
        rows.sort(key=lambda r: (r.conflict is None, SHEET_KINDS.index(r.kind), r.label))
        sheets.append(Sheet(story, columns, rows))
    return sheets


def _row(topic: Topic, members: set[str], conflict_of: dict[str, str], in_conflict: dict[str, set[str]],
         strings, labels: dict | None = None) -> Row | None:
    """A row in conflict shows the claims of its discrepancy (inside one article too); a row without
    one, a value two articles or more agree on (a topic also gathers figures that were never
    compared, two sums in one currency: those make no row)."""
    mine = [c for c in topic.claims if c.article_id in members]
    conflicts = sorted({conflict_of[c.id] for c in mine if c.id in conflict_of})
    claims = [c for c in mine if c.id in in_conflict[conflicts[0]]] if conflicts else mine
    by_article: dict[str, list[Claim]] = {}
    for claim in claims:
        by_article.setdefault(claim.article_id, []).append(claim)
    if not conflicts and (len(by_article) < 2 or len({value_key(c) for c in claims}) > 1):
        return None     # a row without conflict is one where the articles agree
    label = topic_heading(topic.kind, topic.label, strings, topic.claims, labels)
    return Row(label, topic.kind, by_article, conflicts[0] if conflicts else None)


def cell_text(claims: list[Claim]) -> str:
    return " / ".join(dict.fromkeys(c.text for c in claims))
