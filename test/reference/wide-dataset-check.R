# Opens the wide analysis dataset as an evaluator would, with base R's read.csv, and checks its shape: one row per
# course, the codebook's columns in order, numeric columns read as numbers.
# Usage: CTI_WRITE_WIDE_DATASET=/tmp/wide npx jest libs/analytics/src/export/analysis-dataset.duckdb.spec.ts
#        Rscript test/reference/wide-dataset-check.R /tmp/wide
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args)) args[1] else "/tmp/wide"
d <- read.csv(file.path(dir, "sample-cohort-analysis-data.csv"), stringsAsFactors = FALSE)
cb <- read.csv(file.path(dir, "sample-cohort-analysis-codebook.csv"), stringsAsFactors = FALSE)
courses <- read.csv("test/fixtures/sample-cohort/courses.csv", stringsAsFactors = FALSE)
courses <- courses[is.na(courses$end_reason) | courses$end_reason != "withdrawn", ]
stopifnot(nrow(d) == nrow(courses), !anyDuplicated(d$course_id), setequal(d$course_id, courses$course_id))
stopifnot(identical(names(d), cb$name))
num <- cb$name[cb$type %in% c("number", "integer")]
bad <- num[!sapply(d[num], function(x) is.numeric(x) || all(is.na(x)))]
if (length(bad)) stop("not numeric in R: ", paste(bad, collapse = ", "))
cat(sprintf("read.csv: %d rows (one per course), %d columns as the codebook; mean wemwbs_total_change_m9 by arm: %s\n",
            nrow(d), ncol(d), paste(sprintf("%s %.4f", c("cti", "control"), sapply(c("cti", "control"), function(a) mean(d$wemwbs_total_change_m9[d$arm == a], na.rm = TRUE))), collapse = ", ")))
