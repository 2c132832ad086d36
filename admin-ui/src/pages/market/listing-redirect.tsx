import { Navigate, useParams } from 'react-router';
import { listingPath, marketPath } from './market-paths.ts';

/** `/market/<plugin>` goes to the listing's page, `/market/listings/<plugin>`. */
export default function ListingRedirect() {
  const { plugin } = useParams();
  return <Navigate to={plugin ? listingPath(plugin) : marketPath} replace />;
}
