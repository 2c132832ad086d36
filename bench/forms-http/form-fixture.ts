/**
 * The form `npm run bench:forms-http` submits: 40 fields (35 top-level and a nested section of 5) of
 * text, integers, money in integer fen, dates, option-set selects (`x-options`, one of them a cascader
 * over a hierarchical set) and booleans, all required, with one valid submission every request sends.
 */

type Json = Record<string, unknown>;

interface BenchOption {
  value: string;
  zh: string;
  en: string;
  parent?: string;
}

export interface BenchOptionSet {
  key: string;
  name: { 'zh-CN': string; 'en-US': string };
  /** Parents before their children, as the API needs them. */
  options: readonly BenchOption[];
}

export const channelSet: BenchOptionSet = {
  key: 'bench-channels',
  name: { 'zh-CN': '渠道', 'en-US': 'Channels' },
  options: [
    { value: 'store', zh: '门店', en: 'Store' },
    { value: 'online', zh: '线上商城', en: 'Online shop' },
    { value: 'wechat', zh: '微信小程序', en: 'WeChat mini program' },
    { value: 'dealer', zh: '经销商', en: 'Dealer' },
    { value: 'phone', zh: '电话', en: 'Phone' },
    { value: 'event', zh: '展会', en: 'Trade fair' },
  ],
};

export const regionSet: BenchOptionSet = {
  key: 'bench-regions',
  name: { 'zh-CN': '销售区域', 'en-US': 'Sales regions' },
  options: [
    { value: 'east', zh: '华东', en: 'East' },
    { value: 'shanghai', zh: '上海', en: 'Shanghai', parent: 'east' },
    { value: 'pudong', zh: '浦东', en: 'Pudong', parent: 'shanghai' },
    { value: 'minhang', zh: '闵行', en: 'Minhang', parent: 'shanghai' },
    { value: 'jiangsu', zh: '江苏', en: 'Jiangsu', parent: 'east' },
    { value: 'nanjing', zh: '南京', en: 'Nanjing', parent: 'jiangsu' },
    { value: 'suzhou', zh: '苏州', en: 'Suzhou', parent: 'jiangsu' },
    { value: 'south', zh: '华南', en: 'South' },
    { value: 'guangdong', zh: '广东', en: 'Guangdong', parent: 'south' },
    { value: 'guangzhou', zh: '广州', en: 'Guangzhou', parent: 'guangdong' },
    { value: 'shenzhen', zh: '深圳', en: 'Shenzhen', parent: 'guangdong' },
  ],
};

export const benchOptionSets: readonly BenchOptionSet[] = [channelSet, regionSet];

const kinds = ['text', 'integer', 'money', 'date', 'select', 'boolean'] as const;
const topLevelFields = 35;

function field(kind: (typeof kinds)[number], index: number): { schema: Json; value: unknown } {
  const title = `字段 ${index + 1}`;
  switch (kind) {
    case 'text':
      return {
        schema: { type: 'string', title, minLength: 1, maxLength: 60, pattern: '^[\\p{L}\\p{N} -]+$' },
        value: `门店备注 ${index}`,
      };
    case 'integer':
      return { schema: { type: 'integer', title, minimum: 0, maximum: 1_000_000 }, value: index * 10 };
    case 'money':
      return {
        schema: { type: 'integer', title: `${title}（分）`, minimum: 0, maximum: 100_000_000_00 },
        value: 1999_00 + index,
      };
    case 'date':
      return { schema: { type: 'string', title, format: 'date' }, value: '2026-11-24' };
    case 'select':
      return {
        schema: { type: 'string', title, 'x-options': channelSet.key },
        value: channelSet.options[index % channelSet.options.length]?.value,
      };
    case 'boolean':
      return { schema: { type: 'boolean', title }, value: index % 2 === 0 };
  }
}

function buildForm(): { schema: Json; data: Json; fieldCount: number } {
  const properties: Json = {};
  const data: Json = {};
  for (let i = 0; i < topLevelFields; i++) {
    const { schema, value } = field(kinds[i % kinds.length] ?? 'text', i);
    properties[`f${i + 1}`] = schema;
    data[`f${i + 1}`] = value;
  }
  const section = {
    type: 'object',
    title: '门店信息',
    additionalProperties: false,
    required: ['name', 'region', 'openedOn', 'areaSqm', 'flagship'],
    properties: {
      name: { type: 'string', title: '门店名称', minLength: 2, maxLength: 40 },
      region: { type: 'string', title: '所在区域', 'x-options': regionSet.key, 'x-widget': 'cascader' },
      openedOn: { type: 'string', title: '开业日期', format: 'date' },
      areaSqm: { type: 'integer', title: '面积（平方米）', minimum: 1, maximum: 100_000 },
      flagship: { type: 'boolean', title: '旗舰店' },
    },
  };
  properties['store'] = section;
  data['store'] = { name: '浦东旗舰店', region: 'pudong', openedOn: '2025-03-01', areaSqm: 320, flagship: true };
  const schema = { type: 'object', required: Object.keys(properties), additionalProperties: false, properties };
  return { schema, data, fieldCount: topLevelFields + Object.keys(section.properties).length };
}

export const benchForm = buildForm();
