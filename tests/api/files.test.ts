import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InvitedMember, inviteMember } from '../support/members.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany, type TestClient } from '../support/test-client.ts';

let t: TestApp;
let admin: SignedUp;
let member: InvitedMember;
let other: SignedUp;

beforeAll(async () => {
  t = await createTestApp(import.meta.filename);
  admin = await signUpCompany(t.app);
  member = await inviteMember(admin.client, 'member', '门店小张');
  other = await signUpCompany(t.app, '另一家公司');
});
afterAll(() => t.close());

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function multipart(name: string, bytes: Buffer, declaredType = 'application/octet-stream') {
  const boundary = '----tessera-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${declaredType}\r\n\r\n`,
  );
  return { payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

const upload = (client: TestClient, name: string, bytes: Buffer, declaredType?: string) => {
  const body = multipart(name, bytes, declaredType);
  return client.request('POST', '/api/files', body.payload, { 'content-type': body.contentType });
};

async function uploaded(client: TestClient, name: string, bytes: Buffer): Promise<string> {
  const response = await upload(client, name, bytes);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

async function fileCount(): Promise<number> {
  const owner = new pg.Client({ connectionString: t.ownerUrl });
  await owner.connect();
  try {
    return (await owner.query<{ n: number }>('SELECT count(*)::int AS n FROM files')).rows[0]?.n ?? 0;
  } finally {
    await owner.end();
  }
}

describe('uploading and downloading', () => {
  it('stores a png with the type its bytes show and serves it inline, nosniff, private', async () => {
    const response = await upload(member.client, '门店照片.png', png, 'text/html');
    expect(response.statusCode, response.body).toBe(201);
    const view = response.json<{ id: string; url: string }>();
    expect(view).toMatchObject({ name: '门店照片.png', contentType: 'image/png', size: png.length, url: `/api/files/${view.id}` });

    const download = await member.client.get(view.url);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['cache-control']).toMatch(/^private/);
    expect(download.headers['content-disposition']).toMatch(/^inline; /);
    expect(download.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('门店照片.png')}`);
    expect(download.rawPayload.equals(png)).toBe(true);
    expect((await admin.client.get(`${view.url}/info`)).json()).toMatchObject({ name: '门店照片.png', contentType: 'image/png' });
  });

  it('serves a pdf as an attachment', async () => {
    const id = await uploaded(admin.client, '合同;v2.pdf', pdf);
    const download = await member.client.get(`/api/files/${id}`);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="___v2.pdf"; filename*=UTF-8''${encodeURIComponent('合同;v2.pdf')}`);
    expect(download.rawPayload.equals(pdf)).toBe(true);
  });

  it('accepts csv and txt only as plain text under their own names', async () => {
    const csv = await upload(member.client, 'stores.csv', Buffer.from('门店,客流\n南京西路店,120\n'));
    expect(csv.json()).toMatchObject({ contentType: 'text/csv' });
    const download = await member.client.get(`/api/files/${csv.json().id}`);
    expect(download.headers['content-disposition']).toMatch(/^attachment; /);
    expect((await upload(member.client, 'notes.txt', Buffer.from('<html><script>alert(1)</script></html>'))).statusCode).toBe(415);
  });

  it('refuses disguised and unlisted types with 415, storing nothing', async () => {
    const before = await fileCount();
    const html = await upload(member.client, 'photo.png', Buffer.from('<!doctype html><script>alert(document.cookie)</script>'), 'image/png');
    expect(html.statusCode).toBe(415);
    expect(html.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(html.json()).toMatchObject({ code: 'file-type-not-allowed' });
    const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect((await upload(member.client, 'logo.svg', svg, 'image/svg+xml')).statusCode).toBe(415);
    const zip = Buffer.from('504b0304140000000000000000000000000000000000000000000000000000', 'hex');
    expect((await upload(member.client, 'archive.zip', zip)).statusCode).toBe(415);
    expect(await fileCount()).toBe(before);
  });

  it('refuses a file over 10 MB with 413 and an empty or missing file with 400', async () => {
    const big = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]);
    const tooLarge = await upload(member.client, 'big.png', big);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({ code: 'file-too-large' });
    expect((await upload(member.client, 'empty.png', Buffer.alloc(0))).json()).toMatchObject({ code: 'file-missing' });
    expect((await member.client.post('/api/files', { name: 'x' })).statusCode).toBe(400);
  });

  it('keeps files per company: another company gets 404', async () => {
    const id = await uploaded(admin.client, 'plan.pdf', pdf);
    expect((await other.client.get(`/api/files/${id}`)).statusCode).toBe(404);
    expect((await other.client.get(`/api/files/${id}/info`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/files/${id}` })).statusCode).toBe(401);
  });

  it('does not parse multipart bodies on other routes', async () => {
    const body = multipart('a.png', png);
    const response = await admin.client.request('POST', '/api/forms', body.payload, { 'content-type': body.contentType });
    expect(response.statusCode).toBe(415);
  });
});

describe('file fields in form submissions', () => {
  const fileField = { type: 'string', format: 'uuid', 'x-widget': 'file' };
  const schema = {
    type: 'object',
    required: ['store'],
    properties: {
      store: { type: 'string', maxLength: 60 },
      contract: fileField,
      photos: { type: 'array', maxItems: 10, items: { ...fileField, 'x-widget': 'image' } },
    },
    additionalProperties: false,
  };

  async function publishedForm(): Promise<string> {
    const created = await admin.client.post('/api/forms', { title: '门店巡检（附件）', schema });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    expect((await admin.client.post(`/api/forms/${id}/publish`)).statusCode).toBe(201);
    return id;
  }
  const submissionCount = async (formId: string) => (await admin.client.get(`/api/forms/${formId}/submissions`)).json<{ total: number }>().total;

  it('accepts files of the company and refuses missing or foreign ids with pointers, storing nothing', async () => {
    const formId = await publishedForm();
    const contract = await uploaded(member.client, 'contract.pdf', pdf);
    const photo = await uploaded(member.client, 'shop.png', png);
    const foreign = await uploaded(other.client, 'theirs.png', png);
    const missing = '01900000-0000-7000-8000-000000000000';

    const ok = await member.client.post(`/api/forms/${formId}/submissions`, { data: { store: '徐家汇店', contract, photos: [photo] } });
    expect(ok.statusCode, ok.body).toBe(201);

    const refused = await member.client.post(`/api/forms/${formId}/submissions`, {
      data: { store: '静安店', contract: missing, photos: [photo, foreign] },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('validation-failed');
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/data/contract', code: 'file-not-found' }),
      expect.objectContaining({ pointer: '/body/data/photos/1', code: 'file-not-found' }),
    ]);
    expect(await submissionCount(formId)).toBe(1);

    const submissionId = ok.json<{ id: string }>().id;
    const update = await admin.client.patch(`/api/forms/${formId}/submissions/${submissionId}`, { data: { store: '徐家汇店', contract: foreign } });
    expect(update.statusCode).toBe(400);
    expect(update.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/body/data/contract']);
  });
});
