/** Where an option's value may come from: its flag and its environment variable. */
export type ConfigField = {
  /** The long flag, `--port`. */
  flag: string
  /** What the flag takes (`<n>`), or `undefined` for a switch such as `--dev`. */
  value: string | undefined
  /** The environment variable, `PORT`. */
  env: string
  /** One line for the help, with the default. */
  description: string
  /** Never repeat the value in an error (a key). */
  secret?: boolean
}
