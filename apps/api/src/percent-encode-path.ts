// Everything a path may hold literally (RFC 3986 pchar and `/`), except `%` itself.
const UNSAFE = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/gu

const encodeChar = (char: string): string =>
  [...Buffer.from(char, 'utf8')]
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('')

/**
 * Percent-encodes what a URL path may not hold literally (non-ASCII, controls, spaces, `%`, `?`,
 * `#`), so that a path is always a valid header value; a lone surrogate becomes U+FFFD.
 */
export const percentEncodePath = (path: string): string => path.replace(UNSAFE, encodeChar)
