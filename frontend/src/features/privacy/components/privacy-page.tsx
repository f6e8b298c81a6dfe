import { LoadingState } from '../../../components/states'
import { useClientConfig } from '../../../lib/client-config-provider'
import { formatDays } from '../../../lib/format'
import { readSentryDsn } from '../../../lib/monitoring'
import { Link } from '../../../lib/router'
import { useDocumentTitle } from '../../../lib/use-document-title'
import type { AppConfig } from '../../../types/api'

const providerNames: Record<string, string> = { anthropic: 'Anthropic (Claude)', openai: 'an OpenAI-compatible service' }

/**
 * What this server keeps, for how long, and what leaves it. The facts that depend on how the server is run (retention,
 * AI provider, redaction, error reporting) come from its configuration, so the notice cannot drift from the truth.
 */
export default function PrivacyPage() {
  useDocumentTitle('Privacy')
  const config = useClientConfig()

  return (
    <article className="privacy-page">
      <h1>Privacy</h1>
      <p className="lead">
        Resume Refiner needs no account and keeps no more than it needs to show you your resume. This page says what is
        kept, for how long, and what ever leaves this server.
      </p>
      {config.status === 'loading' ? (
        <LoadingState>Loading this server’s settings…</LoadingState>
      ) : config.status === 'error' ? (
        // No defaults here: a wrong statement about what is sent or kept is worse than none.
        <p role="alert">
          This server’s settings could not be loaded, so this page cannot say how your data is handled here. Please
          reload the page.
        </p>
      ) : (
        <Notice config={config.data} browserReporting={readSentryDsn(import.meta.env.VITE_SENTRY_DSN) !== undefined} />
      )}
    </article>
  )
}

function Notice({ config, browserReporting }: { config: AppConfig; browserReporting: boolean }) {
  const { ai } = config
  return (
    <>
      <section aria-labelledby="kept-heading">
        <h2 id="kept-heading">What we keep</h2>
        <ul>
          <li>The file you upload, and the resume we read from it.</li>
          <li>Every version you save, the analyses you run and the job descriptions you paste into them.</li>
          <li>The AI suggestions you ask for, if any.</li>
        </ul>
        <p>Exports (PDF, DOCX, text) are made when you download them and are not kept.</p>
      </section>

      <section aria-labelledby="workspace-heading">
        <h2 id="workspace-heading">Your workspace</h2>
        <p>
          There is no sign-up. Your resumes live in an anonymous workspace that one cookie, <code>__Host-rr_workspace</code>,
          opens. Only this site can read it, scripts cannot, and the deployed site sends it over HTTPS only. There are no
          analytics, advertising or tracking cookies. Clearing your cookies locks you out of the workspace, and its
          contents are then deleted on schedule.
        </p>
      </section>

      <section aria-labelledby="retention-heading">
        <h2 id="retention-heading">How long</h2>
        <p>
          A resume, with its versions, analyses and file, is deleted{' '}
          <strong>{config.retentionDays === undefined ? 'a set number of days' : formatDays(config.retentionDays)}</strong>{' '}
          after your last change to it. You can delete one resume, or everything at once, whenever you like from{' '}
          <Link to="/resumes">My resumes</Link>; deletion is immediate and cannot be undone.
        </p>
      </section>

      <section aria-labelledby="ai-heading">
        <h2 id="ai-heading">AI suggestions</h2>
        {ai.enabled ? (
          <>
            <p>
              Text leaves this server only when you ask for AI suggestions. It goes to{' '}
              {providerNames[ai.provider ?? ''] ?? 'the configured AI provider'}
              {ai.model ? ` (model ${ai.model})` : ''}, and only the parts the suggestion needs: the bullets you chose
              with their job title and employer, or your summary, experience and skills (and the job posting when you
              tailor your resume to one). Your contact details are never part of it.
            </p>
            <p>
              {ai.redactsContacts
                ? 'Before anything is sent, your name, e-mail, phone, address and links are replaced with placeholders, also where they appear inside other text, and put back in the suggestions you receive.'
                : 'This server sends the text as it is: contact details that appear inside the chosen text are not replaced with placeholders.'}
            </p>
          </>
        ) : (
          <p>AI suggestions are off on this server, so no resume text is sent anywhere.</p>
        )}
      </section>

      <section aria-labelledby="errors-heading">
        <h2 id="errors-heading">Logs and error reports</h2>
        <p>
          Server logs record which kind of request was made, its outcome and how long it took. They never contain your
          resume’s text, your e-mail address, your phone number or your IP address. Your IP address is used only to
          limit how many requests one client can make per minute; at most a keyed hash of it is kept, for that minute.
        </p>
        <p>
          {config.errorReporting
            ? 'Server errors are reported to an error tracker so they can be fixed. Reports carry the error and where it happened, never request bodies, cookies or resume text.'
            : 'Server errors are not sent to any outside service.'}{' '}
          {browserReporting
            ? 'Errors in this page are reported the same way, without what you typed, the address’s query or your browser’s console output.'
            : 'Errors in this page are not reported anywhere.'}
        </p>
      </section>
    </>
  )
}
