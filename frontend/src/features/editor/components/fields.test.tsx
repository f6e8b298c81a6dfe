import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import type { EditAction } from '../edits'
import { EditorContext } from './editor-context'
import { ListField, splitLines } from './fields'

/** A list field whose edits land in state, as the editor's would. */
function Harness({ initial }: { initial: string[] }) {
  const [items, setItems] = useState<unknown>(initial)
  const edit = (action: EditAction) => {
    if (action.type === 'set') setItems(action.value)
  }
  return (
    <EditorContext.Provider value={{ edit, confirm: () => undefined, unsure: new Map(), highlighted: null }}>
      <ListField path="skills[0].keywords" label="Keywords" value={items} />
      <output data-testid="saved">{JSON.stringify(items)}</output>
    </EditorContext.Provider>
  )
}

describe('ListField', () => {
  it('keeps a comma inside an item: items are lines', async () => {
    render(<Harness initial={['Microsoft Word, Excel & Outlook']} />)
    const box = screen.getByLabelText('Keywords')

    await userEvent.type(box, ', Scheduling')

    expect(JSON.parse(screen.getByTestId('saved').textContent)).toEqual(['Microsoft Word, Excel & Outlook, Scheduling'])
  })

  it('adds an item on a new line and ignores blank lines', async () => {
    render(<Harness initial={['Calculus']} />)

    await userEvent.type(screen.getByLabelText('Keywords'), '{Enter}{Enter}Algebra')

    expect(JSON.parse(screen.getByTestId('saved').textContent)).toEqual(['Calculus', 'Algebra'])
  })

  it('splits on lines only', () => {
    expect(splitLines(' a, b \n\n c ')).toEqual(['a, b', 'c'])
  })
})
