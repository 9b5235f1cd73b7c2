'use client'
import { FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import React from 'react'

/**
 * A read-only JSON field shown as formatted text. Payload's own JSON field is a code editor that
 * loads Monaco from a CDN at run time, which the admin's content security policy (and a newsroom
 * without outside access) blocks: the field then shimmers forever and logs a console error.
 * Records that nobody edits (the workflow history) need no editor.
 */
export const ReadOnlyJson: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const isEmpty = value === null || value === undefined || value === ''
  return (
    <div className="field-type json-field read-only">
      <FieldLabel label={field.label} path={path} />
      <pre
        style={{
          margin: 0,
          padding: '8px 12px',
          overflowX: 'auto',
          whiteSpace: 'pre-wrap',
          background: 'var(--theme-elevation-50)',
          borderRadius: 'var(--style-radius-s)',
        }}
      >
        {isEmpty ? '—' : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  )
}
