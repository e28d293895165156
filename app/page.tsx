import Link from 'next/link';
import { listCases, listScamTypes, listStories } from '@/lib/content/queries';
import { StoryList } from '@/components/StoryList';
import { CaseList } from '@/components/CaseList';
import { HotlineCallout } from '@/components/HotlineCallout';
import { site } from '@/lib/site/config';

export default function HomePage() {
  const stories = listStories();
  const cases = listCases().slice(0, 5);
  const scamTypes = listScamTypes();
  return (
    <>
      <h1 className="visually-hidden">{site.name}</h1>
      <div className="home">
        <section className="home__stories" aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="block-heading">
            最新稿件
          </h2>
          <StoryList stories={stories} headingLevel={3} />
        </section>
        <section className="home__antifraud" aria-labelledby="antifraud-heading">
          <h2 id="antifraud-heading" className="block-heading">
            反诈骗
          </h2>
          <HotlineCallout />
          <h3>最新案例</h3>
          <CaseList cases={cases} />
          <h3>常见骗局</h3>
          <ul className="chip-list">
            {scamTypes.map((scamType) => (
              <li key={scamType.slug}>
                <Link href={`/scams/${scamType.slug}`}>{scamType.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
