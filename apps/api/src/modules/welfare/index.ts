// What other modules may use from the welfare module.
export { welfareIndicatorList } from './indicators';
