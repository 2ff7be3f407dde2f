// The codecast pages' paths, so links and routes cannot disagree. `record` is the recorder, so no
// codecast can be watched under that id (the recorder refuses it).
export const codecastPaths = {
  list: '/codecast',
  watch: (id: string) => `/codecast/${encodeURIComponent(id)}`,
  embed: (id: string) => `/embed/codecast/${encodeURIComponent(id)}`,
  record: '/codecast/record',
};

export const reservedCodecastIds = new Set(['record']);
