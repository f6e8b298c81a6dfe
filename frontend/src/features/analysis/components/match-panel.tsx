import type { JobSkill, MatchReport } from '../../../types/api'
import { ScoreGauge } from './score-gauge'

function SkillChips({ skills, kind, label }: { skills: JobSkill[]; kind: 'matched' | 'missing'; label: string }) {
  if (skills.length === 0) return <p className="muted">None.</p>
  // Required first: they weigh most in the match.
  const ordered = [...skills].sort((a, b) => Number(b.required) - Number(a.required))
  return (
    <ul className="chips" aria-label={label}>
      {ordered.map((skill) => (
        <li
          key={`${skill.name}-${skill.required ? 'r' : 'p'}`}
          className={`chip chip--${kind} chip--${skill.required ? 'required' : 'preferred'}`}
        >
          <span aria-hidden="true" className="chip__icon">
            {kind === 'matched' ? '✓' : '✗'}
          </span>{' '}
          {skill.label || skill.name}
          <span className="chip__tag">{skill.required ? 'required' : 'preferred'}</span>
          {kind === 'matched' && skill.asWritten && skill.asWritten !== skill.name ? (
            <span className="chip__found"> (you wrote “{skill.asWritten}”)</span>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

/** How the resume matches the job posting: score, the keywords found and missing, and how the score is made up. */
export function MatchPanel({ match }: { match: MatchReport }) {
  return (
    <section className="panel panel--nested" aria-labelledby="match-heading">
      <h3 id="match-heading">Job match</h3>
      <div className="score-row">
        <ScoreGauge score={match.score} label="Job match score" size={120} />
        <p className="muted">
          {match.matched.length} of {match.matched.length + match.missing.length} skills from the posting found in your resume.
        </p>
      </div>
      <h4>Missing from your resume</h4>
      <SkillChips skills={match.missing} kind="missing" label="Missing skills" />
      <h4>Found in your resume</h4>
      <SkillChips skills={match.matched} kind="matched" label="Matched skills" />
      {(match.softSkillsMatched.length > 0 || match.softSkillsMissing.length > 0) && (
        <p className="muted">
          {match.softSkillsMatched.length > 0 && <>Soft skills shown: {match.softSkillsMatched.join(', ')}. </>}
          {match.softSkillsMissing.length > 0 && <>Soft skills the posting asks for: {match.softSkillsMissing.join(', ')}.</>}
        </p>
      )}
      {match.parts.length > 0 && (
        <>
          <h4>How the score is made up</h4>
          <ul className="score-parts">
            {match.parts.map((part) => (
              <li key={part.name}>
                <span className="score-parts__name">{part.name}</span>{' '}
                <span className="score-parts__points">
                  {part.points} / {part.maxPoints} points
                </span>
                <span className="muted"> — {part.detail}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
