// What other modules may use from the welfare module.
export { welfareIndicators, welfareIndicatorList } from './indicators';
