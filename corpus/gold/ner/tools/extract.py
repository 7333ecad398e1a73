"""Extract candidate sentences for the NER gold set.

Reads the read-only sources in ../shared/corpus (relative to the repository root) and writes
candidate sentences (id, source, text, split) as JSON lines to the path given on the command line.
Nothing from shared/ is copied into the repository except the individual sentences that end up
in sentences.jsonl after manual annotation.

Usage: python3 extract.py <shared_corpus_dir> <repo_root> <out.jsonl>
"""
import csv
import glob
import hashlib
import json
import os
import random
import re
import subprocess
import sys

csv.field_size_limit(10**9)

ABBREV = {
    "nr", "nrs", "art", "artt", "o.a", "bijv", "bv", "dhr", "mevr", "mw", "jl", "ca", "e.d", "etc", "incl",
    "excl", "resp", "m.b.t", "t.a.v", "i.v.m", "d.w.z", "z.g", "e.a", "c.s", "blz", "p", "pp", "vgl", "zgn",
    "stb", "stcrt", "min", "max", "mln", "mld", "drs", "dr", "prof", "mr", "ir", "ing", "st", "sr", "jr",
    "no", "vs", "cf", "al", "a.s", "i.c.m", "m.u.v", "t/m", "o.b.v", "n.a.v", "i.o.m", "ovv", "e.v", "z.s.m",
    "evt", "ivm", "tav", "mbt", "nl", "kst", "red", "par", "hfd", "lid", "sub", "vnl", "gem", "excl", "nov",
    "dec", "jan", "feb", "okt", "sept", "aug", "apr", "mrt", "jun", "jul", "i.p.v", "o.i.d", "e.e.a", "m.i.v",
    "a.i", "z.i", "i.h.k.v", "t.b.v", "c.q", "d.d", "m.n",
}


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


def join_lines(lines):
    """Join physical lines into one string, repairing line-end hyphenation."""
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        last_tok = out.split(" ")[-1]
        if ("http" in last_tok or "www." in last_tok) and not last_tok.endswith((")", ".", ",")):
            out += line  # URL broken over two lines
        elif out.endswith("-") and len(out) > 1:
            prev = out[-2]
            nxt_word = line.split(" ")[0]
            if nxt_word in ("en", "of", "tot", "noch", "dan"):
                out += " " + line  # suspended compound: "wet- en regelgeving"
            elif prev.islower() and line[0].islower():
                out = out[:-1] + line  # plain hyphenation
            else:
                out += line  # compound hyphen: "OM-strafbeschikking", "niet-Nederlands"
        elif out.endswith("/"):
            out += line
        else:
            out += " " + line
    return norm_ws(out)


SPLIT_RE = re.compile(
    r"([.?!]+[»”’\"')]*(?:\[\d+ ?\])?\d{0,2}[»”’\"')]*)(\s+)(?=[A-ZÀ-ÖØ-Þ«‘“\"(\d•–-])"
    r"|(?<=[a-zà-ÿ]{3}[.?!])(?=[A-Z][a-zà-ÿ])"
)


def split_sentences(text):
    """Rule-based sentence splitter for Dutch government text."""
    text = norm_ws(text)
    if not text:
        return []
    pieces = []
    start = 0
    for m in SPLIT_RE.finditer(text):
        end = m.end(1) if m.group(1) is not None else m.start()
        cand = text[start:end]
        if m.group(1) is not None:
            # abbreviation check: token before the final period
            pre = text[start:m.start(1) + 1]
            tok = pre.split(" ")[-1].rstrip(".").lower()
            tok = tok.lstrip("(«‘“")
            if m.group(1).startswith(".") and re.fullmatch(r"\d{1,2}", tok) and re.search(r"(^|[:;]\s?)\d{1,2}\.$", pre):
                continue  # list marker "1."
            if m.group(1).startswith(".") and (tok in ABBREV or re.fullmatch(r"[a-zà-ÿ]", tok)
                                               or re.fullmatch(r"(?:[a-z]\.)+[a-z]", tok)):
                continue
        # do not split inside guillemets
        if cand.count("«") > cand.count("»"):
            continue
        if cand.count("(") > cand.count(")") and len(cand) < 400:
            continue
        pieces.append(cand.strip())
        start = m.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p and re.search(r"[A-Za-zÀ-ÿ]", p)]


def sha_mod(key, mod=5):
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % mod


# ----------------------------------------------------------------------------------------------------
# Source 1: learninglion QA pairs

def qa_units(shared):
    path = os.path.join(shared, "csv", "learninglion-qa-pairs-dev.csv")
    rows = list(csv.reader(open(path, encoding="utf-8", newline="")))[1:]
    for row in rows:
        idx = int(row[0])
        doc = {"doc": "qa-%04d" % idx, "split": "test" if idx % 5 == 0 else "train", "units": []}
        for part, col, label in (("q", 2, "question"), ("a", 3, "answer")):
            text = join_lines(row[col].splitlines())
            for n, s in enumerate(split_sentences(text), 1):
                doc["units"].append({
                    "id": "qa-%04d-%s-%d" % (idx, part, n),
                    "source": "learninglion-qa-pairs-dev.csv row %d %s" % (idx, label),
                    "text": s, "kind": "body"})
        yield doc


# ----------------------------------------------------------------------------------------------------
# Source 2: kamervragen-limburg CSV

FURNITURE_LB = [
    r"Tweede Kamer der Staten-Generaal\s*\d?", r"Vergaderjaar \d{4}.\d{4}.*", r"Vragen gesteld door de leden der Kamer.*",
    r"regering gegeven antwoorden", r"\d{1,4}", r"(\d+ )+\d+", r"ah-tk-.*", r"kv-tk-.*", r"ISSN.*", r"’s-Gravenhage.*",
    r"Tweede Kamer, vergaderjaar.*", r"AH \d+", r"\d{4}Z\d{5}", r"Aanhangsel van de Handelingen", r"",
]
LABEL_LB = re.compile(
    r"^(?:Vraag|Vragen|Antwoord|Antwoorden|Antwoord op vraag|Antwoord op de vragen|Beantwoording vraag|Mededeling|Toelichting)"
    r"(?:\s+\d+(?:\s*(?:,|en|-|–|/)\s*\d+)*)?\s*:?$")
FOOT_START = re.compile(r"^(\d{1,2})(?=[A-Z«“‘\"(]|http|www|[a-z])")


def lb_docs(shared):
    path = os.path.join(shared, "csv", "kamervragen-limburg_questions_2024-11_pdf-docx-text.csv")
    rows = list(csv.DictReader(open(path, encoding="utf-8", newline="")))
    # link documents that share a zaak number, so that linked documents get the same split
    zaak = [set(re.findall(r"20\d\dZ\d{5}", r["text_content"])) for r in rows]
    group = list(range(len(rows)))
    for i in range(len(rows)):
        for j in range(i):
            if zaak[i] & zaak[j]:
                gi, gj = group[i], group[j]
                lo = min(gi, gj)
                group = [lo if g in (gi, gj) else g for g in group]
    for i, r in enumerate(rows):
        split = "test" if group[i] % 5 == 0 else "train"
        lines = r["text_content"].replace("\r", "").split("\n")
        blocks = []  # (kind, [lines])
        cur, kind = [], "body"
        in_foot = False
        for line in lines:
            s = line.strip()
            if any(re.fullmatch(p, s) for p in FURNITURE_LB):
                if cur:
                    blocks.append((kind, cur))
                cur, kind, in_foot = [], "body", False
                continue
            if LABEL_LB.match(s):
                if cur:
                    blocks.append((kind, cur))
                cur, kind, in_foot = [], "body", False
                continue
            m = FOOT_START.match(s)
            if m and not re.match(r"^\d{1,2}[a-z]", s):
                if cur:
                    blocks.append((kind, cur))
                cur, kind, in_foot = [s[m.end():]], "footnote", True
                continue
            if in_foot and re.match(r"^(Vraag|Antwoord)\b", s):
                if cur:
                    blocks.append((kind, cur))
                cur, kind, in_foot = [], "body", False
            cur.append(s)
        if cur:
            blocks.append((kind, cur))
        doc = {"doc": "lb-%02d" % i, "split": split, "units": [], "name": r["name"]}
        n = 0
        for kind, blines in blocks:
            text = join_lines(blines)
            sents = [text] if kind == "footnote" else split_sentences(text)
            for s in sents:
                if not s.strip():
                    continue
                n += 1
                k = kind
                if kind == "body" and re.match(r"^(?:Mondelinge )?(?:Vragen van|Antwoord van|Nader antwoord van|Mededeling van|Zie ook|Antwoorden van|Vragen van het)", s):
                    k = "header"
                doc["units"].append({
                    "id": "lb-%02d-%d" % (i, n),
                    "source": "kamervragen-limburg_questions_2024-11_pdf-docx-text.csv data row %d (%s) %s" % (i, r["name"], k),
                    "text": s, "kind": k})
        yield doc


# ----------------------------------------------------------------------------------------------------
# Source 3: the 14 official PDFs. Headers come from pdftotext; questions, answers and footnotes from the
# project's hand-checked PDF gold (corpus/gold/pdf/*.json), which removes page furniture and superscripts.

def pdf_docs(shared, repo):
    for pdf in sorted(glob.glob(os.path.join(shared, "pdf", "*.pdf"))):
        base = os.path.basename(pdf)[:-4]
        nr = int(base.split("_")[0].split("-")[-1])
        split = "test" if nr % 5 == 0 else "train"
        gold = json.load(open(os.path.join(repo, "corpus", "gold", "pdf", base + ".json"), encoding="utf-8"))
        raw = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        lines = raw.split("\n")
        # header: from the line after the Aanhangsel number up to the first "Vraag" label
        hdr = []
        started = False
        for line in lines:
            s = line.strip()
            if not started:
                if s == str(nr):
                    started = True
                continue
            if re.match(r"^Vraag \d", s):
                break
            hdr.append(s)
        doc = {"doc": "pdf-%d" % nr, "split": split, "units": [], "name": base}
        n = 0

        def add(text, kind, where):
            nonlocal n
            n += 1
            doc["units"].append({"id": "pdf-%d-%d" % (nr, n), "source": "%s.pdf %s" % (base, where),
                                 "text": text, "kind": kind})
        for s in split_sentences(join_lines(hdr)):
            add(s, "header", "header")
        qs, ans = gold["questions"], gold["answers"]
        for k in range(max(len(qs), len(ans))):
            if k < len(qs):
                q = qs[k]
                for s in split_sentences(q["text"]):
                    add(s, "body", "Vraag " + ", ".join(map(str, q["numbers"])))
            if k < len(ans):
                a = ans[k]
                for s in split_sentences(a["text"]):
                    add(s, "body", "Antwoord " + ", ".join(map(str, a["numbers"])))
        for fn in gold["footnotes"]:
            add(norm_ws(fn["text"]), "footnote", "footnote %d" % fn["number"])
        yield doc


if __name__ == "__main__":
    shared, repo, out = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(out, "w", encoding="utf-8") as f:
        for gen in (qa_units(shared), lb_docs(shared), pdf_docs(shared, repo)):
            for doc in gen:
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
