# What the reference scripts beside this one share: the bundle named on the command line read from its CSVs as the
# analyses see it. Defines `dir`, `courses` (withdrawn ones left out), `m` (the measurements with every score and
# the course's arm) and the item columns `sds` and `rs`.
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args)) args[1] else "test/fixtures/sample-cohort"

courses <- read.csv(file.path(dir, "courses.csv"), stringsAsFactors = FALSE)
m <- read.csv(file.path(dir, "measurements.csv"), stringsAsFactors = FALSE)
# Withdrawn before the transition: not in the analyses (analysis/README.md).
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
