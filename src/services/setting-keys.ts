/** Keys of the settings table. */
export const SETTING_KEYS = {
  units: (county: string) => `units:${county}`,
  deadlines: 'deadlines',
  lastBackupAt: 'lastBackupAt',
  demoDismissed: 'demoDismissed',
  userName: 'userName',
} as const
