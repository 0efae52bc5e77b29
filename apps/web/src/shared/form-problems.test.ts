import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { fieldErrorsOf } from './form-problems';

const problem = (fields: { path: string; message: string }[]) =>
  new ApiError({
    type: 'about:blank',
    title: '该账号已注册',
    status: 409,
    code: 'ACCOUNT_EXISTS',
    correlationId: 'x',
    fields,
  });

describe('field messages of a problem', () => {
  it('puts each message beside the form field it names, with or without the body prefix', () => {
    const result = fieldErrorsOf(
      problem([
        { path: 'idNumber', message: '该身份证号已注册' },
        { path: 'body.phone', message: '该手机号已注册' },
      ]),
      ['name', 'idNumber', 'phone'],
    );
    expect(result.fields).toEqual([
      { name: 'idNumber', errors: ['该身份证号已注册'] },
      { name: 'phone', errors: ['该手机号已注册'] },
    ]);
    expect(result.rest).toBe(false);
  });

  it('asks for an alert when the problem names no field of the form', () => {
    expect(fieldErrorsOf(problem([]), ['phone']).rest).toBe(true);
    expect(fieldErrorsOf(problem([{ path: 'querystring.x', message: 'x' }]), ['phone']).rest).toBe(true);
    expect(fieldErrorsOf(new Error('boom'), ['phone']).rest).toBe(true);
  });
});
