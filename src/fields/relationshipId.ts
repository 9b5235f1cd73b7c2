/** The id in a relationship value, whether the client sent an id or a populated document. */
export const relationshipId = (value: unknown): number | string | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) {
    return (value as { id: number | string }).id
  }
  return undefined
}
