import { describe, expect, it } from 'vitest';
import { addIndicators } from './indicators';

describe('campaign helpers', () => {
  it('adds indicator maps key by key', () => {
    expect(addIndicators({ dialogues: 1, giftsVnd: 500000 }, { dialogues: 2, participants: 3 })).toEqual({
      dialogues: 3,
      giftsVnd: 500000,
      participants: 3,
    });
  });
});
