/**
 * A command together with facts its handler read from other aggregates' streams (never from a read
 * model): the decider decides on them, so `decide` stays pure and total.
 */
export type WithFacts<Command, Facts> = Command & { readonly facts: Facts }
