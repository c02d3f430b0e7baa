import type { CrossRule } from './types.ts'
import { ZERO_STREAK_RULE } from './cross/zero-streak.ts'
import { COPIED_RULE } from './cross/copied.ts'
import { MISSING_RULES } from './cross/missing.ts'
import { CARRY_OVER_RULE } from './cross/carry-over.ts'
import { JUMP_RULES } from './cross/jumps.ts'
import { STOCK_RULE } from './cross/stock.ts'

/** Every cross-report rule (one county's units and years). */
export const CROSS_RULES: readonly CrossRule[] = [
  ZERO_STREAK_RULE, COPIED_RULE, ...MISSING_RULES, CARRY_OVER_RULE, ...JUMP_RULES, STOCK_RULE,
]
