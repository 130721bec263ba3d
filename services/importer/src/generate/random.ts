/**
 * Seeded pseudo-randomness for the synthetic national graph. Every draw comes from a Random made from
 * the seed and a label (the force, the plan), never from Math.random or the clock, so the same seed
 * always gives the same graph. Only integer arithmetic is used: no Math.log or Math.cos, whose last
 * bits may differ between platforms.
 */

/** A 32-bit avalanche mix (each input bit flips about half the output bits). */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x21f0aaad);
  h ^= h >>> 15;
  h = Math.imul(h, 0x735a2d97);
  h ^= h >>> 15;
  return h >>> 0;
}

/** Four 32-bit words from labels, each label separated so that ('ab', 'c') and ('a', 'bc') differ. */
function hashLabels(labels: readonly (string | number)[]): [number, number, number, number] {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = 0x85a308d3;
  const text = labels.map(String).join('\u0000');
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x5bd1e995);
    c = Math.imul(c ^ ch, 0x27d4eb2f);
    d = Math.imul(d ^ ch, 0x165667b1);
  }
  return [mix32(a ^ text.length), mix32(b), mix32(c), mix32(d)];
}

/** Element i of a list, which the caller knows is there (noUncheckedIndexedAccess cannot). */
export function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new RangeError(`index ${i} outside a list of ${items.length}`);
  return item;
}

/** A small fast generator (sfc32: 128 bits of state, a counter so no cycle is short). */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d = 1;

  /** A generator for the given labels: the same labels always give the same draws. */
  constructor(...labels: (string | number)[]) {
    [this.a, this.b, this.c] = hashLabels(labels);
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** The next 32 random bits, as an unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A number in [0, 1). */
  float(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer from 0 to n - 1 (n up to 2^32). */
  below(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + this.below(max - min + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return at(items, this.below(items.length));
  }

  /** About normally distributed around 0 with standard deviation 1 (a sum of uniforms; no logarithms). */
  normal(): number {
    return (this.float() + this.float() + this.float() + this.float() - 2) * 1.732;
  }

  /** k distinct items of a list, in random order (all of them when k is larger than the list). */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + this.below(copy.length - i);
      const swap = at(copy, j);
      copy[j] = at(copy, i);
      copy[i] = swap;
    }
    return copy.slice(0, n);
  }
}

/** A choice among items with weights, drawn in a binary search of the running totals. */
export class Weighted<T> {
  private readonly items: T[] = [];
  private readonly totals: number[] = [];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    let sum = 0;
    for (const [item, weight] of entries) {
      if (weight <= 0) continue;
      sum += weight;
      this.items.push(item);
      this.totals.push(sum);
    }
    if (this.items.length === 0) throw new RangeError('a weighted choice needs an item of positive weight');
    this.total = sum;
  }

  pick(rng: Random): T {
    const x = rng.float() * this.total;
    let lo = 0;
    let hi = this.totals.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (x < at(this.totals, mid)) hi = mid;
      else lo = mid + 1;
    }
    return at(this.items, lo);
  }
}

/**
 * A bijection of [0, outer × inner) onto itself that looks random: a few Feistel rounds over the pair
 * (k ÷ inner, k mod inner). Numbering things by their position through it gives values (phone numbers,
 * NHS numbers) that look drawn at random yet can never repeat.
 */
export class Scramble {
  readonly size: number;
  private readonly keys: number[];

  constructor(
    private readonly outer: number,
    private readonly inner: number,
    ...labels: (string | number)[]
  ) {
    this.size = outer * inner;
    const rng = new Random('scramble', ...labels);
    this.keys = [rng.uint32(), rng.uint32(), rng.uint32(), rng.uint32()];
  }

  at(k: number): number {
    if (!Number.isInteger(k) || k < 0 || k >= this.size) throw new RangeError(`${k} is outside a scramble of ${this.size}`);
    let hi = Math.floor(k / this.inner);
    let lo = k % this.inner;
    for (let round = 0; round < 4; round += 2) {
      lo = (lo + (mix32(hi ^ at(this.keys, round)) % this.inner)) % this.inner;
      hi = (hi + (mix32(lo ^ at(this.keys, round + 1)) % this.outer)) % this.outer;
    }
    return hi * this.inner + lo;
  }
}
