import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import './app/styles.css'
import { startMonitoring } from './lib/monitoring'

void startMonitoring(import.meta.env.VITE_SENTRY_DSN)

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element to render into.')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
