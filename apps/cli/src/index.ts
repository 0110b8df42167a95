export { runCli } from './main.js'
export type { CliIo } from './main.js'
export { createProgram, cliVersion } from './program.js'
export type {
  BackupFlags,
  CommandActions,
  DemoFlags,
  EventsTailFlags,
  RebuildFlags,
  ReportFlags,
  RestoreFlags,
  ServeFlags,
  StoreFlags,
} from './program.js'
