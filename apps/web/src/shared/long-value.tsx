import { Typography } from 'antd';
import { messages } from '../messages';

/**
 * Splits a long code into groups of four counted from its end, so that a case number's serial and
 * date stand apart (…0531 2026 1203 0001): the way people read a bank card number aloud.
 */
export function groupsOf(value: string, size = 4): string[] {
  const groups: string[] = [];
  for (let end = value.length; end > 0; end -= size) groups.unshift(value.slice(Math.max(0, end - size), end));
  return groups;
}

type LongValueProps = {
  value: string;
  /** `grouped`: case numbers and other runs of letters and digits; `dotted`: certificate identifiers, broken after dots. */
  kind?: 'grouped' | 'dotted';
  /** Whether a copy button gives the exact value (links leave it to the page they open). */
  copyable?: boolean;
  testId?: string;
};

/**
 * A long identifier people read and copy: it wraps inside its box instead of widening the page on
 * a phone, reads in groups, and selecting or copying it gives the exact value — the groups are
 * spacing, never characters.
 */
export function LongValue({ value, kind = 'grouped', copyable = true, testId }: LongValueProps) {
  const parts =
    kind === 'grouped'
      ? groupsOf(value).map((group, index) => (
          <span key={index} className="long-value-group">
            {group}
          </span>
        ))
      : value.split('.').map((part, index, all) => (
          <span key={index}>
            {part}
            {index < all.length - 1 && (
              <>
                .<wbr />
              </>
            )}
          </span>
        ));
  const shown = (
    <span className="long-value" data-testid={testId} data-value={value}>
      {parts}
    </span>
  );
  if (!copyable) return shown;
  return (
    <Typography.Text copyable={{ text: value, tooltips: [messages.app.copy, messages.app.copied] }}>
      {shown}
    </Typography.Text>
  );
}
