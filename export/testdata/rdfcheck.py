"""Parse newsgraph's N-Quads and JSON-LD exports with rdflib, as an RDF user would.

usage: rdfcheck.py EXPORT.nq EXPORT.jsonld

Prints one JSON object: quad counts, every IRI that is not absolute under a
known scheme (relative IRIs and CURIEs such as xsd:integer, which parse as an
IRI of the scheme "xsd"), literals whose datatype rdflib cannot read, and the
datatypes each predicate's literals have in each file.
"""
import json
import pathlib
import sys
from urllib.parse import urlsplit

import rdflib
from rdflib import Literal, URIRef

SCHEMES = {"http", "https", "urn"}


def bad_iri(iri):
    return urlsplit(str(iri)).scheme not in SCHEMES


def check(ds, out, name, default=None):
    types = {}
    bad, unreadable = set(), []
    n = 0
    for s, p, o, g in ds.quads((None, None, None, None)):
        n += 1
        for term in (s, p, o, g):
            ident = getattr(term, "identifier", term)
            if ident == default:
                continue  # the graph rdflib names after the file for triples outside any graph
            if isinstance(ident, URIRef) and bad_iri(ident):
                bad.add(str(ident))
        if isinstance(o, Literal) and o.datatype is not None:
            if bad_iri(o.datatype):
                bad.add(str(o.datatype))
            if o.value is None:
                unreadable.append("%s^^%s" % (o, o.datatype))
            types.setdefault(str(p), set()).add(str(o.datatype))
    out[name] = {
        "quads": n,
        "bad_iris": sorted(bad)[:20],
        "n_bad_iris": len(bad),
        "unreadable": unreadable[:20],
        "datatypes": {p: sorted(t) for p, t in sorted(types.items())},
    }


def main():
    nq, ld = sys.argv[1], sys.argv[2]
    out = {"rdflib": rdflib.__version__}
    ds = rdflib.Dataset() if hasattr(rdflib, "Dataset") else rdflib.ConjunctiveGraph()
    ds.parse(nq, format="nquads")
    check(ds, out, "nquads")
    ds = rdflib.Dataset() if hasattr(rdflib, "Dataset") else rdflib.ConjunctiveGraph()
    ds.parse(ld, format="json-ld")
    check(ds, out, "jsonld", default=URIRef(pathlib.Path(ld).absolute().as_uri()))
    json.dump(out, sys.stdout, indent=1)


main()
