import { useId, useState } from 'react'
import { Link } from '../../../lib/router'
import type { AiConfig } from '../../../types/api'
import type { JsonResume } from '../../../types/json-resume'
import { bulletGroups } from '../targets'
import type { AiJobRequest, AiTask } from '../types'

const maxBullets = 20

const tasks: { value: AiTask; label: string; hint: string }[] = [
  { value: 'rewriteBullets', label: 'Rewrite chosen bullets', hint: 'Stronger verbs and clearer impact, without inventing facts.' },
  { value: 'tailor', label: 'Tailor to a job posting', hint: 'Where the posting’s missing keywords could truthfully fit.' },
  { value: 'summary', label: 'Write or improve the summary', hint: 'A short summary at the top of your resume.' },
  { value: 'review', label: 'Review the whole resume', hint: 'An overall assessment and a few concrete changes.' },
]

function providerName(config: AiConfig): string {
  const model = config.model ? `, model ${config.model}` : ''
  if (config.provider === 'openai') return `the AI server this app is set up with (OpenAI-compatible${model})`
  return `Anthropic (Claude${model})`
}

interface AiTaskFormProps {
  resume: JsonResume
  config: AiConfig
  /** A job is starting or running: another request waits. */
  busy: boolean
  /** Why the last request was not sent, or null. */
  error: string | null
  onError: (message: string | null) => void
  /** The job description pasted in the Analysis panel, read when the user asks to tailor. */
  analysisJobDescription: () => string
  onSubmit: (request: AiJobRequest) => void
}

/** What the AI should do: the task, and the bullets or job posting it needs; says what will be sent, and to whom. */
export function AiTaskForm({ resume, config, busy, error, onError, analysisJobDescription, onSubmit }: AiTaskFormProps) {
  const [task, setTask] = useState<AiTask>('rewriteBullets')
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set())
  const [jobDescription, setJobDescription] = useState('')
  const ids = useId()

  const groups = bulletGroups(resume)
  const available = new Set(groups.flatMap((g) => g.bullets.map((b) => b.path)))
  const picked = [...chosen].filter((path) => available.has(path))

  function buildRequest(): AiJobRequest | string {
    if (task === 'rewriteBullets') {
      if (picked.length === 0) return groups.length === 0 ? 'Your resume has no bullets yet. Add some in the editor first.' : 'Choose at least one bullet to rewrite.'
      if (picked.length > maxBullets) return `Choose at most ${maxBullets} bullets at a time.`
      return { task, targets: picked }
    }
    if (task === 'tailor') {
      const text = jobDescription.trim() || analysisJobDescription().trim()
      if (text === '') return 'Paste the job posting to tailor your resume to.'
      return { task, jobDescription: text }
    }
    return { task }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (busy) return
        const request = buildRequest()
        if (typeof request === 'string') onError(request)
        else onSubmit(request)
      }}
    >
      <fieldset className="ai-tasks">
        <legend>What should the AI do?</legend>
        {tasks.map((t) => (
          <div key={t.value} className="choice">
            <input
              type="radio"
              id={`${ids}-task-${t.value}`}
              name={`${ids}-task`}
              value={t.value}
              checked={task === t.value}
              aria-describedby={`${ids}-task-${t.value}-hint`}
              onChange={() => {
                setTask(t.value)
                onError(null)
              }}
            />
            <label htmlFor={`${ids}-task-${t.value}`}>
              {t.label}
              <span className="field__hint" id={`${ids}-task-${t.value}-hint`}>
                {t.hint}
              </span>
            </label>
          </div>
        ))}
      </fieldset>

      {task === 'rewriteBullets' &&
        (groups.length === 0 ? (
          <p className="muted">Your resume has no bullets yet. Add some in the editor, then choose them here.</p>
        ) : (
          <fieldset className="ai-bullets">
            <legend>
              Bullets to rewrite <span className="muted">({picked.length} of up to {maxBullets} chosen)</span>
            </legend>
            {groups.map((group) => (
              <div key={group.bullets[0]?.path} className="ai-bullets__group">
                <p className="ai-bullets__title">{group.title}</p>
                {group.bullets.map((bullet) => (
                  <div key={bullet.path} className="choice">
                    <input
                      type="checkbox"
                      id={`${ids}-${bullet.path}`}
                      checked={chosen.has(bullet.path)}
                      onChange={(event) => {
                        const on = event.target.checked
                        setChosen((current) => {
                          const next = new Set(current)
                          if (on) next.add(bullet.path)
                          else next.delete(bullet.path)
                          return next
                        })
                        onError(null)
                      }}
                    />
                    <label htmlFor={`${ids}-${bullet.path}`}>{bullet.text}</label>
                  </div>
                ))}
              </div>
            ))}
          </fieldset>
        ))}

      {task === 'tailor' && (
        <div className="field field--wide">
          <label htmlFor={`${ids}-posting`}>Job posting</label>
          <span className="field__hint" id={`${ids}-posting-hint`}>
            Leave empty to use the job description pasted in the Analysis panel.
          </span>
          <textarea
            id={`${ids}-posting`}
            className="input"
            rows={5}
            value={jobDescription}
            aria-describedby={`${ids}-posting-hint`}
            onChange={(event) => {
              setJobDescription(event.target.value)
              onError(null)
            }}
          />
        </div>
      )}

      <p className="ai-privacy" id={`${ids}-privacy`}>
        {config.redactsContacts === false
          ? `Your resume text is sent to ${providerName(config)} as it is, with any contact details it contains.`
          : `Your resume text, without your name and contact details, is sent to ${providerName(config)}.`}{' '}
        <Link to="/privacy">What is sent</Link>
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {/* aria-disabled, not disabled: a keyboard user who just pressed it keeps focus on it while the job runs. */}
      <button
        type="submit"
        className={busy ? 'button button--disabled' : 'button'}
        aria-disabled={busy}
        aria-describedby={`${ids}-privacy`}
      >
        {busy ? 'Working…' : 'Get suggestions'}
      </button>
    </form>
  )
}
