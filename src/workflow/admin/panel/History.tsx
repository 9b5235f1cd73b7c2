'use client'
import React, { useState } from 'react'

import { useFormatTime } from '../formatTime'
import { useWorkflowText } from '../useWorkflowText'
import type { PanelEvent } from './types'

const SHOWN_AT_FIRST = 5

type Props = {
  events: PanelEvent[]
  nameOf: (id: string) => string
  /** A review comment's text by id (null when it cannot be read). */
  commentText: (id: string) => null | string
}

/** The review history, newest first: who did what, when, from which stage, with their comment. */
export const History = ({ events, nameOf, commentText }: Props) => {
  const { t, actionLabel, stageLabel } = useWorkflowText()
  const formatTime = useFormatTime()
  const [isExpanded, setIsExpanded] = useState(false)
  const newestFirst = [...events].reverse()
  const shown = isExpanded ? newestFirst : newestFirst.slice(0, SHOWN_AT_FIRST)

  return (
    <div className="kx-wf-history">
      <div className="kx-wf-panel__label">
        {t('workflowAdmin:historyLabel')}
        {events.length > 0 && <span className="kx-wf-history__count"> ({events.length})</span>}
      </div>
      {events.length === 0 ? (
        <p className="kx-wf-panel__muted">{t('workflowAdmin:historyEmpty')}</p>
      ) : (
        <ol className="kx-wf-history__list">
          {shown.map((event) => (
            <li
              className={`kx-wf-history__item kx-wf-history__item--${event.action}`}
              key={event.id}
            >
              <div className="kx-wf-history__head">
                <strong>{event.actorName || t('workflowAdmin:systemActor')}</strong>{' '}
                {actionLabel(event.action)}
                {event.reviewLevel ? (
                  <> · {t('workflowAdmin:levelName', { level: event.reviewLevel })}</>
                ) : null}
              </div>
              <div className="kx-wf-panel__muted">
                <time dateTime={event.occurredAt} suppressHydrationWarning>
                  {formatTime(event.occurredAt)}
                </time>
                {event.fromStage && event.fromStage !== event.toStage && (
                  <>
                    {' · '}
                    {stageLabel(event.fromStage)} → {stageLabel(event.toStage)}
                  </>
                )}
              </div>
              {event.assignee && (
                <div className="kx-wf-panel__muted">
                  {t('workflowAdmin:assignedTo', { name: nameOf(event.assignee) })}
                </div>
              )}
              {event.publishAt && (
                <div className="kx-wf-panel__muted" suppressHydrationWarning>
                  {t('workflowAdmin:scheduledPublish', { time: formatTime(event.publishAt) })}
                </div>
              )}
              {event.unpublishAt && (
                <div className="kx-wf-panel__muted" suppressHydrationWarning>
                  {t('workflowAdmin:scheduledUnpublish', { time: formatTime(event.unpublishAt) })}
                </div>
              )}
              {event.comment && (
                <blockquote className="kx-wf-history__comment">{event.comment}</blockquote>
              )}
              {event.reviewComments.length > 0 && (
                <div className="kx-wf-history__cited">
                  <div className="kx-wf-panel__muted">{t('reviewComments:cited')}</div>
                  <ul>
                    {event.reviewComments.map((id) => (
                      <li key={id}>{commentText(id) ?? id}</li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {newestFirst.length > SHOWN_AT_FIRST && (
        <button
          className="kx-wf-history__toggle"
          onClick={() => setIsExpanded((value) => !value)}
          type="button"
        >
          {isExpanded
            ? t('workflowAdmin:historyShowLess')
            : t('workflowAdmin:historyShowAll', { count: events.length })}
        </button>
      )}
    </div>
  )
}
