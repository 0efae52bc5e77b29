import { DomainError, type FieldIssue } from '../../platform/errors';

/** The problem codes of the simulation domain; the HTTP status follows from the kind. */
export const simulationErrors = {
  /** The platform runs on real time: its clock is not moved by anyone, at any time. */
  clockNotSimulated: () =>
    new DomainError({
      kind: 'conflict',
      code: 'CLOCK_NOT_SIMULATED',
      title: '本平台使用实际时间，不能调整时间',
      detail: '只有模拟环境（YICI_CLOCK=simulated）可以拨动时间；实际时间模式不能在运行中切换',
    }),
  /** Time never goes back: deadlines would un-expire, sealed audit batches would predate their entries. */
  clockBackwards: (now: string) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'CLOCK_BACKWARDS',
      title: '模拟时间只能向前拨',
      detail: `当前模拟时间为 ${now}`,
      fields: [{ path: 'to', message: `不能早于当前模拟时间 ${now}` }],
    }),
  /** A simulation profile with missing or inconsistent figures: every problem at once. */
  profileInvalid: (fields: FieldIssue[]) =>
    new DomainError({
      kind: 'invalid',
      code: 'SIMULATION_PROFILE_INVALID',
      title: '模拟参数文件有误',
      detail: `共 ${fields.length} 处问题`,
      fields,
    }),
};
