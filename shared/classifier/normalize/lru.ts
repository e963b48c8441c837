/**
 * A string-keyed cache bounded in bytes that drops the least recently used entries first, by the
 * second-chance (CLOCK) approximation of LRU: a hit only marks its entry, and an eviction gives a
 * marked entry another round (moved to the back, mark cleared) instead of dropping it. A hit is then
 * a map lookup, not a delete and an insert.
 */
interface Entry<V> {
  readonly value: V;
  readonly bytes: number;
  used: boolean;
}

export class LruCache<V> {
  readonly #entries = new Map<string, Entry<V>>();
  readonly #maxBytes: number;
  readonly #cost: (key: string, value: V) => number;
  #bytes = 0;

  /** `cost` estimates the bytes an entry holds (key, value and the map's own share). */
  constructor(maxBytes: number, cost: (key: string, value: V) => number) {
    this.#maxBytes = maxBytes;
    this.#cost = cost;
  }

  get size(): number {
    return this.#entries.size;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get(key: string): V | undefined {
    const e = this.#entries.get(key);
    if (e === undefined) return undefined;
    e.used = true;
    return e.value;
  }

  set(key: string, value: V): void {
    const old = this.#entries.get(key);
    if (old !== undefined) {
      this.#entries.delete(key);
      this.#bytes -= old.bytes;
    }
    const bytes = this.#cost(key, value);
    this.#entries.set(key, { value, bytes, used: false });
    this.#bytes += bytes;
    while (this.#bytes > this.#maxBytes) this.#evict();
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  /** Drops the oldest entry not used since it last came round (each mark is cleared once). */
  #evict(): void {
    for (const [key, e] of this.#entries) {
      this.#entries.delete(key);
      if (e.used && this.#entries.size > 0) {
        e.used = false;
        this.#entries.set(key, e);
        continue;
      }
      this.#bytes -= e.bytes;
      return;
    }
  }
}
