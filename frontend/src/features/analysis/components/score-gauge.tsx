/** A half-ring gauge with the number in the middle; one accessible image with the score in words. */
export function ScoreGauge({ score, label, size = 160 }: { score: number; label: string; size?: number }) {
  const value = Math.max(0, Math.min(100, Math.round(score)))
  const radius = 42
  const circumference = Math.PI * radius
  const band = value >= 75 ? 'good' : value >= 50 ? 'fair' : 'poor'
  return (
    <svg
      className={`gauge gauge--${band}`}
      viewBox="0 0 100 60"
      width={size}
      height={(size * 60) / 100}
      role="img"
      aria-label={`${label}: ${value} out of 100`}
    >
      <path className="gauge__track" d="M 8 52 A 42 42 0 0 1 92 52" pathLength={circumference} />
      <path
        className="gauge__value"
        d="M 8 52 A 42 42 0 0 1 92 52"
        strokeDasharray={`${(value / 100) * circumference} ${circumference}`}
      />
      <text x="50" y="48" textAnchor="middle" className="gauge__text">
        {value}
      </text>
    </svg>
  )
}
