"""JUnit XML: one test case per checked (new or changed) article; failures are its failing discrepancies,
errors the articles that could not be checked."""
from __future__ import annotations

from typing import TextIO
from xml.etree import ElementTree as ET

from ..model import RunResult
from .safe import xml_text


def render(result: RunResult, out: TextIO, opts: dict) -> None:
    asked = opts.get("articles")
    unchecked = [s for s in result.skipped if asked is None or s.path in asked]
    articles = [a for a in (asked or [a.id for a in result.articles]) if a not in {s.path for s in unchecked}]
    failing = set(opts.get("failing", [d.id for d in result.discrepancies if d.severity == "error"]))
    suite = ET.Element("testsuite", name="checker", tests=str(len(articles)))
    failures = 0
    for article_id in sorted(articles):
        case = ET.SubElement(suite, "testcase", classname="checker", name=xml_text(article_id))
        mine = [d for d in result.discrepancies if d.id in failing
                and any(c.article_id == article_id for c in (*d.claims, *d.also))]
        if mine:
            failures += 1
            failure = ET.SubElement(case, "failure", message=f"{len(mine)} unreviewed contradiction(s)",
                                    type=mine[0].rule)
            failure.text = xml_text("\n".join(f"[{d.id}] {d.rule} {d.severity}: {d.message}" for d in mine))
    for skipped in unchecked:
        case = ET.SubElement(suite, "testcase", classname="checker", name=xml_text(skipped.path))
        ET.SubElement(case, "error", message=xml_text(f"could not be checked ({skipped.stage}): {skipped.reason}"),
                      type="skipped")
    suite.set("tests", str(len(articles) + len(unchecked)))
    suite.set("errors", str(len(unchecked)))
    suite.set("failures", str(failures))
    ET.indent(suite)
    out.write(ET.tostring(suite, encoding="unicode", xml_declaration=True))
    out.write("\n")
