/**
 * The second step of a two-stream process: runs `record`, and undoes the first step with
 * `compensate` when the record is refused or fails, so no reservation or claim is left behind.
 */
export const recordOrCompensate = async <Result extends { readonly ok: boolean }>(
  record: () => Promise<Result>,
  compensate: () => Promise<unknown>,
): Promise<Result> => {
  let recorded: Result
  try {
    recorded = await record()
  } catch (error) {
    await compensate()
    throw error
  }
  if (!recorded.ok) await compensate()
  return recorded
}
