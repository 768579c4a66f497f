// Indicators an activity can be measured by. Counts and money are whole numbers (money in đồng).
export const indicatorKeys = [
  'dialogues',
  'membersVisited',
  'giftsCount',
  'giftsVnd',
  'housesSupported',
  'participants',
] as const;
export type IndicatorKey = (typeof indicatorKeys)[number];

export const indicatorLabels: Record<IndicatorKey, string> = {
  dialogues: 'Số cuộc đối thoại',
  membersVisited: 'Số đoàn viên được thăm hỏi',
  giftsCount: 'Số suất quà',
  giftsVnd: 'Giá trị quà (đồng)',
  housesSupported: 'Số nhà được hỗ trợ (Mái ấm Công đoàn)',
  participants: 'Số người tham gia',
};

export const campaignKinds = ['workers_month', 'osh_month', 'tet_sum_vay', 'membership_drive', 'other'] as const;
export type CampaignKind = (typeof campaignKinds)[number];

export const campaignKindLabels: Record<CampaignKind, string> = {
  workers_month: 'Tháng Công nhân',
  osh_month: 'Tháng hành động về An toàn, vệ sinh lao động',
  tet_sum_vay: 'Tết sum vầy',
  membership_drive: 'Phát triển đoàn viên',
  other: 'Khác',
};

export const eventKinds = [
  'launch_ceremony',
  'health_check',
  'dialogue',
  'voter_meeting',
  'union_home_groundbreaking',
  'visits_gifts',
  'safe_driving_day',
  'sports_culture',
  'training',
  'other',
] as const;
export type EventKind = (typeof eventKinds)[number];

export const eventKindLabels: Record<EventKind, string> = {
  launch_ceremony: 'Lễ phát động',
  health_check: 'Khám, tư vấn sức khỏe',
  dialogue: 'Đối thoại',
  voter_meeting: 'Tiếp xúc cử tri',
  union_home_groundbreaking: 'Khởi công Mái ấm Công đoàn',
  visits_gifts: 'Thăm hỏi, tặng quà',
  safe_driving_day: 'Ngày hội lái xe an toàn',
  sports_culture: 'Văn hóa, thể thao',
  training: 'Tập huấn',
  other: 'Khác',
};

/** Sum indicator maps key by key (used by rollups in tests and documents). */
export function addIndicators(
  a: Partial<Record<IndicatorKey, number>>,
  b: Partial<Record<IndicatorKey, number>>,
): Partial<Record<IndicatorKey, number>> {
  const out = { ...a };
  for (const k of indicatorKeys) if (b[k] !== undefined) out[k] = (out[k] ?? 0) + b[k];
  return out;
}
