import { site } from '@/lib/site/config';

/** What the page is and is not, said before anything is asked of the reader. */
export function HelpIntro() {
  return (
    <div className="help-intro">
      <p className="lead">接到可疑的电话、短信或视频？勾选发生的情况，或把对方的话贴进来，对照本报报道过的骗局，看看该怎么办。</p>
      <p>
        <strong>
          这只是对照参考，不能代替反诈专线。拿不准就拨打 <a href={`tel:${site.hotline.number}`}>{site.hotline.number}</a>
          ，已经转账请立即拨打 <a href={`tel:${site.emergency}`}>{site.emergency}</a> 报警。
        </strong>
      </p>
      <p className="help-privacy">
        您填写的内容只用来显示这一次的对照结果，本站不保存、不记录，也不使用
        Cookie。结果页的网址里带有您填写的文字，方便转发给家人；它只留在您自己的浏览记录里。
      </p>
    </div>
  );
}
