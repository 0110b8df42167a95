import { randomBytes } from 'node:crypto'
import type { AuthConfig } from './auth-config.js'

/** Which sites and team the demo principals act for (ids from the demo district). */
export type DevScope = { instituteId?: string; stationId?: string; teamId?: string }

const token = (role: string): string => `dev-${role}-${randomBytes(12).toString('base64url')}`

/**
 * Demo tokens for `--dev`: one principal per role, fresh random tokens at every start, scoped to
 * the given institute, station and team.
 */
export const createDevAuthConfig = (scope: DevScope = {}): AuthConfig => {
  const sites = (id: string | undefined): string[] => (id === undefined ? [] : [id])
  return {
    tokens: [
      {
        token: token('dispatcher'),
        principal: {
          id: 'dev-dispatcher',
          role: 'centre-dispatcher',
          sites: [],
          teams: [],
          displayName: '中心调度员',
        },
      },
      {
        token: token('institute'),
        principal: {
          id: 'dev-institute-admin',
          role: 'institute-admin',
          sites: sites(scope.instituteId),
          teams: [],
          displayName: '实践所管理员',
        },
      },
      {
        token: token('station'),
        principal: {
          id: 'dev-station-admin',
          role: 'station-admin',
          sites: sites(scope.stationId),
          teams: [],
          displayName: '实践站管理员',
        },
      },
      {
        token: token('leader'),
        principal: {
          id: 'dev-team-leader',
          role: 'team-leader',
          sites: [],
          teams: sites(scope.teamId),
          displayName: '志愿服务队队长',
        },
      },
      {
        token: token('resident'),
        principal: {
          id: 'dev-resident',
          role: 'resident',
          sites: [],
          teams: [],
          displayName: '居民',
        },
      },
      {
        token: token('auditor'),
        principal: {
          id: 'dev-auditor',
          role: 'auditor',
          sites: [],
          teams: [],
          displayName: '审计',
        },
      },
    ],
  }
}
