import type { HelpAction } from '@/lib/fraud/help-actions';

/** Next steps in order; steps with a number are one tap to dial. */
export function ActionList({ actions }: { actions: readonly HelpAction[] }) {
  return (
    <ol className="help-actions">
      {actions.map((action) => (
        <li key={action.id}>
          {action.tel ? (
            <a className="help-tel" href={`tel:${action.tel}`}>
              <span aria-hidden="true">☎ </span>
              {action.text}
            </a>
          ) : (
            action.text
          )}
        </li>
      ))}
    </ol>
  );
}
