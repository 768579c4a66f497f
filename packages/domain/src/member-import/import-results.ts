// What became of an import row after the commit, in words (the preview table and the result file).
export const importResultLabels: Record<string, string> = {
  created: 'Đã tạo mới',
  updated: 'Đã bổ sung ô còn trống',
  overwritten: 'Đã ghi đè bằng giá trị trong tệp',
  skipped: 'Bỏ qua',
  transfer_requested: 'Đã gửi đề nghị chuyển sinh hoạt',
  failed: 'Lỗi, chưa ghi',
  nominated: 'Đã tạo đề nghị hỗ trợ (nháp)',
};

/** What an action will do, for the preview's choices. */
export const importActionLabels: Record<string, string> = {
  create: 'Tạo mới',
  update: 'Giữ dữ liệu hiện có, chỉ bổ sung ô trống',
  overwrite: 'Ghi đè bằng giá trị trong tệp',
  skip: 'Bỏ qua',
  transfer: 'Đề nghị chuyển sinh hoạt về đơn vị',
};
