import BetterSqlite3 from 'better-sqlite3'

/**
 * Empties what a copy of the file need not keep and could hold in clear: read models (rebuilt from
 * the log on restore: their checkpoints go too) and idempotency keys (stored responses, a 24 h
 * window); then VACUUM, so no freed page keeps their text.
 */
export const keepOnlyTheLog = (path: string): void => {
  const copy = new BetterSqlite3(path)
  try {
    const tables = copy
      .prepare<[], string>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'rm\\_%' ESCAPE '\\' OR name LIKE 'rmnext\\_%' ESCAPE '\\')",
      )
      .pluck()
      .all()
    for (const table of tables) copy.exec(`DROP TABLE "${table.replaceAll('"', '""')}"`)
    for (const table of ['projection_checkpoints', 'projection_read_models', 'idempotency_keys']) {
      const exists = copy
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
        .get(table)
      if (exists !== undefined) copy.exec(`DELETE FROM ${table}`)
    }
    copy.exec('VACUUM')
  } finally {
    copy.close()
  }
}
