/** A section that is a heading over a list of short texts; nothing at all when the list is empty. */
export function ListSection({
  id,
  title,
  items,
  ordered = false,
  className,
  listClassName,
}: {
  /** The heading's id, which names the section */
  id: string;
  title: string;
  items: readonly string[];
  /** Numbered, for steps that come in order */
  ordered?: boolean;
  className?: string;
  listClassName?: string;
}) {
  if (!items.length) return null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <section className={className} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <List className={listClassName}>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </List>
    </section>
  );
}
