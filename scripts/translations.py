#!/usr/bin/env python3
"""Maintains translations/*.ts next to `lupdate`.

  scripts/translations.py pending LANG            unfinished messages of LANG as JSON
  scripts/translations.py apply LANG FILE.json    fills them from a JSON list of
                                                  {"context", "source", "translation"}
                                                  ("translation" is a list for %n plurals)
  scripts/translations.py english                 mcpay_en.ts: every message translates to
                                                  its source text (plurals: singular/plural)

Run `cmake --build build --target update_translations` first so the .ts files list every
string of the sources.
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "translations"


def load(lang):
    path = ROOT / f"mcpay_{lang}.ts"
    return path, ET.parse(path)


def save(path, tree):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def pending(lang):
    _, tree = load(lang)
    out = []
    for ctx, msg in messages(tree):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") == "unfinished":
            out.append({"context": ctx, "source": msg.findtext("source"),
                        "comment": msg.findtext("comment") or "",
                        "numerus": msg.get("numerus") == "yes"})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def set_translation(msg, text):
    tr = msg.find("translation")
    for child in list(tr):
        tr.remove(child)
    tr.text = None
    if msg.get("numerus") == "yes":
        forms = text if isinstance(text, list) else [text]
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = text if isinstance(text, str) else text[0]
    tr.attrib.pop("type", None)


def apply(lang, file):
    path, tree = load(lang)
    entries = json.loads(Path(file).read_text(encoding="utf-8"))
    wanted = {(e["context"], e["source"]): e["translation"] for e in entries}
    # The same text moved to another class keeps its translation.
    by_source = {e["source"]: e["translation"] for e in entries}
    done = 0
    for ctx, msg in messages(tree):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") != "unfinished":
            continue
        src = msg.findtext("source")
        text = wanted.get((ctx, src)) or by_source.get(src)
        if text:
            set_translation(msg, text)
            done += 1
    save(path, tree)
    print(f"{done} messages translated in {path.name}")


def english():
    path, tree = load("en")
    for _, msg in messages(tree):
        src = msg.findtext("source")
        if msg.get("numerus") == "yes":
            set_translation(msg, [src.replace("(s)", ""), src.replace("(s)", "s")])
        else:
            set_translation(msg, src)
    save(path, tree)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "pending":
        pending(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "apply":
        apply(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 2 and sys.argv[1] == "english":
        english()
    else:
        print(__doc__)
        sys.exit(2)
