'use client'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { KexieTranslationKeys } from '@/i18n/translations'

import type { Finding } from '../scan/document'
import type { LabeledField } from './fieldLabel'
import { fieldLabelOf } from './fieldLabel'

type Kind = Finding['kind']

const KIND_KEYS = {
  block: 'compliance:kindBlock',
  domain: 'compliance:kindDomain',
  warn: 'compliance:kindWarn',
  replace: 'compliance:kindReplace',
  'insecure-link': 'compliance:kindInsecureLink',
} as const satisfies Record<Kind, KexieTranslationKeys>

const LOCALE_KEYS: Record<string, KexieTranslationKeys> = {
  zh: 'compliance:localeZh',
  en: 'compliance:localeEn',
}

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
  isChecking: boolean
  onCheck: () => void
}

/** A finding's field by its label in the admin's language, as the form shows it. */
const useFieldName = () => {
  const { i18n, t } = useTranslation<Record<string, never>, KexieTranslationKeys>()
  const { getEntityConfig } = useConfig()
  const { collectionSlug } = useDocumentInfo()
  const fieldsOf = (slug: string) =>
    getEntityConfig({ collectionSlug: slug })?.fields as LabeledField[] | undefined
  return (finding: Finding) => {
    const fields = collectionSlug ? fieldsOf(collectionSlug) : undefined
    const field = fields ? fieldLabelOf(fields, finding.path, i18n, fieldsOf) : finding.path
    if (!finding.locale) return field
    const localeKey = LOCALE_KEYS[finding.locale]
    const locale = localeKey ? t(localeKey) : finding.locale
    return t('compliance:fieldInLocale', { field, locale })
  }
}

/**
 * The compliance findings in the workflow panel, grouped by field (and locale): the passage with
 * the match marked, the kind, for a `replace` rule its preferred form, and a link to the field.
 */
export const ComplianceFindings = ({ findings, isChecking, onCheck }: Props) => {
  const { t } = useTranslation<Record<string, never>, KexieTranslationKeys>()
  const fieldName = useFieldName()
  const groups = new Map<string, Finding[]>()
  for (const finding of findings ?? []) {
    const key = `${finding.path}|${finding.locale ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), finding])
  }
  const isBlocked = findings?.some((finding) => finding.severity === 'block') ?? false
  return (
    <div className="kx-compliance" id="kx-compliance">
      <div className="kx-compliance__head">
        <span className="kx-wf-panel__label">{t('compliance:title')}</span>
        <Button
          buttonStyle="secondary"
          disabled={isChecking}
          id="kx-compliance-check"
          margin={false}
          onClick={onCheck}
          size="small"
        >
          {isChecking ? t('compliance:checking') : t('compliance:check')}
        </Button>
      </div>
      {findings === null ? (
        <p className="kx-wf-panel__muted">{t('compliance:notChecked')}</p>
      ) : findings.length === 0 ? (
        <p className="kx-compliance__clean">{t('compliance:clean')}</p>
      ) : (
        <>
          <p className={isBlocked ? 'kx-compliance__blocked' : 'kx-compliance__warned'}>
            {isBlocked ? t('compliance:blocked') : t('compliance:warned')}
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
                    title={t('compliance:jump')}
                  >
                    {fieldName(first)}
                  </a>
                  <ul>
                    {group.map((finding) => (
                      <li
                        className={`kx-compliance__finding kx-compliance__finding--${finding.severity}`}
                        key={`${finding.path}:${finding.offset}:${finding.kind}`}
                      >
                        <span className="kx-compliance__kind">{t(KIND_KEYS[finding.kind])}</span>{' '}
                        <span className="kx-compliance__passage">
                          …{finding.context?.before}
                          <mark>{finding.text}</mark>
                          {finding.context?.after}…
                        </span>
                        {finding.replacement && (
                          <span className="kx-compliance__replacement">
                            {' '}
                            {t('compliance:preferred')}
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
