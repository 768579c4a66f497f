// Test fixtures for dialogues, made through the use case (audited, as the app makes them).
import { unitId, type TestApp } from '../../testing/test-app';
import { createDialogue } from './dialogues';

/** A dialogue of LĐLĐ Quảng Trị with the provincial People's Committee. */
export async function qtDialogue(t: TestApp): Promise<number> {
  const d = await createDialogue(await t.systemCtx(), {
    unitId: await unitId(t, 'LDLD-44'),
    kind: 'government',
    title: 'Đối thoại với Chủ tịch UBND',
    host: 'Chủ tịch UBND tỉnh',
    heldOn: '2026-05-15',
  });
  return d.id;
}
