/** The GET handler of every share-card route: the page's record from the route's params, its card drawn, or 404. */
import { noImage } from './png';

export function cardRoute<Params, Found, Card>(
  find: (params: Params) => Found | undefined,
  card: (found: Found) => Card,
  draw: (card: Card) => Promise<Response>,
) {
  return async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
    const found = find(await params);
    return found ? draw(card(found)) : noImage();
  };
}
