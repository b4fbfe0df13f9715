import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { errorMessage, findingsOf } from './findings-of.js';

const finding = {
  code: 'ring-nobody',
  severity: 'error',
  message: 'Ring users has nobody to ring',
};

describe('findingsOf', () => {
  it('reads the findings of a 422', () => {
    const error = new ApiError(422, 'The draft has 1 error', 'flow_has_errors', [], {
      error: {},
      findings: [finding],
    });
    expect(findingsOf(error)).toEqual([finding]);
    expect(errorMessage(error)).toBe('The draft has 1 error');
  });

  it('gives none for other errors', () => {
    expect(findingsOf(new ApiError(404, 'No such flow', 'not_found'))).toEqual([]);
    expect(findingsOf(new Error('boom'))).toEqual([]);
    expect(errorMessage('weird')).toBe('Something went wrong; try again');
  });
});
