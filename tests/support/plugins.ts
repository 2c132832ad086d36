import type { TestClient } from './test-client.ts';

/** Enables a plugin (and what it requires) for the client's company through the API. */
export async function enablePlugin(client: TestClient, name: string): Promise<void> {
  const response = await client.post(`/api/plugins/${name}/enable`, { withRequirements: true });
  if (response.statusCode !== 200) throw new Error(`enabling ${name} failed: ${response.statusCode} ${response.body}`);
}
