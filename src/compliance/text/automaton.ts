/**
 * An Aho–Corasick automaton over UTF-16 code units. The matcher feeds it text that is already
 * folded (no combining marks, one unit per folded character or surrogate pair), so it needs none
 * of the grapheme segmentation a general-purpose library does per character: that segmentation
 * was most of the cost of a check (docs/performance.md, 合规检查).
 */
export type AutomatonHit<T> = { pattern: string; start: number; end: number; data: T }

export class CodeUnitAutomaton<T> {
  readonly #patterns: { pattern: string; data: T }[]
  /** Per state: code unit → next state (the trie's edges). */
  readonly #edges: Map<number, number>[] = [new Map()]
  /** Per state: the longest proper suffix that is also a state. */
  #fail: Int32Array = new Int32Array(1)
  /** Per state: the nearest state along the failure chain that ends a pattern (-1: none). */
  #output: Int32Array = new Int32Array(1)
  /** Per state: the patterns ending there. */
  readonly #ends: (number[] | undefined)[] = [undefined]

  constructor(patterns: readonly { pattern: string; data: T }[]) {
    this.#patterns = patterns.filter(({ pattern }) => pattern.length > 0)
    this.#patterns.forEach(({ pattern }, index) => {
      let state = 0
      for (let at = 0; at < pattern.length; at += 1) {
        const unit = pattern.charCodeAt(at)
        let next = this.#edges[state].get(unit)
        if (next === undefined) {
          next = this.#edges.length
          this.#edges.push(new Map())
          this.#ends.push(undefined)
          this.#edges[state].set(unit, next)
        }
        state = next
      }
      ;(this.#ends[state] ??= []).push(index)
    })
    this.#link()
  }

  /** Failure and output links, breadth first (a state's links depend on shallower states). */
  #link() {
    const count = this.#edges.length
    this.#fail = new Int32Array(count)
    this.#output = new Int32Array(count).fill(-1)
    const queue = new Int32Array(count)
    let head = 0
    let tail = 0
    for (const child of this.#edges[0].values()) queue[tail++] = child
    while (head < tail) {
      const state = queue[head++]
      for (const [unit, child] of this.#edges[state]) {
        let fallback = this.#fail[state]
        while (fallback !== 0 && !this.#edges[fallback].has(unit)) fallback = this.#fail[fallback]
        const target = this.#edges[fallback].get(unit)
        const fail = target !== undefined && target !== child ? target : 0
        this.#fail[child] = fail
        this.#output[child] = this.#ends[fail] ? fail : this.#output[fail]
        queue[tail++] = child
      }
    }
  }

  /** Every occurrence of every pattern (overlapping ones too), in order of where they end. */
  *iterate(text: string): Generator<AutomatonHit<T>> {
    let state = 0
    for (let at = 0; at < text.length; at += 1) {
      const unit = text.charCodeAt(at)
      let next = this.#edges[state].get(unit)
      while (next === undefined && state !== 0) {
        state = this.#fail[state]
        next = this.#edges[state].get(unit)
      }
      state = next ?? 0
      for (let hit = this.#ends[state] ? state : this.#output[state]; hit !== -1;) {
        for (const index of this.#ends[hit] ?? []) {
          const { pattern, data } = this.#patterns[index]
          yield { pattern, start: at + 1 - pattern.length, end: at + 1, data }
        }
        hit = this.#output[hit]
      }
    }
  }
}
