/**
 * The read models `wenming rebuild` knows, listed here so that `--help` need not load the API;
 * a test checks that they are the API's `projectionNames`.
 */
export const readModelNames = [
  'order-board',
  'team-workload',
  'cluster-pool',
  'dispatch-candidates',
  'work-report',
] as const
