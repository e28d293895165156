/**
 * What to do now, by whether money has already gone. The anti-fraud hotline always
 * comes first: it is the one step that helps in every state. After a transfer the
 * police (110) come right after it, because the bank can only stop a payment while it
 * is still moving, and the evidence and the freeze request follow.
 * These are fixed advice, not content: they hold for every kind of scam.
 */
import type { Paid } from './help-request';

export interface HelpAction {
  id: 'call-hotline' | 'hang-up' | 'do-not-pay' | 'call-police' | 'keep-evidence' | 'freeze-account';
  text: string;
  /** Number to dial; the page renders the whole action as a tel: link */
  tel?: string;
}

export interface Numbers {
  /** Anti-fraud hotline, 96110 */
  hotline: string;
  /** Police, 110 */
  emergency: string;
}

export function nextActions(paid: Paid, numbers: Numbers): HelpAction[] {
  if (paid === 'yes') {
    return [
      { id: 'call-hotline', text: `拨打反诈专线 ${numbers.hotline}（可与报警同时进行）`, tel: numbers.hotline },
      { id: 'call-police', text: `立即拨打 ${numbers.emergency} 报警`, tel: numbers.emergency },
      { id: 'keep-evidence', text: '保存聊天记录、转账凭证和对方的账号、电话号码，不要删除' },
      { id: 'freeze-account', text: '马上联系自己的开户银行，申请冻结、止付这笔转账' },
    ];
  }
  return [
    { id: 'call-hotline', text: `拨打反诈专线 ${numbers.hotline} 咨询`, tel: numbers.hotline },
    { id: 'hang-up', text: '立即挂断电话，停止和对方聊天' },
    { id: 'do-not-pay', text: '不转账、不说验证码、不共享屏幕，不下载对方让装的软件' },
  ];
}
