// Long JSON string values cut as a line streams in, so a 20 MB JSON Lines record is never held, joined or parsed whole.

/**
 * A filter over the text of one JSON value, fed in pieces: it passes the text through, except that each string
 * literal keeps only its first `maxUnits` characters (UTF-16 units as JSON.parse returns them, an escape counting as
 * the one character it stands for) and is closed there; what follows is skipped up to its closing quote. The output is
 * valid JSON whenever the input is, and parses to the same value with long strings shortened.
 *
 * Why it is exact enough: the read stage cuts every document's text (MAX_TEXT_CHARS, MAX_PAGE_CHARS) before anything
 * else reads it, so a string kept one character past the longest cut yields the same document, cut at the same place
 * and said to be; only the characters the cut would drop are never held in memory.
 */
export class JsonStringCapper {
  private inString = false;
  /** After a backslash inside a string. */
  private escaped = false;
  /** Hex digits left of a \uXXXX escape. */
  private hexLeft = 0;
  /** Characters of the current string kept so far. */
  private units = 0;
  /** The current string is past maxUnits: skipping to its closing quote. */
  private dropping = false;

  constructor(private readonly maxUnits: number) {}

  /** The part of `piece` that is kept, given everything fed before it. */
  feed(piece: string): string {
    const kept: string[] = [];
    let from = 0;
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      if (!this.inString) {
        if (c === 0x22) {
          this.inString = true;
          this.units = 0;
        }
        continue;
      }
      if (this.hexLeft > 0) {
        this.hexLeft--;
        continue;
      }
      if (this.escaped) {
        this.escaped = false;
        if (c === 0x75) this.hexLeft = 4;
        continue;
      }
      if (c === 0x22) {
        if (this.dropping) {
          // The closing quote is kept: the skipped part ends just before it.
          from = i;
          this.dropping = false;
        }
        this.inString = false;
        continue;
      }
      if (c === 0x5c) this.escaped = true;
      if (this.dropping) continue;
      // A new character starts here (a plain one or an escape): the cut falls between characters only.
      if (this.units === this.maxUnits) {
        kept.push(piece.slice(from, i));
        this.dropping = true;
        continue;
      }
      this.units++;
    }
    if (!this.dropping) kept.push(piece.slice(from));
    return kept.length === 1 ? kept[0] : kept.join('');
  }
}
