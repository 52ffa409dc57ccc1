#!/usr/bin/python3
"""Exact local vertex and edge connectivity, for the analysis' max-flow counts of κ and λ.

Run from the repository root with the Debian Python (it has networkx and igraph):

    /usr/bin/python3 tests/reference/connectivity.py

Writes tests/fixtures/reference/connectivity.json:

    davisEvents   every pair of Davis's events (networkx davis_southern_women_graph, the bipartite
                  women + events graph that tests/fixtures/csv/davis imports as persons, events and
                  memberships) that share at least one woman: {s, t, kappa, lambda, shared}, kappa =
                  networkx node_connectivity(G, s, t), lambda = edge_connectivity(G, s, t), shared =
                  the women attending both. Events are never adjacent, so every pair is defined.
                  These are exactly the collaborations Brobygger finds in that import, and its
                  person + organisation network is this graph.
    karate        every non-adjacent pair of the fixture graph (tests/fixtures/graphs/karate.graphml):
                  {s, t, kappa, lambda}, the same two networkx functions.
    lesmis        500 non-adjacent pairs of tests/fixtures/graphs/lesmis.graphml, drawn with
                  random.Random(11).sample from all of them in sorted order, then sorted.

Every value is checked against python-igraph (vertex_connectivity / edge_connectivity with source
and target, checks=False; the pairs are non-adjacent, so no neighbour rule applies); the script stops
if the two libraries disagree anywhere.
"""

import itertools
import json
import os
import random

import igraph as ig
import networkx as nx

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "fixtures", "reference", "connectivity.json")


def igraph_of(G):
    nodes = sorted(G.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    H = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in G.edges])
    return H, index


def pairs(G, candidates):
    H, index = igraph_of(G)
    out = []
    for s, t in candidates:
        kappa = nx.node_connectivity(G, s, t)
        lam = nx.edge_connectivity(G, s, t)
        ik = H.vertex_connectivity(source=index[s], target=index[t], checks=False)
        il = H.edge_connectivity(source=index[s], target=index[t], checks=False)
        assert (kappa, lam) == (ik, il), (s, t, kappa, lam, ik, il)
        out.append({"s": s, "t": t, "kappa": kappa, "lambda": lam})
    return out


def davis_events():
    G = nx.davis_southern_women_graph()
    events = sorted(v for v, d in G.nodes(data=True) if d["bipartite"] == 1)
    candidates = []
    for s, t in itertools.combinations(events, 2):
        if set(G[s]) & set(G[t]):
            candidates.append((s, t))
    rows = pairs(G, candidates)
    for row in rows:
        row["shared"] = len(set(G[row["s"]]) & set(G[row["t"]]))
    return rows


def non_adjacent(name, sample=None):
    G = nx.read_graphml(os.path.join(ROOT, "tests", "fixtures", "graphs", name + ".graphml"))
    G = nx.Graph(G)
    nodes = sorted(G.nodes)
    candidates = [(s, t) for s, t in itertools.combinations(nodes, 2) if not G.has_edge(s, t)]
    if sample is not None:
        candidates = sorted(random.Random(11).sample(candidates, sample))
    return pairs(G, candidates)


def main():
    davis = davis_events()
    # the reason for the file: a membership network where the counts go well beyond 3
    assert max(r["kappa"] for r in davis) > 3
    assert any(r["kappa"] > r["shared"] and r["kappa"] > 3 for r in davis)
    result = {
        "source": f"networkx {nx.__version__}, python-igraph {ig.__version__}",
        "davisEvents": davis,
        "karate": non_adjacent("karate"),
        "lesmis": non_adjacent("lesmis", 500),
    }
    # one pair a line: readable in a diff, a quarter of the size of an indented dump
    lines = ["{", f' "source": {json.dumps(result["source"])},']
    keys = [k for k in result if k != "source"]
    for i, key in enumerate(keys):
        rows = ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in result[key])
        lines.append(f' "{key}": [\n{rows}\n ]' + ("," if i < len(keys) - 1 else ""))
    lines.append("}")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", os.path.relpath(OUT, ROOT), {k: len(v) for k, v in result.items() if isinstance(v, list)})
    print("davis: max kappa", max(r["kappa"] for r in davis), "max lambda", max(r["lambda"] for r in davis))


if __name__ == "__main__":
    main()
