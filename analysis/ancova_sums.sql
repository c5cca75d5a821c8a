-- The sums behind each comparison's ANCOVA, lm(follow ~ baseline + cti) over the complete pairs, so that the
-- regression needs a few numbers per outcome × timepoint rather than every pair. Each variable is centred on its
-- mean within the outcome × timepoint (which takes out the intercept and keeps the sums well conditioned):
-- the slopes solve [sbb sbc; sbc scc]·(b_baseline, b_cti) = (sby, scy), and the residual sum of squares is
-- syy − b_baseline·sby − b_cti·scy.
WITH pairs AS (
  SELECT outcome, timepoint, baseline AS b, CASE WHEN arm = 'cti' THEN 1.0 ELSE 0.0 END AS c, follow AS y
  FROM change_pairs
),
centred AS (
  SELECT outcome, timepoint,
         b - avg(b) OVER w AS b, c - avg(c) OVER w AS c, y - avg(y) OVER w AS y
  FROM pairs
  WINDOW w AS (PARTITION BY outcome, timepoint)
)
SELECT outcome, timepoint, count(*) AS n,
       sum(b * b) AS sbb, sum(b * c) AS sbc, sum(c * c) AS scc,
       sum(b * y) AS sby, sum(c * y) AS scy, sum(y * y) AS syy
FROM centred
GROUP BY outcome, timepoint;
