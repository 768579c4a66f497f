import { uploadRefusals } from '../../testing/multipart';
import type { RouteExample } from '../../testing/route-examples';
import { MultipartBody, unitId } from '../../testing/test-app';
import { sampleDraftDocx } from '../draft-laws/sample-docx';
import { qtDraftLaw } from './draft-laws.fixtures';

// Example calls of this module's routes for the authorization and audit-coverage tests (testing/route-examples.ts).

export const examples: Record<string, RouteExample> = {
  'GET /api/draft-laws': {
    as: 'qt.canbo',
    list: true,
    build: async (t) => {
      await qtDraftLaw(t);
      return { url: '/api/draft-laws' };
    },
  },
  'POST /api/draft-laws': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: '/api/draft-laws',
      body: {
        unitId: await unitId(t, 'LDLD-44'),
        title: 'Dự thảo Luật Bảo hiểm xã hội (sửa đổi)',
        opensOn: '2026-01-01',
        closesOn: '2030-12-31',
        articles: [{ chapter: 'Chương I', number: 1, title: 'Phạm vi điều chỉnh', body: 'Luật này quy định…' }],
      },
    }),
  },
  'POST /api/draft-laws/import': {
    as: 'qt.canbo',
    upload: true,
    others: uploadRefusals,
    build: async (t) => ({
      url: `/api/draft-laws/import?unitId=${await unitId(t, 'LDLD-44')}&title=Du%20thao&opensOn=2026-01-01&closesOn=2030-12-31`,
      body: new MultipartBody({ name: 'du-thao.docx', content: await sampleDraftDocx() }),
    }),
  },
  'GET /api/draft-laws/{id}': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/draft-laws/${(await qtDraftLaw(t)).id}` }),
  },
  'POST /api/draft-laws/{id}/opinions': {
    as: 'qt.canbo',
    build: async (t) => {
      const law = await qtDraftLaw(t);
      return {
        url: `/api/draft-laws/${law.id}/opinions`,
        body: { articleId: law.articleId, unitId: await unitId(t, 'CDX-19429'), content: 'Đề nghị bổ sung…' },
      };
    },
  },
  'GET /api/draft-laws/{id}/summary.docx': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/draft-laws/${(await qtDraftLaw(t)).id}/summary.docx` }),
  },
  'GET /api/draft-laws/{id}/summary.pdf': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/draft-laws/${(await qtDraftLaw(t)).id}/summary.pdf` }),
  },
};
