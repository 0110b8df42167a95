import { describe, expect, it } from 'vitest'
import { fieldErrorsOf } from './field-errors'

describe('fieldErrorsOf', () => {
  it('puts each validation error beside the field its path names, or the named prefix', () => {
    const problem = {
      type: 'urn:wenming:problem:validation-error',
      title: 'The request is malformed',
      status: 400,
      detail: 'body.report.hours: Too small',
      errors: [
        { in: 'body', field: 'report.hours', message: 'Too small' },
        { in: 'body', field: 'report.volunteerIds.0', message: 'Invalid id' },
        { in: 'body', field: 'siteId', message: 'Required' },
      ],
    }
    expect(fieldErrorsOf(problem, ['report.hours', 'report.volunteerIds', 'siteId'])).toEqual({
      fields: { 'report.hours': 'Too small', 'report.volunteerIds': 'Invalid id', siteId: 'Required' },
      form: null,
    })
  })

  it('keeps the errors of fields the form does not have for the whole form', () => {
    const problem = {
      type: 'v',
      title: 't',
      status: 400,
      errors: [{ in: 'body', field: 'wantedAt', message: 'Invalid date' }],
    }
    expect(fieldErrorsOf(problem, ['siteId'])).toEqual({ fields: {}, form: 'wantedAt: Invalid date' })
  })

  it('places a refusal beside the first field it names, else on the form', () => {
    const refused = {
      type: 'urn:wenming:problem:refusal:TeamOutOfReach',
      title: 'The command was refused',
      status: 409,
      detail: '队伍t-1既不在订单所在站点……',
      refusal: { type: 'TeamOutOfReach', orderId: 'o-1', teamId: 't-1' },
    }
    expect(fieldErrorsOf(refused, ['teamId'])).toEqual({
      fields: { teamId: '队伍t-1既不在订单所在站点……' },
      form: null,
    })
    expect(fieldErrorsOf(refused, ['reason'])).toEqual({ fields: {}, form: '队伍t-1既不在订单所在站点……' })
  })

  it('shows the title when a problem has no detail', () => {
    expect(fieldErrorsOf({ type: 'x', title: 'Not found', status: 404 }, [])).toEqual({
      fields: {},
      form: 'Not found',
    })
  })
})

describe('fieldErrorsOf an answer refused', () => {
  it('places the refusal of an answer beside its question', () => {
    const refused = {
      type: 'urn:wenming:problem:refusal:RequestAnswersInvalid',
      title: 'The command was refused',
      status: 409,
      detail: '点单信息“people”不符合要求（未填写）。',
      refusal: { type: 'RequestAnswersInvalid', orderId: 'o-1', code: 'health', attribute: 'people', problem: 'missing' },
    }
    expect(fieldErrorsOf(refused, ['siteId', 'answers.floor', 'answers.people'])).toEqual({
      fields: { 'answers.people': '点单信息“people”不符合要求（未填写）。' },
      form: null,
    })
  })
})

describe('fieldErrorsOf a refusal naming its field by value', () => {
  const refusal = (data: Record<string, unknown>) => ({
    type: 'r',
    title: 'The command was refused',
    status: 409,
    detail: '句子',
    refusal: { type: 'ActivityDetailsInvalid', activityId: 'a-1', ...data },
  })
  it('places a report field’s refusal and a missing detail beside their fields', () => {
    expect(fieldErrorsOf(refusal({ field: 'hours' }), ['hours', 'audience']).fields).toEqual({ hours: '句子' })
    expect(fieldErrorsOf(refusal({ problem: 'festival_missing' }), ['title', 'festival']).fields).toEqual({
      festival: '句子',
    })
    expect(fieldErrorsOf(refusal({ problem: 'planned_date_invalid' }), ['plannedDate']).fields).toEqual({
      plannedDate: '句子',
    })
  })
})
