import type { LoggerOptions } from 'pino';

/** 18-character resident ID numbers anywhere in a logged string. */
const ID_NUMBER = /\b(\d{6})\d{8}(\d{3}[\dXx])\b/g;

/**
 * pino options for the whole platform: JSON lines, ID numbers never written in full.
 * Known fields are censored by path; free text (URLs, messages) is masked by pattern.
 */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        '*.idNumber',
        '*.*.idNumber',
        'idNumber',
        '*.password',
        'password',
      ],
      censor: '[redacted]',
    },
    hooks: {
      // Messages are free text: mask them before pino formats the line.
      logMethod(args, method) {
        const masked = args.map((a: unknown) => (typeof a === 'string' ? maskIdNumbers(a) : a));
        return method.apply(this, masked as Parameters<typeof method>);
      },
    },
    formatters: {
      log: (object) => maskIdNumbersDeep(object) as Record<string, unknown>,
    },
    serializers: {
      req: (req: { method?: string; url?: string; id?: string }) => ({
        method: req.method,
        url: maskIdNumbers(String(req.url ?? '')),
        id: req.id,
      }),
    },
  };
}

export function maskIdNumbers(text: string): string {
  return text.replace(ID_NUMBER, '$1********$2');
}

function maskIdNumbersDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskIdNumbers(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((v) => maskIdNumbersDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskIdNumbersDeep(v, depth + 1)]));
}
