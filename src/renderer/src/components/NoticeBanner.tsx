import { useState } from 'react';

/** Something main says the user must know (a recovered data file, a failed export). */
export function NoticeBanner({ text }: { text: string }) {
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;
  return (
    <div className="notice" role="status">
      <p>{text}</p>
      <button type="button" className="button small quiet" onClick={() => setHidden(true)}>
        Dismiss
      </button>
    </div>
  );
}
