import { uploadRefusals } from '../../testing/multipart';
import type { RouteExample } from '../../testing/route-examples';
import { MultipartBody, unitId } from '../../testing/test-app';
import { qtDialogue } from './dialogues.fixtures';
import { qtPetition } from '../petitions/petitions.fixtures';

// Example calls of this module's routes for the authorization and audit-coverage tests (testing/route-examples.ts).

export const examples: Record<string, RouteExample> = {
  'GET /api/dialogues': {
    as: 'qt.canbo',
    list: true,
    build: async (t) => {
      await qtDialogue(t);
      return { url: '/api/dialogues' };
    },
  },
  'POST /api/dialogues': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: '/api/dialogues',
      body: {
        unitId: await unitId(t, 'LDLD-44'),
        kind: 'may_dialogue',
        title: 'Đối thoại tháng 5',
        host: 'Chủ tịch UBND tỉnh',
        heldOn: '2026-05-20',
      },
    }),
  },
  'GET /api/dialogues/{id}': { as: 'qt.canbo', build: async (t) => ({ url: `/api/dialogues/${await qtDialogue(t)}` }) },
  'PUT /api/dialogues/{id}': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/dialogues/${await qtDialogue(t)}`,
      body: {
        unitId: await unitId(t, 'LDLD-44'),
        kind: 'government',
        title: 'Đối thoại (sửa)',
        host: 'Chủ tịch UBND tỉnh',
        heldOn: '2026-05-21',
        minutes: 'Biên bản',
      },
    }),
  },
  'POST /api/dialogues/{id}/petitions': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/dialogues/${await qtDialogue(t)}/petitions`,
      body: { petitionIds: [await qtPetition(t)] },
    }),
  },
  'POST /api/dialogues/{id}/minutes': {
    as: 'qt.canbo',
    upload: true,
    others: uploadRefusals,
    build: async (t) => ({
      url: `/api/dialogues/${await qtDialogue(t)}/minutes`,
      body: new MultipartBody({ name: 'bien-ban.pdf', content: Buffer.from('%PDF-1.4\n% biên bản\n') }),
    }),
  },
  'GET /api/dialogues/{id}/minutes': {
    as: 'qt.canbo',
    build: async (t) => {
      const id = await qtDialogue(t);
      const key = 'dialogues/2026-11/bien-ban.pdf';
      await t.app.deps.files.put(key, Buffer.from('%PDF-1.4\n'));
      await t.db.pool.query(
        "UPDATE dialogues SET minutes_file_key = $2, minutes_file_name = 'bien-ban.pdf' WHERE id = $1",
        [id, key],
      );
      return { url: `/api/dialogues/${id}/minutes` };
    },
  },
  'GET /api/dialogues/{id}/minutes.docx': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/dialogues/${await qtDialogue(t)}/minutes.docx` }),
  },
  'GET /api/dialogues/{id}/minutes.pdf': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/dialogues/${await qtDialogue(t)}/minutes.pdf` }),
  },
};
