import { expect } from '@jest/globals'

import type { BrowserScenario } from './scenario'

/**
 * REST calls as the demo accounts, outside any page: a scenario's set-up (documents written and
 * moved through the workflow), not the behaviour under test. A call answered 300 or above throws.
 */
export const restClient = (scenario: BrowserScenario) => {
  const tokenOf = async (email: string): Promise<string> => {
    const response = await fetch(`${scenario.stack.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: scenario.password(email) }),
    })
    expect(response.status).toBe(200)
    return ((await response.json()) as { token: string }).token
  }
  const call = async (token: string, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${scenario.stack.url}/api${path}`, {
      method,
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await response.json()) as Record<string, unknown>
    if (response.status >= 300) {
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
    }
    return json
  }
  return { tokenOf, call }
}
