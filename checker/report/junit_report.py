"""JUnit XML: one test case per checked (new or changed) article; failures are its failing discrepancies."""
from __future__ import annotations

from typing import TextIO
from xml.etree import ElementTree as ET

from ..model import RunResult


def render(result: RunResult, out: TextIO, opts: dict) -> None:
    articles = opts.get("articles") or [a.id for a in result.articles]
    failing = set(opts.get("failing", [d.id for d in result.discrepancies if d.severity == "error"]))
    suite = ET.Element("testsuite", name="checker", tests=str(len(articles)))
    failures = 0
    for article_id in sorted(articles):
        case = ET.SubElement(suite, "testcase", classname="checker", name=article_id)
        mine = [d for d in result.discrepancies if d.id in failing
                and any(c.article_id == article_id for c in (*d.claims, *d.also))]
        if mine:
            failures += 1
            failure = ET.SubElement(case, "failure", message=f"{len(mine)} unreviewed contradiction(s)",
                                    type=mine[0].rule)
            failure.text = "\n".join(f"[{d.id}] {d.rule} {d.severity}: {d.message}" for d in mine)
    suite.set("failures", str(failures))
    ET.indent(suite)
    out.write(ET.tostring(suite, encoding="unicode", xml_declaration=True))
    out.write("\n")
