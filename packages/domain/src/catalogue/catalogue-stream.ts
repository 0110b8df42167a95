/** The stream of district `districtId`'s service catalogue: `catalogue-<district>`. */
export const catalogueStream = (districtId: string): string => `catalogue-${districtId}`
