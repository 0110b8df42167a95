import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

/** A fresh directory under the OS temp dir for this test file, removed after its tests. */
export const useTempDir = (): ((file: string) => string) => {
  const dir = mkdtempSync(join(tmpdir(), 'wenming-sqlite-test-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  return (file) => join(dir, file)
}
