import { transferRequestsErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { transferRequestRoutes } from './transfer-requests.routes';

// A union asks for a member held by another union (from an import, or by hand after MEMBER_ELSEWHERE);
// the holding union accepts (the members module's transfer runs) or refuses.
export const transferRequestsModule = defineModule({
  name: 'transfer-requests',
  description:
    'Đề nghị chuyển sinh hoạt về đơn vị: từ tệp nhập danh sách hoặc theo số CCCD; đơn vị đang quản lý đồng ý hoặc từ chối.',
  routes: [transferRequestRoutes],
  errors: transferRequestsErrors,
  indicators: [],
});
