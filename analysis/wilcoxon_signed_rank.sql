-- The Wilcoxon signed-rank statistic per outcome × arm × timepoint, as R's wilcox.test(paired) forms it:
-- zero differences dropped, |differences| ranked with ties given their average rank.
-- v = sum of the ranks of positive differences; tie_term = Σ over tie groups of (t³ − t).
WITH nonzero AS (
  SELECT outcome, arm, timepoint, change, abs(change) AS magnitude
  FROM change_pairs
  WHERE change <> 0
),
ranked AS (
  SELECT *,
         rank() OVER (PARTITION BY outcome, arm, timepoint ORDER BY magnitude)
           + (count(*) OVER (PARTITION BY outcome, arm, timepoint, magnitude) - 1) / 2.0 AS average_rank,
         count(*) OVER (PARTITION BY outcome, arm, timepoint, magnitude) AS tie_size
  FROM nonzero
)
SELECT outcome, arm, timepoint,
       count(*)                                        AS n_nonzero,
       coalesce(sum(average_rank) FILTER (change > 0), 0) AS v,
       -- each of a group's t rows adds t² − 1, so the group adds t(t² − 1) = t³ − t
       sum(tie_size * tie_size - 1)                    AS tie_term
FROM ranked
GROUP BY outcome, arm, timepoint;
