import { useRef, type KeyboardEvent, type ReactNode } from 'react'

export interface Tab<K extends string> {
  key: K
  label: string
  panel: ReactNode
}

interface TabsProps<K extends string> {
  /** Names the tab list for screen readers. */
  label: string
  tabs: Tab<K>[]
  selected: K
  onSelect: (key: K) => void
  idPrefix: string
}

/**
 * An ARIA tab list (arrow keys, Home and End move between tabs). Every panel stays mounted, only hidden, so a
 * running analysis or AI job and what was typed in a panel survive switching tabs.
 */
export function Tabs<K extends string>({ label, tabs, selected, onSelect, idPrefix }: TabsProps<K>) {
  const listRef = useRef<HTMLDivElement>(null)

  function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.key === selected)
    const next =
      event.key === 'ArrowRight' ? (index + 1) % tabs.length
      : event.key === 'ArrowLeft' ? (index - 1 + tabs.length) % tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? tabs.length - 1
      : null
    const tab = next === null ? undefined : tabs[next]
    if (!tab) return
    event.preventDefault()
    onSelect(tab.key)
    listRef.current?.querySelector<HTMLElement>(`#${idPrefix}-tab-${tab.key}`)?.focus()
  }

  return (
    <div className="tabs">
      <div className="tabs__list" role="tablist" aria-label={label} ref={listRef} onKeyDown={moveFocus}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            id={`${idPrefix}-tab-${tab.key}`}
            type="button"
            role="tab"
            className="tabs__tab"
            aria-selected={tab.key === selected}
            aria-controls={`${idPrefix}-panel-${tab.key}`}
            tabIndex={tab.key === selected ? 0 : -1}
            onClick={() => {
              onSelect(tab.key)
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.key}
          id={`${idPrefix}-panel-${tab.key}`}
          className="tabs__panel"
          role="tabpanel"
          aria-labelledby={`${idPrefix}-tab-${tab.key}`}
          hidden={tab.key !== selected}
        >
          {tab.panel}
        </div>
      ))}
    </div>
  )
}
