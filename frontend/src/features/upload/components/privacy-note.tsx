import { Link } from '../../../lib/router'
import { formatDays } from '../../../lib/format'

/** `retentionDays` is the server's; until it is known (or when the server cannot say), no number is promised. */
export function PrivacyNote({ retentionDays }: { retentionDays?: number | undefined }) {
  return (
    <section className="privacy-note" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Your privacy</h2>
      <p>
        We store the file you upload and the resume we read from it in your private, anonymous workspace. Both are
        deleted {retentionDays === undefined ? 'automatically a set number of days' : formatDays(retentionDays)} after your last
        change, or as soon as you delete them. No text is sent to an
        AI provider unless you ask for AI suggestions. <Link to="/privacy">How we handle your data</Link>.
      </p>
    </section>
  )
}
