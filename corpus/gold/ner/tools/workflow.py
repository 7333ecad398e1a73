"""Batch workflow for the NER gold set.

  python3 workflow.py select <alldocs.jsonl> <candidates.jsonl>      choose sentences, attach pre-suggestions
  python3 workflow.py show <candidates.jsonl> <batch_no> [size]      print a batch in inline markup for reading
  python3 workflow.py apply <candidates.jsonl> <batch_no> <corrections.txt> <sentences.jsonl> [size]
                                                                     apply the hand corrections, append the batch
  python3 workflow.py select-extra <alldocs.jsonl> <candidates.jsonl> <extra.jsonl>   second selection round
  python3 workflow.py select-third <alldocs.jsonl> <candidates.jsonl> <extra.jsonl> <third.jsonl>
                                                                     third round (train documents only, entity-rich)
  python3 workflow.py select-fourth <alldocs.jsonl> <candidates.jsonl> <extra.jsonl> <third.jsonl> <fourth.jsonl>
                                                                     fourth round (Limburg train documents)
  python3 workflow.py select-fifth <alldocs.jsonl> <candidates.jsonl>... <fifth.jsonl>   fifth round (LearningLion train)
  python3 workflow.py patch <sentences.jsonl> <patches.txt>          late hand corrections to finished sentences
  python3 workflow.py subsample <sentences.jsonl> <keep_percent>     thin out sentences without entities

Correction file: one instruction per line, for sentences that need changes (others are taken as suggested,
which is only allowed when no "?" remains):
  @<id> :: <full markup>                 replace all spans; markup uses ⟦span|CODE⟧
  @<id> DROP                             leave the sentence out (extraction garbage)
  @<id> <op> ; <op> ; ...                ops: -span[#n]   +CODE span[#n|#*]   =CODE span[#n|#*]
"""
import hashlib
import json
import random
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from suggest import suggest, render, parse_markup, CODES, TYPES  # noqa: E402


def select(alldocs, out):
    docs = [json.loads(line) for line in open(alldocs, encoding="utf-8")]
    rng = random.Random(20241127)
    qa = [d for d in docs if d["doc"].startswith("qa-")]
    qa_pick = set(d["doc"] for d in rng.sample(qa, 118))
    seen = set()
    chosen = []
    for d in [d for d in docs if d["doc"].startswith("pdf-")] + [d for d in docs if d["doc"].startswith("lb-")] + \
             [d for d in qa if d["doc"] in qa_pick]:
        src = d["doc"].split("-")[0]
        units = d["units"]
        if src == "pdf":
            caps = {"header": 99, "footnote": 8, "body": 18}
        elif src == "lb":
            caps = {"header": 99, "footnote": 5, "body": 6}
        else:
            caps = None
        cnt = {"header": 0, "footnote": 0, "body": 0, "q": 0, "a": 0}
        for u in units:
            key = re.sub(r"\s+", " ", u["text"]).strip().lower()
            if key in seen:
                continue
            if caps is None:
                part = u["id"].split("-")[2]
                cap = 4 if part == "q" else 5
                if cnt[part] >= cap:
                    continue
                cnt[part] += 1
            else:
                if cnt[u["kind"]] >= caps[u["kind"]]:
                    continue
                cnt[u["kind"]] += 1
            seen.add(key)
            chosen.append({"id": u["id"], "doc": d["doc"], "source": u["source"], "text": u["text"],
                           "split": d["split"], "kind": u["kind"], "suggested": suggest(u["text"])})
    with open(out, "w", encoding="utf-8") as f:
        for c in chosen:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(chosen), "sentences from", len(set(c["doc"] for c in chosen)), "documents")


def select_extra(alldocs, cands, out):
    """Second selection round (more entity-bearing sentences, see README): 200 further random QA rows, of each
    at most 4 sentences that have at least one pre-suggested span; plus up to 2 further body sentences per Limburg
    document that have a typed pre-suggestion. Stops the QA part at 190 sentences."""
    docs = [json.loads(line) for line in open(alldocs, encoding="utf-8")]
    cand1 = [json.loads(line) for line in open(cands, encoding="utf-8")]
    seen = {re.sub(r"\s+", " ", r["text"]).strip().lower() for r in cand1}
    used_docs = {r["doc"] for r in cand1}
    rng = random.Random(20241128)
    qa = [d for d in docs if d["doc"].startswith("qa-") and d["doc"] not in used_docs]
    chosen = []
    for d in rng.sample(qa, 200):
        got = 0
        for u in d["units"]:
            k = re.sub(r"\s+", " ", u["text"]).strip().lower()
            if k in seen:
                continue
            sg = suggest(u["text"])
            if not sg or len(u["text"]) > 600:
                continue
            seen.add(k)
            got += 1
            chosen.append({"id": u["id"], "doc": d["doc"], "source": u["source"], "text": u["text"],
                           "split": d["split"], "kind": u["kind"], "suggested": sg})
            if got >= 4:
                break
        if len(chosen) >= 190:
            break
    for d in docs:
        if not d["doc"].startswith("lb-"):
            continue
        got = 0
        for u in d["units"]:
            if u["kind"] != "body":
                continue
            k = re.sub(r"\s+", " ", u["text"]).strip().lower()
            if k in seen:
                continue
            if not [e for e in suggest(u["text"]) if e["type"] != "?"] or len(u["text"]) > 500:
                continue
            seen.add(k)
            got += 1
            chosen.append({"id": u["id"], "doc": d["doc"], "source": u["source"], "text": u["text"],
                           "split": d["split"], "kind": u["kind"], "suggested": suggest(u["text"])})
            if got >= 2:
                break
    with open(out, "w", encoding="utf-8") as f:
        for c in chosen:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(chosen), "extra sentences")


def select_third(alldocs, cands, cands2, out):
    """Third selection round (2026, more Organization/Misc/Law training data, see README): LearningLion rows of the
    TRAIN split only (row % 5 != 0) that were not used in the first two rounds, drawn with random.Random(20261127);
    of each row at most 3 sentences (at most 400 characters) with at least two pre-suggested spans of which at least
    one is untyped ("?") or Organization/Misc/Law. Stops at 200 sentences."""
    _select_qa(alldocs, [cands, cands2], 20261127, out)


def select_fifth(alldocs, used_files, out):
    """Fifth selection round (2026): as the third round, excluding everything selected in rounds 1-4, seed 20261128."""
    _select_qa(alldocs, used_files, 20261128, out)


def _take_units(d, seen, chosen, skip_headers):
    """Adds to `chosen` at most 3 unseen units (at most 400 characters) of document `d` with at least two
    pre-suggested spans of which at least one is untyped ("?") or Organization/Misc/Law."""
    got = 0
    for u in d["units"]:
        k = re.sub(r"\s+", " ", u["text"]).strip().lower()
        if (skip_headers and u["kind"] == "header") or k in seen or len(u["text"]) > 400:
            continue
        sg = suggest(u["text"])
        if len(sg) < 2 or not [e for e in sg if e["type"] in ("?", "ORG", "MSC", "LAW")]:
            continue
        seen.add(k)
        got += 1
        chosen.append({"id": u["id"], "doc": d["doc"], "source": u["source"], "text": u["text"],
                       "split": d["split"], "kind": u["kind"], "suggested": sg})
        if got >= 3:
            break


def _write_chosen(chosen, out, label):
    with open(out, "w", encoding="utf-8") as f:
        for c in chosen[:200]:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(min(len(chosen), 200), label)


def _select_qa(alldocs, used_files, seed, out):
    docs = [json.loads(line) for line in open(alldocs, encoding="utf-8")]
    used = [json.loads(line) for f in used_files for line in open(f, encoding="utf-8")]
    seen = {re.sub(r"\s+", " ", r["text"]).strip().lower() for r in used}
    used_docs = {r["doc"] for r in used}
    rng = random.Random(seed)
    qa = [d for d in docs if d["doc"].startswith("qa-") and d["doc"] not in used_docs and d["split"] == "train"]
    chosen = []
    for d in rng.sample(qa, len(qa)):
        _take_units(d, seen, chosen, skip_headers=False)
        if len(chosen) >= 200:
            break
    _write_chosen(chosen, out, "sentences selected")


def select_fourth(alldocs, cands, cands2, cands3, out):
    """Fourth selection round (2026): further body and footnote units of the Limburg documents of the TRAIN split,
    in document order, not selected before; of each document at most 3 units (at most 400 characters) with at least
    two pre-suggested spans of which at least one is untyped ("?") or Organization/Misc/Law. Stops at 200."""
    docs = [json.loads(line) for line in open(alldocs, encoding="utf-8")]
    used = [json.loads(line) for f in (cands, cands2, cands3) for line in open(f, encoding="utf-8")]
    seen = {re.sub(r"\s+", " ", r["text"]).strip().lower() for r in used}
    chosen = []
    for d in docs:
        if not d["doc"].startswith("lb-") or d["split"] != "train":
            continue
        _take_units(d, seen, chosen, skip_headers=True)
        if len(chosen) >= 200:
            break
    _write_chosen(chosen, out, "fourth-round sentences")


def patch(path, corr):
    """Apply late hand corrections (same instruction syntax) to sentences already in the gold file."""
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    instrs = {}
    for line in open(corr, encoding="utf-8"):
        m = re.match(r"^@(\S+)\s+(.*)$", line.rstrip("\n"))
        if m:
            instrs[m.group(1)] = m.group(2)
    done = set()
    for r in rows:
        if r["id"] not in instrs:
            continue
        row = {"id": r["id"], "text": r["text"],
               "suggested": [dict(e, type=TYPES[e["type"]]) for e in r["entities"]]}
        ents = sorted(apply_ops(row, instrs[r["id"]]), key=lambda e: e["start"])
        r["entities"] = [{"start": e["start"], "end": e["end"], "type": CODES[e["type"]], "text": e["text"]}
                         for e in ents]
        done.add(r["id"])
    missing = set(instrs) - done
    if missing:
        raise ValueError("patch ids not found: %s" % sorted(missing))
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("patched", len(done))


def subsample(path, keep_percent):
    """Keep a sentence without entities only if sha1(id) % 100 < keep_percent (brings them to about 15 %)."""
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    out = [r for r in rows if r["entities"]
           or int(hashlib.sha1(r["id"].encode("utf-8")).hexdigest(), 16) % 100 < keep_percent]
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("kept", len(out), "of", len(rows))


def load(cands, batch, size):
    rows = [json.loads(line) for line in open(cands, encoding="utf-8")]
    return rows[batch * size:(batch + 1) * size]


def show(cands, batch, size=100):
    for r in load(cands, batch, size):
        print("%s %s| %s" % (r["id"], r["kind"][0], render(r["text"], r["suggested"])))


def _occurrences(text, span):
    out, i = [], text.find(span)
    while i >= 0:
        out.append(i)
        i = text.find(span, i + 1)
    return out


def _pick(text, span, ents_free_check):
    m = re.match(r"^(.*?)(?:#(\d+|\*))?$", span)
    span, which = m.group(1), m.group(2)
    occ = _occurrences(text, span)
    if not occ:
        raise ValueError("span %r not in text" % span)
    if which == "*":
        return span, occ
    if which:
        return span, [occ[int(which) - 1]]
    free = [o for o in occ if ents_free_check(o, o + len(span))]
    return span, [free[0] if free else occ[0]]


def apply_ops(row, instr):
    text = row["text"]
    ents = [dict(e) for e in row["suggested"]]
    instr = instr.strip()
    if instr == "DROP":
        return None
    if instr.startswith("::"):
        t2, e2 = parse_markup(instr[2:].strip())
        if t2 != text:
            raise ValueError("markup text differs for %s:\n%r\n%r" % (row["id"], t2, text))
        return e2
    for op in [o.strip() for o in instr.split(" ; ") if o.strip()]:
        kind = op[0]
        body = op[1:]
        if kind == "-":
            m = re.match(r"^(.*?)(?:#(\d+))?$", body)
            sp, which = m.group(1), m.group(2)
            hits = [e for e in ents if e["text"] == sp]
            if not hits:
                raise ValueError("%s: no entity %r to remove" % (row["id"], sp))
            if which:
                hits = [hits[int(which) - 1]]
            ents = [e for e in ents if e not in hits]
        elif kind in "+=":
            code, sp = body.split(" ", 1)
            if code not in CODES:
                raise ValueError("%s: bad code %r" % (row["id"], code))
            if kind == "=":
                m = re.match(r"^(.*?)(?:#(\d+|\*))?$", sp)
                sp2, which = m.group(1), m.group(2)
                hits = [e for e in ents if e["text"] == sp2]
                if not hits:
                    raise ValueError("%s: no entity %r to retype" % (row["id"], sp2))
                if which and which != "*":
                    hits = [hits[int(which) - 1]]
                for e in hits:
                    e["type"] = code
            else:
                def free(s, e_):
                    return all(not (s < x["end"] and x["start"] < e_) for x in ents)
                sp2, starts = _pick(text, sp, free)
                for s in starts:
                    e_ = s + len(sp2)
                    ents = [x for x in ents if not (s < x["end"] and x["start"] < e_)]
                    ents.append({"start": s, "end": e_, "type": code, "text": sp2})
        else:
            raise ValueError("%s: bad op %r" % (row["id"], op))
    return ents


def apply(cands, batch, corr, outpath, size=100):
    rows = load(cands, batch, size)
    instrs = {}
    for line in open(corr, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r"^@(\S+)\s+(.*)$", line)
        if not m:
            raise ValueError("bad line %r" % line)
        if m.group(1) in instrs:
            instrs[m.group(1)] += " ; " + m.group(2)
        else:
            instrs[m.group(1)] = m.group(2)
    ids = {r["id"] for r in rows}
    unknown = set(instrs) - ids
    if unknown:
        raise ValueError("ids not in batch: %s" % sorted(unknown))
    existing = set()
    try:
        for line in open(outpath, encoding="utf-8"):
            existing.add(json.loads(line)["id"])
    except FileNotFoundError:
        pass
    out, errors = [], []
    for r in rows:
        try:
            ents = apply_ops(r, instrs[r["id"]]) if r["id"] in instrs else r["suggested"]
        except ValueError as exc:
            errors.append(str(exc))
            continue
        if ents is None:
            continue
        ents = sorted(ents, key=lambda e: e["start"])
        for e in ents:
            if e["type"] == "?" or e["type"] not in CODES:
                errors.append("%s: unresolved %r (%s)" % (r["id"], e["text"], e["type"]))
            if r["text"][e["start"]:e["end"]] != e["text"]:
                errors.append("%s: offset mismatch %r" % (r["id"], e["text"]))
        for a, b in zip(ents, ents[1:]):
            if a["end"] > b["start"]:
                errors.append("%s: overlap %r %r" % (r["id"], a["text"], b["text"]))
        if r["id"] in existing:
            errors.append("%s: already in output" % r["id"])
        out.append({"id": r["id"], "source": r["source"], "text": r["text"],
                    "entities": [{"start": e["start"], "end": e["end"], "type": CODES[e["type"]], "text": e["text"]}
                                 for e in ents if e["type"] in CODES],
                    "split": r["split"]})
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(outpath, "a", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("appended", len(out), "sentences;", sum(len(o["entities"]) for o in out), "entities")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "select":
        select(sys.argv[2], sys.argv[3])
    elif cmd == "show":
        show(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]) if len(sys.argv) > 4 else 100)
    elif cmd == "select-extra":
        select_extra(sys.argv[2], sys.argv[3], sys.argv[4])
    elif cmd == "select-third":
        select_third(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    elif cmd == "select-fourth":
        select_fourth(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6])
    elif cmd == "select-fifth":
        select_fifth(sys.argv[2], sys.argv[3:-1], sys.argv[-1])
    elif cmd == "patch":
        patch(sys.argv[2], sys.argv[3])
    elif cmd == "subsample":
        subsample(sys.argv[2], int(sys.argv[3]))
    elif cmd == "apply":
        apply(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5], int(sys.argv[6]) if len(sys.argv) > 6 else 100)
