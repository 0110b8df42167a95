import { describe, expect, it } from 'vitest'
import { answersFor } from './attribute-answers'
import type { MenuAttribute } from './menu-source'

const ask = (code: string, datatype: MenuAttribute['datatype'], required = false): MenuAttribute => ({
  code,
  description: code,
  datatype,
  required,
  values: datatype.endsWith('valuelist') ? [{ key: 'k1', name: '一' }, { key: 'k2', name: '二' }] : [],
  order: 0,
})

describe('answersFor', () => {
  it('sends each answer in the type its question asks for and leaves blank ones out', () => {
    const entry = {
      attributes: [
        ask('people', 'number', true),
        ask('floor', 'string'),
        ask('notes', 'text'),
        ask('when', 'datetime'),
        ask('kind', 'singlevaluelist', true),
        ask('needs', 'multivaluelist'),
      ],
    }
    const { answers, problems } = answersFor(entry, {
      people: ' 12 ',
      floor: '',
      notes: ' 轮椅 ',
      when: '2026-03-01T09:30',
      kind: 'k2',
      needs: ['k1', 'k2'],
    })
    expect(problems).toEqual({})
    expect(answers).toEqual({
      people: 12,
      notes: '轮椅',
      when: new Date('2026-03-01T09:30').toISOString(),
      kind: 'k2',
      needs: ['k1', 'k2'],
    })
  })

  it('names a required question unanswered, a bad number and a bad time', () => {
    const entry = { attributes: [ask('people', 'number'), ask('kind', 'singlevaluelist', true), ask('when', 'datetime'), ask('needs', 'multivaluelist', true)] }
    expect(answersFor(entry, { people: '十二', when: 'soon', needs: [] }).problems).toEqual({
      people: 'number',
      kind: 'missing',
      when: 'datetime',
      needs: 'missing',
    })
  })
})
