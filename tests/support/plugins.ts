import type { TestClient } from './test-client.ts';

/**
 * Enables a plugin (and what it requires) for the client's company through the API, after starting its
 * trial when it has a price (a plugin without one, or whose trial is unavailable, is enabled as it is).
 */
export async function enablePlugin(client: TestClient, name: string): Promise<void> {
  await client.post(`/api/market/listings/${name}/trial`);
  const response = await client.post(`/api/plugins/${name}/enable`, { withRequirements: true });
  if (response.statusCode !== 200) throw new Error(`enabling ${name} failed: ${response.statusCode} ${response.body}`);
}
