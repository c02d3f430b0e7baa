import { NianbaoDB } from './NianbaoDB.ts'

/** The app's single database connection. */
export const db = new NianbaoDB()
