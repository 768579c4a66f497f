import { indicatorRegistry, indicatorSource } from './indicators/registry';

/** The registry as the form editor and integrators read it. */
export function indicatorList() {
  return {
    items: [...indicatorRegistry().values()].map((i) => ({
      key: i.key,
      vi: i.vi,
      unit: i.unit,
      aggregation: i.aggregation ?? (i.ratioOf ? 'ratio' : 'sum'),
      source: indicatorSource(i),
    })),
  };
}
