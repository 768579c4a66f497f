import type { CampaignRollup } from '../contracts/campaigns';

export type CampaignProgress = {
  /** What is counted: the copies issued below, or (a copy with none below) its own activities. */
  of: 'units' | 'activities';
  reported: number;
  total: number;
  /** Share reported, 0..1; 0 when there is nothing to report. */
  ratio: number;
};

/**
 * The one progress figure of a campaign copy, shown by the page, the .xlsx and the .docx alike. A grassroots
 * copy has no units below it, so it counts its own activities instead of reading "100 %" beside "0/0 units".
 */
export function campaignProgress(r: Pick<CampaignRollup, 'unitsIssued' | 'unitsReported' | 'own'>): CampaignProgress {
  const [of, reported, total] =
    r.unitsIssued > 0
      ? (['units', r.unitsReported, r.unitsIssued] as const)
      : (['activities', r.own.reportedActivities, r.own.activities] as const);
  return { of, reported, total, ratio: total > 0 ? reported / total : 0 };
}
