#!/usr/bin/env python3
"""Validate corpus/cases/cases.jsonl.

1. Structure: every line parses as JSON, ids are unique, required fields are present and typed.
2. Quotes (optional): for every denial/evidence side with "paraphrased": false, each part of the text
   outside [square-bracket insertions] must occur in the source named by its "locator"
   (comparison on letters and digits only, case-folded, so PDF line breaks, hyphenation and
   glued words do not matter). Needs the read-only shared corpus (default: ../shared/corpus
   relative to the project root) and `pdftotext` for PDF sources; skipped with a message if absent.

Usage: python3 corpus/cases/validate.py [--shared PATH] [--no-quotes]
"""
import argparse, csv, json, re, shutil, subprocess, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases.jsonl"
DEFAULT_SHARED = HERE.parents[2] / "shared" / "corpus"   # <root>/../shared/corpus

LABELS = {"contradiction", "no-contradiction"}
TYPES = {"quantity", "negation", "scope", "antonym", None}
SIDE_KEYS = {"text": str, "speaker": str, "source": str, "paraphrased": bool}
DATE_RE = re.compile(r"^\d{4}-(\d{2}|XX)-(\d{2}|XX)$")


def check_structure(cases):
    errors, ids = [], set()
    for n, c in enumerate(cases, 1):
        where = f"line {n} ({c.get('id', '?')})"
        for k in ("id", "label", "expectedType", "denial", "evidence", "notes"):
            if k not in c:
                errors.append(f"{where}: missing field {k}")
        if c.get("id") in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(c.get("id"))
        if c.get("label") not in LABELS:
            errors.append(f"{where}: bad label {c.get('label')!r}")
        if c.get("expectedType") not in TYPES:
            errors.append(f"{where}: bad expectedType {c.get('expectedType')!r}")
        if c.get("label") == "contradiction" and c.get("expectedType") is None:
            errors.append(f"{where}: positive case without expectedType")
        if c.get("label") == "no-contradiction" and c.get("expectedType") is not None:
            errors.append(f"{where}: control with expectedType")
        prefix = "pos-" if c.get("label") == "contradiction" else "neg-"
        if not str(c.get("id", "")).startswith(prefix):
            errors.append(f"{where}: id prefix does not match label")
        if not isinstance(c.get("notes"), str) or not c.get("notes"):
            errors.append(f"{where}: empty notes")
        for s in ("denial", "evidence"):
            side = c.get(s)
            if not isinstance(side, dict):
                continue
            for k, t in SIDE_KEYS.items():
                if not isinstance(side.get(k), t) or (t is str and not side.get(k)):
                    errors.append(f"{where}: {s}.{k} missing or not {t.__name__}")
            if "date" not in side:
                errors.append(f"{where}: {s}.date missing")
            elif side["date"] is not None and not DATE_RE.match(side["date"]):
                errors.append(f"{where}: {s}.date {side['date']!r} not YYYY-MM-DD / YYYY-MM-XX / null")
            if not isinstance(side.get("locator"), dict) or "file" not in side["locator"]:
                errors.append(f"{where}: {s}.locator missing")
    return errors


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return "".join(ch for ch in s if ch.isalnum())


def fragments(text):
    for part in re.split(r"\[[^\]]*\]|…|\.\.\.", text):
        n = norm(part)
        if len(n) >= 12:
            yield part.strip(), n


class Sources:
    def __init__(self, root):
        self.root, self.cache = root, {}
        csv.field_size_limit(10 ** 9)

    def text(self, loc):
        key = (loc["file"], loc.get("row"))
        if key not in self.cache:
            self.cache[key] = norm(self._load(loc))
        return self.cache[key]

    def _load(self, loc):
        path = self.root / loc["file"]
        if path.suffix == ".pdf":
            if not shutil.which("pdftotext"):
                raise LookupError("pdftotext not installed")
            return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        if path.suffix == ".csv":
            with open(path, encoding="utf-8", newline="") as f:
                rows = list(csv.DictReader(f))
            if "learninglion" in path.name:     # row = value of the unnamed first column
                r = next(r for r in rows if r[""] == str(loc["row"]))
                return r["anchor"] + "\n" + r["positive"]
            return rows[loc["row"]]["text_content"]   # Limburg CSV: 0-based data row
        return path.read_text(encoding="utf-8")


def check_quotes(cases, shared):
    src, errors, checked, skipped = Sources(shared), [], 0, 0
    for c in cases:
        for s in ("denial", "evidence"):
            side = c[s]
            if side.get("paraphrased"):
                continue
            try:
                hay = src.text(side["locator"])
            except (LookupError, FileNotFoundError, StopIteration, IndexError) as e:
                skipped += 1
                print(f"  skip {c['id']} {s}: {e}")
                continue
            for raw, n in fragments(side["text"]):
                checked += 1
                if n not in hay:
                    errors.append(f"{c['id']} {s}: fragment not found in {side['locator']}: {raw!r}")
    return errors, checked, skipped


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--no-quotes", action="store_true")
    a = ap.parse_args()
    cases, errors = [], []
    for n, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            cases.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON: {e}")
    errors += check_structure(cases)
    pos = [c for c in cases if c.get("label") == "contradiction"]
    neg = [c for c in cases if c.get("label") == "no-contradiction"]
    print(f"{len(cases)} cases: {len(pos)} contradiction, {len(neg)} no-contradiction")
    types = {}
    for c in pos:
        types[c["expectedType"]] = types.get(c["expectedType"], 0) + 1
    print("expectedType (positives):", dict(sorted(types.items())))
    if not a.no_quotes:
        if a.shared.is_dir():
            qerr, checked, skipped = check_quotes(cases, a.shared)
            print(f"quotes: {checked} fragments checked, {skipped} sides skipped, {len(qerr)} not found")
            errors += qerr
        else:
            print(f"quotes: shared corpus not found at {a.shared}; quote check skipped")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
