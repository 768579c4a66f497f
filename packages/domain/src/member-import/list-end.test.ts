import { describe, expect, it } from 'vitest';
import type { ImportField } from './import-fields';
import { isListEnd } from './list-end';

const fields: (ImportField | null)[] = [null, 'fullName', 'gender', 'birthDate', 'cccd', 'occupation'];

describe('isListEnd: the signature block under a list is not members', () => {
  it.each([
    [[null, null, null, 'Đông Hà, ngày 15 tháng 3 năm 2026', null, null]],
    [[null, 'ngày … tháng … năm 20…', null, null, null, null]],
    [[null, 'Người lập biểu', null, null, null, 'TM. BAN CHẤP HÀNH']],
    [[null, '(Ký, ghi rõ họ tên)', null, null, null, '(Ký tên, đóng dấu)']],
    [['Tổng cộng: 25 đoàn viên', null, null, null, null, null]],
    [[null, 'Xác nhận của công đoàn cấp trên', null, null, null, null]],
  ])('%j ends the list', (cells) => {
    expect(isListEnd(cells, fields)).toBe(true);
  });

  it('a member row is never the end, even one whose occupation reads like a caption', () => {
    expect(isListEnd([1, 'Nguyễn Văn A', 'Nam', '01/02/1990', '045090001234', 'Người lập dự toán'], fields)).toBe(
      false,
    );
    expect(isListEnd([2, 'Trần Thị B', 'Nữ', '03/04/1991', null, 'Chủ tịch công đoàn'], fields)).toBe(false);
    // a signer's name alone (under the captions) is not an end by itself: the caption row above was
    expect(isListEnd([null, 'Lê Thị C', null, null, null, null], fields)).toBe(false);
  });
});
