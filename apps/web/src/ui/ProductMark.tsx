/** The product's mark: a gold star on union red. */
export function ProductMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="12" fill="#c8102e" />
      <path d="M32 12l5.9 12 13.1 1.9-9.5 9.3 2.2 13.1L32 42.1 20.3 48.3l2.2-13.1-9.5-9.3 13.1-1.9z" fill="#ffd700" />
    </svg>
  );
}
