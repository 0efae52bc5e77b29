import { messages } from '../../../messages';

export function GuideTextList({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <p className="muted">{messages.guide.none}</p>;
  return (
    <ol className="guide-text-list">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ol>
  );
}
