// The demo confederation: three provincial federations with their real 2025 codes and names
// (reference/vn-admin-units), commune/ward unions named after real 2025 communes, and fictional
// grassroots unions. Later issues add members and activity.
import type { OrgUnitKind, Role } from '@congdoan/domain';

export type DemoUnit = {
  code: string;
  name: string;
  shortName?: string;
  kind: OrgUnitKind;
  subkind?: string;
  children?: DemoUnit[];
};

const gr = (
  code: string,
  name: string,
  subkind: 'enterprise' | 'public_unit' | 'nghiep_doan' = 'enterprise',
): DemoUnit => ({
  code,
  name,
  kind: 'grassroots_union',
  subkind,
});

const commune = (communeCode: string, fullName: string, children: DemoUnit[]): DemoUnit => ({
  code: `CDX-${communeCode}`,
  name: `Công đoàn ${fullName.replace(/^Xã/, 'xã').replace(/^Phường/, 'phường')}`,
  kind: 'upper_union',
  subkind: 'commune_union',
  children,
});

export const demoTree: DemoUnit = {
  code: 'TLD',
  name: 'Tổng Liên đoàn Lao động Việt Nam',
  shortName: 'TLĐ',
  kind: 'confederation',
  children: [
    {
      code: 'LDLD-44',
      name: 'Liên đoàn Lao động tỉnh Quảng Trị',
      shortName: 'LĐLĐ Quảng Trị',
      kind: 'provincial_federation',
      children: [
        commune('19333', 'Phường Đông Hà', [
          gr('QT-0001', 'CĐCS Công ty Cổ phần Thương mại Đông Hà'),
          gr('QT-0002', 'CĐCS Trường THPT Lê Lợi', 'public_unit'),
          gr('QT-0003', 'CĐCS Bệnh viện Đa khoa tỉnh Quảng Trị', 'public_unit'),
        ]),
        commune('19351', 'Phường Nam Đông Hà', [
          gr('QT-0004', 'CĐCS Công ty TNHH Xây dựng Nam Đông Hà'),
          gr('QT-0005', 'CĐCS Trường Tiểu học Nam Đông Hà', 'public_unit'),
        ]),
        commune('19429', 'Xã Khe Sanh', [
          gr('QT-0006', 'CĐCS Công ty Cà phê Khe Sanh'),
          gr('QT-0007', 'CĐCS Trung tâm Y tế khu vực Hướng Hóa', 'public_unit'),
        ]),
        commune('19432', 'Xã Lao Bảo', [gr('QT-0008', 'CĐCS Công ty TNHH Thương mại Cửa khẩu Lao Bảo')]),
        {
          code: 'KCN-NDH',
          name: 'Công đoàn Khu công nghiệp Nam Đông Hà',
          kind: 'upper_union',
          subkind: 'industrial_zone_union',
          children: [
            gr('QT-0101', 'CĐCS Công ty TNHH May Hòa Thọ Đông Hà'),
            gr('QT-0102', 'CĐCS Công ty Cổ phần Gỗ MDF Quảng Trị'),
            gr('QT-0103', 'CĐCS Công ty TNHH Điện tử Quảng Trị (FDI)'),
            gr('QT-0104', 'CĐCS Công ty Cổ phần Sợi Quảng Trị'),
          ],
        },
      ],
    },
    {
      code: 'LDLD-15',
      name: 'Liên đoàn Lao động tỉnh Lào Cai',
      shortName: 'LĐLĐ Lào Cai',
      kind: 'provincial_federation',
      children: [
        commune('02647', 'Phường Lào Cai', [
          gr('LC-0001', 'CĐCS Công ty Apatit Việt Nam'),
          gr('LC-0002', 'CĐCS Bệnh viện Đa khoa tỉnh Lào Cai', 'public_unit'),
        ]),
        commune('02671', 'Phường Cam Đường', [
          gr('LC-0003', 'CĐCS Công ty Cổ phần Hóa chất Cam Đường'),
          gr('LC-0004', 'CĐCS Trường THPT số 2 Lào Cai', 'public_unit'),
        ]),
        commune('03006', 'Phường Sa Pa', [
          gr('LC-0005', 'CĐCS Công ty Cổ phần Du lịch Sa Pa'),
          gr('LC-0006', 'Nghiệp đoàn Hướng dẫn viên du lịch Sa Pa', 'nghiep_doan'),
        ]),
        commune('04252', 'Phường Yên Bái', [gr('LC-0007', 'CĐCS Công ty TNHH Chế biến Nông sản Yên Bái')]),
      ],
    },
    {
      code: 'LDLD-40',
      name: 'Liên đoàn Lao động tỉnh Nghệ An',
      shortName: 'LĐLĐ Nghệ An',
      kind: 'provincial_federation',
      children: [
        commune('16681', 'Phường Thành Vinh', [
          gr('NA-0001', 'CĐCS Công ty Cổ phần Cấp nước Nghệ An'),
          gr('NA-0002', 'CĐCS Bệnh viện Hữu nghị Đa khoa Nghệ An', 'public_unit'),
        ]),
        commune('16690', 'Phường Trường Vinh', [gr('NA-0003', 'CĐCS Công ty TNHH May Minh Anh Vinh')]),
        commune('16732', 'Phường Cửa Lò', [
          gr('NA-0004', 'CĐCS Công ty Cổ phần Du lịch Cửa Lò'),
          gr('NA-0005', 'Nghiệp đoàn Nghề cá Cửa Lò', 'nghiep_doan'),
        ]),
        {
          code: 'CDN-GD-40',
          name: 'Công đoàn ngành Giáo dục tỉnh Nghệ An',
          kind: 'upper_union',
          subkind: 'local_industry_union',
          children: [
            gr('NA-0101', 'CĐCS Trường THPT chuyên Phan Bội Châu', 'public_unit'),
            gr('NA-0102', 'CĐCS Trường THPT Huỳnh Thúc Kháng', 'public_unit'),
            gr('NA-0103', 'CĐCS Trường Cao đẳng Kỹ thuật Việt Đức Nghệ An', 'public_unit'),
            gr('NA-0104', 'CĐCS Trường Mầm non Hoa Hồng', 'public_unit'),
          ],
        },
      ],
    },
  ],
};

/** One demo account per role; all share the one-time password printed at first start. */
export const demoAccounts: { username: string; displayName: string; role: Role; unitCode: string }[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'system_admin', unitCode: 'TLD' },
  { username: 'qt.quantri', displayName: 'Nguyễn Văn Hùng', role: 'federation_admin', unitCode: 'LDLD-44' },
  { username: 'qt.canbo', displayName: 'Trần Thị Hoa', role: 'officer', unitCode: 'LDLD-44' },
  { username: 'na.xem', displayName: 'Lê Minh Tuấn', role: 'viewer', unitCode: 'LDLD-40' },
  { username: 'kiemtra', displayName: 'Phạm Thu Hà', role: 'auditor', unitCode: 'TLD' },
];
