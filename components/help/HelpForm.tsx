import type { HelpRequest, Paid } from '@/lib/fraud/help-request';
import { HELP_PATH, MAX_TEXT_CHARS } from '@/lib/fraud/help-request';
import type { HelpSign, SignGroup } from '@/lib/fraud/help-signs';

/** "说不清" is a real answer, and the default: nothing is assumed about money already gone. */
const PAID_CHOICES: { value: Paid; label: string }[] = [
  { value: 'unknown', label: '说不清，或者不想说' },
  { value: 'no', label: '还没有' },
  { value: 'yes', label: '已经转账、付款，或者说了验证码' },
];

/**
 * A plain GET form, so it works with JavaScript off and a result is a link one can
 * send to family. The text box comes first so `q` leads the address. Sending jumps
 * to the answer (#result).
 */
export function HelpForm({ groups, request, ticked }: { groups: readonly SignGroup[]; request: HelpRequest; ticked: readonly HelpSign[] }) {
  const checked = new Set(ticked.map((sign) => sign.id));
  return (
    <form className="help-form" action={`${HELP_PATH}#result`} method="get">
      <div className="help-field">
        <label htmlFor="help-q" className="help-label">
          对方是怎么说的？
        </label>
        <p id="help-q-hint" className="help-hint">
          可以把对方的原话、短信或聊天内容粘贴进来，最多 {MAX_TEXT_CHARS} 字。
        </p>
        <textarea id="help-q" name="q" rows={4} defaultValue={request.text} aria-describedby="help-q-hint" className="text-field" />
      </div>

      <fieldset className="help-signs">
        <legend className="help-label">发生了下面的情况吗？（可多选）</legend>
        {groups.map((group) => (
          <fieldset key={group.key} className={group.key === 'surest' ? 'help-group help-group--surest' : 'help-group'}>
            <legend>{group.title}</legend>
            <ul className="help-options">
              {group.signs.map((sign) => (
                <li key={sign.id}>
                  <label className="help-option">
                    <input type="checkbox" name="s" value={sign.id} defaultChecked={checked.has(sign.id)} />
                    <span>{sign.text}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </fieldset>

      <fieldset className="help-paid">
        <legend className="help-label">钱或验证码已经给出去了吗？</legend>
        <ul className="help-options">
          {PAID_CHOICES.map((choice) => (
            <li key={choice.value}>
              <label className="help-option">
                <input type="radio" name="paid" value={choice.value} defaultChecked={request.paid === choice.value} />
                <span>{choice.label}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <button type="submit" className="button help-submit">
        看看我该怎么办
      </button>
    </form>
  );
}
