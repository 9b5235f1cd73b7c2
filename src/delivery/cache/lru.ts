/** A size-bounded map that forgets the least recently used entry first (Map keeps order). */
export class Lru<V> {
  private readonly entries = new Map<string, V>()

  constructor(private readonly maxEntries: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key)
    if (value === undefined) return undefined
    this.entries.delete(key)
    this.entries.set(key, value)
    return value
  }

  set(key: string, value: V): void {
    this.entries.delete(key)
    this.entries.set(key, value)
    if (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string)
    }
  }

  clear(): void {
    this.entries.clear()
  }
}
