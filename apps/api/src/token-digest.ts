import { hash } from 'node:crypto'

/** The SHA-256 of a bearer token in hex, as the tokens file stores it (one-shot hashing). */
export const tokenDigest = (token: string): string => hash('sha256', token)
