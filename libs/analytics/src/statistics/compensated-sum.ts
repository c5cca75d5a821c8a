/**
 * simple-statistics' sum (Kahan–Babuška compensation), value by value, so a bootstrap that sums its draws as they are
 * drawn gives bit for bit the figure simple-statistics' mean of the drawn array would, without building the array.
 */
export class CompensatedSum {
  count = 0;
  private total = 0;
  private correction = 0;

  add(x: number): void {
    if (this.count++ === 0) {
      this.total = x;
      return;
    }
    const transition = this.total + x;
    if (Math.abs(this.total) >= Math.abs(x)) this.correction += this.total - transition + x;
    else this.correction += x - transition + this.total;
    this.total = transition;
  }

  mean(): number {
    return (this.total + this.correction) / this.count;
  }
}

/** The mean of n draws with replacement from xs (index ⌊u·n⌋ per draw), summed in draw order as simple-statistics' mean. */
export function resampledMean(xs: Float64Array, random: () => number): number {
  const n = xs.length;
  if (n === 0) throw new Error('mean requires at least one data point');
  const sum = new CompensatedSum();
  for (let i = 0; i < n; i++) sum.add(xs[Math.floor(random() * n)]);
  return sum.mean();
}
