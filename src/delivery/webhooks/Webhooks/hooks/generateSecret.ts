import { randomBytes } from 'node:crypto'

import type { FieldHook } from 'payload'

/** A webhook always has a secret to sign with; an admin who leaves it empty gets a random one. */
export const generateSecret: FieldHook = ({ value, operation }) =>
  operation === 'create' && !value ? randomBytes(32).toString('hex') : value
