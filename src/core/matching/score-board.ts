/**
 * Per-query score accumulators over the whole index, allocated once and cleared by walking
 * only the documents a query touched: with 100,000 profiles, allocating and scanning full
 * arrays or Sets per query would dominate the ranking time.
 */
export class ScoreBoard {
  readonly concept: Float64Array;
  readonly lexical: Float64Array;
  /** Bridge cosine once BridgeIndex.score has run (a dot product while it runs). */
  readonly bridge: Float64Array;
  private readonly seen: Uint8Array;
  private readonly list: Int32Array;
  private count = 0;

  constructor(size: number) {
    this.concept = new Float64Array(size);
    this.lexical = new Float64Array(size);
    this.bridge = new Float64Array(size);
    this.seen = new Uint8Array(size);
    this.list = new Int32Array(size);
  }

  touch(doc: number): void {
    if (this.seen[doc] === 0) {
      this.seen[doc] = 1;
      this.list[this.count++] = doc;
    }
  }

  get touched(): Int32Array {
    return this.list.subarray(0, this.count);
  }

  reset(): void {
    for (let i = 0; i < this.count; i++) {
      const doc = this.list[i] as number;
      this.concept[doc] = 0;
      this.lexical[doc] = 0;
      this.bridge[doc] = 0;
      this.seen[doc] = 0;
    }
    this.count = 0;
  }
}

/** Keeps the k best (doc, score) pairs seen, in a min-heap; sorted best first on demand. */
export class TopK {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly k: number) {}

  offer(doc: number, score: number): void {
    if (this.k <= 0) return;
    if (this.docs.length < this.k) {
      this.docs.push(doc);
      this.scores.push(score);
      this.siftUp(this.docs.length - 1);
    } else if (score > (this.scores[0] as number)) {
      this.docs[0] = doc;
      this.scores[0] = score;
      this.siftDown(0);
    }
  }

  sorted(): { doc: number; score: number }[] {
    return this.docs.map((doc, i) => ({ doc, score: this.scores[i] as number })).sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  private swap(a: number, b: number): void {
    [this.docs[a], this.docs[b]] = [this.docs[b] as number, this.docs[a] as number];
    [this.scores[a], this.scores[b]] = [this.scores[b] as number, this.scores[a] as number];
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.scores[parent] as number) <= (this.scores[i] as number)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const n = this.docs.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < n && (this.scores[left] as number) < (this.scores[smallest] as number)) smallest = left;
      if (right < n && (this.scores[right] as number) < (this.scores[smallest] as number)) smallest = right;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }
}
