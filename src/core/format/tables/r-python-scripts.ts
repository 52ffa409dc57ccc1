/**
 * "For R and Python": the scripts written beside a CSV set, which load it with every attribute.
 * `load_network.R` builds an igraph graph (directed when any tie is) from actors.csv and ties.csv,
 * a two-mode (bipartite) igraph graph of persons and organisations from memberships.csv, and the
 * same two as `network` objects; `load_network.py` builds a networkx Graph or DiGraph and a
 * bipartite Graph of memberships. Both read the files in the folder they stand in, whatever
 * separator and decimal mark the set was written with.
 */

export interface ScriptOptions {
  danishExcel: boolean;
}

export function rScript(opts: ScriptOptions): string {
  const sep = opts.danishExcel ? ';' : ',';
  const dec = opts.danishExcel ? ',' : '.';
  return `# Brobygger: loads the network in this folder into R (igraph and network).
# Run with: Rscript load_network.R   or   source("load_network.R") in R.
# Needs the packages igraph and network: install.packages(c("igraph", "network"))
suppressPackageStartupMessages({ library(igraph); library(network) })

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
folder <- if (length(script) > 0) dirname(normalizePath(script)) else getwd()
read_table <- function(name, text = character(0)) {
  read.csv(file.path(folder, name), sep = "${sep}", dec = "${dec}", fileEncoding = "UTF-8-BOM",
           stringsAsFactors = FALSE, check.names = FALSE, na.strings = "",
           colClasses = c(id = "character", setNames(rep("character", length(text)), text)))
}
as_bool <- function(x) tolower(as.character(x)) %in% c("true", "1", "ja", "yes", "sand")
# the attributes the codebook defines as text, category or date stay text (a postcode keeps its zero)
codebook <- if (file.exists(file.path(folder, "codebook.csv"))) read_table("codebook.csv") else NULL
text_columns <- function(list) {
  if (is.null(codebook) || !("type" %in% names(codebook))) return(character(0))
  codebook$key[!is.na(codebook$list) & codebook$list == list & codebook$type %in% c("text", "category", "date")]
}

actors <- read_table("actors.csv", text_columns("actorAttributes"))
ties <- read_table("ties.csv", text_columns("tieAttributes"))
memberships <- read_table("memberships.csv")
ties$directed <- as_bool(ties$directed)
directed <- any(ties$directed)

# one-mode: every actor and tie, with every column as an attribute (ties: from, to first)
edges <- data.frame(from = ties$source, to = ties$target, ties[, setdiff(names(ties), c("source", "target")), drop = FALSE],
                    check.names = FALSE, stringsAsFactors = FALSE)
vertices <- data.frame(name = actors$id, actors[, setdiff(names(actors), "id"), drop = FALSE], check.names = FALSE, stringsAsFactors = FALSE)
g <- graph_from_data_frame(edges, directed = directed, vertices = vertices)
E(g)$weight <- ifelse(is.na(E(g)$strength), 1, E(g)$strength)

# two-mode: persons and the organisations they belong to (type TRUE for organisations)
members <- actors[actors$id %in% c(memberships$person, memberships$organisation), , drop = FALSE]
two_vertices <- data.frame(name = members$id, members[, setdiff(names(members), "id"), drop = FALSE], check.names = FALSE, stringsAsFactors = FALSE)
two_vertices$type <- two_vertices$kind != "person"
two_edges <- data.frame(from = memberships$person, to = memberships$organisation,
                        memberships[, setdiff(names(memberships), c("person", "organisation")), drop = FALSE],
                        check.names = FALSE, stringsAsFactors = FALSE)
memberships_graph <- graph_from_data_frame(two_edges, directed = FALSE, vertices = two_vertices)

# the same as statnet network objects
net <- network(edges[, c("from", "to")], directed = directed, matrix.type = "edgelist", vertices = vertices["name"], multiple = TRUE)
for (a in setdiff(names(vertices), "name")) net <- set.vertex.attribute(net, a, vertices[[a]])
for (a in setdiff(names(edges), c("from", "to"))) net <- set.edge.attribute(net, a, edges[[a]])

if (sys.nframe() == 0L) {
  cat(sprintf("%d actors, %d ties (%s); %d memberships\\n", vcount(g), ecount(g), if (directed) "directed" else "undirected", ecount(memberships_graph)))
}
`;
}

export function pythonScript(opts: ScriptOptions): string {
  const sep = opts.danishExcel ? ';' : ',';
  const decimalComma = opts.danishExcel ? 'True' : 'False';
  return `"""Brobygger: loads the network in this folder into Python (networkx).

Run with: python3 load_network.py, or import it: from load_network import load; g, memberships = load()
Needs networkx: pip install networkx
"""
import csv
import os
import re

import networkx as nx

FOLDER = os.path.dirname(os.path.abspath(__file__))
SEPARATOR = "${sep}"
DECIMAL_COMMA = ${decimalComma}
NUMBER = re.compile(r"^[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?$")
NUMBER_COLUMNS = {"influence", "turnover", "strength", "meetings_per_year"}
BOOLEAN_COLUMNS = {"directed"}


def read_table(name, folder=FOLDER, text=frozenset()):
    with open(os.path.join(folder, name), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=SEPARATOR))
    types = {key: "text" if key in text else column_type(key, [r[key] for r in rows]) for key in (rows[0].keys() if rows else [])}
    return [{k: typed(v, types[k]) for k, v in r.items()} for r in rows]


def text_columns(list_name, folder=FOLDER):
    """The attributes the codebook defines as text, category or date: they stay text (a postcode keeps its zero)."""
    path = os.path.join(folder, "codebook.csv")
    if not os.path.exists(path):
        return frozenset()
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=SEPARATOR))
    return frozenset(r["key"] for r in rows if r.get("list") == list_name and r.get("type") in ("text", "category", "date"))


def column_type(key, values):
    present = [v for v in values if v != ""]
    if key in BOOLEAN_COLUMNS or (present and all(v.lower() in ("true", "false") for v in present)):
        return "boolean"
    if key in NUMBER_COLUMNS:
        return "float"
    if key not in ("id", "label") and present and all(NUMBER.match(v) for v in present):
        return "number"
    return "text"


def typed(value, kind):
    if value == "":
        return None
    if kind == "boolean":
        return value.lower() == "true"
    if kind in ("float", "number"):
        number = float(value.replace(",", ".") if DECIMAL_COMMA else value)
        return int(number) if kind == "number" and number.is_integer() else number
    return value


def load(folder=FOLDER):
    """The network (a DiGraph when any tie is directed, else a Graph) and the bipartite graph of memberships."""
    actors = read_table("actors.csv", folder, text_columns("actorAttributes", folder))
    ties = read_table("ties.csv", folder, text_columns("tieAttributes", folder))
    memberships = read_table("memberships.csv", folder)
    directed = any(t["directed"] for t in ties)
    g = nx.DiGraph() if directed else nx.Graph()
    for a in actors:
        g.add_node(a["id"], **{k: v for k, v in a.items() if k != "id"})
    for t in ties:
        attributes = {k: v for k, v in t.items() if k not in ("source", "target")}
        attributes["weight"] = t["strength"] if t["strength"] is not None else 1.0
        g.add_edge(t["source"], t["target"], **attributes)
    two_mode = nx.Graph()
    by_id = {a["id"]: a for a in actors}
    for m in memberships:
        for end, side in ((m["person"], 0), (m["organisation"], 1)):
            two_mode.add_node(end, bipartite=side, **{k: v for k, v in by_id.get(end, {}).items() if k != "id"})
        two_mode.add_edge(m["person"], m["organisation"], **{k: v for k, v in m.items() if k not in ("person", "organisation")})
    return g, two_mode


if __name__ == "__main__":
    network, memberships_graph = load()
    print(f"{network.number_of_nodes()} actors, {network.number_of_edges()} ties "
          f"({'directed' if network.is_directed() else 'undirected'}); {memberships_graph.number_of_edges()} memberships")
`;
}
