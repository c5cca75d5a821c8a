# Regenerates test/fixtures/<cohort>/reference-extended.json (and reference-hierarchy-m18.json, Holm over another stored hierarchy): the MMRM per visit (nlme::gls, REML, unstructured
# 2 x 2 covariance) and the Holm-adjusted ANCOVA p over the primary + key secondary family, from the bundle CSVs.
# Usage: Rscript test/reference/extended-reference.R test/fixtures/sample-cohort
suppressPackageStartupMessages({ library(nlme); library(jsonlite) })
# The bundle, its scores and arms: bundle-scores.R beside this script.
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "bundle-scores.R"))

long <- function(outcome) {
  b <- m[m$timepoint == "baseline" & !is.na(m[[outcome]]), c("course_id", "arm", outcome)]
  names(b)[3] <- "baseline"
  f <- m[m$timepoint %in% c("m9", "m18") & !is.na(m[[outcome]]), c("course_id", "timepoint", outcome)]
  names(f)[3] <- "follow"
  d <- merge(b, f, by = "course_id")
  d$visit <- factor(d$timepoint, levels = c("m9", "m18"))
  d$v <- as.integer(d$visit)
  d$arm <- factor(d$arm, levels = c("control", "cti"))
  d[order(d$course_id, d$v), ]
}

mmrm <- function(outcome) {
  d <- long(outcome)
  if (length(unique(d$arm[d$visit == "m18"])) < 2 || length(unique(d$arm[d$visit == "m9"])) < 2) return(NULL)
  fit <- gls(follow ~ visit * (baseline + arm), data = d, correlation = corSymm(form = ~ v | course_id),
             weights = varIdent(form = ~ 1 | visit), method = "REML",
             control = glsControl(tolerance = 1e-12, msTol = 1e-12, msMaxIter = 1000, maxIter = 1000))
  b <- coef(fit); V <- vcov(fit); df <- nrow(d) - length(b)
  L9 <- as.numeric(names(b) == "armcti")
  L18 <- as.numeric(names(b) %in% c("armcti", "visitm18:armcti"))
  per <- function(L, tp) {
    est <- sum(L * b); se <- sqrt(drop(t(L) %*% V %*% L)); t <- est / se
    list(outcome = outcome, timepoint = tp, estimate = est, se = se, t = t, df = df, p = 2 * pt(-abs(t), df),
         ci = est + c(-1, 1) * qt(0.975, df) * se,
         n_cti = sum(d$arm == "cti" & d$timepoint == tp), n_control = sum(d$arm == "control" & d$timepoint == tp),
         n = length(unique(d$course_id)), n_observations = nrow(d),
         residual_correlation = coef(fit$modelStruct$corStruct, unconstrained = FALSE)[[1]])
  }
  list(per(L9, "m9"), per(L18, "m18"))
}

# Holm over the primary (wemwbs_total m9) and key secondary (sds_total, rs_mean at m9) ANCOVA p-values.
ancova_p <- function(outcome, tp = "m9") {
  d <- long(outcome); d <- d[d$timepoint == tp, ]
  if (sum(d$arm == "cti") < 3 || sum(d$arm == "control") < 3) return(NA)
  summary(lm(follow ~ baseline + arm, data = d))$coefficients["armcti", 4]
}
family <- c(primary = "wemwbs_total", key1 = "sds_total", key2 = "rs_mean")
p <- sapply(family, ancova_p)
computed <- !is.na(p)
holm <- p.adjust(p[computed], "holm")
roles <- c("primary", "key_secondary", "key_secondary")
comparison <- lapply(which(computed), function(i) list(outcome = family[[i]], timepoint = "m9", role = roles[i],
                                                        p_holm = holm[[names(family)[i]]], holm_family_size = sum(computed)))

# Effect sizes with large-sample normal intervals (Hedges & Olkin 1985): g and d_z +- qnorm(.975) * SE.
effect_sizes <- function() {
  between <- list(); within <- list()
  for (o in family) for (tp in c("m9", "m18")) {
    d <- long(o); d <- d[d$timepoint == tp, ]; d$change <- d$follow - d$baseline
    ns <- c(cti = sum(d$arm == "cti"), control = sum(d$arm == "control"))
    for (a in names(ns)) if (ns[[a]] >= 3) {
      x <- d$change[d$arm == a]; dz <- mean(x) / sd(x); n <- length(x); se <- sqrt(1 / n + dz^2 / (2 * n))
      within[[length(within) + 1]] <- list(outcome = o, arm = a, timepoint = tp, cohen_dz = dz, se = se, ci = dz + c(-1, 1) * qnorm(0.975) * se, n = n)
    }
    if (all(ns >= 3)) {
      x <- d$change[d$arm == "cti"]; y <- d$change[d$arm == "control"]; n1 <- length(x); n2 <- length(y)
      sp <- sqrt(((n1 - 1) * var(x) + (n2 - 1) * var(y)) / (n1 + n2 - 2))
      g <- (mean(x) - mean(y)) / sp * (1 - 3 / (4 * (n1 + n2) - 9))
      se <- sqrt((n1 + n2) / (n1 * n2) + g^2 / (2 * (n1 + n2)))
      between[[length(between) + 1]] <- list(outcome = o, timepoint = tp, hedges_g = g, se = se, ci = g + c(-1, 1) * qnorm(0.975) * se, n_cti = n1, n_control = n2)
    }
  }
  list(between_arms = between, within_arm = within)
}

# Sensitivity analyses: ANCOVA with municipality fixed effects; ANCOVA over completers (end_reason == "completed").
sensitivity <- function() {
  rows <- list()
  for (o in family) for (tp in c("m9", "m18")) {
    d <- long(o); d <- merge(d, courses[, c("course_id", "municipality_code", "end_reason")], by = "course_id")
    d <- d[d$timepoint == tp, ]
    for (a in c("municipality_fixed_effects", "completers_only")) {
      x <- if (a == "completers_only") d[!is.na(d$end_reason) & d$end_reason == "completed", ] else d
      if (sum(x$arm == "cti") < 3 || sum(x$arm == "control") < 3) next
      fit <- if (a == "completers_only") lm(follow ~ baseline + arm, data = x) else lm(follow ~ baseline + arm + factor(municipality_code), data = x)
      co <- summary(fit)$coefficients["armcti", ]
      rows[[length(rows) + 1]] <- list(outcome = o, timepoint = tp, analysis = a, estimate = co[[1]], se = co[[2]],
                                       ci = unname(confint(fit)["armcti", ]), p = co[[4]], n_cti = sum(x$arm == "cti"), n_control = sum(x$arm == "control"))
    }
  }
  rows
}

# Table 1: characteristics by arm and by analysed (a complete wemwbs_total pair at m9) vs lost, with standardised
# mean differences (Austin 2009): continuous (m1 - m2) / sqrt((s1^2 + s2^2) / 2); each categorical level
# (p1 - p2) / sqrt((p1 (1 - p1) + p2 (1 - p2)) / 2).
table_one <- function() {
  cc <- courses
  for (v in c("sex", "target_group")) cc[[v]][!is.na(cc[[v]]) & cc[[v]] == ""] <- NA
  cc$municipality_code <- as.character(cc$municipality_code)
  cc$age_at_start <- as.integer(substr(cc$start_date, 1, 4)) - cc$birth_year
  an <- long("wemwbs_total"); an <- unique(an$course_id[an$timepoint == "m9"])
  cc$analysed <- cc$course_id %in% an
  base <- m[m$timepoint == "baseline", ]
  outcomes <- c("wemwbs_total", "sds_total", "rs_mean", sds, rs)
  outcomes <- outcomes[outcomes %in% names(base)]
  outcomes <- outcomes[sapply(outcomes, function(o) any(!is.na(base[[o]])))]
  rows <- list()
  add <- function(r) rows[[length(rows) + 1]] <<- r
  cont <- function(x) { x <- x[!is.na(x)]; if (length(x)) list(n = length(x), mean = mean(x), sd = if (length(x) > 1) sd(x) else NA) else list(n = 0) }
  smd_c <- function(a, b) if (is.null(a$mean) || is.null(b$mean) || is.na(a$sd) || is.na(b$sd) || (a$sd == 0 && b$sd == 0)) NA else (a$mean - b$mean) / sqrt((a$sd^2 + b$sd^2) / 2)
  splits <- list(arm = list(cti = cc$arm == "cti", control = cc$arm == "control"), analysed_vs_lost = list(analysed = cc$analysed, lost = !cc$analysed))
  for (cmp in names(splits)) {
    g <- splits[[cmp]]; gn <- names(g)
    add(list(comparison = cmp, variable = "n", kind = "count", groups = setNames(lapply(g, function(s) list(n = sum(s))), gn)))
    for (v in c("sex", "target_group", "municipality_code")) {
      for (lv in sort(unique(na.omit(cc[[v]])))) {
        cells <- lapply(g, function(s) { x <- cc[[v]][s]; k <- x[!is.na(x)]
          list(n = length(k), n_missing = sum(is.na(x)), count = sum(k == lv), share = if (length(k)) mean(k == lv) else NA) })
        p1 <- cells[[1]]$share; p2 <- cells[[2]]$share; den <- sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / 2)
        add(list(comparison = cmp, variable = v, level = lv, kind = "categorical", groups = setNames(cells, gn), smd = if (is.na(den) || den == 0) NA else (p1 - p2) / den))
      }
    }
    vals <- list(age_at_start = cc$age_at_start)
    for (o in outcomes) vals[[o]] <- base[[o]][match(cc$course_id, base$course_id)]
    for (v in names(vals)) {
      cells <- lapply(g, function(s) { x <- vals[[v]][s]; c(cont(x), list(n_missing = sum(is.na(x)))) })
      r <- list(comparison = cmp, variable = if (v == "age_at_start") v else "baseline")
      if (v != "age_at_start") r$outcome <- v
      add(c(r, list(kind = "continuous", groups = setNames(cells, gn), smd = smd_c(cells[[1]], cells[[2]]))))
    }
  }
  list(analysed_definition = "a complete pair (baseline and m9) of wemwbs_total", rows = rows)
}

# Responders: oriented change (positive = better) against the registry's minimal important change (MIC) and the
# Jacobson-Truax reliable change index (SEM = baseline SD * sqrt(1 - r), improved when change / (sqrt(2) SEM) > 1.96);
# CTI - control shares with Newcombe's hybrid score interval (method 10) from Wilson intervals.
registry <- list(wemwbs_total = list(mic = 3, reliability = 0.89, higher = TRUE), sds_total = list(mic = NA, reliability = 0.89, higher = FALSE))
wilson <- function(x, n) { z <- qnorm(0.975); p <- x / n; c0 <- p + z^2 / (2 * n); h <- z * sqrt(p * (1 - p) / n + z^2 / (4 * n^2)); c(c0 - h, c0 + h) / (1 + z^2 / n) }
newcombe <- function(x1, n1, x2, n2) { p1 <- x1 / n1; p2 <- x2 / n2; a <- wilson(x1, n1); b <- wilson(x2, n2); d <- p1 - p2
  list(diff = d, ci = c(d - sqrt((p1 - a[1])^2 + (b[2] - p2)^2), d + sqrt((a[2] - p1)^2 + (p2 - b[1])^2))) }
responders <- function() {
  defs <- list(); by_arm <- list(); diffs <- list()
  for (o in names(registry)) {
    reg <- registry[[o]]; d <- long(o); if (!nrow(d)) next
    b <- m[[o]][m$timepoint == "baseline"]; s1 <- sd(b[!is.na(b)])
    crit <- list()
    if (!is.na(reg$mic)) crit$mic <- reg$mic
    if (!is.na(reg$reliability)) crit$rci <- qnorm(0.975) * sqrt(2) * s1 * sqrt(1 - reg$reliability)
    for (cr in names(crit)) {
      th <- crit[[cr]]
      def <- list(outcome = o, criterion = cr, threshold = th)
      if (cr == "rci") { def$reliability <- reg$reliability; def$baseline_sd <- s1 }
      defs[[length(defs) + 1]] <- def
      for (tp in c("m9", "m18")) {
        x <- d[d$timepoint == tp, ]; ch <- (x$follow - x$baseline) * (if (reg$higher) 1 else -1)
        cnt <- list()
        for (a in c("cti", "control")) {
          y <- ch[x$arm == a]; n <- length(y); if (!n) next
          imp <- if (cr == "mic") sum(y >= th) else sum(y > th); det <- if (cr == "mic") sum(y <= -th) else sum(y < -th)
          cnt[[a]] <- c(imp, det, n)
          by_arm[[length(by_arm) + 1]] <- list(outcome = o, criterion = cr, arm = a, timepoint = tp, n = n, improved = imp, unchanged = n - imp - det,
            deteriorated = det, share_improved = imp / n, share_unchanged = (n - imp - det) / n, share_deteriorated = det / n)
        }
        if (length(cnt) == 2 && cnt$cti[3] >= 3 && cnt$control[3] >= 3) {
          i <- newcombe(cnt$cti[1], cnt$cti[3], cnt$control[1], cnt$control[3]); e <- newcombe(cnt$cti[2], cnt$cti[3], cnt$control[2], cnt$control[3])
          diffs[[length(diffs) + 1]] <- list(outcome = o, criterion = cr, timepoint = tp, diff_improved = i$diff, diff_improved_ci = i$ci,
            diff_deteriorated = e$diff, diff_deteriorated_ci = e$ci, n_cti = cnt$cti[3], n_control = cnt$control[3])
        }
      }
    }
  }
  list(definitions = defs, by_arm = by_arm, differences = diffs)
}

# Costs at the default 3.5 % annual discount rate beyond month 12 (a line spread evenly over months from + 1 .. to,
# month k in year floor((k - 1) / 12) divided by 1.035^year; a line without duration in month max(to, 1)), with the
# Welch interval and the bootstrap percentile interval of the difference: per horizon the Mersenne Twister seeded
# afresh (init_genrand(1), as @stdlib's mt19937), each replicate's CTI draws then control draws, index floor(u n).
mt_seed <- function(seed) {
  mul32 <- function(a, x) { al <- a %% 65536; ah <- a %/% 65536; xl <- x %% 65536; xh <- x %/% 65536
    ((al * xl) + ((ah * xl + al * xh) %% 65536) * 65536) %% 4294967296 }
  xor32 <- function(a, b) (bitwXor(a %/% 65536, b %/% 65536)) * 65536 + bitwXor(a %% 65536, b %% 65536)
  s <- numeric(624); s[1] <- seed %% 4294967296
  for (i in 2:624) { p <- s[i - 1]; s[i] <- (mul32(1812433253, xor32(p, p %/% 1073741824)) + (i - 1)) %% 4294967296 }
  assign(".Random.seed", c(10403L, 624L, as.integer(ifelse(s >= 2147483648, s - 4294967296, s))), envir = globalenv())
}
costs_discounted <- function(rate = 0.035, B = 1000, seed = 1) {
  path <- file.path(dir, "costs.csv"); if (!file.exists(path)) return(list())
  k <- read.csv(path, stringsAsFactors = FALSE)
  k <- k[k$course_id %in% courses$course_id, ]
  if (!length(unique(courses$arm[courses$course_id %in% k$course_id])) == 2) return(list())
  amt <- suppressWarnings(as.numeric(k$amount_dkk)); amt[is.na(amt)] <- (k$quantity * k$unit_cost_dkk)[is.na(amt)]; amt[is.na(amt)] <- 0
  factor <- mapply(function(f, t) if (t <= f) (1 + rate)^-((max(t, 1) - 1) %/% 12) else mean((1 + rate)^-(((f + 1):t - 1) %/% 12)), k$from_month, k$to_month)
  k$amount <- amt * factor
  cs <- courses[order(courses$course_id, method = "radix"), ]
  lapply(c(9, 21), function(h) {
    kh <- k[k$to_month <= h, ]
    cost <- sapply(cs$course_id, function(id) sum(kh$amount[kh$course_id == id]))
    x <- cost[cs$arm == "cti"]; y <- cost[cs$arm == "control"]
    bycat <- function(a) { ids <- cs$course_id[cs$arm == a]; z <- kh[kh$course_id %in% ids, ]; as.list(sapply(split(z$amount, z$category), sum) / length(ids)) }
    mt_seed(seed)
    diffs <- replicate(B, { a <- mean(x[floor(runif(length(x)) * length(x)) + 1]); a - mean(y[floor(runif(length(y)) * length(y)) + 1]) })
    list(horizon_months = h, mean_cost = list(cti = mean(x), control = mean(y)), sd_cost = list(cti = sd(x), control = sd(y)),
         n = list(cti = length(x), control = length(y)), mean_cost_by_category = list(cti = bycat("cti"), control = bycat("control")),
         diff = mean(x) - mean(y), welch_ci = as.numeric(t.test(x, y)$conf.int),
         bootstrap_ci = unname(quantile(diffs, c(0.025, 0.975), type = 7)))
  })
}

# A stored hierarchy other than the default (evaluation settings): sds_total at m18 primary; wemwbs_total, rs_mean key secondary.
hierarchy_m18 <- function() {
  fam <- c("sds_total", "wemwbs_total", "rs_mean"); p <- sapply(fam, ancova_p, tp = "m18"); ok <- !is.na(p)
  list(hierarchy = list(primary = list(outcome = "sds_total", timepoint = "m18"), keySecondary = fam[-1]),
       comparison = unname(lapply(which(ok), function(i) list(outcome = fam[[i]], timepoint = "m18", role = if (i == 1) "primary" else "key_secondary",
                                                               ancova_p = p[[i]], p_holm = p.adjust(p[ok], "holm")[[fam[[i]]]], holm_family_size = sum(ok)))))
}
writeLines(toJSON(hierarchy_m18(), auto_unbox = TRUE, digits = NA, pretty = TRUE), file.path(dir, "reference-hierarchy-m18.json"))

out <- list(costs = costs_discounted(), responders = responders(), table_one = table_one(), sensitivity = sensitivity(), effect_sizes = effect_sizes(), mmrm = unname(do.call(c, Filter(Negate(is.null), lapply(family, mmrm)))), comparison = unname(comparison))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), file.path(dir, "reference-extended.json"))
