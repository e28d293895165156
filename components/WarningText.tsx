import type { ReactNode } from 'react';

/**
 * GOV.UK "warning text": a "!" icon that screen readers skip, and strong text that they
 * hear as "警告：…", so the warning does not rest on the icon or the bold alone.
 * `as="h2"` (with an id) when the warning heads a section.
 */
export function WarningText({ children, as: Tag = 'p', id }: { children: ReactNode; as?: 'p' | 'h2' | 'h3'; id?: string }) {
  return (
    <Tag id={id} className="warning-text">
      <span className="warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="warning-text__text">
        <span className="visually-hidden">警告：</span>
        {children}
      </strong>
    </Tag>
  );
}
