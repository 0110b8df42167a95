/** The help text of the `wenming` command. */
export const usage = `Usage: wenming <command> [options]

Commands:
  serve                 run the HTTP API (docs at /docs)
      --port <n>          port (default 8080; 0 picks a free one)
      --host <addr>       address (default 127.0.0.1)
      --tokens <file>     bearer-token file (JSON, entries written by \`wenming token\`)
      --dev               generate demo tokens for first use and print them
      --seed-demo         when the store is empty, seed it with the demo district year
      --recovery-interval <s>  seconds between passes that finish or undo the holds a crash left
                          between a process's two steps (default 60; 0 turns recovery off)
      --recovery-bound <s>     how old such a hold must be before a pass acts (default 300)
      --read-models <spec>
                          memory | sqlite:<path>: where the read models live (default: the
                          SQLite store's own file; sqlite:./data/read-models.db for esdb://;
                          memory for --store memory)
  token --tokens <file> --id <principal> --role <role> [--sites a,b] [--teams t] [--days 90]
                        add a bearer token (stored hashed, with an expiry) and print it once
  demo [--year 2022] [--seed 1] [--orders <n> [--activities <n>]]
                        simulate a district year into the store and print its report
                        (the 2022 district, or one scaled to n request orders)
  rebuild [name] [--read-models <spec>]
                        rebuild read models from the log, with a progress bar
  report --year <y> [--format text|md|json|csv|xlsx] [--out <file>]
                        the year's work report, computed from events alone
                        (xlsx needs --out: one sheet per section and the monthly table)
  migrate               create or upgrade the store's schema (refuses a newer one untouched)
  events tail [--from <position>] [--limit <n>] [--follow]
                        print events in global order, one JSON object per line

Options for every command:
  --store <spec>        memory | sqlite:<path> | postgres://user@host:5432/db | esdb://host:port
                        (default sqlite:./data/wenming.db)
  -h, --help            this help
`
