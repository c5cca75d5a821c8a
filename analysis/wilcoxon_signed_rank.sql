-- The Wilcoxon signed-rank statistic per outcome × arm × timepoint, as R's wilcox.test(paired) forms it:
-- zero differences dropped, |differences| ranked with ties given their average rank.
-- v = sum of the ranks of positive differences; tie_term = Σ over tie groups of (t³ − t).
-- Summed over the tie groups (one row per distinct |difference|), not ranked per pair: the t ties that follow
-- `below` smaller differences share the average rank below + (t + 1) / 2 (ranks are halves, so the sums are exact).
WITH ties AS (
  SELECT outcome, arm, timepoint, abs(change) AS magnitude,
         count(*)                       AS tie_size,
         count(*) FILTER (change > 0)   AS positive
  FROM change_pairs
  WHERE change <> 0
  GROUP BY outcome, arm, timepoint, abs(change)
),
ranked AS (
  SELECT *,
         coalesce(sum(tie_size) OVER (PARTITION BY outcome, arm, timepoint ORDER BY magnitude
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS below
  FROM ties
)
SELECT outcome, arm, timepoint,
       sum(tie_size)                                        AS n_nonzero,
       sum(positive * (below + (tie_size + 1) / 2.0))       AS v,
       sum(tie_size * tie_size * tie_size - tie_size)       AS tie_term
FROM ranked
GROUP BY outcome, arm, timepoint;
