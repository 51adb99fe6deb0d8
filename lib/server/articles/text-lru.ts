// A least-recently-used map of strings bounded by their total length in
// characters (UTF-16 code units: at most two bytes each in memory). A string
// longer than the whole bound is not kept at all.
export class TextLru {
  readonly #entries = new Map<string, string>();
  #chars = 0;

  constructor(readonly maxChars: number) {}

  /** the characters held now */
  get chars(): number {
    return this.#chars;
  }

  get size(): number {
    return this.#entries.size;
  }

  has(key: string): boolean {
    return this.#entries.has(key);
  }

  /** The text, now the most recently used; undefined when it is not held. */
  get(key: string): string | undefined {
    const text = this.#entries.get(key);
    if (text === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, text);
    return text;
  }

  /** Holds the text as the most recently used, dropping the least recently used until all fit. */
  set(key: string, text: string): void {
    this.delete(key);
    if (text.length > this.maxChars) return;
    this.#entries.set(key, text);
    this.#chars += text.length;
    for (const [oldest, old] of this.#entries) {
      if (this.#chars <= this.maxChars) break;
      this.#entries.delete(oldest);
      this.#chars -= old.length;
    }
  }

  delete(key: string): void {
    const text = this.#entries.get(key);
    if (text === undefined) return;
    this.#entries.delete(key);
    this.#chars -= text.length;
  }
}
