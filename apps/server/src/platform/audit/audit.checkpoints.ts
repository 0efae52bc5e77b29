import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AuditCheckpointSchema } from './audit.contracts';
import type { AuditCheckpoint } from './audit.signing';

/**
 * Checkpoint files: one `<China date>.json` per day under `YICI_DATA_DIR/audit-checkpoints`, each a
 * signed checkpoint. They live outside the database on purpose; copy them off the machine too.
 */
export type CheckpointDirectory = {
  dir: string;
  write(day: string, checkpoint: AuditCheckpoint): void;
  list(): AuditCheckpoint[];
};

export function checkpointDirectoryOf(dataDir: string): CheckpointDirectory {
  const dir = path.join(dataDir, 'audit-checkpoints');
  return {
    dir,
    write(day, checkpoint) {
      mkdirSync(dir, { recursive: true });
      // Written aside and renamed: a crash never leaves half a checkpoint under the day's name.
      const file = path.join(dir, `${day}.json`);
      writeFileSync(`${file}.tmp`, `${JSON.stringify(checkpoint, null, 2)}\n`);
      renameSync(`${file}.tmp`, file);
    },
    list: () => readCheckpoints(dir, { missingIsEmpty: true }),
  };
}

const CheckpointFileSchema = z.union([AuditCheckpointSchema, z.array(AuditCheckpointSchema)]);

/** Reads one checkpoint file (a checkpoint or a list, as `yici audit checkpoint` exports) or a directory of them. */
export function readCheckpoints(where: string, options: { missingIsEmpty?: boolean } = {}): AuditCheckpoint[] {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(where).isDirectory();
  } catch (error) {
    if (options.missingIsEmpty && (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files = isDirectory
    ? readdirSync(where)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => path.join(where, name))
    : [where];
  return files.flatMap((file) => {
    const parsed = CheckpointFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: 不是审计检查点 (not an audit checkpoint): ${parsed.error.message}`);
    return [parsed.data].flat();
  });
}
