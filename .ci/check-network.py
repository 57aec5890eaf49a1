"""CI: the network files of an output folder open in networkx with one node per actor of the counted types
and one edge per co-mentioned pair, as actors.csv, dyads.csv and run.json say.

    /usr/bin/python3 .ci/check-network.py OUT_DIR
"""
import csv
import json
import sys
from pathlib import Path

import networkx as nx

out = Path(sys.argv[1])
run = json.loads((out / "run.json").read_text())
with open(out / "actors.csv", newline="", encoding="utf-8") as f:
    nodes = {r["actor_id"] for r in csv.DictReader(f) if r["actor_type"] in run["options"]["actor_types"]}
with open(out / "dyads.csv", newline="", encoding="utf-8") as f:
    edges = {(r["actor_1"], r["actor_2"]) for r in csv.DictReader(f)}

for graph in (nx.read_graphml(out / "network.graphml"), nx.read_gexf(out / "network.gexf")):
    assert set(graph.nodes) == nodes, (sorted(graph.nodes), sorted(nodes))
    assert {tuple(sorted(e)) for e in graph.edges} == edges
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (run["network"]["nodes"], run["network"]["edges"])
    assert not graph.is_directed()
print(f"network: {len(nodes)} nodes, {len(edges)} edges in network.graphml and network.gexf")

# numeric attributes must arrive as numbers (the notebook sizes nodes by mentions and edges by weight)
graph = nx.read_graphml(out / "network.graphml")
for n, attrs in graph.nodes(data=True):
    assert isinstance(attrs["mentions"], int), (n, attrs)
for a, b, attrs in graph.edges(data=True):
    assert isinstance(attrs["weight"], int) and isinstance(attrs["sentence_units_no_cue"], int), (a, b, attrs)
print("network: numeric attributes are typed as integers")

# the directed graph of the events: one directed edge per source and target of directed_dyads.csv
with open(out / "directed_dyads.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
directed = {(r["source"], r["target"]) for r in rows}
events = {}
for r in rows:
    events[(r["source"], r["target"])] = events.get((r["source"], r["target"]), 0) + int(r["events"])
ends = {n for e in directed for n in e}
for graph in (nx.read_graphml(out / "network_directed.graphml"), nx.read_gexf(out / "network_directed.gexf")):
    assert graph.is_directed()
    assert set(graph.nodes) == ends, (sorted(graph.nodes), sorted(ends))
    assert set(graph.edges) == directed, (sorted(graph.edges), sorted(directed))
graph = nx.read_graphml(out / "network_directed.graphml")
for a, b, attrs in graph.edges(data=True):
    assert attrs["weight"] == events[(a, b)], (a, b, attrs)
    assert attrs["quad_class"] in {"verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"}
print(f"network: {len(ends)} nodes, {len(directed)} directed edges in network_directed.graphml and .gexf")
