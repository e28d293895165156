import type { RedFlag } from '@/lib/content/records';
import { site } from '@/lib/site/config';
import { WarningText } from '../WarningText';

/** Anti-intervention flags: a scammer cutting you off from help is the surest sign. */
export function SurestSigns({ flags }: { flags: readonly RedFlag[] }) {
  const surest = flags.filter((flag) => flag.antiIntervention);
  if (surest.length === 0) return null;
  return (
    <aside className="callout callout--danger" aria-labelledby="surest-heading">
      <WarningText as="h2" id="surest-heading">
        最确定的诈骗信号
      </WarningText>
      <ul>
        {surest.map((flag, index) => (
          <li key={index}>
            <strong>{flag.text}</strong>
          </li>
        ))}
      </ul>
      <p>
        让你别接 {site.hotline.number}
        、对家人保密、找个没人的地方、把钱转到“安全账户”、共享屏幕、说出验证码——这些都是骗子自己的动作。真正的警察、银行和平台从不这样做。遇到任何一条，请立即挂断对方的电话，拨打{' '}
        <a href={`tel:${site.hotline.number}`}>{site.hotline.number}</a>。
      </p>
    </aside>
  );
}
