export function PrivacyNote() {
  return (
    <section className="privacy-note" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Your privacy</h2>
      <p>
        We store the file you upload and the resume we read from it in your private, anonymous workspace. Both are
        deleted after 30 days, or as soon as you delete them. No text is sent to an AI provider unless you ask for AI
        suggestions.
      </p>
    </section>
  )
}
