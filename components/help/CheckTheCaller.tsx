import { site } from '@/lib/site/config';

/**
 * For a resident who mentions 96110, the police or a bank: how to check a caller is
 * genuine. Never "hang up on the police": a 96110 call is the police's last chance to
 * stop a transfer, and a teller's question protects the resident.
 */
export function CheckTheCaller() {
  const { hotline, emergency } = { hotline: site.hotline.number, emergency: site.emergency };
  return (
    <section className="help-check" aria-labelledby="help-check-heading">
      <h3 id="help-check-heading">怎样确认对方是不是真的警察、银行</h3>
      <ul>
        <li>
          <strong>{hotline} 是公安机关的反诈预警专线。</strong>接到 {hotline} 打来的电话，请接听，把民警的话听完。
        </li>
        <li>
          拿不准对方是不是真的警察、法院或银行：先挂断，再<strong>自己拨打</strong> <a href={`tel:${emergency}`}>{emergency}</a> 或{' '}
          <a href={`tel:${hotline}`}>{hotline}</a> 核实；银行就打银行卡背面印的客服电话。不要回拨对方留下的号码。
        </li>
        <li>真的警察不会在电话里办案，不会让您把钱转到“安全账户”，不会要您共享屏幕或说出验证码。</li>
        <li>民警上门、银行工作人员问您转账做什么，是在保护您，请如实告诉他们。</li>
        <li>
          <strong>谁叫您别接 {hotline}、别报警、别告诉家人，谁就是骗子。</strong>
        </li>
      </ul>
    </section>
  );
}
