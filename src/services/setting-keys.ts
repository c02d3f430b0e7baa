/** Keys of the settings table. */
export const SETTING_KEYS = {
  units: (county: string) => `units:${county}`,
  deadlines: 'deadlines',
  lastBackupAt: 'lastBackupAt',
  demoDismissed: 'demoDismissed',
  userName: 'userName',
  /** Counties whose reports changed in a committed import chunk and whose findings are not yet recomputed. */
  findingsPending: 'findingsPending',
} as const
