import { Fragment } from 'react'
import { wordDiff } from '../word-diff'

/**
 * The original text with the suggested change marked word by word: removed words struck through, added words
 * underlined (not colour alone), and each change named for screen readers, which do not announce del/ins.
 */
export function SuggestionDiff({ original, proposal }: { original: string; proposal: string }) {
  const parts = wordDiff(original, proposal)
  return (
    <p className="ai-diff">
      {parts.map((part, index) => {
        if (part.kind === 'same') return <span key={index}>{part.text}</span>
        // Spaces at the edges of a change are shown outside the mark, and a replacement is set apart from what it replaces.
        const lead = /^\s*/.exec(part.text)?.[0] ?? ''
        const trail = /\s*$/.exec(part.text.slice(lead.length))?.[0] ?? ''
        const text = part.text.slice(lead.length, part.text.length - trail.length)
        const gap = part.kind === 'added' && parts[index - 1]?.kind === 'removed' && lead === '' ? ' ' : ''
        const Mark = part.kind === 'removed' ? 'del' : 'ins'
        return (
          <Fragment key={index}>
            {gap}
            {lead}
            <Mark>
              <span className="visually-hidden">{part.kind === 'removed' ? '[removed: ' : '[added: '}</span>
              {text}
              <span className="visually-hidden">]</span>
            </Mark>
            {trail}
          </Fragment>
        )
      })}
    </p>
  )
}
