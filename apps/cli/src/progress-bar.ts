/** What a progress bar shows: how much is done of how much, at which rate, and when it ends. */
export type ProgressFrame = { done: number; total: number; elapsedMs: number }

const formatDuration = (ms: number): string => {
  if (!Number.isFinite(ms)) return '--'
  const seconds = Math.max(0, Math.round(ms / 1000))
  const m = Math.floor(seconds / 60)
  return m > 0 ? `${m}m${String(seconds % 60).padStart(2, '0')}s` : `${seconds}s`
}

/** One line: `[#####.....] 52% 10,400/20,000 events 12,345 ev/s ETA 1s`. */
export const renderProgressBar = (frame: ProgressFrame, width = 24): string => {
  const ratio = frame.total <= 0 ? 1 : Math.min(1, frame.done / frame.total)
  const filled = Math.round(ratio * width)
  const rate = frame.elapsedMs > 0 ? (frame.done / frame.elapsedMs) * 1000 : 0
  const eta = rate > 0 ? ((frame.total - frame.done) / rate) * 1000 : Infinity
  const n = (value: number): string => Math.round(value).toLocaleString('en-US')
  return (
    `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ` +
    `${n(frame.done)}/${n(frame.total)} events  ${n(rate)} ev/s  ETA ${ratio >= 1 ? '0s' : formatDuration(eta)}`
  )
}
