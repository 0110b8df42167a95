import { z } from 'zod'

/** A district's star ladder: the confirmed hours each level (1★, 2★, ...) needs, strictly rising. */
export const starPolicySchema = z.object({
  thresholds: z
    .array(z.number().positive())
    .min(1)
    .refine((t) => t.every((hours, i) => i === 0 || hours > (t[i - 1] ?? 0)), {
      message: 'thresholds must rise strictly',
    }),
})

export type StarPolicy = z.infer<typeof starPolicySchema>

/** The common ladder (Fujian): 1★ 100 h, 2★ 300 h, 3★ 600 h, 4★ 1,000 h, 5★ 1,500 h. */
export const defaultStarPolicy: StarPolicy = { thresholds: [100, 300, 600, 1000, 1500] }

/** The star level `hours` of confirmed service reach under `policy` (0: none yet). */
export const starLevel = (hours: number, policy: StarPolicy): number =>
  policy.thresholds.filter((threshold) => hours >= threshold).length
