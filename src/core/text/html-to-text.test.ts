import { describe, expect, it } from 'vitest'
import { htmlToText, looksLikeHtml } from './html-to-text.ts'

describe('htmlToText', () => {
  it('keeps the page title first and turns blocks into lines', () => {
    const text = htmlToText('<html><head><title>青禾镇2023年年报</title><style>p{}</style></head><body><p>一、总体情况</p><div>主动公开<b>58</b>条。</div></body></html>')
    expect(text.trim().split('\n')).toEqual(['青禾镇2023年年报', '一、总体情况', '主动公开58条。'])
  })

  it('never lets script, handlers or links into the text', () => {
    const text = htmlToText('<p onclick="alert(1)">正文</p><script>alert("x")</script><a href="javascript:alert(2)">链接</a><img src=x onerror="alert(3)">')
    expect(text).not.toMatch(/alert|javascript|onerror/)
    expect(text).toContain('正文')
  })

  it('lays out rowspan and colspan as a grid of tab-separated cells', () => {
    const text = htmlToText('<table><tr><td rowspan="2">甲</td><td colspan="2">乙</td></tr><tr><td>1</td><td>2</td></tr></table>')
    expect(text.trim().split('\n')).toEqual(['甲\t乙\t', '\t1\t2'])
  })

  it('drops raw-text elements up to an end tag in any letter case', () => {
    const text = htmlToText('<p>甲</p><SCRIPT>var s = "</p>乙"</Script><p>丙</p><Style>p{}</STYLE><p>丁</p>')
    expect(text.trim().split('\n')).toEqual(['甲', '丙', '丁'])
  })

  it('reads tag names in any letter case', () => {
    const text = htmlToText('<TABLE><Tr><TD ColSpan="2">甲</TD></tR><tr><td>1</td><Td>2</td></tr></Table><My-Tag>乙</My-Tag>')
    expect(text.trim().split('\n').filter(Boolean)).toEqual(['甲\t', '1\t2', '乙'])
  })

  it('decodes character references', () => {
    expect(htmlToText('<p>&ldquo;云上&rdquo;&nbsp;&#49;&#x32;条 &amp;</p>').trim()).toBe('“云上” 12条 &')
  })

  it('reads tags and references named like JavaScript built-ins as any unknown ones', () => {
    const text = htmlToText('<div><constructor>甲</constructor><toString><p>乙 &constructor; &__proto__;</p></toString><hasOwnProperty>丙</div>')
    expect(text.trim().split('\n').filter(Boolean)).toEqual(['甲', '乙 &constructor; &__proto__;', '丙'])
  })

  it('reads a layout table that holds the report table as blocks around the inner grid', () => {
    const text = htmlToText('<table><tr><td><p>标题</p><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>')
    expect(text.trim().split('\n').filter(Boolean)).toEqual(['标题', '规章\t0'])
  })
  it('reads a table again as blocks when another table starts deep inside it, text before the inner table in its place', () => {
    const text = htmlToText('<table><tr><td>甲</td><td>乙<div><p>丙</p><table><tr><td>1</td><td>2</td></tr></table>丁</div></td></tr><tr><td>戊</td></tr></table>己')
    expect(text.trim().split('\n').filter(Boolean)).toEqual(['甲', '乙', '丙', '1\t2', '丁', '戊', '己'])
  })

  it('trims the whole text, blank table rows at either end included, and ends it with one line break', () => {
    expect(htmlToText('<table><tr><td></td><td></td></tr><tr><td></td><td>1</td></tr><tr><td>2</td><td>\u3000</td></tr><tr><td></td><td></td></tr></table>'))
      .toBe('1\n2\n')
    expect(htmlToText('<p> \u3000 </p><table><tr><td></td><td></td></tr></table>')).toBe('\n')
    expect(htmlToText('<p>甲</p><table><tr><td>乙</td></tr></table>')).toBe('甲\n\n乙\n')
  })
})

describe('looksLikeHtml', () => {
  it('tells an HTML page from plain text', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true)
    expect(looksLikeHtml('一、总体情况\n规章\t0')).toBe(false)
  })
})
