# Writes test/fixtures/<cohort>/reference-distributions.json: per score (WEMWBS total, SDS total, Recovery Star mean),
# arm and timepoint (baseline, m9, m18), n and the 10th, 25th, 50th, 75th and 90th percentiles by quantile(type = 7).
# Usage: Rscript test/reference/distributions-reference.R test/fixtures/sample-cohort
suppressPackageStartupMessages(library(jsonlite))
# The bundle, its scores and arms: bundle-scores.R beside this script.
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "bundle-scores.R"))

rows <- list()
for (outcome in c("wemwbs_total", "sds_total", "rs_mean")) for (arm in c("cti", "control")) for (tp in c("baseline", "m9", "m18")) {
  x <- m[[outcome]][m$arm == arm & m$timepoint == tp]
  x <- x[!is.na(x)]
  if (length(x) == 0) next
  q <- unname(quantile(x, c(0.1, 0.25, 0.5, 0.75, 0.9), type = 7))
  rows[[length(rows) + 1]] <- list(outcome = outcome, arm = arm, timepoint = tp, n = length(x), p10 = q[1], q1 = q[2], median = q[3], q3 = q[4], p90 = q[5])
}
writeLines(toJSON(list(distributions = rows), auto_unbox = TRUE, digits = NA, pretty = TRUE), file.path(dir, "reference-distributions.json"))
