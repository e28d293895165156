/**
 * What to do now, by whether money or a code has already gone. After a transfer the
 * police (110) come first, because the bank can only stop a payment while it is still
 * moving, and the freeze and the evidence follow. When the resident has not said, both
 * sets show, after-payment first: reading the wrong one costs less that way round.
 * These are fixed advice, not content: they hold for every kind of scam.
 */
import type { MoneyState } from './money-state';

export interface HelpAction {
  id: 'call-hotline' | 'hang-up' | 'do-not-pay' | 'call-police' | 'keep-evidence' | 'freeze-account';
  text: string;
  /** Number to dial; the page renders the whole action as a tel: link */
  tel?: string;
}

export interface ActionSet {
  when: 'gone' | 'not-yet';
  title: string;
  actions: HelpAction[];
}

export interface Numbers {
  /** Anti-fraud hotline, 96110 */
  hotline: string;
  /** Police, 110 */
  emergency: string;
}

function afterPayment(numbers: Numbers): HelpAction[] {
  return [
    { id: 'call-police', text: `立即拨打 ${numbers.emergency} 报警，说清楚钱转给了谁、转了多少、什么时候转的`, tel: numbers.emergency },
    {
      id: 'freeze-account',
      text: '马上打开户银行的客服电话或到柜台，申请紧急止付、冻结这笔钱；说过验证码或共享过屏幕的，同时冻结银行卡，修改支付密码和网银密码',
    },
    { id: 'keep-evidence', text: '保存聊天记录、通话记录、转账凭证和对方的账号、电话号码，不要删除，也不要再和对方联系' },
    { id: 'call-hotline', text: `需要咨询，也可以拨打反诈专线 ${numbers.hotline}`, tel: numbers.hotline },
  ];
}

function beforePayment(numbers: Numbers): HelpAction[] {
  return [
    { id: 'call-hotline', text: `拨打反诈专线 ${numbers.hotline} 咨询`, tel: numbers.hotline },
    { id: 'hang-up', text: `挂断可疑电话，停止和对方聊天；${numbers.hotline} 打来的反诈预警电话除外，请接听` },
    { id: 'do-not-pay', text: '不转账、不说验证码、不共享屏幕，不下载对方让装的软件' },
  ];
}

export function actionSets(state: MoneyState, numbers: Numbers): ActionSet[] {
  const after = (title: string): ActionSet => ({ when: 'gone', title, actions: afterPayment(numbers) });
  const before = (title: string): ActionSet => ({ when: 'not-yet', title, actions: beforePayment(numbers) });
  if (state === 'gone') return [after('钱或验证码已经给出去了：马上这样做')];
  if (state === 'not-yet') return [before('现在就这样做')];
  return [after('如果钱或验证码已经给出去了：马上这样做'), before('如果还没有：现在就这样做')];
}
