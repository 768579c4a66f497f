// The members screens, loaded together when one of them is first opened.
export { MembersPage } from './MembersPage';
export { MemberPage } from './MemberPage';
export { TransfersPage } from './TransfersPage';
export { TargetsPage } from './TargetsPage';
export { DuplicatesPage } from './DuplicatesPage';
export { VerifyCardPage } from './VerifyCardPage';
