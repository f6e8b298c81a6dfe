// jsdom has no EventSource: a controllable one, where the test decides which server-sent events arrive.
import { act } from '@testing-library/react'
import { vi } from 'vitest'

export class FakeEventSource {
  static instances: FakeEventSource[] = []

  readonly url: string
  readonly withCredentials: boolean
  readyState = 0
  onerror: ((event: Event) => void) | null = null
  private readonly target = new EventTarget()

  constructor(url: string | URL, init?: EventSourceInit) {
    this.url = String(url)
    this.withCredentials = init?.withCredentials ?? false
    FakeEventSource.instances.push(this)
  }

  static install(): void {
    FakeEventSource.instances = []
    vi.stubGlobal('EventSource', FakeEventSource)
  }

  static latest(): FakeEventSource {
    const source = FakeEventSource.instances.at(-1)
    if (!source) throw new Error('No EventSource was opened.')
    return source
  }

  addEventListener(type: string, listener: EventListener): void {
    this.target.addEventListener(type, listener)
  }

  removeEventListener(type: string, listener: EventListener): void {
    this.target.removeEventListener(type, listener)
  }

  close(): void {
    this.readyState = 2
  }

  get closed(): boolean {
    return this.readyState === 2
  }

  // Controls for the test.
  emit(type: string, data: unknown): void {
    if (this.closed) throw new Error(`The EventSource is closed; "${type}" would not arrive.`)
    act(() => {
      this.target.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data) }))
    })
  }

  fail(): void {
    act(() => {
      this.onerror?.(new Event('error'))
    })
  }
}
