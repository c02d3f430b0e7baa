import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import ReportSourceText from './ReportSourceText.vue'
import { mountComponent } from '../test-mount.ts'

describe('ReportSourceText', () => {
  it('highlights every span of the text and merges overlapping ones', async () => {
    const w = await mountComponent(ReportSourceText, { text: '新收申请12件，办结10件。', spans: [{ start: 4, end: 6 }, { start: 5, end: 6 }, { start: 10, end: 12 }] })
    await nextTick()
    expect([...w.el.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['12', '10'])
    expect(w.el.textContent).toBe('新收申请12件，办结10件。')
    w.unmount()
  })
})
