const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/

/** Whether an address is this host's loopback interface (IPv4, IPv6 or IPv4-mapped). */
export const isLoopback = (address: string | undefined): boolean =>
  address !== undefined && LOOPBACK.test(address)
