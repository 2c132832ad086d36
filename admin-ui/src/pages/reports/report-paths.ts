export const reportsPath = '/reports';
export const newReportPath = '/reports/new';
export const reportPath = (id: string) => `/reports/${encodeURIComponent(id)}`;
export const editReportPath = (id: string) => `/reports/${encodeURIComponent(id)}/edit`;
