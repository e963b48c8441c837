/**
 * A string-keyed cache bounded in bytes and in entries that drops the least recently used first, by
 * the CLOCK (second-chance) approximation of LRU: a hit marks its slot; the hand sweeping the slots
 * clears marks and drops the first unmarked entry. Every operation is O(1) amortised.
 */
export class LruCache<V> {
  readonly #index = new Map<string, number>();
  readonly #keys: (string | undefined)[];
  readonly #values: (V | undefined)[];
  readonly #cost: Float64Array;
  readonly #used: Uint8Array;
  readonly #free: number[] = [];
  readonly #maxBytes: number;
  readonly #estimate: (key: string, value: V) => number;
  #hand = 0;
  #bytes = 0;

  /** `estimate` gives the bytes an entry holds (key, value and the cache's own share). */
  constructor(maxBytes: number, maxEntries: number, estimate: (key: string, value: V) => number) {
    this.#maxBytes = maxBytes;
    this.#estimate = estimate;
    this.#keys = new Array(maxEntries).fill(undefined);
    this.#values = new Array(maxEntries).fill(undefined);
    this.#cost = new Float64Array(maxEntries);
    this.#used = new Uint8Array(maxEntries);
    for (let i = maxEntries - 1; i >= 0; i--) this.#free.push(i);
  }

  get size(): number {
    return this.#index.size;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get(key: string): V | undefined {
    const slot = this.#index.get(key);
    if (slot === undefined) return undefined;
    this.#used[slot] = 1;
    return this.#values[slot];
  }

  set(key: string, value: V): void {
    const old = this.#index.get(key);
    if (old !== undefined) this.#drop(old);
    const cost = this.#estimate(key, value);
    while (this.#free.length === 0 || (this.#bytes + cost > this.#maxBytes && this.#index.size > 0))
      this.#evict();
    const slot = this.#free.pop() as number;
    this.#index.set(key, slot);
    this.#keys[slot] = key;
    this.#values[slot] = value;
    this.#cost[slot] = cost;
    this.#used[slot] = 0;
    this.#bytes += cost;
  }

  /** Moves the hand on to the first entry not used since it last passed, and drops it. */
  #evict(): void {
    const n = this.#keys.length;
    for (;;) {
      const slot = this.#hand;
      this.#hand = (slot + 1) % n;
      if (this.#keys[slot] === undefined) continue;
      if (this.#used[slot] === 1) {
        this.#used[slot] = 0;
        continue;
      }
      this.#drop(slot);
      return;
    }
  }

  #drop(slot: number): void {
    this.#index.delete(this.#keys[slot] as string);
    this.#keys[slot] = undefined;
    this.#values[slot] = undefined;
    this.#bytes -= this.#cost[slot] as number;
    this.#free.push(slot);
  }
}
