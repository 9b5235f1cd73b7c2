'use client'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useState } from 'react'

import type { KexieTranslationKeys } from '@/i18n/translations'

import type { RosterField } from '../columns'
import { ROSTER_FIELDS } from '../columns'
import type { RosterImportAnswer, RosterPreviewAnswer } from './importApi'
import { postRosterImport } from './importApi'
import { announceRosterImported } from './rosterEvents'

import './roster-import.scss'

type Outcome =
  | { kind: 'preview'; key: string; answer: RosterPreviewAnswer }
  | { kind: 'imported'; answer: RosterImportAnswer }
  | { kind: 'failed'; message: string; answer?: RosterPreviewAnswer }

const fileKey = (file: File | null) =>
  file ? `${file.name}:${file.size}:${file.lastModified}` : ''

/**
 * 导入获奖名单 on an award's edit view: choose the year and the sheet (and a photos zip), preview
 * (the import endpoint's dry run: the rows as read, every problem marked in its cell and listed,
 * unrecognised headers offered for mapping), then import and follow the link to the release the
 * import created. The endpoint decides everything; this screen only sends and shows.
 */
export const RosterImport = () => {
  const { i18n, t } = useTranslation<Record<string, never>, KexieTranslationKeys>()
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { admin: adminRoute, api: apiRoute },
      serverURL,
    },
  } = useConfig()
  const [year, setYear] = useState(String(new Date().getFullYear()))
  const [file, setFile] = useState<File | null>(null)
  const [photos, setPhotos] = useState<File | null>(null)
  const [mapping, setMapping] = useState<Record<string, '' | RosterField>>({})
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [isBusy, setIsBusy] = useState(false)

  if (!id) {
    return (
      <div className="kx-roster-import field-type">
        <h3 className="kx-roster-import__title">{t('rosterAdmin:title')}</h3>
        <p className="kx-roster-import__note">{t('rosterAdmin:saveFirst')}</p>
      </div>
    )
  }

  const key = [fileKey(file), fileKey(photos), year, JSON.stringify(mapping)].join('|')
  const preview = outcome?.kind === 'preview' ? outcome.answer : undefined
  const isPreviewCurrent = outcome?.kind === 'preview' && outcome.key === key
  const canImport =
    isPreviewCurrent && preview !== undefined && preview.rows > 0 && preview.errors.length === 0
  const fieldLabel = (field: RosterField) => t(`rosterAdmin:field_${field}` as KexieTranslationKeys)

  const send = async (isDryRun: boolean) => {
    if (!file) return
    setIsBusy(true)
    const result = await postRosterImport({
      url: `${serverURL ?? ''}${apiRoute}/award-recipients/import`,
      language: i18n.language,
      award: String(id),
      year,
      file,
      photos,
      mapping,
      isDryRun,
    })
    setIsBusy(false)
    if (result.ok && isDryRun) {
      setOutcome({ kind: 'preview', key, answer: result.body as RosterPreviewAnswer })
    } else if (result.ok) {
      setOutcome({ kind: 'imported', answer: result.body as RosterImportAnswer })
      // The award's recipients list below shows the new and updated drafts.
      announceRosterImported(String(id))
    } else {
      setOutcome({
        kind: 'failed',
        message: t('rosterAdmin:requestFailed', { status: result.status, message: result.message }),
        answer: result.body,
      })
    }
  }

  const shown = preview ?? (outcome?.kind === 'failed' ? outcome.answer : undefined)
  const errors = shown?.errors ?? []
  const unknownHeaders = [
    ...new Set([...(shown?.ignoredColumns ?? []), ...Object.keys(mapping)]),
  ].filter(
    // A header mapped here keeps its select (to change or undo the choice) once it fills a field.
    (header) => header in mapping || !shown?.columns?.some((column) => column.header === header),
  )

  return (
    <div className="kx-roster-import field-type" id="kx-roster-panel">
      <h3 className="kx-roster-import__title">{t('rosterAdmin:title')}</h3>
      <p className="kx-roster-import__note">{t('rosterAdmin:intro')}</p>
      <div className="kx-roster-import__inputs">
        <label className="kx-roster-import__input">
          <span>{t('rosterAdmin:year')}</span>
          <input
            id="kx-roster-year"
            type="number"
            min={1900}
            max={2100}
            step={1}
            value={year}
            onChange={(event) => setYear(event.target.value)}
            // Enter would submit the award's own form (a save), not this panel.
            onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
          />
        </label>
        <label className="kx-roster-import__input">
          <span>{t('rosterAdmin:file')}</span>
          <input
            id="kx-roster-file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null)
              setOutcome(null)
            }}
          />
        </label>
        <label className="kx-roster-import__input">
          <span>{t('rosterAdmin:photos')}</span>
          <input
            id="kx-roster-photos"
            type="file"
            accept=".zip,application/zip,application/x-zip-compressed"
            onChange={(event) => setPhotos(event.target.files?.[0] ?? null)}
          />
        </label>
      </div>

      {unknownHeaders.length > 0 && (
        <fieldset className="kx-roster-import__mapping">
          <legend>{t('rosterAdmin:mappingTitle')}</legend>
          {unknownHeaders.map((header) => (
            <label className="kx-roster-import__input" key={header}>
              <span>「{header}」</span>
              <select
                data-header={header}
                value={mapping[header] ?? ''}
                onChange={(event) =>
                  setMapping({ ...mapping, [header]: event.target.value as '' | RosterField })
                }
              >
                <option value="">{t('rosterAdmin:ignore')}</option>
                {ROSTER_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {fieldLabel(field)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}

      <div className="kx-roster-import__actions">
        <Button
          id="kx-roster-preview"
          buttonStyle="secondary"
          size="medium"
          disabled={!file || isBusy}
          onClick={() => void send(true)}
        >
          {t('rosterAdmin:preview')}
        </Button>
        <Button
          id="kx-roster-import"
          buttonStyle="primary"
          size="medium"
          disabled={!canImport || isBusy}
          onClick={() => void send(false)}
        >
          {t('rosterAdmin:import')}
        </Button>
        {isBusy && <span className="kx-roster-import__note">{t('rosterAdmin:working')}</span>}
      </div>

      {outcome?.kind === 'preview' && !isPreviewCurrent && (
        <p className="kx-roster-import__note">{t('rosterAdmin:changedSincePreview')}</p>
      )}
      {outcome?.kind === 'failed' && (
        <p className="kx-roster-import__failed" role="alert">
          {outcome.message}
        </p>
      )}
      {preview && (
        <p className="kx-roster-import__summary">
          {t('rosterAdmin:summary', {
            rows: preview.rows,
            valid: preview.valid,
            created: preview.created ?? 0,
            updated: preview.updated ?? 0,
            unchanged: preview.unchanged ?? 0,
          })}
        </p>
      )}
      {errors.length > 0 && (
        <div className="kx-roster-import__errors" role="alert">
          <p>{t('rosterAdmin:errorsTitle', { count: errors.length })}</p>
          <ul>
            {errors.map((error, index) => (
              <li key={index}>{error.message}</li>
            ))}
          </ul>
        </div>
      )}
      {preview && errors.length === 0 && preview.rows > 0 && (
        <p className="kx-roster-import__clean">{t('rosterAdmin:clean')}</p>
      )}
      {shown?.preview && shown.columns && shown.preview.length > 0 && (
        <PreviewTable answer={shown} rowLabel={t('rosterAdmin:row')} />
      )}

      {outcome?.kind === 'imported' && (
        <div className="kx-roster-import__done">
          <p>
            {t('rosterAdmin:imported', {
              created: outcome.answer.created,
              updated: outcome.answer.updated,
              unchanged: outcome.answer.unchanged ?? 0,
            })}
          </p>
          {outcome.answer.release && (
            <a
              id="kx-roster-release"
              className="btn btn--style-primary btn--size-medium"
              href={formatAdminURL({
                adminRoute,
                path: `/collections/releases/${outcome.answer.release.id}`,
              })}
            >
              {t('rosterAdmin:openRelease')}
            </a>
          )}
        </div>
      )}
    </div>
  )
}

/** The rows as the importer read them; a cell with a problem is marked and says which. */
const PreviewTable = ({ answer, rowLabel }: { answer: RosterPreviewAnswer; rowLabel: string }) => {
  const columns = answer.columns ?? []
  const problemsAt = (row: number, header: null | string) =>
    answer.errors
      .filter((error) => error.row === row && error.column === header)
      .map((error) => error.message)
  return (
    <div className="kx-roster-import__table-wrap">
      <table className="kx-roster-import__table">
        <thead>
          <tr>
            <th>{rowLabel}</th>
            {columns.map((column) => (
              <th key={column.header}>{column.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(answer.preview ?? []).map(({ row, cells }) => {
            const rowProblems = problemsAt(row, null)
            return (
              <tr
                key={row}
                data-row={row}
                className={rowProblems.length > 0 ? 'kx-roster-import__row--error' : undefined}
                title={rowProblems.join('\n') || undefined}
              >
                <td>{row}</td>
                {columns.map((column) => {
                  const problems = problemsAt(row, column.header)
                  return (
                    <td
                      key={column.header}
                      data-field={column.field}
                      className={problems.length > 0 ? 'kx-roster-import__cell--error' : undefined}
                      title={problems.join('\n') || undefined}
                    >
                      {cells[column.field] ?? ''}
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
