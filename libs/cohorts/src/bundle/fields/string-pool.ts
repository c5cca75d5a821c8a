/**
 * One copy of each distinct text the validated records keep: a course id recurs in every file, and dates, worker ids
 * and modes repeat across millions of rows of a national bundle. Each parsed cell is a fresh string otherwise.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  intern(text: string): string {
    const held = this.strings.get(text);
    if (held !== undefined) return held;
    this.strings.set(text, text);
    return text;
  }
}
