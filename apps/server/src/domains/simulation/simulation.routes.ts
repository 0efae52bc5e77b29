import { ClockAdvanceSchema, PlatformClockSchema, ProblemSchema } from '@yici/contracts';
import { commonProblems, type RouteTable } from '../../platform/http/app';
import type { ClockControl } from './simulation.clock-control';

const tags = ['simulation'];

export function simulationRoutes(control: ClockControl): RouteTable {
  return (app) => {
    app.get(
      '/api/clock',
      {
        config: { permission: 'public:read' },
        schema: {
          tags,
          operationId: 'getPlatformClock',
          summary: '平台时间：实际时间或模拟时间（模拟环境横幅据此显示）',
          response: { 200: PlatformClockSchema },
        },
      },
      async () => control.read(),
    );

    app.post(
      '/api/admin/clock/advance',
      {
        config: { permission: 'clock:advance' },
        schema: {
          tags,
          operationId: 'advanceSimulatedClock',
          summary: '拨快模拟时间（仅模拟环境，管理员）',
          description:
            '把模拟时间向前拨到指定时刻（to），或向前若干个工作日（workingDays，保持当天时刻）。不能往回拨；实际时间模式下一律拒绝。拨动后，到期规则、审计封存与短信发送随即各运行一次。',
          body: ClockAdvanceSchema,
          response: {
            200: PlatformClockSchema,
            ...commonProblems,
            401: ProblemSchema,
            403: ProblemSchema,
            409: ProblemSchema,
            422: ProblemSchema,
          },
        },
      },
      async (request) => control.advance(request.ctx, request.body),
    );
  };
}
