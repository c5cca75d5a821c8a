# Writes test/fixtures/<cohort>/reference-distributions.json: per score (WEMWBS total, SDS total, Recovery Star mean),
# arm and timepoint (baseline, m9, m18), n and the 10th, 25th, 50th, 75th and 90th percentiles by quantile(type = 7).
# Usage: Rscript test/reference/distributions-reference.R test/fixtures/sample-cohort
suppressPackageStartupMessages(library(jsonlite))
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args)) args[1] else "test/fixtures/sample-cohort"

courses <- read.csv(file.path(dir, "courses.csv"), stringsAsFactors = FALSE)
m <- read.csv(file.path(dir, "measurements.csv"), stringsAsFactors = FALSE)
courses <- courses[is.na(courses$end_reason) | courses$end_reason != "withdrawn", ]

# Scores need every item (analysis/02_outcome_values.sql).
score <- function(cols, f) { x <- m[, cols, drop = FALSE]; ifelse(rowSums(is.na(x)) == 0, f(x), NA) }
wem <- grep("^wemwbs_", names(m), value = TRUE)
sds <- c("sds_work", "sds_social", "sds_family")
rs <- grep("^rs_", names(m), value = TRUE)
m$wemwbs_total <- if (length(wem)) score(wem, rowSums) else NA
m$sds_total <- if (all(sds %in% names(m))) score(sds, rowSums) else NA
m$rs_mean <- if (length(rs) == 10) score(rs, rowMeans) else NA
m <- merge(m, courses[, c("course_id", "arm")], by = "course_id")

rows <- list()
for (outcome in c("wemwbs_total", "sds_total", "rs_mean")) for (arm in c("cti", "control")) for (tp in c("baseline", "m9", "m18")) {
  x <- m[[outcome]][m$arm == arm & m$timepoint == tp]
  x <- x[!is.na(x)]
  if (length(x) == 0) next
  q <- unname(quantile(x, c(0.1, 0.25, 0.5, 0.75, 0.9), type = 7))
  rows[[length(rows) + 1]] <- list(outcome = outcome, arm = arm, timepoint = tp, n = length(x), p10 = q[1], q1 = q[2], median = q[3], q3 = q[4], p90 = q[5])
}
writeLines(toJSON(list(distributions = rows), auto_unbox = TRUE, digits = NA, pretty = TRUE), file.path(dir, "reference-distributions.json"))
