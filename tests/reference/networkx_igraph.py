#!/usr/bin/python3
"""Reference values for Brobygger's network analysis engine, from networkx and python-igraph.

Run from the repository root with the Debian Python (python3-networkx, python3-igraph), after
make_fixtures.py:

    /usr/bin/python3 tests/reference/networkx_igraph.py

For every tests/fixtures/graphs/<name>.graphml it writes tests/fixtures/reference/<name>.json.
All per-node maps are keyed by the GraphML node id; floats are rounded to 10 decimals; NaN / undefined
values are written as null. Every list of ids is sorted by plain string (code point) comparison, i.e.
what JavaScript's Array.prototype.sort() does without a comparator ("1" < "10" < "2").

Edge attributes (Les Miserables' `strength`) are IGNORED everywhere: all values are for the unweighted
graph. See tests/reference/README.md for the conventions; the non-library measures (E-I index, Burt's
hierarchy, fragmentation) are computed here by hand from the definitions in
/work/shared/design/analysis.md (copied into the README).
"""

import json
import math
import os
import random
import subprocess
from collections import Counter

import igraph
import networkx as nx
import numpy as np
from networkx.algorithms.structuralholes import normalized_mutual_weight

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
GRAPHS = os.path.join(ROOT, "tests", "fixtures", "graphs")
OUT = os.path.join(ROOT, "tests", "fixtures", "reference")
NAMES = ["karate", "florentine", "davis", "directed", "lesmis"]
# Bonacich power only where it is meaningful / asked for (for Les Miserables beta=0.1 exceeds 1/lambda_max).
BONACICH_GRAPHS = {"karate", "florentine", "directed"}
BONACICH_BETAS = [-0.1, 0.1]
# Attributes that are node labels, not categories.
NON_CATEGORICAL = {"label", "id"}


# ----------------------------------------------------------------------------------------------- helpers

def num(x):
    """Float rounded to 10 decimals; NaN/inf/None -> None (JSON null); -0.0 -> 0.0."""
    if x is None:
        return None
    x = float(x)
    if math.isnan(x) or math.isinf(x):
        return None
    x = round(x, 10)
    return 0.0 if x == 0 else x


def node_map(G, values):
    """{id: rounded float} in the graph's node order."""
    return {v: num(values[v]) for v in G.nodes}


def r_version(pkg):
    try:
        out = subprocess.run(["Rscript", "-e", f'cat(as.character(packageVersion("{pkg}")))'],
                             capture_output=True, text=True, timeout=60)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def undirected_view(G):
    """Undirected simple graph on the same nodes (a reciprocated pair of arcs becomes one edge)."""
    return nx.Graph(G)


def contacts(G, v):
    """Burt's contacts of v: distinct neighbours in either direction."""
    return set(nx.all_neighbors(G, v)) - {v}


# ------------------------------------------------------------------------------------ structural holes

def constraint_and_effective_size(G):
    """networkx constraint / effective_size, unweighted.

    networkx returns NaN when `len(G[v]) == 0`, which for a DiGraph means "no OUT-neighbours", even if v
    has in-neighbours (a networkx quirk). Burt's measures use contacts in either direction, so for such
    nodes we compute the same formulas ourselves (networkx's own local_constraint / mutual weights).
    Isolates stay null.
    """
    con = nx.constraint(G, weight=None)
    esize = nx.effective_size(G, weight=None)
    patched = []
    for v in G.nodes:
        N = contacts(G, v)
        if not N:
            con[v] = float("nan")
            esize[v] = float("nan")
            continue
        if math.isnan(con[v]):
            patched.append(v)
            con[v] = sum(nx.local_constraint(G, v, j, weight=None) for j in N)
            # effective size, networkx's general (directed / weighted) formula:
            # sum over contacts j of 1 - sum_q p_vq * m_jq
            nmw = normalized_mutual_weight
            esize[v] = sum(
                1 - sum(nmw(G, v, q) * nmw(G, j, q, norm=max) for q in N)
                for j in N
            )
    return con, esize, patched


def burt_hierarchy(G, v):
    """Burt's hierarchy (Burt 1992; UCINET's "Hierarchy" column).

    With N contacts j, c_ij = networkx local_constraint(G, i, j), C = sum_j c_ij:
        H_i = sum_j (c_ij / (C/N)) * ln(c_ij / (C/N))  /  (N * ln N)
    natural log, normalised by N ln N (the maximum, reached when all constraint sits on one contact).
    This variant reproduces analysis.md: karate 1 -> 0.0875, 34 -> 0.2416.
    Undefined (null) for N <= 1: with one contact the formula is 0/0 (isolates have no constraint).
    A contact with c_ij = 0 cannot occur (p_ij > 0 for every contact) but would contribute 0 (x ln x -> 0).
    """
    N = contacts(G, v)
    n = len(N)
    if n <= 1:
        return None
    c = [nx.local_constraint(G, v, j, weight=None) for j in N]
    mean = sum(c) / n
    s = sum((x / mean) * math.log(x / mean) for x in c if x > 0)
    return s / (n * math.log(n))


# ------------------------------------------------------------------------------------------ E-I index

def ei(E, I):
    return None if E + I == 0 else (E - I) / (E + I)


def ei_index(G, attr):
    """Krackhardt & Stern's E-I index, by hand (definitions in analysis.md).

    Ties: each undirected edge once; in a directed graph each arc (a reciprocated pair = 2 arcs).
    - whole: E = ties between groups, I = ties within groups, (E-I)/(E+I).
    - expected under random mixing: P_I = sum_g n_g(n_g-1)/2, P_E = n(n-1)/2 - P_I, (P_E-P_I)/(P_E+P_I).
    - group g: E = ties with exactly one end in g, I = ties with both ends in g (each tie counted once;
      NOT UCINET's row-sum convention that counts internal ties twice).
    - actor v: its incident ties (in- and out-arcs for directed), external = other end in another group,
      internal = same group; (external - internal) / (external + internal); null for isolates.
    """
    group = nx.get_node_attributes(G, attr)
    ties = list(G.edges)  # undirected: each edge once; directed: each arc
    E = sum(1 for u, v in ties if group[u] != group[v])
    I = len(ties) - E
    sizes = Counter(group[v] for v in G.nodes)
    n = G.number_of_nodes()
    P_I = sum(s * (s - 1) / 2 for s in sizes.values())
    P_E = n * (n - 1) / 2 - P_I
    groups = {}
    for g in sorted(sizes):
        internal = sum(1 for u, v in ties if group[u] == g and group[v] == g)
        external = sum(1 for u, v in ties if (group[u] == g) != (group[v] == g))
        groups[g] = {"size": sizes[g], "internal": internal, "external": external,
                     "ei": num(ei(external, internal))}
    actors = {}
    for v in G.nodes:
        ext = internal = 0
        incident = list(G.in_edges(v)) + list(G.out_edges(v)) if G.is_directed() else list(G.edges(v))
        for a, b in incident:
            other = b if a == v else a
            if group[other] == group[v]:
                internal += 1
            else:
                ext += 1
        actors[v] = num(ei(ext, internal))
    return {"whole": num(ei(E, I)), "E": E, "I": I, "expected": num((P_E - P_I) / (P_E + P_I)),
            "groups": groups, "actors": actors}


# -------------------------------------------------------------------------------------- fragmentation

def fragmentation(G, removed=(), directed=False):
    """Borgatti (2006) key-player fragmentation after removing `removed` (n = remaining node count).

    F  = 1 - sum_k s_k(s_k-1) / (n(n-1)) over components (= share of pairs that cannot reach each other)
    DF = 1 - (sum_{i != j} 1/d_ij) / (n(n-1)), with 1/inf = 0.
    directed=False: on the undirected view (components = weak components).
    directed=True : ordered pairs and directed distances; F = 1 - (#ordered pairs i->j reachable)/(n(n-1)).
    """
    H = G.copy() if directed else undirected_view(G)
    H.remove_nodes_from(removed)
    n = H.number_of_nodes()
    pairs = n * (n - 1)
    reach = 0
    inv = 0.0
    for s, dist in nx.all_pairs_shortest_path_length(H):
        for t, d in dist.items():
            if t != s:
                reach += 1
                inv += 1.0 / d
    if not directed:
        # same as the reachability count, written as Borgatti's component formula
        sizes = [len(c) for c in nx.connected_components(H)]
        assert sum(s * (s - 1) for s in sizes) == reach
    return {"F": num(1 - reach / pairs), "DF": num(1 - inv / pairs)}


# ------------------------------------------------------------------------------------ Bonacich power

def power_centrality(G, beta):
    """Bonacich power c = (I - beta A)^-1 A 1, scaled so that sum(c^2) = n.

    python-igraph 0.10 has no power_centrality; this is R igraph's power_centrality(exponent=beta,
    rescale=FALSE) (bonpow.dense: solve(I - beta*A, rowSums(A)), then ev * sqrt(n / sum(ev^2))), which is
    also sna::bonpow's default. A is the adjacency matrix (directed: A[i,j] = 1 for arc i->j, so row sums
    are out-degrees). sna.R computes R igraph power_centrality and sna bonpow and checks them against this.
    """
    nodes = list(G.nodes)
    A = nx.to_numpy_array(G, nodelist=nodes, weight=None)
    n = len(nodes)
    c = np.linalg.solve(np.eye(n) - beta * A, A.sum(axis=1))
    c = c * math.sqrt(n / float(np.sum(c ** 2)))
    return dict(zip(nodes, c))


# --------------------------------------------------------------------------------------------- main

def analyse(name, source):
    path = os.path.join(GRAPHS, name + ".graphml")
    G = nx.read_graphml(path)
    directed = G.is_directed()
    U = undirected_view(G)

    # igraph reads the same file; the GraphML node id is the vertex attribute "id". Map by id, never by index.
    ig = igraph.Graph.Read_GraphML(path)
    assert ig.is_directed() == directed
    ids = ig.vs["id"]
    assert sorted(ids) == sorted(G.nodes) and ig.ecount() == G.number_of_edges()
    by_id = lambda values: dict(zip(ids, values))

    out = {"graph": name, "directed": directed, "n": G.number_of_nodes(), "m": G.number_of_edges(),
           "source": source}

    # components (weak for directed), each sorted; by size desc then smallest id
    comps = nx.weakly_connected_components(G) if directed else nx.connected_components(G)
    comps = [sorted(c) for c in comps]
    comps.sort(key=lambda c: (-len(c), c[0]))
    out["components"] = comps

    out["degree"] = {v: G.degree(v) for v in G.nodes}  # directed: in + out
    if directed:
        out["inDegree"] = {v: G.in_degree(v) for v in G.nodes}
        out["outDegree"] = {v: G.out_degree(v) for v in G.nodes}

    # betweenness: raw; igraph counts each unordered pair once in undirected graphs, ordered pairs in directed
    bet_ig = by_id(ig.betweenness(directed=directed))
    bet_nx = nx.betweenness_centrality(G, normalized=False)
    for v in G.nodes:
        assert abs(bet_ig[v] - bet_nx[v]) < 1e-8, (name, v, bet_ig[v], bet_nx[v])
    out["betweenness"] = node_map(G, bet_ig)
    out["betweennessNetworkx"] = node_map(G, bet_nx)

    # closeness: networkx, Wasserman-Faust improved (wf_improved=True); directed -> incoming distances
    out["closeness"] = node_map(G, nx.closeness_centrality(G))
    if directed:
        out["closenessOut"] = node_map(G, nx.closeness_centrality(G.reverse()))
    # igraph: (reached - 1) / sum of distances to reached vertices, no WF correction
    out["closenessIgraph"] = node_map(G, by_id(ig.closeness(mode="out" if directed else "all", normalized=True)))

    # eigenvector: only for (strongly) connected graphs
    connected = nx.is_strongly_connected(G) if directed else nx.is_connected(G)
    if connected:
        ev_nx = nx.eigenvector_centrality_numpy(G, weight=None)
        ev_ig = by_id(ig.eigenvector_centrality(directed=directed, scale=True))
        top = max(ev_nx.values())
        for v in G.nodes:  # same vector, different normalisation (unit norm vs max = 1)
            assert abs(ev_nx[v] / top - ev_ig[v]) < 1e-6, (name, v, ev_nx[v] / top, ev_ig[v])
        out["eigenvector"] = node_map(G, ev_nx)
        out["eigenvectorIgraph"] = node_map(G, ev_ig)
    else:
        out["eigenvectorNote"] = (
            "omitted: the graph is not strongly connected, so the dominant eigenvector is not unique / "
            "positive (networkx and igraph give different, solver-dependent answers)")

    # structural holes (unweighted)
    con, esize, patched = constraint_and_effective_size(G)
    out["constraint"] = node_map(G, con)
    out["effectiveSize"] = node_map(G, esize)
    out["efficiency"] = {v: num(esize[v] / len(contacts(G, v))) if contacts(G, v) else None for v in G.nodes}
    out["burtHierarchy"] = {v: num(burt_hierarchy(G, v)) for v in G.nodes}
    if patched:
        out["constraintNote"] = (
            "networkx returns NaN for nodes with no out-neighbours (len(G[v]) == 0); for " +
            ", ".join(sorted(patched)) + " constraint and effective size were computed with networkx's "
            "own formulas over contacts in either direction")

    # bridges and cut vertices on the undirected view
    out["bridges"] = sorted(sorted([a, b]) for a, b in nx.bridges(U))
    out["articulationPoints"] = sorted(nx.articulation_points(U))

    # group measures for each categorical attribute
    attrs = sorted({k for _, d in G.nodes(data=True) for k, x in d.items()
                    if isinstance(x, str) and k not in NON_CATEGORICAL})
    out["assortativity"] = {a: num(nx.attribute_assortativity_coefficient(G, a)) for a in attrs}
    partitions = {}
    for a in attrs:
        classes = {}
        for v, g in nx.get_node_attributes(G, a).items():
            classes.setdefault(g, set()).add(v)
        partitions[a] = [classes[g] for g in sorted(classes)]
    out["modularity"] = {a: num(nx.community.modularity(U, partitions[a])) for a in attrs}
    if directed:
        # Leicht & Newman directed modularity (networkx's formula for DiGraphs)
        out["modularityDirected"] = {a: num(nx.community.modularity(G, partitions[a])) for a in attrs}
    out["eiIndex"] = {a: ei_index(G, a) for a in attrs}

    # fragmentation: intact, without each of the 3 highest-betweenness nodes, without the top 2 together
    ranked = sorted(G.nodes, key=lambda v: (-bet_ig[v], v))
    removals = [[ranked[0]], [ranked[1]], [ranked[2]], ranked[:2]]
    out["fragmentation"] = {"intact": fragmentation(G),
                            "without": {",".join(r): fragmentation(G, r) for r in removals}}
    if directed:
        out["fragmentationDirected"] = {"intact": fragmentation(G, directed=True),
                                        "without": {",".join(r): fragmentation(G, r, directed=True)
                                                    for r in removals}}

    # local connectivity for 8 seeded random non-adjacent pairs
    rng = random.Random(3)
    node_ids = sorted(G.nodes)
    pairs = []
    while len(pairs) < 8:
        s, t = rng.sample(node_ids, 2)
        if U.has_edge(s, t) or any({s, t} == {p["s"], p["t"]} for p in pairs):
            continue
        rec = {"s": s, "t": t,
               "kappa": nx.node_connectivity(G, s, t),  # directed graphs: directed s -> t paths
               "lambda": nx.edge_connectivity(G, s, t)}
        if directed:
            rec["kappaUndirected"] = nx.node_connectivity(U, s, t)
            rec["lambdaUndirected"] = nx.edge_connectivity(U, s, t)
        pairs.append(rec)
    out["nodeConnectivity"] = pairs

    if directed:
        out["reciprocity"] = num(nx.reciprocity(G))

    if name in BONACICH_GRAPHS:
        out["bonacich"] = [{"beta": b, "values": node_map(G, power_centrality(G, b))} for b in BONACICH_BETAS]

    return out


def check_karate(k):
    """The karate values quoted in /work/shared/design/analysis.md (to their printed precision)."""
    def close(got, want, digits):
        assert got is not None and abs(got - want) <= 0.51 * 10 ** -digits, (got, want)
    e = k["eiIndex"]["club"]
    close(e["whole"], -0.7179, 4); assert (e["E"], e["I"]) == (11, 67)
    close(e["expected"], 0.0303, 4)
    close(k["assortativity"]["club"], 0.7175, 4)
    close(k["modularity"]["club"], 0.3582, 4)
    assert k["bridges"] == [["1", "12"]] and k["articulationPoints"] == ["1"]
    for v, want in {"1": 231.071, "34": 160.552, "33": 76.690}.items():
        close(k["betweenness"][v], want, 3)
    for v, want in {"1": 0.1554, "34": 0.1564, "3": 0.1852}.items():
        close(k["constraint"][v], want, 4)
    for v, want in {"1": 13.75, "34": 15.24, "3": 7.80}.items():
        close(k["effectiveSize"][v], want, 2)
    for v, want in {"1": 0.0875, "34": 0.2416}.items():
        close(k["burtHierarchy"][v], want, 4)
    f = k["fragmentation"]
    close(f["intact"]["F"], 0, 4); close(f["intact"]["DF"], 0.508, 3)
    close(f["without"]["1"]["F"], 0.3163, 4); close(f["without"]["1"]["DF"], 0.6415, 4)
    print("karate values quoted in analysis.md: all reproduced")


def main():
    os.makedirs(OUT, exist_ok=True)
    source = f"networkx {nx.__version__}, python-igraph {igraph.__version__}, R sna {r_version('sna')}"
    for name in NAMES:
        res = analyse(name, source)
        path = os.path.join(OUT, name + ".json")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            json.dump(res, f, indent=1, ensure_ascii=False, allow_nan=False)
            f.write("\n")
        print("wrote", os.path.relpath(path, ROOT))
        if name == "karate":
            check_karate(res)


if __name__ == "__main__":
    main()
