import type { Metadata } from 'next';
import { listCases, listScamTypes, listSituations, listSurestSigns } from '@/lib/content/queries';
import { helpFor } from '@/lib/fraud/help';
import { HELP_PATH, parseHelpRequest, type SearchParams } from '@/lib/fraud/help-request';
import { signCatalogue } from '@/lib/fraud/help-signs';
import { helpSuggestion } from '@/lib/fraud/help-suggestion';
import { pageMetadata } from '@/lib/seo/metadata';
import { shareImages } from '@/lib/share/images';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { DidYouMean } from '@/components/DidYouMean';
import { HotlineCallout } from '@/components/HotlineCallout';
import { HelpForm } from '@/components/help/HelpForm';
import { HelpIntro } from '@/components/help/HelpIntro';
import { HelpResultView } from '@/components/help/HelpResultView';
import { SituationList } from '@/components/help/SituationList';
import './help.css';

type Props = { searchParams: Promise<SearchParams> };

// Every answer is computed from its request (its canonical address, see proxy.ts); Next
// never stores it. Sealed by server.ts, nginx may share one answer for a few seconds.
export const dynamic = 'force-dynamic';

const TITLE = '我该怎么办：接到可疑电话，对照看看';
const DESCRIPTION = '勾选发生的情况或粘贴对方的话，对照常见电信诈骗的识别信号和真实案例，看看现在该怎么办。';

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const request = parseHelpRequest(await searchParams);
  const metadata = pageMetadata({ title: TITLE, description: DESCRIPTION, path: HELP_PATH, image: shareImages.help() });
  // A result page carries what the resident typed: keep it out of search engines and
  // out of the Referer header of any link followed from it.
  return request.submitted ? { ...metadata, robots: { index: false }, referrer: 'no-referrer' } : metadata;
}

export default async function HelpPage({ searchParams }: Props) {
  const request = parseHelpRequest(await searchParams);
  const scamTypes = listScamTypes();
  const surestSigns = listSurestSigns();
  const catalogue = signCatalogue(scamTypes, surestSigns);
  const content = { scamTypes, cases: listCases(), surestSigns, situations: listSituations() };
  const result = request.submitted ? helpFor(content, request) : undefined;
  const suggestion = result ? helpSuggestion(content, result) : undefined;
  const trail = [{ name: '我该怎么办', path: HELP_PATH }];
  return (
    <>
      <Breadcrumbs trail={trail} />
      <div className="help">
        <h1>我该怎么办</h1>
        <HelpIntro />
        {result ? <HelpResultView result={result} /> : null}
        {/* After the answer: its warning and what to do now come first, whatever the wording. */}
        {suggestion ? <DidYouMean label={suggestion.terms.join('、')} href={suggestion.href} /> : null}
        <section aria-labelledby="help-form-heading">
          <h2 id="help-form-heading">{result ? '补充情况，再对照一次' : '对照看看'}</h2>
          <HelpForm groups={catalogue.groups} request={request} ticked={result?.tickedSigns ?? []} />
        </section>
        <SituationList id="situations-heading" title="已经发生了？按情况看怎么办" items={content.situations.map((situation) => ({ situation }))} />
        <HotlineCallout />
      </div>
    </>
  );
}
