/** Counts occurrences of short ASCII markers (like `<si>` or `<row `) in XML streaming past in chunks. */
export class XmlTagCounter {
  readonly counts: number[];
  private carry = '';
  private readonly keep: number;

  constructor(private readonly markers: string[]) {
    this.counts = markers.map(() => 0);
    this.keep = Math.max(...markers.map((m) => m.length)) - 1;
  }

  push(chunk: Uint8Array): void {
    // latin1 maps each byte to one character: markers are ASCII, so matches are exact and offsets are byte offsets.
    const text = this.carry + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
    this.markers.forEach((marker, k) => {
      // A match lying wholly inside the carried tail was counted with the previous chunk.
      const from = Math.max(0, this.carry.length - marker.length + 1);
      for (let i = text.indexOf(marker, from); i >= 0; i = text.indexOf(marker, i + marker.length)) this.counts[k]++;
    });
    this.carry = text.slice(-this.keep);
  }
}
