"""Validate sentences.jsonl and print statistics.

Checks: JSON shape, unique ids, valid types, offsets (text[start:end] == entity text), no overlaps, no
leading/trailing whitespace in spans, split values, one split per document, no sentence text shared between
splits. Prints counts per split and per type (used for README.md).

Usage: python3 validate.py [path/to/sentences.jsonl]
"""
import collections
import json
import os
import re
import sys

TYPES = {"Person", "Party", "GovernmentBody", "Organization", "Location", "Law", "Date", "Money", "Quantity",
         "DocumentReference", "Misc"}


def doc_of(rid):
    parts = rid.split("-")
    return "-".join(parts[:2])


def main(path):
    errors = []
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                errors.append("line %d: bad JSON (%s)" % (n, exc))
    ids = collections.Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            errors.append("duplicate id %s" % i)
    doc_split = {}
    text_split = collections.defaultdict(set)
    for r in rows:
        for key in ("id", "source", "text", "entities", "split"):
            if key not in r:
                errors.append("%s: missing %s" % (r.get("id"), key))
        if r.get("split") not in ("train", "test"):
            errors.append("%s: bad split" % r["id"])
        if r["text"] != re.sub(r"\s+", " ", r["text"]).strip():
            errors.append("%s: text whitespace not normalised" % r["id"])
        d = doc_of(r["id"])
        if doc_split.setdefault(d, r["split"]) != r["split"]:
            errors.append("%s: document %s has two splits" % (r["id"], d))
        text_split[r["text"].lower()].add(r["split"])
        prev_end = -1
        for e in sorted(r["entities"], key=lambda x: x["start"]):
            if e["type"] not in TYPES:
                errors.append("%s: bad type %s" % (r["id"], e["type"]))
            if r["text"][e["start"]:e["end"]] != e["text"]:
                errors.append("%s: offsets do not match %r" % (r["id"], e["text"]))
            if e["text"] != e["text"].strip() or not e["text"]:
                errors.append("%s: span with outer whitespace %r" % (r["id"], e["text"]))
            if e["start"] < prev_end:
                errors.append("%s: overlapping spans at %d" % (r["id"], e["start"]))
            prev_end = e["end"]
    for t, s in text_split.items():
        if len(s) > 1:
            errors.append("sentence text in both splits: %r" % t[:80])
    # statistics
    sp = collections.Counter(r["split"] for r in rows)
    docs = collections.defaultdict(set)
    for r in rows:
        docs[r["split"]].add(doc_of(r["id"]))
    src = collections.Counter((r["id"].split("-")[0], r["split"]) for r in rows)
    ent = collections.Counter((e["type"], r["split"]) for r in rows for e in r["entities"])
    empty = collections.Counter(r["split"] for r in rows if not r["entities"])
    print("sentences: %d (train %d, test %d)" % (len(rows), sp["train"], sp["test"]))
    print("documents: %d (train %d, test %d)" % (len(docs["train"]) + len(docs["test"]), len(docs["train"]),
                                                   len(docs["test"])))
    print("sentences without entities: train %d (%.1f%%), test %d (%.1f%%)" % (
        empty["train"], 100.0 * empty["train"] / max(1, sp["train"]), empty["test"],
        100.0 * empty["test"] / max(1, sp["test"])))
    for s in ("qa", "lb", "pdf"):
        print("source %-3s: train %d, test %d sentences; docs %d" % (
            s, src[(s, "train")], src[(s, "test")],
            len({doc_of(r["id"]) for r in rows if r["id"].startswith(s + "-")})))
    print("%-18s %6s %6s %6s" % ("type", "train", "test", "all"))
    for t in sorted(TYPES):
        print("%-18s %6d %6d %6d" % (t, ent[(t, "train")], ent[(t, "test")], ent[(t, "train")] + ent[(t, "test")]))
    print("%-18s %6d %6d %6d" % ("total", sum(v for (t, s), v in ent.items() if s == "train"),
                                  sum(v for (t, s), v in ent.items() if s == "test"), sum(ent.values())))
    if errors:
        print("\n%d ERRORS" % len(errors))
        print("\n".join(errors[:50]))
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sentences.jsonl")
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else default))
