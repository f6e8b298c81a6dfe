import { useState } from 'react'
import { FeedbackControl } from '../../../components/feedback-control'
import { LoadingState } from '../../../components/states'
import { errorMessage } from '../../../lib/api-client'
import { formatTimestamp } from '../../../lib/format'
import { useResource } from '../../../lib/use-resource'
import type { AnalysisCategory, AnalysisDetail, Finding, Severity, TextFix } from '../../../types/api'
import { analysesPath, createAnalysis, getAnalyses, getAnalysis } from '../api/analyses'
import { acceptWord, type DictionaryWordKind } from '../api/dictionary'
import { MatchPanel } from './match-panel'
import { ScoreGauge } from './score-gauge'

export const categoryNames: Record<AnalysisCategory, string> = {
  atsReadiness: 'ATS readiness',
  content: 'Content',
  language: 'Language',
  jobMatch: 'Job match',
}
const categoryOrder: AnalysisCategory[] = ['atsReadiness', 'content', 'language', 'jobMatch']
const severityOrder: Severity[] = ['critical', 'major', 'minor', 'info']
const severityNames: Record<Severity, string> = { critical: 'Critical', major: 'Major', minor: 'Minor', info: 'Tip' }

interface AnalysisPanelProps {
  resumeId: string
  /** Saves pending edits so the analysis sees them; false when they could not be saved. */
  beforeRun: () => Promise<boolean>
  onShowLocation: (path: string) => void
  /** Applies a text fix to the editor; false when the text no longer fits it. */
  onApplyFix: (fix: TextFix) => boolean
  /** Told about every change to the pasted job description (other panels can reuse it). */
  onJobDescriptionChange?: (text: string) => void
  /** Told the findings of the analysis shown, so the editor can mark the fields they concern. */
  onFindingsChange?: (findings: readonly Finding[]) => void
}

/** The DOM id of the finding at `index` in the report, to move focus to it from the editor. */
export function findingElementId(index: number): string {
  return `finding-${index}`
}

type RunState = { step: 'idle' } | { step: 'running' } | { step: 'failed'; message: string }

export function AnalysisPanel({
  resumeId,
  beforeRun,
  onShowLocation,
  onApplyFix,
  onJobDescriptionChange,
  onFindingsChange,
}: AnalysisPanelProps) {
  const [jobDescription, setJobDescription] = useState('')
  const [run, setRun] = useState<RunState>({ step: 'idle' })
  const [current, setCurrent] = useState<AnalysisDetail | null>(null)
  const [history, { reload }] = useResource(analysesPath(resumeId), (signal) => getAnalyses(resumeId, signal))
  const [opening, setOpening] = useState<string | null>(null)

  function show(analysis: AnalysisDetail) {
    setCurrent(analysis)
    onFindingsChange?.(analysis.report.findings)
  }

  async function analyse() {
    setRun({ step: 'running' })
    try {
      if (!(await beforeRun())) {
        setRun({ step: 'failed', message: 'Your latest edits could not be saved, so the analysis was not started. Save them and try again.' })
        return
      }
      const text = jobDescription.trim()
      show(await createAnalysis(resumeId, text === '' ? null : text))
      setRun({ step: 'idle' })
      reload()
    } catch (error) {
      setRun({ step: 'failed', message: errorMessage(error) })
    }
  }

  async function open(analysisId: string) {
    setOpening(analysisId)
    try {
      show(await getAnalysis(resumeId, analysisId))
      setRun({ step: 'idle' })
    } catch (error) {
      setRun({ step: 'failed', message: errorMessage(error) })
    } finally {
      setOpening(null)
    }
  }

  const past = history.status === 'success' ? history.data.items : []

  return (
    <section className="panel" aria-labelledby="analysis-heading">
      <h2 id="analysis-heading">Analysis</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void analyse()
        }}
      >
        <div className="field field--wide">
          <label htmlFor="job-description">Job description (optional)</label>
          <span className="field__hint" id="job-description-hint">
            Paste a job posting to see how well your resume matches it.
          </span>
          <textarea
            id="job-description"
            className="input"
            rows={5}
            value={jobDescription}
            aria-describedby="job-description-hint"
            onChange={(event) => {
              setJobDescription(event.target.value)
              onJobDescriptionChange?.(event.target.value)
            }}
          />
        </div>
        <button type="submit" className="button" disabled={run.step === 'running'}>
          {run.step === 'running' ? 'Analysing…' : 'Analyse'}
        </button>
      </form>
      {run.step === 'running' && <LoadingState>Analysing your resume…</LoadingState>}
      {run.step === 'failed' && (
        <p className="form-error" role="alert">
          {run.message}
        </p>
      )}
      {current && run.step !== 'running' && (
        <AnalysisReportView key={current.id} analysis={current} onShowLocation={onShowLocation} onApplyFix={onApplyFix} />
      )}
      {past.length > 0 && (
        <details className="history">
          <summary>Earlier analyses ({past.length})</summary>
          <ul className="history__list">
            {past.map((item) => (
              <li key={item.id} className="history__item">
                <span>
                  <strong>{Math.round(item.overallScore)}</strong>/100 · version {item.resumeVersion}
                  {item.hasJob ? ' · with job posting' : ''} ·{' '}
                  <time dateTime={item.createdAt}>{formatTimestamp(item.createdAt)}</time>
                </span>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  disabled={opening !== null || current?.id === item.id}
                  aria-label={`Open analysis from ${formatTimestamp(item.createdAt)}`}
                  onClick={() => void open(item.id)}
                >
                  {current?.id === item.id ? 'Shown' : opening === item.id ? 'Opening…' : 'Open'}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}

interface Applied {
  path: string
  offset: number
  delta: number
}

function AnalysisReportView({
  analysis,
  onShowLocation,
  onApplyFix,
}: { analysis: AnalysisDetail } & Pick<AnalysisPanelProps, 'onShowLocation' | 'onApplyFix'>) {
  const { report } = analysis
  // Fixes applied so far, so later fixes in the same text land where they should.
  const [applied, setApplied] = useState<Applied[]>([])
  const [fixState, setFixState] = useState<Record<number, 'applied' | 'stale'>>({})

  function applyFix(index: number, fix: TextFix) {
    const shift = applied
      .filter((a) => a.path === fix.path && a.offset < fix.offset)
      .reduce((sum, a) => sum + a.delta, 0)
    const ok = onApplyFix({ ...fix, offset: fix.offset + shift })
    setFixState((s) => ({ ...s, [index]: ok ? 'applied' : 'stale' }))
    if (ok) setApplied((list) => [...list, { path: fix.path, offset: fix.offset, delta: fix.replacement.length - fix.length }])
  }

  const indexed = report.findings.map((finding, index) => ({ finding, index }))
  const groups = categoryOrder
    .map((category) => ({
      category,
      findings: indexed
        .filter(({ finding }) => finding.category === category)
        .sort((a, b) => severityOrder.indexOf(a.finding.severity) - severityOrder.indexOf(b.finding.severity)),
    }))
    .filter((group) => group.findings.length > 0)

  return (
    <div className="report">
      <p className="muted">
        Analysis of version {analysis.resumeVersion}, {formatTimestamp(analysis.createdAt)}
        {analysis.jobDescription ? ', against the job posting' : ''}.
      </p>
      <div className="score-row">
        <ScoreGauge score={report.overallScore} label="Overall score" />
        <ul className="category-scores" aria-label="Scores by category">
          {categoryOrder.map((category) => {
            const entry = report.categories.find((c) => c.category === category)
            if (!entry) return null
            return (
              <li key={category} className="category-scores__item">
                <span className="category-scores__name">{categoryNames[category]}</span>{' '}
                <span className="category-scores__value">
                  {entry.score === null ? 'not measured' : `${Math.round(entry.score)}/100`}
                </span>
                {entry.score !== null && (
                  <span className="meter" aria-hidden="true">
                    <span className="meter__fill" style={{ width: `${Math.max(0, Math.min(100, entry.score))}%` }} />
                  </span>
                )}
                <span className="category-scores__summary">{entry.summary}</span>
              </li>
            )
          })}
        </ul>
      </div>
      <p className="muted">
        {report.stats.wordCount} words · {report.stats.bulletCount} bullets, {report.stats.quantifiedBullets} with numbers
        {report.stats.yearsOfExperience !== null ? ` · ${report.stats.yearsOfExperience} years of experience` : ''}
        {report.stats.pageCount !== null ? ` · ${report.stats.pageCount} ${report.stats.pageCount === 1 ? 'page' : 'pages'}` : ''}
      </p>

      {report.match && <MatchPanel match={report.match} />}

      <h3>What to fix</h3>
      {groups.length === 0 && <p>No problems found. Well done.</p>}
      {groups.map((group) => (
        <section key={group.category} className="finding-group" aria-labelledby={`findings-${group.category}`}>
          <h4 id={`findings-${group.category}`}>
            {categoryNames[group.category]} ({group.findings.length})
          </h4>
          <ol className="findings">
            {group.findings.map(({ finding, index }) => (
              <FindingItem
                key={index}
                id={findingElementId(index)}
                finding={finding}
                state={fixState[index]}
                onShow={onShowLocation}
                onApply={(fix) => {
                  applyFix(index, fix)
                }}
              />
            ))}
          </ol>
        </section>
      ))}
    </div>
  )
}

type WordState = { step: 'idle' } | { step: 'saving' } | { step: 'done'; kind: DictionaryWordKind } | { step: 'failed'; message: string }

function FindingItem({
  id,
  finding,
  state,
  onShow,
  onApply,
}: {
  id: string
  finding: Finding
  state: 'applied' | 'stale' | undefined
  onShow: (path: string) => void
  onApply: (fix: TextFix) => void
}) {
  const fix = finding.fix ?? null
  const places = finding.places ?? [finding.location]
  const suggestions = finding.suggestions ?? []
  const word = finding.rule === 'language-spelling' ? (finding.word ?? null) : null
  const [wordState, setWordState] = useState<WordState>({ step: 'idle' })

  async function accept(kind: DictionaryWordKind) {
    if (word === null) return
    setWordState({ step: 'saving' })
    try {
      await acceptWord(word, kind)
      setWordState({ step: 'done', kind })
    } catch (error) {
      setWordState({ step: 'failed', message: errorMessage(error) })
    }
  }

  return (
    // Focusable, so "See in analysis" beside a field can move there.
    <li id={id} tabIndex={-1} className={`finding finding--${finding.severity}`}>
      <p className="finding__message">
        <span className={`severity severity--${finding.severity}`}>{severityNames[finding.severity]}</span> {finding.message}
      </p>
      <p className="finding__detail">
        <strong>Why it matters:</strong> {finding.whyItMatters}
      </p>
      <p className="finding__detail">
        <strong>What to do:</strong> {finding.whatToDo}
      </p>
      {!fix && suggestions.length > 0 && (
        <p className="finding__detail">
          <strong>Suggestion (check before you use it):</strong> {suggestions.map((s) => `“${s}”`).join(', ')}
        </p>
      )}
      {places.length > 1 && (
        <ul className="finding__places" aria-label="Places">
          {places.map((place, i) => (
            <li key={place}>
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => {
                  onShow(place)
                }}
              >
                Show place {i + 1}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="finding__actions">
        {places.length === 1 && finding.location !== 'document' && (
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => {
              onShow(finding.location)
            }}
          >
            Show in resume
          </button>
        )}
        {fix && state !== 'applied' && (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              onApply(fix)
            }}
          >
            Apply fix
          </button>
        )}
        {fix && state === undefined && <span className="muted">Replaces with “{fix.replacement}”</span>}
        {word !== null && (wordState.step === 'idle' || wordState.step === 'failed') && (
          <>
            <button type="button" className="button button--small button--secondary" onClick={() => void accept('dictionary')}>
              Add to dictionary
            </button>
            <button type="button" className="button button--small button--secondary" onClick={() => void accept('ignored')}>
              Ignore
            </button>
          </>
        )}
        {wordState.step === 'saving' && <span className="muted">Saving…</span>}
        {wordState.step === 'done' && (
          <span className="finding__done" role="status">
            {wordState.kind === 'dictionary' ? `“${word ?? ''}” added to your dictionary` : `“${word ?? ''}” will be ignored`}; later
            checks accept it.
          </span>
        )}
        {wordState.step === 'failed' && (
          <span className="form-error" role="alert">
            {wordState.message}
          </span>
        )}
        {state === 'applied' && (
          <span className="finding__done" role="status">
            Fix applied
          </span>
        )}
        {state === 'stale' && (
          <span className="form-error" role="alert">
            The text has changed since this analysis. Run the analysis again.
          </span>
        )}
      </div>
      <FeedbackControl kind="finding" rule={finding.rule} subject={finding.message} />
    </li>
  )
}
