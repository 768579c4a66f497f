import { campaignsErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { campaignRoutes } from './campaigns.routes';
import { seedDemoCampaigns } from './demo-campaigns';
import { campaignReportIndicators } from './report-indicators';

export const campaignsModule = defineModule({
  name: 'campaigns',
  description: 'Phong trào thi đua: kế hoạch, triển khai xuống các cấp, báo cáo và tổng hợp.',
  routes: [campaignRoutes],
  errors: campaignsErrors,
  permissions: {
    'campaign.read': ['federation_admin', 'officer', 'viewer', 'auditor'],
    'campaign.write': ['federation_admin', 'officer'],
  },
  demo: seedDemoCampaigns,
  // What units report per activity; the reports module adds them up by unit and period.
  indicators: [
    { key: 'dialogues', vi: 'Số cuộc đối thoại', en: 'Dialogues held', unit: 'count' },
    { key: 'membersVisited', vi: 'Số đoàn viên được thăm hỏi', en: 'Members visited', unit: 'count' },
    { key: 'giftsCount', vi: 'Số suất quà', en: 'Gifts given', unit: 'count' },
    { key: 'giftsVnd', vi: 'Giá trị quà (đồng)', en: 'Value of gifts (VND)', unit: 'vnd' },
    { key: 'housesSupported', vi: 'Số nhà được hỗ trợ (Mái ấm Công đoàn)', en: 'Houses supported', unit: 'count' },
    { key: 'participants', vi: 'Số người tham gia', en: 'Participants', unit: 'count' },
    ...campaignReportIndicators,
  ],
});
