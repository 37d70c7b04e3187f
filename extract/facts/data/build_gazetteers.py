#!/usr/bin/env python3
"""Build the compact gazetteers embedded in package facts (extract/facts) (standard library only).

  python3 build_gazetteers.py --factbook DIR --cities FILE --ssa DIR --out DIR

--factbook: the country JSON files of github factbook/factbook.json (CIA World Factbook, CC0).
--cities:   data/world-cities.csv of github datasets/world-cities (GeoNames, CC BY 4.0).
--ssa:      the yobYYYY.txt files of the US Social Security Administration's national baby
            names (a US government work, public domain), e.g. raw-data/ of github
            hackerb9/ssa-baby-names.
--words:   a word list whose lower-case entries are ordinary words (Debian wamerican, from
            SCOWL): used to leave out cities spelt like words, and shipped as words.txt.gz.
Writes countries.txt and, gzipped, places.txt.gz, parties.txt.gz, givennames.txt.gz and
words.txt.gz (see SOURCES.md).
"""
import argparse
import collections
import csv
import glob
import json
import os
import re

ASCII_NAME = re.compile(r"^[A-Z][A-Za-z.'\- ]*[A-Za-z.]$")


def text(d, *path):
    for p in path:
        if not isinstance(d, dict):
            return ""
        d = d.get(p, {})
    return d.get("text", "") if isinstance(d, dict) else ""


def clean(s):
    s = re.sub(r"<[^>]+>", " ", s)
    s = re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()
    return s


def forms(s):
    """'Libyan(s)' -> Libyan, Libyans; 'Chinese/Hong Konger' -> both; notes dropped."""
    s = clean(s.split(";")[0])
    s = re.sub(r"\([^)]*(collective|singular|plural|note)[^)]*\)", "", s)
    out = []
    for part in re.split(r"[,/]| or ", s):
        part = part.strip()
        m = re.match(r"^(.*?)\((\w+)\)$", part)
        if m:
            base = m.group(1).strip()
            out += [base, base + m.group(2)]
        elif part:
            out.append(part)
    return [o for o in out if ASCII_NAME.match(o) and len(o) > 2]


def factbook(dirpath):
    countries, parties = [], set()
    for f in sorted(glob.glob(os.path.join(dirpath, "*.json"))):
        d = json.load(open(f, encoding="utf-8"))
        g = d.get("Government", {})
        short = clean(text(g, "Country name", "conventional short form"))
        if not short or short.lower() == "none" or not ASCII_NAME.match(short):
            continue
        aliases = []
        longf = clean(text(g, "Country name", "conventional long form").split(";")[0])
        if longf and longf.lower() != "none" and ASCII_NAME.match(longf):
            aliases.append(longf)
        for a in re.split(r" or |,", clean(text(g, "Country name", "abbreviation"))):
            a = a.strip()
            if a and a.lower() != "none" and ASCII_NAME.match(a):
                aliases.append(a)
        nat = d.get("People and Society", {}).get("Nationality", {})
        dem = [x for x in forms(text(nat, "noun")) + forms(text(nat, "adjective")) if x != short and x not in aliases]
        cap = clean(re.sub(r"\([^)]*\)", "", text(g, "Capital", "name")).split(";")[0]).split(",")[0].strip()
        if not ASCII_NAME.match(cap or "-"):
            cap = ""
        countries.append("%s|%s|%s|%s" % (short, ",".join(dict.fromkeys(aliases)), ",".join(dict.fromkeys(dem)), cap))
        for p in re.split(r"<br\s*/?>", text(g, "Political parties")):
            p = clean(p)
            p = re.sub(r"\[[^\]]*\]", "", p)
            for name in re.split(r" or |\(|\)|;|,", p):
                name = name.strip()
                if not ASCII_NAME.match(name) or len(name) < 3:
                    continue
                words = name.split()
                # a whole party name ("Scottish National Party"); acronyms ("ABC") and
                # single ordinary words ("Labor", "Green") say nothing alone
                if len(words) >= 2 and not name.isupper():
                    parties.add(name)
    return countries, sorted(parties)


def cities(path, words):
    """City and first-level region names; a city spelt like an ordinary English word
    ("Police", "Reading", "Split") is left out: its capital letter says too little."""
    names, regions = set(), set()
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for v, into in ((row["name"], names), (row["subcountry"], regions)):
                v = v.strip()
                if ASCII_NAME.match(v) and len(v) > 2 and not (into is names and v.lower() in words):
                    into.add(v)
    return sorted(names), sorted(regions)


def givennames(dirpath, min_total):
    count = collections.defaultdict(lambda: [0, 0])
    for f in sorted(glob.glob(os.path.join(dirpath, "yob*.txt"))):
        for line in open(f, encoding="utf-8"):
            name, sex, n = line.strip().split(",")
            count[name][0 if sex == "M" else 1] += int(n)
    out = []
    for name, (m, f) in sorted(count.items()):
        if m + f < min_total or len(name) < 2:
            continue
        g = "m" if m >= 0.9 * (m + f) else "f" if f >= 0.9 * (m + f) else "u"
        out.append("%s %s" % (name, g))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--factbook", required=True)
    ap.add_argument("--cities", required=True)
    ap.add_argument("--ssa", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--words", default="/usr/share/dict/words",
                    help="a word list (Debian wamerican); its lower-case words are ordinary words")
    ap.add_argument("--min-births", type=int, default=2000)
    a = ap.parse_args()
    countries, parties = factbook(a.factbook)
    words = set()
    if os.path.exists(a.words):
        words = {w.strip() for w in open(a.words, encoding="utf-8") if w.strip().islower()}
    names, regions = cities(a.cities, words)
    given = givennames(a.ssa, a.min_births)
    def write(fn, lines):
        data = ("\n".join(lines) + "\n").encode("utf-8")
        if fn.endswith(".gz"):
            import gzip
            with gzip.GzipFile(os.path.join(a.out, fn), "wb", mtime=0) as fh:
                fh.write(data)
            return
        with open(os.path.join(a.out, fn), "wb") as fh:
            fh.write(data)
    write("countries.txt", countries)
    write("places.txt.gz", ["R " + r for r in regions] + ["C " + c for c in names])
    write("parties.txt.gz", parties)
    write("givennames.txt.gz", given)
    # Ordinary English words (SCOWL via Debian's wamerican): a name that opens with
    # one ("Human Rights", "Space Shuttle Atlantis") is no person's.
    if words:
        import gzip
        with gzip.GzipFile(os.path.join(a.out, "words.txt.gz"), "wb", mtime=0) as fh:
            fh.write(("\n".join(sorted(w for w in words if w.isalpha() and w.isascii() and len(w) >= 3)) + "\n").encode())


if __name__ == "__main__":
    main()
