export const formsPath = '/forms';

const formBase = (id: string) => `${formsPath}/${encodeURIComponent(id)}`;

export const formDesignPath = (id: string) => `${formBase(id)}/design`;
export const formFillPath = (id: string) => `${formBase(id)}/fill`;
export const formSubmissionsPath = (id: string) => `${formBase(id)}/submissions`;
