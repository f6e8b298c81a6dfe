#!/usr/bin/env bash
# Fails when a tracked file looks like it holds a secret: provider API keys, private keys, or a
# password inside a connection URL. Placeholders in examples (user:pass, ${VAR}) are allowed.
set -uo pipefail
cd "$(dirname "$0")/.."

patterns=(
  'sk-ant-[A-Za-z0-9_-]{20,}'                       # Anthropic API keys
  'sk-[A-Za-z0-9]{32,}'                             # OpenAI-style keys
  'AKIA[0-9A-Z]{16}'                                # AWS access key ids
  '-----BEGIN ([A-Z]+ )?PRIVATE KEY-----'           # PEM private keys
  '(postgres(ql)?|mysql|redis|amqp)://[^:/@ "]+:[^@ "$]{6,}@'   # passwords in connection URLs
)
allowed='(user:pass(word)?@|:password@|:secret@|:\$\{|:changeme@|p%40ss@|:postgres@|example)'

found=0
for pattern in "${patterns[@]}"; do
  while IFS= read -r hit; do
    [ -z "$hit" ] && continue
    if grep -qE -- "$allowed" <<<"$hit"; then continue; fi
    echo "possible secret: $hit"
    found=1
  done < <(git grep -nIE -- "$pattern" -- ':!scripts/check-secrets.sh' ':!**/package-lock.json' 2>/dev/null)
done

if ! git check-ignore -q .env; then
  echo ".env is not git-ignored"
  found=1
fi

[ "$found" -eq 0 ] && echo "no secrets found in tracked files"
exit "$found"
