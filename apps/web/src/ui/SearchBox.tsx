import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { Input } from 'antd';
import { SEARCH_DEBOUNCE_MS } from './use-debounced';

interface Props {
  /** The search in effect (e.g. from the URL); the box follows it when it changes elsewhere. */
  value: string;
  /** Called with the trimmed text once typing pauses, at once on Enter or when cleared. */
  onSearch: (q: string) => void;
  placeholder?: string;
  style?: CSSProperties;
  'data-testid'?: string;
}

/** The search box of a list: searches as you type (debounced); Enter still searches at once. */
export function SearchBox({ value, onSearch, placeholder, style, ...rest }: Props) {
  const [text, setText] = useState(value);
  const last = useRef(value.trim());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    // a search set elsewhere (reset button, back navigation) shows in the box
    if (value.trim() !== last.current) {
      last.current = value.trim();
      setText(value);
    }
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const run = (raw: string) => {
    clearTimeout(timer.current);
    const q = raw.trim();
    if (q === last.current) return;
    last.current = q;
    onSearch(q);
  };
  return (
    <Input.Search
      allowClear
      value={text}
      placeholder={placeholder}
      style={style}
      data-testid={rest['data-testid']}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        clearTimeout(timer.current);
        if (!next) run('');
        else timer.current = setTimeout(() => run(next), SEARCH_DEBOUNCE_MS);
      }}
      onSearch={run}
    />
  );
}
