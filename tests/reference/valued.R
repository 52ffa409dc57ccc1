#!/usr/bin/env Rscript
# The valued measures (issue 16) from R igraph, beside the Python references of valued.py.
#
# Run from the repository root after valued.py (it writes directed-valued.graphml):
#
#     Rscript tests/reference/valued.R
#
# Needs r-cran-igraph and r-cran-jsonlite. Writes tests/fixtures/reference/<graph>-valued-r.json for
# Les Miserables and the directed valued network, keyed by GraphML node id:
# - strength: strength(weights = strength), mode "all", and "in" / "out" for the digraph;
# - betweenness: betweenness(weights = 1 / strength), raw (undirected pairs once);
# - closenessInverseSum: closeness(mode = "out", weights = 1 / strength, normalized = FALSE), which in
#   igraph 1.3 is 1 / (sum of the distances to the actors reached), unreachable ones left out; the
#   engine's closeness is networkx's (r / S) * (r / (n - 1)), so the test compares 1 / S;
# - constraint: constraint(weights = strength), Burt's on a_ij + a_ji as networkx;
# - eigenvector: eigen_centrality(weights = strength, scale = TRUE), Les Miserables only.
# tnet (not packaged for Debian) computes closeness_w and betweenness_w with alpha = 1 on the same
# distances 1 / weight; its closeness_w sums 1 / distance (harmonic) rather than inverting the sum.

suppressPackageStartupMessages({
  library(igraph)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
root <- if (length(script) == 1) normalizePath(file.path(dirname(script), "..", "..")) else getwd()
graphs_dir <- file.path(root, "tests", "fixtures", "graphs")
out_dir <- file.path(root, "tests", "fixtures", "reference")

num <- function(x) {
  x <- round(as.numeric(x), 10)
  x[!is.na(x) & x == 0] <- 0
  x
}

keyed <- function(ids, values) {
  l <- as.list(num(values))
  names(l) <- ids
  l
}

analyse <- function(name) {
  g <- read_graph(file.path(graphs_dir, paste0(name, ".graphml")), format = "graphml")
  ids <- V(g)$id
  s <- E(g)$strength
  stopifnot(!is.null(s), all(s > 0))
  out <- list(
    source = sprintf("R %s.%s, igraph %s", R.version$major, R.version$minor, packageVersion("igraph")),
    strength = keyed(ids, strength(g, mode = "all", weights = s)),
    betweenness = keyed(ids, betweenness(g, directed = is_directed(g), weights = 1 / s)),
    closenessInverseSum = keyed(ids, suppressWarnings(closeness(g, mode = "out", weights = 1 / s, normalized = FALSE))),
    constraint = keyed(ids, constraint(g, weights = s))
  )
  if (is_directed(g)) {
    out$inStrength <- keyed(ids, strength(g, mode = "in", weights = s))
    out$outStrength <- keyed(ids, strength(g, mode = "out", weights = s))
  } else {
    out$eigenvector <- keyed(ids, eigen_centrality(g, weights = s, scale = TRUE)$vector)
  }
  path <- file.path(out_dir, paste0(name, "-valued-r.json"))
  writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE), path)
  cat("wrote", path, "\n")
}

analyse("lesmis")
analyse("directed-valued")
