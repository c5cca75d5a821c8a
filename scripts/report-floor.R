# The bench's R floor: the evaluation's analyses on a bundle's CSVs as an evaluator would run them in R, written
# vectorised (base R and nlme). It covers analysis-spec.md's sections (descriptives, change, comparison with the
# ANCOVA, Recovery Star with Holm, costs, cost-effectiveness, fidelity) plus the MMRM and the 1,000-replicate cost and
# cost-effectiveness bootstraps; not the report's extras (attrition, caseload, sensitivity analyses, per-municipality
# breakdowns), so it is a lower bound for R doing what the report does.
# Usage: Rscript scripts/report-floor.R <bundle folder>; prints the seconds of each stage and of the whole.
suppressPackageStartupMessages(library(nlme))
started <- proc.time()[["elapsed"]]
stage <- function(name, expr) { t0 <- proc.time()[["elapsed"]]; v <- force(expr); cat(sprintf("%-18s %8.2f s\n", name, proc.time()[["elapsed"]] - t0)); invisible(v) }
dir <- commandArgs(trailingOnly = TRUE)[1]
csv <- function(f) read.csv(file.path(dir, f), stringsAsFactors = FALSE)

stage("read + score", {
  courses <- csv("courses.csv"); m <- csv("measurements.csv")
  courses <- courses[is.na(courses$end_reason) | courses$end_reason != "withdrawn", ]
  # a score needs every item (cohort-format.md)
  complete <- function(cols) rowSums(is.na(m[, cols, drop = FALSE])) == 0
  wem <- grep("^wemwbs_", names(m), value = TRUE); sds <- c("sds_work", "sds_social", "sds_family"); rs <- grep("^rs_", names(m), value = TRUE)
  m$wemwbs_total <- ifelse(complete(wem), rowSums(m[, wem]), NA)
  m$sds_total <- ifelse(complete(sds), rowSums(m[, sds]), NA)
  m$rs_mean <- ifelse(complete(rs), rowMeans(m[, rs]), NA)
  m <- merge(m[m$timepoint %in% c("baseline", "m9", "m18"), ], courses[, c("course_id", "arm")], by = "course_id")
  outcomes <- c("wemwbs_total", "sds_total", sds, "rs_mean", rs)
})

stage("descriptives", {
  descriptives <- do.call(rbind, lapply(outcomes, function(o) {
    d <- m[!is.na(m[[o]]), c("arm", "timepoint", o)]
    a <- aggregate(d[[o]], by = list(arm = d$arm, timepoint = d$timepoint), FUN = function(x) c(n = length(x), mean = mean(x), sd = sd(x)))
    cbind(outcome = o, a[, 1:2], as.data.frame(a$x))
  }))
})

# complete pairs of baseline and follow-up per outcome and timepoint, one row per course
pairs <- function(o, tp) {
  b <- m[m$timepoint == "baseline" & !is.na(m[[o]]), ]; f <- m[m$timepoint == tp & !is.na(m[[o]]), ]
  j <- match(f$course_id, b$course_id); f <- f[!is.na(j), ]; b <- b[j[!is.na(j)], ]
  data.frame(course_id = f$course_id, arm = f$arm, baseline = b[[o]], follow = f[[o]], change = f[[o]] - b[[o]])
}
stage("change + ANCOVA", {
  change <- list(); comparison <- list()
  for (o in outcomes) for (tp in c("m9", "m18")) {
    d <- pairs(o, tp)
    for (a in c("cti", "control")) {
      x <- d[d$arm == a, ]; if (nrow(x) < 3) next
      t <- t.test(x$follow, x$baseline, paired = TRUE); w <- suppressWarnings(wilcox.test(x$follow, x$baseline, paired = TRUE, exact = FALSE, correct = TRUE))
      change[[length(change) + 1]] <- data.frame(outcome = o, arm = a, timepoint = tp, n = nrow(x), mean_change = mean(x$change), sd_change = sd(x$change),
        t = t$statistic, p_ttest = t$p.value, p_wilcoxon = w$p.value, cohen_dz = mean(x$change) / sd(x$change))
    }
    if (sum(d$arm == "cti") < 3 || sum(d$arm == "control") < 3) next
    welch <- t.test(d$change[d$arm == "cti"], d$change[d$arm == "control"])
    d$arm <- factor(d$arm, levels = c("control", "cti"))
    fit <- summary(lm(follow ~ baseline + arm, data = d))$coefficients["armcti", ]
    comparison[[length(comparison) + 1]] <- data.frame(outcome = o, timepoint = tp, welch_t = welch$statistic, welch_p = welch$p.value,
      ancova_estimate = fit[[1]], ancova_se = fit[[2]], ancova_p = fit[[4]])
  }
  change <- do.call(rbind, change); comparison <- do.call(rbind, comparison)
})

stage("Recovery Star", {
  star <- do.call(rbind, lapply(split(change[change$outcome %in% rs, ], ~ arm + timepoint, drop = TRUE), function(x) {
    holm <- p.adjust(x$p_ttest, "holm")
    data.frame(arm = x$arm[1], timepoint = x$timepoint[1], positive = sum(x$mean_change > 0), improved = sum(x$mean_change > 0 & holm < 0.05))
  }))
})

stage("MMRM", {
  # primary and key secondary outcomes: unstructured 2 x 2 covariance over m9 and m18, REML (as analysis-spec's extras)
  mmrm <- lapply(c("wemwbs_total", "sds_total", "rs_mean"), function(o) {
    d <- rbind(cbind(pairs(o, "m9"), visit = "m9"), cbind(pairs(o, "m18"), visit = "m18"))
    d$visit <- factor(d$visit, levels = c("m9", "m18")); d$v <- as.integer(d$visit); d$arm <- factor(d$arm, levels = c("control", "cti"))
    d <- d[order(d$course_id, d$v), ]
    coef(gls(follow ~ visit * (baseline + arm), data = d, correlation = corSymm(form = ~ v | course_id), weights = varIdent(form = ~ 1 | visit), method = "REML"))
  })
})

stage("costs + bootstrap", {
  k <- csv("costs.csv"); k <- k[k$course_id %in% courses$course_id, ]
  amount <- ifelse(is.na(k$amount_dkk), k$quantity * k$unit_cost_dkk, k$amount_dkk); amount[is.na(amount)] <- 0
  # 3.5 % a year beyond month 12, a line spread evenly over months from + 1 .. to (analysis/04_course_costs.sql)
  span <- paste(k$from_month, k$to_month); first <- !duplicated(span)
  factor <- mapply(function(f, t) if (t <= f) 1.035^-((max(t, 1) - 1) %/% 12) else mean(1.035^-(((f + 1):t - 1) %/% 12)), k$from_month[first], k$to_month[first])
  k$amount <- amount * factor[match(span, span[first])]
  k$course <- match(k$course_id, courses$course_id)
  # a course's cost at H: its lines with to_month <= H; a course without such lines costs 0
  cost_at <- function(h) { kh <- k[k$to_month <= h, ]; cost <- numeric(nrow(courses)); s <- rowsum(kh$amount, kh$course); cost[as.integer(rownames(s))] <- s[, 1]; cost }
  is_cti <- courses$arm == "cti"
  costs <- lapply(c(9, 21), function(h) {
    cost <- cost_at(h); kh <- k[k$to_month <= h, ]
    by_category <- tapply(kh$amount, list(courses$arm[kh$course], kh$category), sum) / as.vector(table(courses$arm)[c("control", "cti")])
    x <- cost[is_cti]; y <- cost[!is_cti]
    set.seed(1)
    # resampling within each arm (a stratified bootstrap, as the report's)
    diffs <- replicate(1000, mean(x[sample.int(length(x), replace = TRUE)]) - mean(y[sample.int(length(y), replace = TRUE)]))
    list(h = h, mean = c(cti = mean(x), control = mean(y)), by_category = by_category, welch = t.test(x, y)$conf.int, boot_ci = quantile(diffs, c(0.025, 0.975)))
  })
})

stage("cost-effect.", {
  # ICER on wemwbs_total at m9 over 9 months; the joint bootstrap of cost and effect gives the CEAC
  d <- pairs("wemwbs_total", "m9"); cost9 <- cost_at(9)
  d$cost <- cost9[match(d$course_id, courses$course_id)]
  icer <- (mean(cost9[is_cti]) - mean(cost9[!is_cti])) / (mean(d$change[d$arm == "cti"]) - mean(d$change[d$arm == "control"]))
  set.seed(1)
  a <- which(d$arm == "cti"); z <- which(d$arm == "control")
  t <- t(replicate(1000, { i <- a[sample.int(length(a), replace = TRUE)]; j <- z[sample.int(length(z), replace = TRUE)]
    c(mean(d$cost[i]) - mean(d$cost[j]), mean(d$change[i]) - mean(d$change[j])) }))
  b <- list(t = t)
  ceac <- sapply(seq(0, 50000, by = 1000), function(wtp) mean(wtp * b$t[, 2] - b$t[, 1] > 0))
})

stage("fidelity", {
  cti <- courses[courses$arm == "cti", ]; day <- function(x) as.numeric(as.Date(ifelse(x == "", NA, x)))
  phases <- data.frame(p1 = day(cti$phase2_start) - day(cti$start_date), p2 = day(cti$phase3_start) - day(cti$phase2_start), p3 = day(cti$end_date) - day(cti$phase3_start))
  phase_summary <- sapply(phases, function(x) c(n = sum(!is.na(x)), median = median(x, na.rm = TRUE), within = sum(abs(x - 91) <= 14, na.rm = TRUE)))
  contacts <- csv("contacts.csv"); j <- match(contacts$course_id, cti$course_id); contacts <- contacts[!is.na(j), ]; j <- j[!is.na(j)]
  d <- day(contacts$date); p2 <- day(cti$phase2_start)[j]; p3 <- day(cti$phase3_start)[j]
  # a missing phase start never matches (analysis/05_cti_phases.sql)
  phase <- ifelse(!is.na(p3) & d >= p3, 3, ifelse(!is.na(p2) & d >= p2, 2, 1))
  minutes <- tapply(contacts$minutes, phase, sum); ratio <- minutes / minutes[["3"]]
})
cat(sprintf("%-18s %8.2f s\n", "R floor", proc.time()[["elapsed"]] - started))
