#!/usr/bin/env python3
"""Validate the whosaid development set: every gold file against its article text.

Usage: python3 check.py            (from any directory; exits non-zero on the first failure)
       python3 check.py --stats    (also print counts by kind, speaker type, reason and tag)
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

KINDS = {"direct", "indirect", "mixed"}
SPEAKER_TYPES = {"person", "organization", "group", "anonymous"}
REASONS = {"scare-quote", "title", "author-words"}
TAGS = [
    "curly-quotes", "straight-quotes", "single-quotes", "guillemets", "low-high-quotes",
    "multi-sentence", "multi-paragraph", "split-quote", "nested",
    "inversion", "said-that", "trailing-attribution", "told", "via", "according-to",
    "participle-cue", "passive", "quoted-as-saying", "colon-intro",
    "pronoun", "nominal", "surname",
    "organization", "group", "anonymous",
    "denial", "cue-class", "writing", "interview",
    "role-apposition", "role-premodifier",
    "mixed", "scare-quote", "title", "author-words", "unbalanced",
]
OFFSETS = "Unicode code points into the file's text"
STATEMENT_KEYS = {"kind", "text", "speaker", "speaker_type", "role", "cue", "via", "span", "phenomena"}
REJECTED_KEYS = {"text", "why", "reason", "span", "phenomena"}
# Opening and closing quotation marks, every style used in the set.
OPEN_MARKS = "“\"‘'«»‹›„‚”"
CLOSE_MARKS = "”\"’'»«›‹“‘"


def neighbour(text, i, step):
    """The first character from i in direction step, skipping spaces (not newlines)."""
    while 0 <= i < len(text) and text[i].isspace() and text[i] != "\n":
        i += step
    return text[i] if 0 <= i < len(text) else ""


def check_span(where, text, item):
    span = item["span"]
    assert isinstance(span, list) and len(span) == 2, f"{where}: span must be [start, end]"
    start, end = span
    assert isinstance(start, int) and isinstance(end, int), f"{where}: span values must be ints"
    assert 0 <= start < end <= len(text), f"{where}: span {span} outside text of {len(text)}"
    got = text[start:end]
    assert got == item["text"], f"{where}: text[{start}:{end}] = {got!r} != {item['text']!r}"
    assert got == got.strip(), f"{where}: span has surrounding whitespace"
    return start, end


def check_tags(where, item):
    tags = item.get("phenomena")
    assert isinstance(tags, list), f"{where}: phenomena must be a list"
    for t in tags:
        assert t in TAGS, f"{where}: unknown phenomenon tag {t!r}"
    assert len(set(tags)) == len(tags), f"{where}: duplicate tags"


def check_file(gold_name):
    with open(os.path.join(HERE, gold_name), encoding="utf-8") as f:
        gold = json.load(f)
    name = gold_name[: -len(".gold.json")]
    assert gold.get("article") == name, f"{gold_name}: article != {name}"
    assert gold.get("source_file") == name + ".txt", f"{gold_name}: bad source_file"
    assert gold.get("offsets") == OFFSETS, f"{gold_name}: bad offsets description"
    with open(os.path.join(HERE, gold["source_file"]), encoding="utf-8") as f:
        text = f.read()
    assert "\r" not in text, f"{name}: CR characters in text"
    assert "\n\n" not in text, f"{name}: paragraphs must be separated by a single newline"

    for i, s in enumerate(gold["statements"]):
        where = f"{name} statement {i} ({s.get('text', '')[:40]!r})"
        assert set(s) <= STATEMENT_KEYS, f"{where}: unexpected keys {set(s) - STATEMENT_KEYS}"
        for key in ("kind", "text", "speaker", "speaker_type", "cue", "via", "span", "phenomena"):
            assert key in s, f"{where}: missing {key}"
        assert s["kind"] in KINDS, f"{where}: bad kind {s['kind']!r}"
        assert s["speaker_type"] in SPEAKER_TYPES, f"{where}: bad speaker_type {s['speaker_type']!r}"
        assert isinstance(s["speaker"], str) and s["speaker"], f"{where}: empty speaker"
        assert isinstance(s["cue"], str) and s["cue"], f"{where}: empty cue"
        assert isinstance(s["via"], list) and all(isinstance(v, str) and v for v in s["via"]), \
            f"{where}: via must be a list of names"
        if "role" in s:
            assert isinstance(s["role"], str) and s["role"], f"{where}: empty role"
        start, end = check_span(where, text, s)
        check_tags(where, s)
        if s["kind"] in ("direct", "mixed"):
            assert neighbour(text, start - 1, -1) in OPEN_MARKS, f"{where}: no opening mark before span"
            assert neighbour(text, end, 1) in CLOSE_MARKS, f"{where}: no closing mark after span"
        else:
            assert not s["text"].lower().startswith("that "), f"{where}: indirect span keeps 'that'"
            assert s["text"][-1] not in ".,", f"{where}: indirect span keeps final punctuation"
        if "\n" in s["text"]:
            assert s["kind"] == "direct" and "multi-paragraph" in s["phenomena"], \
                f"{where}: a span across paragraphs must be a direct multi-paragraph quote"

    for i, r in enumerate(gold["not_statements"]):
        where = f"{name} not_statement {i} ({r.get('text', '')[:40]!r})"
        assert set(r) == REJECTED_KEYS, f"{where}: keys must be {sorted(REJECTED_KEYS)}"
        assert r["reason"] in REASONS, f"{where}: bad reason {r['reason']!r}"
        assert isinstance(r["why"], str) and r["why"], f"{where}: empty why"
        start, end = check_span(where, text, r)
        check_tags(where, r)
        assert r["reason"] in r["phenomena"], f"{where}: reason missing from phenomena"
        assert neighbour(text, start - 1, -1) in OPEN_MARKS, f"{where}: no opening mark before span"
        assert neighbour(text, end, 1) in CLOSE_MARKS, f"{where}: no closing mark after span"
    return gold, text


def main(argv):
    golds = sorted(f for f in os.listdir(HERE) if f.endswith(".gold.json"))
    assert golds, "no gold files found"
    txts = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    assert txts == [g[: -len(".gold.json")] for g in golds], "every .txt needs a .gold.json and back"
    kinds, types, reasons, tags, tag_articles = (collections.Counter() for _ in range(5))
    words = []
    n_rej = 0
    for g in golds:
        gold, text = check_file(g)
        words.append(len(text.split()))
        for s in gold["statements"]:
            kinds[s["kind"]] += 1
            types[s["speaker_type"]] += 1
            tags.update(s["phenomena"])
        for r in gold["not_statements"]:
            n_rej += 1
            reasons[r["reason"]] += 1
            tags.update(r["phenomena"])
        tag_articles.update({t for item in gold["statements"] + gold["not_statements"]
                             for t in item["phenomena"]})
    print(f"OK: {len(golds)} articles, {sum(kinds.values())} statements, {n_rej} not_statements")
    if "--stats" in argv:
        print(f"words per article: min {min(words)}, max {max(words)}, total {sum(words)}")
        print("statements by kind:", dict(sorted(kinds.items())))
        print("speaker types:", dict(sorted(types.items())))
        print("not_statements by reason:", dict(sorted(reasons.items())))
        print("phenomenon tags: annotations carrying the tag / articles containing it")
        for t in TAGS:
            print(f"  {t:22s} {tags[t]:4d} / {tag_articles[t]:2d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
