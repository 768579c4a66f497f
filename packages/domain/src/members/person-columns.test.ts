import { describe, expect, it } from 'vitest';
import { importFields, matchHeader } from '../member-import/import-fields';
import { importFieldName, importIssueMessage } from '../member-import/issue-messages';

import { personColumns, type PersonColumn } from './person-columns';

describe('person columns, named once', () => {
  it('every column name reads back as its own field, so an exported list or the template imports again', () => {
    for (const column of Object.keys(personColumns) as PersonColumn[]) {
      expect(matchHeader(personColumns[column].vi), column).toBe(column);
      expect(matchHeader(`${personColumns[column].vi} (*)`), column).toBe(column);
    }
  });

  it('names every import field in both languages, the same words as the column lists', () => {
    for (const field of importFields) {
      expect(importFieldName(field, 'vi'), field).not.toBe(field);
      expect(importFieldName(field, 'en'), field).not.toBe(field);
    }
    expect(importIssueMessage({ code: 'required', field: 'cardNumber' })).toBe(
      `${personColumns.cardNumber.vi}: còn trống`,
    );
  });
});
