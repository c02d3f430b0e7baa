// Reads and writes a value of a record by its source path ("t3.tot.new", "narrative.channels.0.items").

type Container = Record<string, unknown> | unknown[]

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null

/** Returns the value at a dotted record path, or undefined when the path does not exist. */
export function getAtPath(root: unknown, path: string): unknown {
  let node: unknown = root
  for (const key of path.split('.')) {
    if (!isContainer(node)) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/** Sets the value at an existing dotted record path in place; returns false when the path does not exist. */
export function setAtPath(root: unknown, path: string, value: unknown): boolean {
  const keys = path.split('.')
  const last = keys.pop()
  const parent = keys.length ? getAtPath(root, keys.join('.')) : root
  if (!isContainer(parent) || last === undefined || !(last in parent)) return false
  ;(parent as Record<string, unknown>)[last] = value
  return true
}
