/** Scam types as a row of chip links, e.g. the most reported ones. */
export function ScamTypeChips({ types }: { types: readonly { name: string; url: string }[] }) {
  return (
    <ul className="chip-list">
      {types.map((type) => (
        <li key={type.url}>
          <a href={type.url}>{type.name}</a>
        </li>
      ))}
    </ul>
  );
}
