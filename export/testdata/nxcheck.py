"""Load newsgraph's GraphML, GEXF and node-link exports with networkx's defaults.

usage: nxcheck.py DIR   (DIR holds g.graphml, g.gexf, g.json)

Prints the networkx version, then "nodes edges" for each file. Fails when a
typed attribute reads as a string or an edge lacks who-says-so attributes.
"""
import json
import sys

import networkx as nx

d = sys.argv[1]
print(nx.__version__)
g = nx.read_graphml(d + "/g.graphml")
# networkx before 3.0 reads GEXF 1.1 and 1.2draft only, not the 1.3 that
# Gephi's parallel edges need: FORMATS.md says to use GraphML there.
old = int(nx.__version__.split(".")[0]) < 3
x = None if old else nx.read_gexf(d + "/g.gexf")
with open(d + "/g.json") as f:
    l = nx.node_link_graph(json.load(f))  # the installed version's default edge key
t = g.nodes["ent/donald-trump"]
assert isinstance(t["mentions"], int), type(t["mentions"])
for h, name in ((g, "graphml"), (x, "gexf"), (l, "nodelink")):
    if h is None:
        continue
    # networkx 2.8's read_graphml drops empty values ("" attributed_to: the
    # article's own voice), so there a key must be on some edge, not all.
    lax = old and name == "graphml"
    for k in ("attributed_to", "modality", "qualifiers", "negated", "confidence"):
        have = [k in e for _, _, e in h.edges(data=True)]
        assert any(have) if lax else all(have), "%s: edges without %s" % (name, k)
    e = next(iter(g.edges(data=True)))[2]
    assert isinstance(e["negated"], bool) and isinstance(e["confidence"], float), e
for h in (g, x, l):
    print("gexf 1.3 unsupported" if h is None else "%d %d" % (h.number_of_nodes(), h.number_of_edges()))
