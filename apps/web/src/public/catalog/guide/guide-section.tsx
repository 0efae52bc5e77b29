import type { ReactNode } from 'react';

type GuideSectionProps = { id: string; title: string; children: ReactNode };

export function GuideSection({ id, title, children }: GuideSectionProps) {
  return (
    <section id={id} className="guide-section" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
