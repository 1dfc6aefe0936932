/**
 * The names alone, without schemas: the preload (sandboxed, bundled) and the browser
 * bridge import only this, so zod never ships in them.
 */
export const methodNames = [
  'getOverview',
  'setStatedTimeline',
  'markStep',
  'snoozeStep',
  'rescheduleStep',
  'recordHeardBack',
  'recordOutcome',
  'updateApplication',
  'reviewInterview',
  'markReviewSeen',
  'mergeApplications',
  'splitInterview',
  'getSettings',
  'updateSettings',
  'setSampleMode',
  'importIcs',
  'importIcsUrl',
  'exportIcs',
  'chooseIcsExportPath',
  'connectGoogle',
  'disconnectGoogle',
  'syncNow',
  'openExternal',
  'getAppInfo',
] as const;
export type MethodName = (typeof methodNames)[number];

export const eventNames = ['overviewChanged', 'syncStatus', 'navigate'] as const;
export type EventName = (typeof eventNames)[number];

/** IPC channel of a method; one namespace so main can refuse anything else. */
export const channelFor = (name: MethodName | EventName): string => `tactful:${name}`;
