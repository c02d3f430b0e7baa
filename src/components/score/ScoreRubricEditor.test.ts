import { describe, expect, it } from 'vitest'
import { computed, defineComponent, h, nextTick, ref } from 'vue'
import ScoreRubricEditor from './ScoreRubricEditor.vue'
import { mountComponent } from '../test-mount.ts'
import { createDefaultRubric, validateRubric } from '../../core/score/index.ts'

/** The editor as the 评分 screen uses it: the rubric in a ref, issues validated live. */
const Host = defineComponent(() => {
  const rubric = ref(createDefaultRubric())
  const issues = computed(() => validateRubric(rubric.value))
  return () => h(ScoreRubricEditor, { modelValue: rubric.value, 'onUpdate:modelValue': (v: typeof rubric.value) => (rubric.value = v), issues: issues.value })
})

async function setWeight(el: HTMLElement, id: string, value: string) {
  const input = el.querySelector<HTMLInputElement>(`[data-testid=weight-${id}]`)!
  input.value = value
  input.dispatchEvent(new Event('input'))
  await nextTick()
}

describe('ScoreRubricEditor', () => {
  it('validates live: a weight change that breaks the sum is explained, fixing it clears the message', async () => {
    const w = await mountComponent(Host)
    expect(w.el.querySelector('[data-testid=rubric-ok]')).not.toBeNull()
    await setWeight(w.el, 'proactive', '0')
    expect(w.el.querySelector('[data-testid=rubric-issues]')?.textContent).toContain('各评分项分值合计 85 分，应等于总分 100 分')
    expect(w.el.querySelector('[data-testid=weight-sum]')?.textContent).toBe('分值合计 85 / 100')
    await setWeight(w.el, 'timeliness', '30')
    expect(w.el.querySelector('[data-testid=rubric-issues]')).toBeNull()
    expect(w.el.querySelector('[data-testid=rubric-ok]')).not.toBeNull()
    w.unmount()
  })
})
