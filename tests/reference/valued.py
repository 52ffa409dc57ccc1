#!/usr/bin/python3
"""Reference values for the valued measures (issue 16), from networkx and python-igraph.

Run from the repository root with the Debian Python (python3-networkx, python3-igraph):

    /usr/bin/python3 tests/reference/valued.py

It writes tests/fixtures/graphs/directed-valued.graphml (a directed valued network: the seeded
G(n, p) digraph of make_fixtures.py, n=40, p=0.08, seed=7, each arc given an integer strength 1-5
from random.Random(16), so a reciprocated pair usually carries two different strengths), and for
it and Les Miserables (co-appearance counts as `strength`) tests/fixtures/reference/<name>-valued.json.

Tie values enter as networkx's `weight` argument:
- strength (weighted degree): G.degree(weight), in- and out- for the digraph;
- Burt's constraint and effective size: nx.constraint / nx.effective_size with weight (mutual weight
  a_ij + a_ji, proportional to the row's total, and to the row's maximum for redundancy);
  efficiency = effective size / number of contacts; hierarchy by hand (as networkx_igraph.py, with
  networkx's weighted local_constraint);
- eigenvector: igraph eigenvector_centrality(weights, scale=True), Les Miserables only (the digraph
  is not strongly connected), checked against networkx eigenvector_centrality(weight);
- betweenness (raw, undirected pairs once) and closeness (networkx's, with Wasserman and Faust's
  correction, outward for the digraph) on distances 1 / strength: networkx on exact fractions,
  betweenness checked against igraph;
- weighted E-I by hand: E and I as sums of strengths across and within groups (each arc of the
  digraph once), per actor over its arcs both ways.
Floats are rounded to 10 decimals.
"""

import json
from fractions import Fraction
import math
import os
import random
import re

import igraph
import networkx as nx

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
GRAPHS = os.path.join(ROOT, "tests", "fixtures", "graphs")
OUT = os.path.join(ROOT, "tests", "fixtures", "reference")


def num(x):
    # networkx_igraph.py's num, restated: importing that script needs numpy, which this one does not
    if x is None:
        return None
    x = float(x)
    if math.isnan(x) or math.isinf(x):
        return None
    x = round(x, 10)
    return 0.0 if x == 0 else x


def directed_valued():
    R = nx.gnp_random_graph(40, 0.08, seed=7, directed=True)
    rng = random.Random(16)
    G = nx.DiGraph(name="gnp_random_graph(40, 0.08, seed=7, directed=True), strengths 1-5 from Random(16)")
    for i in sorted(R.nodes):
        G.add_node(f"n{i}", label=f"n{i}", group="A" if i < 20 else "B")
    for u, v in sorted(R.edges):
        G.add_edge(f"n{u}", f"n{v}", strength=rng.randint(1, 5))
    path = os.path.join(GRAPHS, "directed-valued.graphml")
    nx.write_graphml(G, path, encoding="utf-8", prettyprint=True)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r'(<key [^>]*attr\.type=")long(")', r"\1int\2", text)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return G


def lesmis():
    return nx.read_graphml(os.path.join(GRAPHS, "lesmis.graphml"))


def contacts(G, v):
    return set(nx.all_neighbors(G, v)) - {v}


def hierarchy(G, v):
    N = contacts(G, v)
    n = len(N)
    if n <= 1:
        return None
    c = [nx.local_constraint(G, v, j, weight="strength") for j in N]
    mean = sum(c) / n
    if mean == 0:
        return None
    return sum((x / mean) * math.log(x / mean) for x in c if x > 0) / (n * math.log(n))


def ei(E, I):
    return None if E + I == 0 else (E - I) / (E + I)


def weighted_ei(G, attr):
    group = nx.get_node_attributes(G, attr)
    E = sum(d["strength"] for u, v, d in G.edges(data=True) if group[u] != group[v])
    I = sum(d["strength"] for u, v, d in G.edges(data=True) if group[u] == group[v])
    actors = {}
    for v in G.nodes:
        arcs = list(G.out_edges(v, data=True)) + list(G.in_edges(v, data=True)) if G.is_directed() else list(G.edges(v, data=True))
        e = sum(d["strength"] for a, b, d in arcs if group[a] != group[b])
        i = sum(d["strength"] for a, b, d in arcs if group[a] == group[b])
        actors[v] = num(ei(e, i))
    return {"whole": num(ei(E, I)), "E": E, "I": I, "actors": actors}


def paths(G, out):
    """Betweenness and closeness on distances 1 / strength: networkx on exact fractions (floating-point
    sums of reciprocals would tell equally short paths apart by rounding), checked against igraph,
    which compares path lengths within a tolerance, as the engine does."""
    for u, v, d in G.edges(data=True):
        d["distance"] = Fraction(1, int(d["strength"]))
    bt = nx.betweenness_centrality(G, weight="distance", normalized=False)
    # networkx's closeness is inward for a digraph; the engine's is outward (as closenessOut in networkx_igraph.py)
    cl = nx.closeness_centrality(G.reverse() if G.is_directed() else G, distance="distance")
    ids = list(G.nodes)
    ig = igraph.Graph(n=len(ids), edges=[(ids.index(u), ids.index(v)) for u, v in G.edges], directed=G.is_directed())
    ig.es["distance"] = [float(d["distance"]) for _, _, d in G.edges(data=True)]
    ibt = ig.betweenness(directed=G.is_directed(), weights="distance")
    for i, v in enumerate(ids):
        assert abs(ibt[i] - float(bt[v])) < 1e-9 * max(1, float(bt[v])), ("betweenness", v, ibt[i], bt[v])
    out["betweenness"] = {v: num(bt[v]) for v in G.nodes}
    for u, v, d in G.edges(data=True):
        del d["distance"]
    out["closeness"] = {v: num(cl[v]) for v in G.nodes}


def reference(G):
    out = {"directed": G.is_directed(), "n": G.number_of_nodes(), "m": G.number_of_edges()}
    w = "strength"
    if G.is_directed():
        out["inStrength"] = {v: num(s) for v, s in G.in_degree(weight=w)}
        out["outStrength"] = {v: num(s) for v, s in G.out_degree(weight=w)}
    out["strength"] = {v: num(s) for v, s in G.degree(weight=w)}
    con = nx.constraint(G, weight=w)
    esize = nx.effective_size(G, weight=w)
    # networkx gives NaN where a node has no out-neighbours (len(G[v]) == 0); there its own
    # formulas are applied over the contacts in either direction, as networkx_igraph.py does
    patched = []
    for v in G.nodes:
        N = contacts(G, v)
        if N and len(G[v]) == 0:
            nmw = nx.algorithms.structuralholes.normalized_mutual_weight
            con[v] = sum(nx.local_constraint(G, v, j, weight=w) for j in N)
            esize[v] = sum(1 - sum(nmw(G, v, q, weight=w) * nmw(G, j, q, norm=max, weight=w) for q in N) for j in N)
            patched.append(v)
    if patched:
        out["constraintNote"] = "networkx gives NaN for " + ", ".join(sorted(patched)) + " (no out-neighbours): computed with its formulas over contacts in either direction"
    out["constraint"] = {v: num(con[v]) for v in G.nodes}
    out["effectiveSize"] = {v: num(esize[v]) for v in G.nodes}
    out["efficiency"] = {v: num(esize[v] / len(contacts(G, v))) if contacts(G, v) else None for v in G.nodes}
    out["hierarchy"] = {v: num(hierarchy(G, v)) for v in G.nodes}
    if not G.is_directed() and nx.is_connected(G):
        ids = list(G.nodes)
        ig = igraph.Graph(n=len(ids), edges=[(ids.index(u), ids.index(v)) for u, v in G.edges], directed=False)
        ig.es["weight"] = [d[w] for _, _, d in G.edges(data=True)]
        ev = ig.eigenvector_centrality(directed=False, scale=True, weights="weight")
        out["eigenvector"] = {v: num(ev[i]) for i, v in enumerate(ids)}
        nxev = nx.eigenvector_centrality(G, weight=w, max_iter=100000, tol=1e-13)
        top = max(nxev.values())
        assert all(abs(nxev[v] / top - ev[i]) < 1e-6 for i, v in enumerate(ids)), "networkx and igraph disagree"
    paths(G, out)
    if "group" in next(iter(G.nodes(data=True)))[1]:
        out["eiIndex"] = weighted_ei(G, "group")
    return out


def main():
    for name, G in [("lesmis", lesmis()), ("directed-valued", directed_valued())]:
        path = os.path.join(OUT, name + "-valued.json")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            json.dump(reference(G), f, indent=1, sort_keys=True)
            f.write("\n")
        print("wrote", os.path.relpath(path, ROOT))


if __name__ == "__main__":
    main()
