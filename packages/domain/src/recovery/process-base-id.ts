/**
 * The triggering command's id of a process step recorded as `stepId` (`<commandId><suffix>`), so a
 * recovery pass sends the process's own next steps; a step id of another shape gets a recovery id
 * of its own.
 */
export const processBaseId = (stepId: string, suffix: string): string =>
  stepId.endsWith(suffix) ? stepId.slice(0, -suffix.length) : `${stepId}:recover`
