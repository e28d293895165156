/** What the real institution (police, bank, platform) never does: on every case page,
 *  scam-type page and helper result whose type lists it. Nothing when the list is empty. */
export const NEVER_DO_TITLE = '记住：真正的机构绝不会';

export function NeverDo({
  items,
  as = 'section',
  id = 'never-heading',
}: {
  items: readonly string[];
  /** A page section with its own heading, or a part of a helper result under a subhead */
  as?: 'section' | 'subhead';
  /** The heading's id, for a section */
  id?: string;
}) {
  if (!items.length) return null;
  const list = (
    <ul className="never-do__list">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
  if (as === 'subhead') {
    return (
      <div className="never-do never-do--subhead">
        <p className="help-subhead">{NEVER_DO_TITLE}</p>
        {list}
      </div>
    );
  }
  return (
    <section className="never-do" aria-labelledby={id}>
      <h2 id={id}>{NEVER_DO_TITLE}</h2>
      {list}
    </section>
  );
}
