export { db } from './db.ts'
export * from './NianbaoDB.ts'
export * from './queries.ts'
export * from './writes.ts'
