import type { DesignerModel } from './designer-model.ts';

/**
 * A store visit report using every kind the palette offers (file fields and lists of uploads are in
 * schema-to-model.test.ts): an option-set select that shows a field when it is `vip`, a switch that
 * shows another, a section with two columns of its own fields.
 */
export const visitReport: DesignerModel = {
  columns: 2,
  fields: [
    { key: 'store', kind: 'text', title: '门店', required: true, placeholder: '门店名称', minLength: 2, maxLength: 40, pattern: '^\\p{Han}+$' },
    { key: 'level', kind: 'select', title: '客户等级', optionSet: 'customer-levels', defaultValue: 'normal' },
    { key: 'vipNote', kind: 'textarea', title: '重要客户说明', required: true, showWhen: { field: 'level', equals: 'vip' } },
    { key: 'tags', kind: 'multi-select', title: '标签', optionSet: 'customer-tags', required: true },
    { key: 'region', kind: 'cascader', title: '区域', optionSet: 'regions' },
    { key: 'visitors', kind: 'integer', title: '客流', minimum: 0, maximum: 100000 },
    { key: 'score', kind: 'number', title: '评分', description: '0 到 5 分', minimum: 0, maximum: 5 },
    { key: 'amount', kind: 'money', title: '销售额', minimum: 100 },
    { key: 'visitDate', kind: 'date', title: '日期' },
    { key: 'visitAt', kind: 'date-time', title: '到店时间' },
    { key: 'hasInvoice', kind: 'switch', title: '需要发票', defaultValue: false },
    { key: 'taxId', kind: 'text', title: '税号', showWhen: { field: 'hasInvoice', equals: true } },
    { key: 'photo', kind: 'image', title: '门头照片' },
    { key: 'summary', kind: 'richtext', title: '总结' },
    { key: 'owner', kind: 'member', title: '负责人' },
    { key: 'team', kind: 'department', title: '部门' },
    {
      key: 'contact',
      kind: 'section',
      title: '联系人',
      description: '门店的联系人',
      fields: [
        { key: 'contactName', kind: 'text', title: '姓名', required: true },
        { key: 'contactPhone', kind: 'text', title: '手机号', pattern: '^1[3-9]\\d{9}$' },
      ],
    },
  ],
};
