export const dashboardsPath = '/dashboards';
export const newDashboardPath = `${dashboardsPath}/new`;
export const dashboardPath = (id: string) => `${dashboardsPath}/${encodeURIComponent(id)}`;
export const dashboardEditPath = (id: string) => `${dashboardPath(id)}/edit`;
