import { datasetKeyParams, datasetList, datasetQuery, datasetResult, datasetView } from '@tessera/schemas/dataset';
import { NotFoundError } from '../../../http/core-errors.ts';
import { availableDatasets, findDataset } from '../../../reports/find-dataset.ts';
import { runDatasetQuery } from '../../../reports/run-dataset-query.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const tags = ['reports'];
const noun = (locale: string) => (locale === 'zh-CN' ? '数据集' : 'dataset');

/** 数据集: what reports are built on (modules' declared data and every published form's submissions). */
export default defineRoutes(async (app) => {
  app.get(
    '/',
    { schema: { tags, summary: 'Datasets the reader may build reports on', response: { 200: datasetList } }, config: { access: 'authenticated' } },
    async (req) => ({ items: await availableDatasets(req) }),
  );

  app.get(
    '/:key',
    {
      schema: { tags, summary: 'A dataset’s fields', params: datasetKeyParams, response: { 200: datasetView } },
      config: { access: 'authenticated' },
    },
    async (req) => {
      const dataset = await findDataset(req, req.params.key);
      if (!dataset) throw new NotFoundError({ resource: noun(req.locale) });
      return {
        key: dataset.key,
        title: dataset.title,
        source: dataset.source,
        fields: dataset.fields.map(({ key, title, type, labels }) => ({ key, title, type, ...(labels ? { labels } : {}) })),
      };
    },
  );

  app.post(
    '/:key/query',
    {
      schema: {
        tags,
        summary: 'Group, filter and aggregate a dataset (under the reader’s data scope)',
        params: datasetKeyParams,
        body: datasetQuery,
        response: { 200: datasetResult },
      },
      config: { access: 'authenticated' },
    },
    async (req) => {
      const dataset = await findDataset(req, req.params.key);
      if (!dataset) throw new NotFoundError({ resource: noun(req.locale) });
      return runDatasetQuery(req, dataset, req.body);
    },
  );
});
