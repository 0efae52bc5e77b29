import {
  EvaluationSchema,
  EvaluationSummarySchema,
  ReformScenarioSchema,
  type EvaluationInput,
  type ReformInput,
} from '@yici/contracts';
import { segment, type Transport } from './transport';

const Summaries = EvaluationSummarySchema.array();
const Scenarios = ReformScenarioSchema.array();

/** 营商环境评价: published evaluations (public) and running one (supervisors, administrators). */
export function evaluationEndpoints(http: Transport) {
  return {
    listEvaluations: (signal?: AbortSignal) => http.get({ path: '/api/evaluations', schema: Summaries, signal }),
    getEvaluation: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/evaluations/${segment(id)}`, schema: EvaluationSchema, signal }),
    runEvaluation: (body: EvaluationInput) => http.write({ path: '/api/evaluations', body, schema: EvaluationSchema }),
    listReformScenarios: (signal?: AbortSignal) =>
      http.get({ path: '/api/evaluation/reforms', schema: Scenarios, signal }),
    getReformScenario: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/evaluation/reforms/${segment(id)}`, schema: ReformScenarioSchema, signal }),
    submitReformScenario: (body: ReformInput) =>
      http.write({ path: '/api/evaluation/reforms', body, schema: ReformScenarioSchema }),
  };
}

/** The report PDF, sealed by the platform: a plain link downloads it. */
export const evaluationPdfPath = (id: string) => `/api/evaluations/${segment(id)}/pdf`;
