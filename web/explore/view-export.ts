// The download links export the view on screen: its node and relationship ids go to the server
// (POST /export/<file>), which reads them from the graph with all their evidence, and the file
// comes back as a download named for what it holds.

import { apiFetch } from './api';

export async function downloadView(
  file: string,
  shape: string | null,
  view: { nodes: string[]; edges: Array<{ id: string; source: string; target: string }> },
): Promise<void> {
  const response = await apiFetch(`/export/${file}${shape ? `?shape=${shape}` : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(view),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    } | null;
    const error = body?.errors?.[0];
    throw new Error(
      `${error?.extensions?.code ?? response.status}: ${error?.message ?? 'export failed'}`,
    );
  }
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
    `parley-view-${file}`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
