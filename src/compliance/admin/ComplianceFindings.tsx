'use client'
import { Button } from '@payloadcms/ui'
import React from 'react'

import type { Finding } from '../scan/document'

type Language = 'en' | 'zh'

const TEXT = {
  zh: {
    title: '内容安全',
    check: '检查',
    checking: '检查中…',
    clean: '未发现问题',
    notChecked: '尚未检查',
    blocked: '有禁用内容，修改后才能提交、通过或发布',
    warned: '有需注意的内容',
    jump: '转到字段',
    preferred: '规范用语：',
    approveAnyway: '仍然通过（放行内容安全检查，须填写意见）',
    publishAnyway: '仍然发布（放行内容安全检查，须填写意见）',
    kinds: {
      block: '禁用',
      domain: '禁用链接',
      warn: '提示',
      replace: '非规范用语',
      'insecure-link': '不安全链接',
    },
  },
  en: {
    title: 'Compliance',
    check: 'Check',
    checking: 'Checking…',
    clean: 'Nothing found',
    notChecked: 'Not checked yet',
    blocked: 'Blocked content: fix it before submitting, approving or publishing',
    warned: 'Content to look at',
    jump: 'Go to field',
    preferred: 'Preferred form: ',
    approveAnyway: 'Approve anyway (override the compliance check; a comment is required)',
    publishAnyway: 'Publish anyway (override the compliance check; a comment is required)',
    kinds: {
      block: 'Blocked',
      domain: 'Blocked link',
      warn: 'Warning',
      replace: 'Non-preferred form',
      'insecure-link': 'Insecure link',
    },
  },
} as const

export const complianceText = (language: string) =>
  TEXT[(language === 'en' ? 'en' : 'zh') as Language]

/**
 * The form field a finding sits in: rich text findings name a block inside the field
 * (`content.root.children.1`), the field is `content`; Payload's field ids are `field-` and the
 * path with `__` for dots (`field-tags__0__tag`).
 */
export const fieldIdOf = (path: string): string => {
  const field = path.split('.root.')[0]
  return `field-${field.replace(/\./g, '__')}`
}

const jumpTo = (path: string) => {
  const id = fieldIdOf(path)
  const element =
    document.getElementById(id) ??
    document.querySelector(`[id^="${id}"]`) ??
    document.querySelector(`.field-type[id$="${id.slice('field-'.length)}"]`)
  if (!element) return
  element.scrollIntoView({ behavior: 'smooth', block: 'center' })
  const focusable = element.matches('input, textarea, [contenteditable="true"]')
    ? element
    : element.querySelector('input, textarea, [contenteditable="true"]')
  if (focusable instanceof HTMLElement) focusable.focus({ preventScroll: true })
}

type Props = {
  findings: Finding[] | null
  language: string
  isChecking: boolean
  onCheck: () => void
}

/**
 * The compliance findings in the workflow panel, grouped by field (and locale): the passage with
 * the match marked, the kind, for a `replace` rule its preferred form, and a link to the field.
 */
export const ComplianceFindings = ({ findings, language, isChecking, onCheck }: Props) => {
  const text = complianceText(language)
  const groups = new Map<string, Finding[]>()
  for (const finding of findings ?? []) {
    const key = `${finding.path}|${finding.locale ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), finding])
  }
  const isBlocked = findings?.some((finding) => finding.severity === 'block') ?? false
  return (
    <div className="kx-compliance" id="kx-compliance">
      <div className="kx-compliance__head">
        <span className="kx-wf-panel__label">{text.title}</span>
        <Button
          buttonStyle="secondary"
          disabled={isChecking}
          id="kx-compliance-check"
          margin={false}
          onClick={onCheck}
          size="small"
        >
          {isChecking ? text.checking : text.check}
        </Button>
      </div>
      {findings === null ? (
        <p className="kx-wf-panel__muted">{text.notChecked}</p>
      ) : findings.length === 0 ? (
        <p className="kx-compliance__clean">{text.clean}</p>
      ) : (
        <>
          <p className={isBlocked ? 'kx-compliance__blocked' : 'kx-compliance__warned'}>
            {isBlocked ? text.blocked : text.warned}
          </p>
          <ul className="kx-compliance__groups">
            {[...groups.values()].map((group) => {
              const [first] = group
              return (
                <li className="kx-compliance__group" key={`${first.path}|${first.locale}`}>
                  <a
                    className="kx-compliance__field"
                    href={`#${fieldIdOf(first.path)}`}
                    onClick={(event) => {
                      event.preventDefault()
                      jumpTo(first.path)
                    }}
                    title={text.jump}
                  >
                    {first.path.split('.root.')[0]}
                    {first.locale ? ` (${first.locale})` : ''}
                  </a>
                  <ul>
                    {group.map((finding) => (
                      <li
                        className={`kx-compliance__finding kx-compliance__finding--${finding.severity}`}
                        key={`${finding.path}:${finding.offset}:${finding.kind}`}
                      >
                        <span className="kx-compliance__kind">{text.kinds[finding.kind]}</span>{' '}
                        <span className="kx-compliance__passage">
                          …{finding.context?.before}
                          <mark>{finding.text}</mark>
                          {finding.context?.after}…
                        </span>
                        {finding.replacement && (
                          <span className="kx-compliance__replacement">
                            {' '}
                            {text.preferred}
                            <strong>{finding.replacement}</strong>
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                </li>
              )
            })}
          </ul>
        </>
      )}
    </div>
  )
}
