#!/usr/bin/python3
"""Write the input graphs that the analysis reference values are computed on.

Run from the repository root with the Debian Python (it has networkx):

    /usr/bin/python3 tests/reference/make_fixtures.py

Writes (overwriting):
    tests/fixtures/graphs/karate.graphml      Zachary's karate club, undirected, unweighted
    tests/fixtures/graphs/florentine.graphml  Padgett's Florentine marriages (networkx version, 15 families)
    tests/fixtures/graphs/davis.graphml       Davis' Southern Women, women + events, undirected bipartite
    tests/fixtures/graphs/directed.graphml    seeded G(n, p) digraph, n=40, p=0.08, seed=7
    tests/fixtures/graphs/lesmis.graphml      Les Miserables co-appearances, edge attribute `strength`
    tests/fixtures/csv/davis/{actors,ties,memberships}.csv  Davis as Brobygger's CSV import set

Everything here is deterministic: the generators are networkx's bundled data sets and one seeded
random graph, so re-running the script gives byte-identical files for the same networkx version.
"""

import csv
import os
import re

import networkx as nx

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
GRAPHS = os.path.join(ROOT, "tests", "fixtures", "graphs")
DAVIS_CSV = os.path.join(ROOT, "tests", "fixtures", "csv", "davis")


def write_graphml(G, name):
    """Write G as GraphML.

    networkx maps Python int to GraphML attr.type="long"; we rewrite those key declarations to "int"
    (both are GraphML integer types; "int" is what most readers expect). Python float -> "double",
    str -> "string". Node ids are written as given (strings).
    """
    path = os.path.join(GRAPHS, name + ".graphml")
    nx.write_graphml(G, path, encoding="utf-8", prettyprint=True)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r'(<key [^>]*attr\.type=")long(")', r"\1int\2", text)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote", os.path.relpath(path, ROOT), f"({G.number_of_nodes()} nodes, {G.number_of_edges()} edges)")


def karate():
    """networkx node i -> id str(i + 1) (the 1-based numbering used in the literature and analysis.md).

    networkx >= 2.8 ships Zachary's interaction counts as edge `weight`; we drop them (unweighted graph).
    """
    K = nx.karate_club_graph()
    G = nx.Graph(name="Zachary's karate club")
    for i in sorted(K.nodes):
        G.add_node(str(i + 1), label=str(i + 1), club=str(K.nodes[i]["club"]))
    for u, v in K.edges:
        G.add_edge(str(u + 1), str(v + 1))  # no attributes: unweighted
    return G


def florentine():
    F = nx.florentine_families_graph()
    G = nx.Graph(name="Florentine families (marriage ties)")
    for v in F.nodes:
        G.add_node(v, label=v)
    G.add_edges_from(F.edges)
    return G


def davis():
    """Bipartite women x events. networkx's node attribute `bipartite` (0 women, 1 events) becomes `kind`."""
    D = nx.davis_southern_women_graph()
    G = nx.Graph(name="Davis Southern Women")
    for v, data in D.nodes(data=True):
        G.add_node(v, label=v, kind="person" if data["bipartite"] == 0 else "organisation")
    G.add_edges_from(D.edges)
    return G


def directed():
    """Seeded directed random graph. Not strongly connected (weakly connected, node n34 has no out-arcs):
    kept whole on purpose, the engine must cope with unreachable pairs."""
    R = nx.gnp_random_graph(40, 0.08, seed=7, directed=True)
    G = nx.DiGraph(name="gnp_random_graph(40, 0.08, seed=7, directed=True)")
    for i in sorted(R.nodes):
        G.add_node(f"n{i}", label=f"n{i}", group="A" if i < 20 else "B")
    for u, v in R.edges:
        G.add_edge(f"n{u}", f"n{v}")
    return G


def lesmis():
    """Edge attribute `weight` (co-appearance count) renamed to `strength`, kept an integer."""
    L = nx.les_miserables_graph()
    G = nx.Graph(name="Les Miserables co-appearances")
    for v in L.nodes:
        G.add_node(v, label=v)
    for u, v, data in L.edges(data=True):
        G.add_edge(u, v, strength=int(data["weight"]))
    return G


def write_davis_csv(G):
    """The Davis data as Brobygger's CSV import set: actors, (no) ties, memberships person -> organisation."""
    os.makedirs(DAVIS_CSV, exist_ok=True)
    with open(os.path.join(DAVIS_CSV, "actors.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "label", "kind", "sector"])
        for v, data in G.nodes(data=True):
            w.writerow([v, data["label"], data["kind"], ""])
    with open(os.path.join(DAVIS_CSV, "ties.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "type", "directed", "strength"])  # header only: no ties
    rows = []
    for u, v in G.edges:
        person, org = (u, v) if G.nodes[u]["kind"] == "person" else (v, u)
        assert G.nodes[person]["kind"] == "person" and G.nodes[org]["kind"] == "organisation"
        rows.append((person, org))
    # women in networkx's order, events E1..E14 in numeric order
    women = [v for v in G if G.nodes[v]["kind"] == "person"]
    rows.sort(key=lambda r: (women.index(r[0]), int(r[1][1:])))
    with open(os.path.join(DAVIS_CSV, "memberships.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["person", "organisation", "role"])
        for person, org in rows:
            w.writerow([person, org, "member"])
    print("wrote", os.path.relpath(DAVIS_CSV, ROOT) + "/{actors,ties,memberships}.csv",
          f"({G.number_of_nodes()} actors, {len(rows)} memberships)")


def main():
    os.makedirs(GRAPHS, exist_ok=True)
    write_graphml(karate(), "karate")
    write_graphml(florentine(), "florentine")
    D = davis()
    write_graphml(D, "davis")
    write_davis_csv(D)
    write_graphml(directed(), "directed")
    write_graphml(lesmis(), "lesmis")


if __name__ == "__main__":
    main()
