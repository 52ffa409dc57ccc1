#!/usr/bin/env Rscript
# Reference values from R sna (and R igraph's power_centrality) for Brobygger's analysis engine.
#
# Run from the repository root, after make_fixtures.py (and preferably networkx_igraph.py, whose
# Bonacich values this script cross-checks):
#
#     Rscript tests/reference/sna.R
#
# Needs the Debian packages r-cran-sna, r-cran-network, r-cran-igraph (and r-cran-jsonlite).
# Writes tests/fixtures/reference/karate-sna.json and directed-sna.json.
#
# Graphs are read with igraph's GraphML reader; the GraphML node id is the vertex attribute "id".
# The adjacency matrix is taken in igraph's vertex order and every result is mapped back to ids
# through that same order (rownames = ids), so nothing depends on the order being 1..n.
# An undirected graph gives a symmetric adjacency matrix: sna then treats each edge as a pair of
# reciprocated arcs (that is how analysis.md defines brokerage on undirected ties).

# sna and igraph mask each other (e.g. igraph exports a deprecated `bonpow`), so calls below are
# written with explicit package prefixes.
suppressPackageStartupMessages({
  library(sna)
  library(igraph)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
root <- if (length(script) == 1) normalizePath(file.path(dirname(script), "..", "..")) else getwd()
graphs_dir <- file.path(root, "tests", "fixtures", "graphs")
out_dir <- file.path(root, "tests", "fixtures", "reference")
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

source_string <- sprintf("R %s.%s, sna %s, network %s, igraph %s",
                         R.version$major, R.version$minor, packageVersion("sna"),
                         packageVersion("network"), packageVersion("igraph"))

# sna's brokerage columns -> English names (Gould & Fernandez 1989)
roles <- c(w_I = "coordinator", w_O = "consultant", b_IO = "representative",
           b_OI = "gatekeeper", b_O = "liaison", t = "total")

num <- function(x) {
  # rounded to 10 decimals like the Python references; NaN/NA -> null when written
  x <- round(as.numeric(x), 10)
  x[!is.na(x) & x == 0] <- 0 # no "-0"
  x
}

role_list <- function(row) {
  # one row of an n x 6 sna matrix -> named list with English keys
  l <- lapply(names(roles), function(k) num(row[[k]]))
  names(l) <- unname(roles)
  l
}

analyse <- function(name, attr) {
  g <- read_graph(file.path(graphs_dir, paste0(name, ".graphml")), format = "graphml")
  ids <- V(g)$id
  stopifnot(!is.null(ids), !anyDuplicated(ids))
  A <- as.matrix(as_adjacency_matrix(g, sparse = FALSE))
  dimnames(A) <- list(ids, ids)
  if (!is_directed(g)) stopifnot(isSymmetric(A))
  cl <- vertex_attr(g, attr)
  n <- length(ids)

  # --- Gould-Fernandez brokerage (ordered pairs a -> v -> b with no a -> b arc)
  br <- sna::brokerage(A, cl)
  stopifnot(all(colnames(br$raw.nli) == names(roles)))
  brokerage_nodes <- list()
  for (i in seq_len(n)) {
    rec <- role_list(br$raw.nli[i, ])
    rec$z <- role_list(br$z.nli[i, ])
    rec$expected <- role_list(br$exp.nli[i, ])
    rec$sd <- role_list(br$sd.nli[i, ])
    brokerage_nodes[[ids[i]]] <- rec
  }
  network_level <- list(raw = role_list(br$raw.gli), expected = role_list(br$exp.gli),
                        sd = role_list(br$sd.gli), z = role_list(br$z.gli))

  # --- Bonacich power: sna bonpow (default rescale = FALSE: scaled so sum(c^2) = n) and
  #     R igraph power_centrality (same formula and default scaling); they must agree.
  betas <- c(-0.1, 0.1)
  bonpow_list <- list()
  igraph_list <- list()
  for (b in betas) {
    s <- sna::bonpow(A, exponent = b)
    p <- as.numeric(igraph::power_centrality(g, exponent = b, rescale = FALSE))
    stopifnot(max(abs(s - p)) < 1e-8)
    bonpow_list[[length(bonpow_list) + 1]] <- list(beta = b, values = as.list(setNames(num(s), ids)))
    igraph_list[[length(igraph_list) + 1]] <- list(beta = b, values = as.list(setNames(num(p), ids)))
  }

  # cross-check against the Python reference (which re-implements igraph's power_centrality)
  py_file <- file.path(out_dir, paste0(name, ".json"))
  if (file.exists(py_file)) {
    py <- fromJSON(py_file, simplifyVector = FALSE)
    for (k in seq_along(betas)) {
      pv <- unlist(py$bonacich[[k]]$values)[ids]
      stopifnot(py$bonacich[[k]]$beta == betas[k], max(abs(pv - unlist(bonpow_list[[k]]$values))) < 1e-8)
    }
    cat("  Bonacich power agrees with", basename(py_file), "\n")
  } else {
    cat("  (", basename(py_file), "not found: run networkx_igraph.py first to cross-check Bonacich)\n")
  }

  res <- list(
    graph = name, directed = is_directed(g), n = n, source = source_string,
    groupAttribute = attr,
    groups = as.list(setNames(cl, ids)),
    brokerage = brokerage_nodes,
    brokerageNetwork = network_level,
    bonpow = bonpow_list,
    powerCentralityIgraph = igraph_list,
    hierarchyKrackhardt = num(sna::hierarchy(A, measure = "krackhardt")),
    grecipDyadicNonnull = num(sna::grecip(A, measure = "dyadic.nonnull")),
    grecipEdgewise = num(sna::grecip(A, measure = "edgewise")),
    connectedness = num(sna::connectedness(A))
  )
  out <- file.path(out_dir, paste0(name, "-sna.json"))
  writeLines(toJSON(res, auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE), out, useBytes = TRUE)
  cat("wrote", file.path("tests", "fixtures", "reference", basename(out)), "\n")
  res
}

karate <- analyse("karate", "club")
directed <- analyse("directed", "group")

# --- the values analysis.md quotes for karate (node 1 and node 34)
expect_roles <- function(rec, v) {
  got <- unlist(rec[unname(roles)])
  if (!all(got == v)) stop("brokerage mismatch: ", paste(got, collapse = ","), " vs ", paste(v, collapse = ","))
}
expect_roles(karate$brokerage[["1"]], c(174, 0, 15, 15, 0, 204))
expect_roles(karate$brokerage[["34"]], c(156, 6, 40, 40, 0, 242))
cat("karate brokerage for nodes 1 and 34 matches analysis.md\n")
