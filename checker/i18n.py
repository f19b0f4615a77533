"""Languages of what a person reads: the words of reports and the terminal (rules/i18n/strings.yaml)
and the language a run uses (--lang, then `lang` in checker.toml, then the locale, then English)."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from .schemas import RulesError, read_yaml

LANGUAGES = ("en", "ar")
DEFAULT = "en"


def language(chosen: str | None = None, config: dict | None = None) -> str:
    """--lang, else `lang` in the project config, else the locale (LC_ALL, LC_MESSAGES, LANG), else English."""
    if chosen:
        return chosen
    configured = (config or {}).get("lang")
    if configured:
        if configured not in LANGUAGES:
            raise ValueError(f"lang in checker config must be one of {', '.join(LANGUAGES)}, not '{configured}'")
        return configured
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return value[:2] if value[:2] in LANGUAGES else DEFAULT
    return DEFAULT


class Strings:
    """`strings["report_title"]` in the chosen language, English when that language lacks it."""

    def __init__(self, table: dict[str, dict[str, str]], lang: str):
        self.table, self.lang = table, lang

    def __getitem__(self, key: str) -> str:
        entry = self.table.get(key)
        if entry is None:
            return key
        return entry.get(self.lang) or entry.get(DEFAULT) or key

    def more_claims(self, n: int) -> str:
        return self["more_claim"] if n == 1 else self["more_claims"].format(n=n)

    @property
    def rtl(self) -> bool:
        return self.lang == "ar"


@lru_cache(maxsize=8)
def _table(path: Path) -> dict[str, dict[str, str]]:
    data = read_yaml(path) if path.exists() else {}
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise RulesError(f"{path}: each entry must map language codes to text")
    return data


def strings(rules_root: Path, lang: str) -> Strings:
    return Strings(_table(rules_root / "i18n" / "strings.yaml"), lang)


def localize_parser(parser, rules_root: Path, lang: str) -> None:
    """Put the command line's help in `lang` (rules/i18n/cli.yaml); what the table lacks stays in
    English. argparse's own error messages stay English."""
    if lang == DEFAULT:
        return
    table = {key: entry.get(lang) for key, entry in _table(rules_root / "i18n" / "cli.yaml").items() if entry.get(lang)}
    _localize(parser, table, command=None)


def _localize(parser, table: dict[str, str], command: str | None) -> None:
    import argparse
    if command is None and table.get("description"):
        parser.description = table["description"]
    parser._positionals.title = table.get("argparse.positionals", parser._positionals.title)
    parser._optionals.title = table.get("argparse.options", parser._optionals.title)
    usage = table.get("argparse.usage")
    if usage:
        parser.formatter_class = _formatter_with_prefix(parser.formatter_class, usage)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = table.get(f"command.{choice.dest}", choice.help)
            for name, sub in action.choices.items():
                _localize(sub, table, name)
        elif isinstance(action, (argparse._HelpAction, argparse._VersionAction)):
            action.help = table.get(f"argparse.{'help' if isinstance(action, argparse._HelpAction) else 'version'}",
                                    action.help)
        else:
            action.help = (table.get(f"command.{command}.{action.dest}") or table.get(f"option.{action.dest}")
                           or action.help)


def _formatter_with_prefix(base, words: str):
    class Localized(base):
        def add_usage(self, usage, actions, groups, prefix=None):
            return super().add_usage(usage, actions, groups, prefix or words)
    return Localized



# -- messages: errors and status lines, translated where they are printed ---------------------------

def translate(message: str, rules_root: Path, lang: str) -> str:
    """`message` (an English error or status line, checker's or argparse's) in `lang`.

    rules/i18n/messages.yaml pairs English templates with their translations, as a gettext
    catalogue pairs msgids with msgstrs; the message is matched against each template, so no
    raise site needs to know the run's language. A {message}, {reason} or {decision} placeholder
    is itself translated (argparse nests "invalid choice: ..." inside "argument --format: ...").
    A message that no template matches stays as written."""
    if lang == DEFAULT:
        return message
    for pattern, target in _catalogue(rules_root / "i18n" / "messages.yaml", lang):
        match = pattern.fullmatch(message)
        if match:
            values = {name: translate(value, rules_root, lang) if name in NESTED else value
                      for name, value in match.groupdict().items()}
            return target.format(**values)
    return message


NESTED = ("message", "reason", "decision")


@lru_cache(maxsize=4)
def _catalogue(path: Path, lang: str) -> list[tuple]:
    import re
    entries = read_yaml(path) if path.exists() else []
    if not isinstance(entries, list) or not all(isinstance(e, dict) and "en" in e for e in entries):
        raise RulesError(f"{path}: a list of entries, each with its English template under 'en'")
    compiled = []
    for entry in entries:
        if not entry.get(lang):
            continue
        parts = re.split(r"\{(\w+)\}", entry["en"])
        regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
        compiled.append((re.compile(regex, re.DOTALL), entry[lang]))
    return compiled
