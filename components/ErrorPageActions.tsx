import { paths } from '@/lib/site/urls';

/**
 * The way on from an error page: try again, go home, or call the hotline.
 * The number is written here, not read from lib/site/config: error pages are client code.
 */
export function ErrorPageActions({ reset }: { reset: () => void }) {
  return (
    <>
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          重新加载
        </button>{' '}
        <a href={paths.home()}>返回首页</a>
      </p>
      <p>
        如遇可疑电话或转账要求，请直接拨打反诈专线 <a href="tel:96110">96110</a>。
      </p>
    </>
  );
}
