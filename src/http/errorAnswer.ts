import type { Response as ExpressResponse } from 'express'

/**
 * Every error answer of ours, from an endpoint, an express guard or an `afterError` hook, has
 * the shape Payload gives its own: `{ errors: [{ message, ...details }] }`, so a client reads
 * one format whichever part of the CMS refused it (docs/delivery.md, docs/security.md).
 */
export type ErrorBody = { errors: ({ message: string } & Record<string, unknown>)[] }

export const errorBody = (message: string, details?: Record<string, unknown>): ErrorBody => ({
  errors: [{ message, ...details }],
})

/** For endpoints and route handlers (a web `Response`). */
export const errorResponse = (
  status: number,
  message: string,
  { details, headers }: { details?: Record<string, unknown>; headers?: HeadersInit } = {},
): Response => Response.json(errorBody(message, details), { status, headers })

/** For express middleware in front of Payload. */
export const sendError = (res: ExpressResponse, status: number, message: string): void => {
  res.status(status).json(errorBody(message))
}

/** For Payload's `afterError` hooks: the status and body that replace Payload's own answer. */
export const errorHookAnswer = (status: number, message: string) => ({
  status,
  response: errorBody(message),
})
