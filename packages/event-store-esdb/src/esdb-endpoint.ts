/**
 * The host(s) a connection string points at, for error messages: `esdb://admin:changeit@a:2113,
 * b:2113?tls=false` gives `a:2113,b:2113`, without the credentials.
 */
export const endpointOf = (connectionString: string): string => {
  const withoutScheme = connectionString.replace(/^[a-z+]+:\/\//i, '')
  const hosts = withoutScheme.split(/[/?]/, 1)[0] ?? ''
  const at = hosts.lastIndexOf('@')
  const endpoint = at === -1 ? hosts : hosts.slice(at + 1)
  return endpoint === '' ? connectionString : endpoint
}
