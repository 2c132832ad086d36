import type { PluginPageView, ResourceView, UiExtensions } from '../../api/ui-extensions-api.ts';

/** A resource as GET /api/ui-extensions describes one, for the pure functions' tests. */
export function resourceFixture(extra: Partial<ResourceView> = {}): ResourceView {
  return {
    plugin: 'announcements',
    name: 'announcements',
    title: '通告',
    icon: 'NotificationOutlined',
    apiPath: '/api/p/announcements/announcements',
    uiPath: '/m/announcements/announcements',
    schema: {
      type: 'object',
      title: '通告',
      required: ['title', 'status', 'id'],
      properties: {
        id: { type: 'string', format: 'uuid', readOnly: true, title: 'ID' },
        title: { type: 'string', title: '标题', maxLength: 100 },
        status: {
          type: 'string',
          title: '状态',
          readOnly: true,
          oneOf: [
            { const: 'draft', title: '草稿' },
            { const: 'published', title: '已发布' },
          ],
        },
        budgetFen: { type: ['integer', 'null'], title: '预算', minimum: 100 },
        publishAt: { type: ['string', 'null'], format: 'date-time', title: '发布时间' },
        pinned: { type: 'boolean', title: '置顶' },
        createdAt: { type: 'string', format: 'date-time', readOnly: true, title: '创建时间' },
      },
    },
    uiSchema: { 'ui:order': ['title', 'status', 'budgetFen', '*'], publishAt: { 'ui:help': '留空则立即发布' } },
    fieldTypes: {
      id: 'uuid',
      title: 'string',
      status: 'string',
      budgetFen: 'money',
      publishAt: 'date-time',
      pinned: 'boolean',
      createdAt: 'date-time',
    },
    columns: ['title', 'status', 'budgetFen', 'createdAt'],
    filters: [
      { field: 'status', kind: 'eq' },
      { field: 'budgetFen', kind: 'range' },
      { field: 'createdAt', kind: 'range' },
    ],
    sortable: ['createdAt', 'budgetFen'],
    defaultSort: '-createdAt',
    searchable: true,
    can: { create: true, update: true, delete: false },
    actions: [
      { name: 'publish', title: '发布', when: { status: ['draft'] }, confirm: '发布后所有人可见', danger: false },
      { name: 'withdraw', title: '撤回', when: { status: ['published'] }, confirm: null, danger: true },
    ],
    editableWhen: {},
    deletableWhen: {},
    menuOrder: 10,
    ...extra,
  };
}

/**
 * The resource with custom fields, as GET /api/ui-extensions adds them: a `custom` object in the schema
 * (option sets expanded, one field the reader may not write), `custom.<key>` columns, filters, sort keys
 * and types.
 */
export function customFieldsFixture(): ResourceView {
  const base = resourceFixture();
  return {
    ...base,
    schema: {
      ...base.schema,
      properties: {
        ...(base.schema.properties as Record<string, unknown>),
        custom: {
          type: 'object',
          title: '自定义字段',
          required: ['store'],
          properties: {
            store: { type: 'string', title: '负责门店', maxLength: 500, pattern: '^[A-Z]{2}\\d{3}$' },
            priority: { type: 'integer', title: '优先级', minimum: 1, maximum: 5 },
            deposit: { type: 'integer', title: '押金', 'x-widget': 'money' },
            note: { type: 'string', title: '备注', maxLength: 5000, 'x-widget': 'textarea' },
            visitOn: { type: 'string', format: 'date', title: '拜访日期' },
            remindAt: { type: 'string', format: 'date-time', title: '提醒时间', 'x-widget': 'date-time' },
            ratio: { type: 'number', title: '系数' },
            level: { type: 'string', title: '等级', oneOf: [{ const: 'a', title: 'A 级' }, { const: 'b', title: 'B 级' }] },
            tags: {
              type: 'array',
              title: '标签',
              uniqueItems: true,
              items: { type: 'string', oneOf: [{ const: 'hot', title: '热门' }, { const: 'vip', title: '重要' }] },
            },
            secret: { type: 'string', title: '内部编号', readOnly: true },
          },
        },
      },
    },
    fieldTypes: { ...base.fieldTypes, 'custom.priority': 'integer', 'custom.deposit': 'money', 'custom.remindAt': 'date-time' },
    columns: [...base.columns, 'custom.store', 'custom.priority', 'custom.tags'],
    filters: [
      ...base.filters,
      { field: 'custom.store', kind: 'eq' },
      { field: 'custom.priority', kind: 'range' },
      { field: 'custom.visitOn', kind: 'range' },
      { field: 'custom.tags', kind: 'eq' },
    ],
    sortable: [...base.sortable, 'custom.store', 'custom.priority'],
  };
}

export function pageFixture(extra: Partial<PluginPageView> = {}): PluginPageView {
  return {
    plugin: 'announcements',
    key: 'inbox',
    title: '我的通告',
    icon: null,
    uiPath: '/m/announcements/inbox',
    menuOrder: 5,
    ...extra,
  };
}

export function extensionsFixture(extra: Partial<UiExtensions> = {}): UiExtensions {
  return { resources: [resourceFixture()], pages: [pageFixture()], widgets: [], ...extra };
}
